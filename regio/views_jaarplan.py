"""The jaarplannen of a regional project (to be built: issue 13 §2)."""

from django.views.generic import TemplateView

from .mixins import RegioMixin


class JaarplannenView(RegioMixin, TemplateView):
    regio_nav = "jaarplannen"
    template_name = "regio/in_aanbouw.html"
    extra_context = {"titel": "Jaarplannen"}
