"""The next cycle (issue 12 §3): start it from a plan in uitvoering, compare the aanbevelingen, take acties over.

Starting is a page of the previous plan (`Recht.CYCLUS`, the kernteam); comparing and taking
over are pages of the new plan, read by its members and changed by its kernteam while the new
plan is a concept (`Recht.BEWERKEN`).
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.generic import FormView, TemplateView

from scanner.forms import ScannerForm, VerplichtePlakForm
from scanner.models import Scanner
from scanner.services import aanbevelingen_toevoegen
from uitvoeringsplan.mixins import PlanMixin
from uitvoeringsplan.models import Uitvoeringsplan
from uitvoeringsplan.rechten import Recht

from .forms import NIEUWE_SCANNER, OvernemenForm, StartenForm, VergelijkingForm
from .services import acties_overnemen, al_gestart_melding, vergelijking_bevestigen, volgende_cyclus_starten
from .vergelijken import kandidaten, vergelijking


class VolgendeCyclusStartenView(PlanMixin, TemplateView):
    """From a plan in uitvoering or geëvalueerd: a new plan from a new Scanner, linked to this one."""

    recht = Recht.CYCLUS
    plan_nav = "volgende_cyclus"
    template_name = "cyclus/starten.html"

    @cached_property
    def volgende(self) -> Uitvoeringsplan | None:
        return Uitvoeringsplan.objects.filter(vorige_cyclus=self.plan).first()

    def formulieren(self, data=None, files=None) -> dict:
        eind = timezone.localdate().year + 1
        titel = _("Uitvoeringsplan middelenpreventie %(gemeente)s %(van)s–%(tot)s") % {
            "gemeente": self.plan.gemeente,
            "van": eind,
            "tot": eind + 3,
        }
        # The new Scanner's fields count only when it is chosen; otherwise they stay unbound, without errors.
        nieuw = data is not None and data.get("bron") == NIEUWE_SCANNER
        scanner = Scanner(gemeente=self.plan.gemeente)
        return {
            "form": StartenForm(data, vorig_plan=self.plan, initial={"titel": titel}),
            "scanner_form": ScannerForm(*((data, files) if nieuw else ()), prefix="scanner", instance=scanner),
            "plak_form": VerplichtePlakForm(data if nieuw else None, prefix="plak"),
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not any(naam in kwargs for naam in ("form", "scanner_form")):
            context.update(self.formulieren())
        context["volgende"] = self.volgende
        return context

    def post(self, request, *args, **kwargs):
        if self.volgende:
            messages.error(request, al_gestart_melding(self.volgende))
            return redirect("volgende_cyclus_starten", plan_pk=self.plan.pk)
        formulieren = self.formulieren(request.POST, request.FILES)
        form, scanner_form, plak_form = formulieren["form"], formulieren["scanner_form"], formulieren["plak_form"]
        geldig = form.is_valid()
        if geldig and form.nieuwe_scanner:
            geldig = all([scanner_form.is_valid(), plak_form.is_valid()])
        if not geldig:
            return self.render_to_response(self.get_context_data(**formulieren))
        try:
            with transaction.atomic():
                if form.nieuwe_scanner:
                    scanner = scanner_form.save()
                    aanbevelingen_toevoegen(bron=scanner, titels=plak_form.cleaned_data["aanbevelingen"])
                    bron = {"scanner": scanner}
                else:
                    bron = form.gekozen_bron()
                nieuw = volgende_cyclus_starten(
                    vorig_plan=self.plan, titel=form.cleaned_data["titel"], door=request.user, **bron
                )
        except ValidationError as fout:
            form.add_error(None, fout)
            return self.render_to_response(self.get_context_data(**formulieren))
        messages.success(
            request,
            _(
                "De volgende cyclus is gestart. Vergelijk nu de aanbevelingen met die van de vorige cyclus, "
                "en kies daarna welke acties je overneemt."
            ),
        )
        return redirect("cyclus_vergelijking", plan_pk=nieuw.pk)


class VorigeCyclusMixin(PlanMixin):
    """A page of a plan that is the next cycle of another; everyone reads it, the kernteam changes it."""

    recht = Recht.LEZEN
    recht_post = Recht.BEWERKEN
    plan_nav = "vorige_cyclus"

    def has_permission(self) -> bool:
        if not self.plan.vorige_cyclus_id:
            raise Http404(_("Dit plan is geen volgende cyclus van een ander plan."))
        return super().has_permission()

    @cached_property
    def overzicht(self):
        return vergelijking(self.plan)

    def get_context_data(self, **kwargs):
        vorig = Uitvoeringsplan.objects.for_user(self.request.user).filter(pk=self.plan.vorige_cyclus_id).first()
        return super().get_context_data(
            **kwargs,
            overzicht=self.overzicht,
            vorig_plan=vorig or Uitvoeringsplan.objects.get(pk=self.plan.vorige_cyclus_id),
            vorig_zichtbaar=vorig is not None,
        )


class VergelijkingView(VorigeCyclusMixin, FormView):
    """The two cycles' aanbevelingen side by side: terugkerend, nieuw and vervallen."""

    template_name = "cyclus/vergelijking.html"
    form_class = VergelijkingForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "overzicht": self.overzicht}

    def form_valid(self, form):
        koppelingen = form.koppelingen()
        vergelijking_bevestigen(plan=self.plan, koppelingen=koppelingen, door=self.request.user)
        messages.success(
            self.request,
            ngettext(
                "De vergelijking is bevestigd: %(n)s aanbeveling keert terug uit de vorige cyclus.",
                "De vergelijking is bevestigd: %(n)s aanbevelingen keren terug uit de vorige cyclus.",
                len(koppelingen),
            )
            % {"n": len(koppelingen)},
        )
        return redirect("cyclus_acties", plan_pk=self.plan.pk)


class ActiesOvernemenView(VorigeCyclusMixin, FormView):
    """The previous cycle's acties, ticked by the evaluation's advice, each placed under a new aanbeveling."""

    template_name = "cyclus/acties.html"
    form_class = OvernemenForm

    @cached_property
    def kandidaten(self):
        return kandidaten(self.plan, self.overzicht)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "kandidaten": self.kandidaten, "overzicht": self.overzicht}

    def form_valid(self, form):
        try:
            nieuw = acties_overnemen(plan=self.plan, plaatsing=form.plaatsing(), door=self.request.user)
        except ValidationError as fout:
            form.add_error(None, fout)
            return self.form_invalid(form)
        messages.success(
            self.request,
            ngettext(
                "%(n)s actie is overgenomen. Vul de periode en de prioriteit opnieuw in.",
                "%(n)s acties zijn overgenomen. Vul de periode en de prioriteit opnieuw in.",
                len(nieuw),
            )
            % {"n": len(nieuw)},
        )
        return redirect("aanbevelingen", plan_pk=self.plan.pk)
