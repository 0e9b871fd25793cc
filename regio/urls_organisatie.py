from django.urls import path

from . import views_organisatie as views

project = "regio/projecten/<int:project_pk>/"
doel = project + "hoofddoelstellingen/"
organisatie = project + "organisatie/"

urlpatterns = [
    path("regio/", views.ProjectenView.as_view(), name="regio_projecten"),
    path(project, views.ProjectView.as_view(), name="regio_project"),
    path(project + "bewerken/", views.ProjectBewerkenView.as_view(), name="regio_project_bewerken"),
    path(doel + "nieuw/", views.HoofddoelstellingCreateView.as_view(), name="hoofddoelstelling_nieuw"),
    path(doel + "<int:pk>/bewerken/", views.HoofddoelstellingUpdateView.as_view(), name="hoofddoelstelling_bewerken"),
    path(
        doel + "<int:pk>/verwijderen/",
        views.HoofddoelstellingVerwijderenView.as_view(),
        name="hoofddoelstelling_verwijderen",
    ),
    path(organisatie, views.OrganisatieView.as_view(), name="regio_organisatie"),
    path(organisatie + "groepen/nieuw/", views.GroepCreateView.as_view(), name="groep_nieuw"),
    path(organisatie + "groepen/<int:pk>/bewerken/", views.GroepUpdateView.as_view(), name="groep_bewerken"),
    path(organisatie + "groepen/<int:pk>/verwijderen/", views.GroepVerwijderenView.as_view(), name="groep_verwijderen"),
    path(
        organisatie + "groepen/<int:groep_pk>/leden/nieuw/", views.GroepslidCreateView.as_view(), name="groepslid_nieuw"
    ),
    path(organisatie + "leden/<int:pk>/bewerken/", views.GroepslidUpdateView.as_view(), name="groepslid_bewerken"),
    path(
        organisatie + "leden/<int:pk>/verwijderen/",
        views.GroepslidVerwijderenView.as_view(),
        name="groepslid_verwijderen",
    ),
]
