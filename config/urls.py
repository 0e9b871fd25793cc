from django.contrib import admin
from django.contrib.auth.decorators import login_not_required
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView

from accounts.forms import BeheerInlogForm

admin.site.login_form = BeheerInlogForm
admin.site.site_header = "Uitvoeringsplan — beheer"
admin.site.site_title = "Uitvoeringsplan beheer"


class FaviconView(RedirectView):
    """Resolved per request: with hashed static files the name is only known after collectstatic."""

    permanent = False

    def get_redirect_url(self, *args, **kwargs) -> str:
        return static("img/favicon.svg")


urlpatterns = [
    # Browsers ask for /favicon.ico before they read the page's <link rel="icon">.
    path("favicon.ico", login_not_required(FaviconView.as_view()), name="favicon"),
    path("beheer/", admin.site.urls),
    path("account/", include("accounts.urls")),
    path("", include("dashboard.urls")),
    path("", include("uitvoeringsplan.urls")),
    path("", include("uitvoeringsplan.urls_scanner")),
    path("", include("uitvoeringsplan.urls_doelen")),
    path("", include("bijeenkomsten.urls")),
    path("", include("rapportage.urls")),
    path("", include("uitvoering.urls")),
    path("", include("uitvoering.urls_spreadsheet")),
    path("", include("uitvoering.urls_openbaar")),
    path("", include("uitvoering.urls_evaluatie")),
    path("", include("cyclus.urls")),
    path("", include("regio.urls_organisatie")),
    path("", include("regio.urls_jaarplan")),
    path("", include("regio.urls_gemeenten")),
]
