from django.urls import path

from . import views_jaarplan as views

project = "regio/projecten/<int:project_pk>/"

urlpatterns = [
    path(project + "jaarplannen/", views.JaarplannenView.as_view(), name="jaarplannen"),
]
