from django.urls import path

from . import views_gemeenten as views

project = "regio/projecten/<int:project_pk>/"

urlpatterns = [
    path(project + "gemeenten/", views.GemeentenView.as_view(), name="regio_gemeenten"),
    path(project + "lokale-implementatie/", views.ImplementatieView.as_view(), name="regio_implementatie"),
    path(
        project + "lokale-implementatie/<int:pk>/overnemen/",
        views.OvernemenView.as_view(),
        name="regio_overnemen",
    ),
]
