"""The region's projects, a project's home and its organisation (to be built: issue 13 §1)."""

from django.views.generic import TemplateView

from .mixins import RegioMixin
from .querysets import projecten_voor


class ProjectenView(TemplateView):
    template_name = "regio/projecten.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs, projecten=projecten_voor(self.request.user).select_related("regio"))


class ProjectView(RegioMixin, TemplateView):
    regio_nav = "project"
    template_name = "regio/in_aanbouw.html"
    extra_context = {"titel": "Overzicht"}


class OrganisatieView(RegioMixin, TemplateView):
    regio_nav = "organisatie"
    template_name = "regio/in_aanbouw.html"
    extra_context = {"titel": "Organisatie"}
