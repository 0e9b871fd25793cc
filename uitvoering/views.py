"""The uitvoering of an adopted plan: the overview on a timeline, and the voortgang of one actie."""

import mimetypes

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, TemplateView

from uitvoeringsplan.constants import PlanStatus, Uitvoeringsstatus
from uitvoeringsplan.mixins import PlanMixin
from uitvoeringsplan.models import Actie
from uitvoeringsplan.rechten import VOORTGANG_RECHTEN, Recht

from .forms import UitvoeringFilterForm, VoortgangForm
from .models import Voortgangsbericht
from .services import UITVOERING_AFGESLOTEN, StatusIntussenGewijzigd, voortgang_melden
from .stand import aantallen_per_status, eigen_organisaties, in_uitvoering, mag_melden, met_stand
from .tijdlijn import tijdlijn


class UitvoeringMixin(PlanMixin):
    recht = Recht.UITVOERING
    plan_nav = "uitvoering"

    def acties(self):
        """This plan's acties in uitvoering, with their stand, ready for a list."""
        return (
            met_stand(in_uitvoering(Actie.objects.van_plan(self.plan)), timezone.localdate())
            .select_related("invultabel__aanbeveling")
            .prefetch_related("verantwoordelijken")
        )

    def eigen(self) -> set[int]:
        return set(eigen_organisaties(self.request.user).values_list("pk", flat=True))

    def weigering(self, recht: Recht) -> str:
        if recht in VOORTGANG_RECHTEN and self.plan.status == PlanStatus.GEEVALUEERD:
            return str(UITVOERING_AFGESLOTEN)
        return super().weigering(recht)


class UitvoeringView(UitvoeringMixin, TemplateView):
    """Every actie on a quarter timeline, with counts per status and filters."""

    template_name = "uitvoering/overzicht.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        alle = self.acties()
        aanbevelingen = {(a.invultabel.aanbeveling_id, a.invultabel.aanbeveling.titel): None for a in alle}
        organisaties = {(org.pk, org.naam): None for a in alle for org in a.verantwoordelijken.all()}
        filters = UitvoeringFilterForm(
            self.request.GET or None, aanbevelingen=list(aanbevelingen), organisaties=sorted(organisaties, key=str)
        )
        gekozen = filters.cleaned_data if filters.is_valid() else {}
        acties = [actie for actie in alle if self._past(actie, gekozen)]
        eigen = self.eigen()
        for actie in acties:
            actie.mag_melden = mag_melden(self.rechten, actie, eigen)
        context.update(
            filters=filters,
            gefilterd=any(gekozen.values()),
            tijdlijn=tijdlijn(acties, timezone.localdate()),
            aantallen=[
                (Uitvoeringsstatus(status), aantal)
                for status, aantal in aantallen_per_status(in_uitvoering(Actie.objects.van_plan(self.plan))).items()
            ],
            aantal_te_laat=sum(actie.te_laat for actie in alle),
            aantal_stil=sum(actie.stil for actie in alle),
            totaal=len(alle),
            stil_na_weken=settings.UITVOERING_STIL_NA_WEKEN,
        )
        return context

    @staticmethod
    def _past(actie: Actie, gekozen: dict) -> bool:
        return (
            (not gekozen.get("aanbeveling") or actie.invultabel.aanbeveling_id == gekozen["aanbeveling"])
            and (
                not gekozen.get("organisatie")
                or any(org.pk == gekozen["organisatie"] for org in actie.verantwoordelijken.all())
            )
            and (not gekozen.get("status") or actie.uitvoeringsstatus == gekozen["status"])
            and (not gekozen.get("te_laat") or actie.te_laat)
            and (not gekozen.get("stil") or actie.stil)
        )


