from django.urls import path

from . import views

plan = "plannen/<int:plan_pk>/"

urlpatterns = [
    path(plan + "plan/", views.PlanDocumentView.as_view(), name="plan_document"),
    path(plan + "plan.pdf", views.PlanPdfView.as_view(), name="plan_pdf"),
    path(plan + "plan.docx", views.PlanDocxView.as_view(), name="plan_docx"),
    path(plan + "review/", views.ReviewView.as_view(), name="review"),
    path(plan + "opmerkingen/", views.OpmerkingenView.as_view(), name="opmerkingen"),
    path(plan + "opmerkingen/nieuw/", views.OpmerkingPlaatsenView.as_view(), name="opmerking_plaatsen"),
    path(plan + "mijn-organisatie/", views.MijnOrganisatieView.as_view(), name="mijn_organisatie"),
    path(plan + "vaststellen/", views.VaststellenView.as_view(), name="vaststellen"),
    path(plan + "versies/", views.VersiesView.as_view(), name="versies"),
    path(plan + "versies/<int:pk>/", views.VaststellingDetailView.as_view(), name="vaststelling_detail"),
    path(plan + "versies/<int:pk>/plan.pdf", views.VaststellingPdfView.as_view(), name="vaststelling_pdf"),
    path(
        plan + "versies/<int:pk>/controleren/",
        views.VaststellingControlerenView.as_view(),
        name="vaststelling_controleren",
    ),
    path(plan + "versies/<int:pk>/vergelijken/", views.VersiesVergelijkenView.as_view(), name="versies_vergelijken"),
    path("account/meldingen/", views.MeldingenView.as_view(), name="meldingen"),
]
