from django.urls import path

from . import views_evaluatie as views

evaluatie = "plannen/<int:plan_pk>/evaluatie/"

urlpatterns = [
    path(evaluatie, views.EvaluatieView.as_view(), name="evaluatie"),
    path(evaluatie + "acties/<int:pk>/", views.ActieEvaluatieView.as_view(), name="actie_evaluatie"),
    path(evaluatie + "samenvatting/", views.EvaluatieSamenvattingView.as_view(), name="evaluatie_samenvatting"),
    path(evaluatie + "rapport/", views.EvaluatieRapportView.as_view(), name="evaluatie_rapport"),
    path(evaluatie + "rapport.pdf", views.EvaluatiePdfView.as_view(), name="evaluatie_pdf"),
    path(evaluatie + "vaststellen/", views.EvaluatieVaststellenView.as_view(), name="evaluatie_vaststellen"),
    path(evaluatie + "controleren/", views.EvaluatieControlerenView.as_view(), name="evaluatie_controleren"),
]
