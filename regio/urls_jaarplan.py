from django.urls import path

from . import views_jaarplan as views
from . import views_jaarplan_export as export
from . import views_jaarplan_inhoud as inhoud
from . import views_jaarplan_vaststelling as vaststelling

project = "regio/projecten/<int:project_pk>/"
jaarplan = project + "jaarplannen/<int:jaar>/"

urlpatterns = [
    path(project + "jaarplannen/", views.JaarplannenView.as_view(), name="jaarplannen"),
    path(project + "jaarplannen/opstellen/", views.JaarplanOpstellenView.as_view(), name="jaarplan_opstellen"),
    path(jaarplan, views.JaarplanView.as_view(), name="jaarplan"),
    path(project + "jaarplannen/<int:jaar>.pdf", export.JaarplanPdfView.as_view(), name="jaarplan_pdf"),
    path(project + "jaarplannen/<int:jaar>.docx", export.JaarplanDocxView.as_view(), name="jaarplan_docx"),
    path(jaarplan + "tekst/", views.JaarplanTekstView.as_view(), name="jaarplan_tekst"),
    path(
        jaarplan + "activiteitenoverzicht/",
        vaststelling.ActiviteitenoverzichtView.as_view(),
        name="jaarplan_activiteitenoverzicht",
    ),
    path(
        jaarplan + "activiteiten/<int:pk>/realisatie/",
        vaststelling.RealisatieView.as_view(),
        name="jaarplan_realisatie",
    ),
    path(jaarplan + "vaststelling/", vaststelling.JaarplanVaststellingView.as_view(), name="jaarplan_vaststelling"),
    path(jaarplan + "controleren/", vaststelling.JaarplanControlerenView.as_view(), name="jaarplan_controleren"),
    path(jaarplan + "vergelijken/", vaststelling.JaarplanVergelijkenView.as_view(), name="jaarplan_vergelijken"),
]

# jaarplan_uitgangspunt_nieuw, jaarplan_hoofddoel_bewerken, jaarplan_hoofdactiviteit_verplaatsen, ...
for onderdeel, velden in inhoud.ONDERDELEN.items():
    for actie, view, pad in [
        ("nieuw", inhoud.Nieuw, "nieuw/"),
        ("bewerken", inhoud.Bewerken, "<int:pk>/"),
        ("verwijderen", inhoud.Verwijderen, "<int:pk>/verwijderen/"),
        ("verplaatsen", inhoud.Verplaatsen, "<int:pk>/verplaatsen/"),
    ]:
        urlpatterns.append(
            path(
                f"{jaarplan}{onderdeel}en/{pad}",
                view.as_view(**velden),
                name=f"jaarplan_{onderdeel}_{actie}",
            )
        )
