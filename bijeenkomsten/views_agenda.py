"""The agenda of a meeting: items added, changed, removed and moved up or down."""

from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import CreateView, DeleteView, UpdateView

from basis.volgorde import richting_uit, verplaatsen_in_volgorde
from uitvoeringsplan.rechten import Recht

from .forms import AgendapuntForm
from .models import Agendapunt
from .services import agendapunt_toevoegen
from .views_bijeenkomsten import BijeenkomstMixin


class AgendapuntMixin(BijeenkomstMixin):
    recht = Recht.BEWERKEN
    form_class = AgendapuntForm
    template_name = "bijeenkomsten/agendapunt_form.html"

    def get_queryset(self):
        return Agendapunt.objects.filter(bijeenkomst=self.get_bijeenkomst())

    def get_context_data(self, **kwargs):
        return super().get_context_data(bijeenkomst=self.get_bijeenkomst(), **kwargs)

    def get_success_url(self) -> str:
        return self.detail_url(self.get_bijeenkomst(), "agenda")


class AgendapuntCreateView(AgendapuntMixin, CreateView):
    def form_valid(self, form):
        form.instance.bijeenkomst = self.get_bijeenkomst()
        self.object = agendapunt_toevoegen(agendapunt=form.instance)
        return redirect(self.get_success_url())


class AgendapuntUpdateView(AgendapuntMixin, UpdateView):
    pass


class AgendapuntDeleteView(AgendapuntMixin, DeleteView):
    template_name = "bijeenkomsten/bevestigen.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            vraag=_("Agendapunt verwijderen?"),
            omschrijving=self.object.titel,
            terug_url=self.get_success_url(),
            **kwargs,
        )


class AgendapuntVerplaatsenView(AgendapuntMixin, View):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        punten = list(self.get_queryset())
        punt = next((p for p in punten if p.pk == kwargs["pk"]), None)
        if punt is None:
            raise Http404
        verplaatsen_in_volgorde(punten, punt, richting_uit(request.POST))
        return redirect(self.get_success_url())
