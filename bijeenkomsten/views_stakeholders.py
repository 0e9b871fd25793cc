"""The stakeholder register of the gemeente, reused in every cycle. Contact details are for the kernteam only."""

import json

from django.contrib import messages
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View
from django.views.generic import CreateView, DeleteView, FormView, ListView, UpdateView

from stakeholders.constants import Sector
from stakeholders.forms import ImportForm, StakeholderForm
from stakeholders.models import Stakeholder
from stakeholders.services import STAKEHOLDER_KOLOMMEN, stakeholders_importeren
from uitvoeringsplan.mixins import PlanMixin
from uitvoeringsplan.rechten import Recht

from .avg import stakeholder_account_nodig, stakeholder_gegevens, stakeholder_wissen
from .models import aanwezig_filter


class StakeholderMixin(PlanMixin):
    plan_nav = "stakeholders"

    def get_queryset(self):
        return Stakeholder.objects.filter(gemeente=self.plan.gemeente).select_related("organisatie")


class StakeholderListView(StakeholderMixin, ListView):
    """The register. Stakeholders do not read it: who else takes part, and how, is for the kernteam (DESIGN §9)."""

    recht = Recht.REGISTER
    template_name = "bijeenkomsten/stakeholder_list.html"
    context_object_name = "stakeholders"

    def get_queryset(self):
        stakeholders = (
            super()
            .get_queryset()
            .prefetch_related("aanbevelingen")
            .annotate(aantal_aanwezig=Count("uitnodigingen", filter=aanwezig_filter("uitnodigingen__")))
        )
        if sector := self.request.GET.get("sector"):
            stakeholders = stakeholders.filter(organisatie__sector=sector)
        if zoek := self.request.GET.get("q", "").strip():
            stakeholders = stakeholders.filter(Q(naam__icontains=zoek) | Q(organisatie__naam__icontains=zoek))
        return stakeholders

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        vertegenwoordigd = set(
            Stakeholder.objects.filter(gemeente=self.plan.gemeente).values_list("organisatie__sector", flat=True)
        )
        context["sectoren"] = [
            (code, label, code in vertegenwoordigd) for code, label in Sector.choices if code != Sector.ANDERS
        ]
        context["ontbrekend"] = [label for code, label, aanwezig in context["sectoren"] if not aanwezig]
        context["gekozen_sector"] = self.request.GET.get("sector", "")
        context["zoek"] = self.request.GET.get("q", "")
        return context


class StakeholderFormMixin(StakeholderMixin):
    recht = Recht.CONTACTGEGEVENS
    form_class = StakeholderForm
    template_name = "bijeenkomsten/stakeholder_form.html"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "gemeente": self.plan.gemeente}

    def get_success_url(self) -> str:
        messages.success(self.request, _("%(naam)s is opgeslagen.") % {"naam": self.object.naam})
        return reverse("stakeholder_list", kwargs={"plan_pk": self.plan.pk}) + f"#stakeholder-{self.object.pk}"


class StakeholderCreateView(StakeholderFormMixin, CreateView):
    pass


class StakeholderUpdateView(StakeholderFormMixin, UpdateView):
    pass


class StakeholderExportView(StakeholderMixin, View):
    """Everything stored about one person, as a file (AVG inzageverzoek)."""

    recht = Recht.CONTACTGEGEVENS

    def get(self, request, *args, **kwargs):
        stakeholder = get_object_or_404(self.get_queryset(), pk=kwargs["pk"])
        inhoud = json.dumps(stakeholder_gegevens(stakeholder), ensure_ascii=False, indent=2)
        naam = f"gegevens-{slugify(stakeholder.naam)}-{timezone.localdate():%Y%m%d}.json"
        response = HttpResponse(inhoud, content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{naam}"'
        return response


class StakeholderWissenView(StakeholderMixin, DeleteView):
    """Erase a person's data (AVG), also from the history."""

    recht = Recht.BEHEREN
    template_name = "bijeenkomsten/stakeholder_wissen.html"

    def get_queryset(self):
        return super().get_queryset().select_related("user")

    def get_object(self, queryset=None):
        return get_object_or_404(self.get_queryset(), pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        return super().get_context_data(account_nodig=stakeholder_account_nodig(self.object), **kwargs)

    def form_valid(self, form):
        account_uitschakelen = self.object.user is not None and not stakeholder_account_nodig(self.object)
        stakeholder_wissen(stakeholder=self.object, door=self.request.user)
        melding = _("De persoonsgegevens zijn gewist, ook uit de geschiedenis.")
        if account_uitschakelen:
            melding += " " + _("Het account is uitgeschakeld en geanonimiseerd.")
        messages.success(self.request, melding)
        return redirect("stakeholder_list", plan_pk=self.plan.pk)


class StakeholderImportView(StakeholderMixin, FormView):
    recht = Recht.CONTACTGEGEVENS
    form_class = ImportForm
    template_name = "bijeenkomsten/stakeholder_import.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(kolommen=STAKEHOLDER_KOLOMMEN, sectoren=Sector.choices, **kwargs)

    def form_valid(self, form):
        uitslag = stakeholders_importeren(gemeente=self.plan.gemeente, tekst=form.cleaned_data["bestand"])
        if uitslag.fouten:
            form.add_error("bestand", _("Er is niets geïmporteerd. Verbeter deze regels en probeer het opnieuw."))
            return self.render_to_response(self.get_context_data(form=form, fouten=uitslag.fouten))
        if uitslag.is_leeg:
            form.add_error(
                "bestand",
                _("Er stond niets in om te importeren: het bestand heeft alleen een kopregel of lege regels."),
            )
            return self.render_to_response(self.get_context_data(form=form))
        delen = [
            ngettext("%(n)s nieuwe stakeholder", "%(n)s nieuwe stakeholders", uitslag.nieuw) % {"n": uitslag.nieuw},
            _("%(n)s bijgewerkt") % {"n": uitslag.bijgewerkt},
            ngettext("%(n)s stond er al", "%(n)s stonden er al", uitslag.ongewijzigd) % {"n": uitslag.ongewijzigd},
        ]
        messages.success(self.request, _("Importeren klaar: %(delen)s.") % {"delen": ", ".join(delen)})
        return redirect("stakeholder_list", plan_pk=self.plan.pk)
