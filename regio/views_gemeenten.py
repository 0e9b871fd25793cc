"""The regional roll-up per gemeente and the lokale implementatie (to be built: issue 13 §3)."""

from django.views.generic import TemplateView

from .mixins import RegioMixin


class GemeentenView(RegioMixin, TemplateView):
    regio_nav = "gemeenten"
    template_name = "regio/in_aanbouw.html"
    extra_context = {"titel": "Gemeenten"}


class ImplementatieView(RegioMixin, TemplateView):
    regio_nav = "implementatie"
    template_name = "regio/in_aanbouw.html"
    extra_context = {"titel": "Lokale implementatie"}
