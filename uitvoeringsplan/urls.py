from django.urls import path

from . import views, views_interventies
from . import views_invultabel as invultabel

plan = "plannen/<int:plan_pk>/"

urlpatterns = [
    path("plannen/nieuw/", views.PlanAanmakenView.as_view(), name="plan_create"),
    path(plan + "gegevens/", views.PlanUpdateView.as_view(), name="plan_update"),
    path(plan + "geschiedenis/", invultabel.PlanGeschiedenisView.as_view(), name="plan_geschiedenis"),
    path(plan + "aanbevelingen/", invultabel.AanbevelingenView.as_view(), name="aanbevelingen"),
    path(plan + "aanbevelingen/ordenen/", invultabel.AanbevelingenOrdenenView.as_view(), name="aanbevelingen_ordenen"),
    path(
        plan + "aanbevelingen/toevoegen/",
        invultabel.AanbevelingenToevoegenView.as_view(),
        name="aanbevelingen_toevoegen",
    ),
    path(plan + "invultabellen/<int:pk>/", invultabel.InvultabelView.as_view(), name="invultabel_detail"),
    path(
        plan + "invultabellen/<int:pk>/verplaatsen/",
        invultabel.InvultabelVerplaatsenView.as_view(),
        name="invultabel_verplaatsen",
    ),
    path(
        plan + "invultabellen/<int:pk>/verwijderen/",
        invultabel.InvultabelVerwijderenView.as_view(),
        name="invultabel_verwijderen",
    ),
    path(
        plan + "invultabellen/<int:invultabel_pk>/acties/nieuw/",
        invultabel.ActieCreateView.as_view(),
        name="actie_create",
    ),
    path(plan + "acties/<int:pk>/bewerken/", invultabel.ActieUpdateView.as_view(), name="actie_update"),
    path(plan + "acties/<int:pk>/verwijderen/", invultabel.ActieVerwijderenView.as_view(), name="actie_verwijderen"),
    path(plan + "acties/<int:pk>/dupliceren/", invultabel.ActieDupliceren.as_view(), name="actie_dupliceren"),
    path(plan + "acties/<int:pk>/verplaatsen/", invultabel.ActieVerplaatsenView.as_view(), name="actie_verplaatsen"),
    path(plan + "acties/<int:pk>/geschiedenis/", invultabel.ActieGeschiedenisView.as_view(), name="actie_geschiedenis"),
    path(
        plan + "acties/<int:pk>/geschiedenis/<int:versie_id>/terugzetten/",
        invultabel.ActieHerstellenView.as_view(),
        name="actie_herstellen",
    ),
    path("interventies/", views_interventies.InterventieListView.as_view(), name="interventie_list"),
    path("interventies/nieuw/", views_interventies.InterventieCreateView.as_view(), name="interventie_create"),
    path(
        "interventies/<int:pk>/bewerken/", views_interventies.InterventieUpdateView.as_view(), name="interventie_update"
    ),
]
