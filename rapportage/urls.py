from django.urls import path

from . import views_document, views_review, views_vaststelling

plan = "plannen/<int:plan_pk>/"
versie = plan + "versies/<int:pk>/"

urlpatterns = [
    path(plan + "plan/", views_document.PlanDocumentView.as_view(), name="plan_document"),
    path(plan + "plan.pdf", views_document.PlanPdfView.as_view(), name="plan_pdf"),
    path(plan + "plan.docx", views_document.PlanDocxView.as_view(), name="plan_docx"),
    path(plan + "review/", views_review.ReviewView.as_view(), name="review"),
    path(plan + "review/starten/", views_review.ReviewStartenView.as_view(), name="review_starten"),
    path(plan + "review/deadline/", views_review.ReviewDeadlineView.as_view(), name="review_deadline"),
    path(plan + "review/stoppen/", views_review.ReviewStoppenView.as_view(), name="review_stoppen"),
    path(plan + "review/uitnodigen/", views_review.ReviewUitnodigenView.as_view(), name="review_uitnodigen"),
    path(
        plan + "review/toegang-intrekken/",
        views_review.ReviewToegangIntrekkenView.as_view(),
        name="review_toegang_intrekken",
    ),
    path(plan + "opmerkingen/", views_review.OpmerkingenView.as_view(), name="opmerkingen"),
    path(plan + "opmerkingen/nieuw/", views_review.OpmerkingPlaatsenView.as_view(), name="opmerking_plaatsen"),
    path(plan + "mijn-organisatie/", views_review.MijnOrganisatieView.as_view(), name="mijn_organisatie"),
    path("account/meldingen/", views_review.MeldingenView.as_view(), name="meldingen"),
    path(plan + "vaststellen/", views_vaststelling.VaststellenView.as_view(), name="vaststellen"),
    path(plan + "versies/", views_vaststelling.VersiesView.as_view(), name="versies"),
    path(
        plan + "versies/nieuwe-conceptversie/",
        views_vaststelling.NieuweConceptversieView.as_view(),
        name="nieuwe_conceptversie",
    ),
    path(
        plan + "versies/uitvoering-starten/",
        views_vaststelling.UitvoeringStartenView.as_view(),
        name="uitvoering_starten",
    ),
    path(versie, views_vaststelling.VaststellingDetailView.as_view(), name="vaststelling_detail"),
    path(versie + "plan.pdf", views_vaststelling.VaststellingPdfView.as_view(), name="vaststelling_pdf"),
    path(versie + "ondertekenen/", views_vaststelling.OndertekenenView.as_view(), name="vaststelling_ondertekenen"),
    path(
        versie + "ondertekening-verwijderen/",
        views_vaststelling.OndertekeningVerwijderenView.as_view(),
        name="ondertekening_verwijderen",
    ),
    path(
        versie + "controleren/",
        views_vaststelling.VaststellingControlerenView.as_view(),
        name="vaststelling_controleren",
    ),
    path(versie + "vergelijken/", views_vaststelling.VersiesVergelijkenView.as_view(), name="versies_vergelijken"),
]
