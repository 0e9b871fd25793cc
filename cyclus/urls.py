from django.urls import path

from . import views

plan = "plannen/<int:plan_pk>/"

urlpatterns = [
    path(plan + "volgende-cyclus/", views.VolgendeCyclusStartenView.as_view(), name="volgende_cyclus_starten"),
    path(plan + "vorige-cyclus/vergelijking/", views.VergelijkingView.as_view(), name="cyclus_vergelijking"),
    path(plan + "vorige-cyclus/acties/", views.ActiesOvernemenView.as_view(), name="cyclus_acties"),
]
