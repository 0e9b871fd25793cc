from django.urls import path

from . import views_scanner as views

plan = "plannen/<int:plan_pk>/"

urlpatterns = [
    path(plan + "scanner/", views.ScannerDetailView.as_view(), name="scanner_detail"),
    path(plan + "scanner/nieuw/", views.ScannerCreateView.as_view(), name="scanner_create"),
    path(plan + "scanner/bewerken/", views.ScannerUpdateView.as_view(), name="scanner_update"),
    path(plan + "scanner/kiezen/", views.ScannerKiezenView.as_view(), name="scanner_kiezen"),
    path(plan + "scanner/rapport/", views.ScannerRapportView.as_view(), name="scanner_rapport"),
    path(
        plan + "scanner/aanbevelingen/plakken/", views.AanbevelingenPlakkenView.as_view(), name="aanbevelingen_plakken"
    ),
    path(plan + "aanbevelingen/<int:pk>/bewerken/", views.AanbevelingUpdateView.as_view(), name="aanbeveling_update"),
    path(plan + "beleid/", views.BeleidsdocumentListView.as_view(), name="beleidsdocument_list"),
    path(plan + "beleid/nieuw/", views.BeleidsdocumentCreateView.as_view(), name="beleidsdocument_create"),
    path(
        plan + "beleid/<int:document_pk>/bewerken/",
        views.BeleidsdocumentUpdateView.as_view(),
        name="beleidsdocument_update",
    ),
    path(
        plan + "beleid/<int:document_pk>/koppelen/",
        views.BeleidsdocumentKoppelenView.as_view(),
        name="beleidsdocument_koppelen",
    ),
    path(
        plan + "beleid/<int:document_pk>/bestand/",
        views.BeleidsdocumentBestandView.as_view(),
        name="beleidsdocument_bestand",
    ),
    path(
        plan + "beleid/<int:document_pk>/aanbevelingen/plakken/",
        views.AanbevelingenPlakkenView.as_view(),
        name="beleidsdocument_aanbevelingen_plakken",
    ),
]
