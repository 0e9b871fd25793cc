from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Uitvoeringsplan — beheer"
admin.site.site_title = "Uitvoeringsplan beheer"

urlpatterns = [
    path("beheer/", admin.site.urls),
    path("account/", include("uitvoeringsplan.account_urls")),
    path("", include("uitvoeringsplan.urls")),
    path("", include("scanner.urls")),
    path("", include("bijeenkomsten.urls")),
    path("", include("rapportage.urls")),
]
