"""Stap 4, deel 2: the worksheet of an inhoudelijke bijeenkomst, whose proposed actions become draft acties."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView

from uitvoeringsplan.rechten import Recht

from .constants import BijeenkomstSoort
from .forms import WERKBLAD_RIJEN, WerkbladFormSet
from .models import Bijeenkomst
from .services import werkblad_opslaan
from .views_bijeenkomsten import BijeenkomstMixin

# The text answers of a worksheet row that become the draft actie's fields.
VOORSTEL_VELDEN = (
    "titel",
    "relevantie",
    "haalbaarheid_toelichting",
    "benodigde_middelen",
    "effectiviteit",
    "obstakels",
    "wie_doet_wat",
)


class WerkbladView(BijeenkomstMixin, TemplateView):
    """Stap 4, deel 2: capture proposed actions per treated aanbeveling; saving makes draft acties."""

    recht = Recht.BEWERKEN
    template_name = "bijeenkomsten/werkblad.html"

    def get_bijeenkomst(self) -> Bijeenkomst:
        bijeenkomst = super().get_bijeenkomst()
        if bijeenkomst.soort != BijeenkomstSoort.INHOUDELIJK:
            raise Http404
        return bijeenkomst

    def formsets(self, bijeenkomst, data=None):
        return [
            (aanbeveling, WerkbladFormSet(data, prefix=f"a{aanbeveling.pk}"))
            for aanbeveling in bijeenkomst.aanbevelingen.all()
        ]

    def met_meer_rijen(self, werkbladen, prefix: str):
        """The same worksheets, unsaved and as typed, with more empty rows under the chosen aanbeveling."""
        nieuw = []
        for aanbeveling, formset in werkbladen:
            ingevuld = formset.ingevuld()
            meer = WerkbladFormSet(
                initial=ingevuld, prefix=formset.prefix, extra=WERKBLAD_RIJEN if formset.prefix == prefix else 0
            )
            if len(meer.forms) > len(ingevuld):
                meer.forms[len(ingevuld)].fields["titel"].widget.attrs["autofocus"] = True  # the first new row
            nieuw.append((aanbeveling, meer))
        return nieuw

    @staticmethod
    def voorstel(form) -> dict:
        """One filled-in row as the plain values of a draft actie."""
        gegevens = {veld: form.cleaned_data[veld].strip() for veld in VOORSTEL_VELDEN}
        gegevens["periode_start"] = form.cleaned_data.get("periode_start")
        gegevens["periode_eind"] = form.cleaned_data.get("periode_eind")
        return gegevens

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        bijeenkomst = self.get_bijeenkomst()
        context.update(
            bijeenkomst=bijeenkomst,
            werkbladen=kwargs.get("werkbladen") or self.formsets(bijeenkomst),
            meer_rijen=WERKBLAD_RIJEN,
        )
        return context

    def post(self, request, *args, **kwargs):
        bijeenkomst = self.get_bijeenkomst()
        werkbladen = self.formsets(bijeenkomst, request.POST)
        if not all(formset.is_valid() for _aanbeveling, formset in werkbladen):
            messages.error(request, _("Er is nog niets opgeslagen: verbeter de velden die rood zijn gemarkeerd."))
            return self.render_to_response(self.get_context_data(werkbladen=werkbladen))
        voorstellen = {
            aanbeveling: [self.voorstel(form) for form in formset if not form.is_leeg]
            for aanbeveling, formset in werkbladen
        }
        aantal = len(werkblad_opslaan(bijeenkomst=bijeenkomst, voorstellen=voorstellen, door=request.user))
        if not aantal:
            messages.error(request, _("Vul minstens één actie in."))
            return self.render_to_response(self.get_context_data(werkbladen=werkbladen))
        messages.success(
            request,
            ngettext(
                "%(n)s conceptactie staat nu in de invultabel.",
                "%(n)s conceptacties staan nu in de invultabellen.",
                aantal,
            )
            % {"n": aantal},
        )
        return redirect(self.detail_url(bijeenkomst, "concepten"))


class WerkbladMeerRijenView(WerkbladView):
    """More empty rows under one aanbeveling: the worksheet again, as typed and not yet saved."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        bijeenkomst = self.get_bijeenkomst()
        werkbladen = self.met_meer_rijen(self.formsets(bijeenkomst, request.POST), request.POST.get("meer_rijen", ""))
        return self.render_to_response(self.get_context_data(werkbladen=werkbladen, rijen_toegevoegd=True))