class ActieVoortgangView(UitvoeringMixin, FormView):
    """One actie's status and voortgangsberichten; the kernteam and its own organisations add to them."""

    form_class = VoortgangForm
    template_name = "uitvoering/actie.html"

    def has_permission(self) -> bool:
        if not super().has_permission():
            return False
        self.actie = get_object_or_404(self.acties(), pk=self.kwargs["pk"])
        self.mag_melden = mag_melden(self.rechten, self.actie, self.eigen())
        if self.request.method == "POST" and self.plan.status == PlanStatus.GEEVALUEERD:
            self.reden = str(UITVOERING_AFGESLOTEN)
            return False
        if self.request.method == "POST" and not self.mag_melden:
            self.reden = _(
                "Alleen het kernteam en de organisatie die verantwoordelijk is voor deze actie kunnen voortgang melden."
            )
            return False
        return True

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["huidige_status"] = self.actie.uitvoeringsstatus
        return kwargs

    def get_initial(self):
        status = self.request.GET.get("status", "")
        return {"versie": self.actie.versie, "status": status if status in Uitvoeringsstatus.values else ""}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            actie=self.actie,
            mag_melden=self.mag_melden,
            afgesloten=UITVOERING_AFGESLOTEN if self.plan.status == PlanStatus.GEEVALUEERD else "",
            berichten=self.actie.voortgangsberichten.select_related("auteur"),
            volgende=self._volgende(),
        )
        return context

    def _volgende(self) -> str:
        volgende = self.request.POST.get("volgende") or self.request.GET.get("volgende", "")
        if volgende and url_has_allowed_host_and_scheme(volgende, {self.request.get_host()}):
            return volgende
        return ""

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            bericht = voortgang_melden(
                actie=self.actie,
                door=self.request.user,
                tekst=data["tekst"],
                status=data["status"],
                datum=data["datum"],
                bijlage=data["bijlage"],
                link=data["link"],
                gezien_versie=data["versie"],
            )
        except StatusIntussenGewijzigd as conflict:
            return self._conflict(form, conflict)
        except ValidationError as fout:
            form.add_error(None, fout)
            return self.form_invalid(form)
        if bericht.status:
            messages.success(
                self.request,
                _("De status van “%(actie)s” is nu: %(status)s.")
                % {"actie": self.actie.titel, "status": bericht.get_status_display()},
            )
        else:
            messages.success(self.request, _("Je voortgangsbericht is opgeslagen."))
        return redirect(self._volgende() or reverse("actie_voortgang", args=[self.plan.pk, self.actie.pk]))

    def _conflict(self, form, conflict: StatusIntussenGewijzigd):
        """Keep what the user typed, show what changed meanwhile, and let them send it again."""
        data = form.data.copy()
        data["versie"] = conflict.actie.versie
        opnieuw = self.get_form_class()(data, huidige_status=conflict.actie.uitvoeringsstatus)
        opnieuw.is_valid()
        laatste = conflict.laatste
        opnieuw.add_error(
            None,
            _(
                "Intussen heeft %(wie)s de status gewijzigd naar “%(status)s” (%(datum)s). Je bericht is nog niet "
                "opgeslagen: kijk of je keuze nog klopt en verstuur het opnieuw."
            )
            % {
                "wie": (laatste.auteur.get_full_name() if laatste and laatste.auteur else "") or _("iemand anders"),
                "status": conflict.actie.get_uitvoeringsstatus_display(),
                "datum": date_format(laatste.datum, "j F Y") if laatste else "",
            },
        )
        self.actie = get_object_or_404(self.acties(), pk=self.actie.pk)
        return self.render_to_response(self.get_context_data(form=opnieuw), status=409)


class BijlageView(UitvoeringMixin, View):
    """A voortgangsbericht's attachment, for the plan's members only."""

    def get(self, request, *args, **kwargs):
        bericht = get_object_or_404(Voortgangsbericht, pk=kwargs["pk"], actie__invultabel__plan=self.plan)
        if not bericht.bijlage:
            raise Http404
        naam = bericht.bijlage.name.rsplit("/", 1)[-1]
        soort = mimetypes.guess_type(naam)[0] or "application/octet-stream"
        return FileResponse(bericht.bijlage.open("rb"), content_type=soort, as_attachment=True, filename=naam)
