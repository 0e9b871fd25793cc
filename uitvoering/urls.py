from django.urls import path

from . import views

plan = "plannen/<int:plan_pk>/uitvoering/"

urlpatterns = [
    path(plan, views.UitvoeringView.as_view(), name="uitvoering"),
    path(plan + "acties/<int:pk>/", views.ActieVoortgangView.as_view(), name="actie_voortgang"),
    path(plan + "berichten/<int:pk>/bijlage/", views.BijlageView.as_view(), name="bericht_bijlage"),
]
