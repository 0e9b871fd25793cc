from django.urls import path

from . import views_organisatie as views

project = "regio/projecten/<int:project_pk>/"

urlpatterns = [
    path("regio/", views.ProjectenView.as_view(), name="regio_projecten"),
    path(project, views.ProjectView.as_view(), name="regio_project"),
    path(project + "organisatie/", views.OrganisatieView.as_view(), name="regio_organisatie"),
]
