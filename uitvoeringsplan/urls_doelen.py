"""The plan's doelstellingen, indicatoren and metingen, under plannen/<plan_pk>/doelen/."""

from django.urls import path

from . import views_doelen as doelen

doel = "plannen/<int:plan_pk>/doelen/"

urlpatterns = [
    path(doel, doelen.DoelenView.as_view(), name="doelen"),
    path(doel + "nieuw/", doelen.DoelstellingCreateView.as_view(), name="doelstelling_create"),
    path(doel + "<int:pk>/bewerken/", doelen.DoelstellingUpdateView.as_view(), name="doelstelling_update"),
    path(doel + "<int:pk>/verwijderen/", doelen.DoelstellingVerwijderenView.as_view(), name="doelstelling_verwijderen"),
    path(
        doel + "<int:doelstelling_pk>/indicatoren/nieuw/", doelen.IndicatorCreateView.as_view(), name="indicator_create"
    ),
    path(doel + "indicatoren/<int:pk>/", doelen.IndicatorView.as_view(), name="indicator_detail"),
    path(doel + "indicatoren/<int:pk>/bewerken/", doelen.IndicatorUpdateView.as_view(), name="indicator_update"),
    path(
        doel + "indicatoren/<int:pk>/verwijderen/",
        doelen.IndicatorVerwijderenView.as_view(),
        name="indicator_verwijderen",
    ),
    path(
        doel + "indicatoren/<int:indicator_pk>/metingen/nieuw/", doelen.MetingCreateView.as_view(), name="meting_create"
    ),
    path(doel + "metingen/<int:pk>/bewerken/", doelen.MetingUpdateView.as_view(), name="meting_update"),
    path(doel + "metingen/<int:pk>/verwijderen/", doelen.MetingVerwijderenView.as_view(), name="meting_verwijderen"),
]
