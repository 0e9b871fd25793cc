"""Kader 3: inviting stakeholders, the call list, e-mailed invitations, attendance and the printed attendance list."""

import logging
import smtplib

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views import View
from django.views.generic import TemplateView

from basis.pdf import render_pdf
from stakeholders.models import Stakeholder
from uitvoeringsplan.rechten import Recht

from .constants import Kanaal, UitnodigingStatus
from .services import stakeholders_uitnodigen, uitnodiging_bijwerken, uitnodiging_mailen
from .views_bijeenkomsten import BijeenkomstMixin

logger = logging.getLogger(__name__)

# One-click results: (status, kanaal, label, button style).
BELLIJST_KNOPPEN = [
    (UitnodigingStatus.AANGEMELD, Kanaal.GEBELD, gettext_lazy("Gebeld: komt"), "btn-outline-success"),
    (UitnodigingStatus.AFGEMELD, Kanaal.GEBELD, gettext_lazy("Gebeld: komt niet"), "btn-outline-danger"),
    (UitnodigingStatus.UITGENODIGD, Kanaal.GEBELD, gettext_lazy("Gebeld, nog geen antwoord"), "btn-outline-secondary"),
    (
        UitnodigingStatus.AANGEMELD,
        Kanaal.PERSOONLIJK,
        gettext_lazy("Persoonlijk gesproken: komt"),
        "btn-outline-success",
    ),
]
# Changing the result afterwards: a misclick undone, or someone who signed up cancels after all.
BENADERD_KNOPPEN = [
    (UitnodigingStatus.AANGEMELD, "", gettext_lazy("Komt"), "btn-outline-success"),
    (UitnodigingStatus.AFGEMELD, "", gettext_lazy("Komt niet"), "btn-outline-danger"),
    (UitnodigingStatus.TE_BENADEREN, "", gettext_lazy("Terug naar nog te benaderen"), "btn-outline-secondary"),
]
AANWEZIGHEID_KNOPPEN = [
    (UitnodigingStatus.AANWEZIG, "", gettext_lazy("Aanwezig"), "btn-outline-success"),
    (UitnodigingStatus.AFWEZIG, "", gettext_lazy("Afwezig"), "btn-outline-secondary"),
]


class UitnodigenView(BijeenkomstMixin, TemplateView):
    """Choose stakeholders to invite; those interested in the meeting's aanbevelingen come first."""

    recht = Recht.CONTACTGEGEVENS
    recht_post = Recht.BEWERKEN
    template_name = "bijeenkomsten/uitnodigen.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        bijeenkomst = self.get_bijeenkomst()
        aanbevelingen = set(bijeenkomst.aanbevelingen.values_list("pk", flat=True))
        al = set(bijeenkomst.uitnodigingen.values_list("stakeholder_id", flat=True))
        stakeholders = list(
            Stakeholder.objects.filter(gemeente=self.plan.gemeente)
            .select_related("organisatie")
            .prefetch_related("aanbevelingen")
        )
        for stakeholder in stakeholders:
            stakeholder.geinteresseerd = bool({a.pk for a in stakeholder.aanbevelingen.all()} & aanbevelingen)
            stakeholder.al_uitgenodigd = stakeholder.pk in al
        stakeholders.sort(key=lambda s: (s.al_uitgenodigd, not s.geinteresseerd, s.organisatie.naam, s.naam))
        context.update(
            bijeenkomst=bijeenkomst,
            stakeholders=stakeholders,
            kernteam=self.plan.lidmaatschappen.kernteam().select_related("user"),
            suggesties=any(s.geinteresseerd and not s.al_uitgenodigd for s in stakeholders),
            iedereen_uitgenodigd=all(s.al_uitgenodigd for s in stakeholders),
        )
        return context

    def post(self, request, *args, **kwargs):
        bijeenkomst = self.get_bijeenkomst()
        gekozen = list(
            Stakeholder.objects.filter(gemeente=self.plan.gemeente, pk__in=request.POST.getlist("stakeholder"))
        )
        beller = self.plan.lidmaatschappen.kernteam().filter(user_id=request.POST.get("bellen_door") or None).first()
        aantal = stakeholders_uitnodigen(
            bijeenkomst=bijeenkomst, stakeholders=gekozen, bellen_door=beller.user if beller else None
        )
        if aantal:
            messages.success(
                request,
                ngettext("%(n)s stakeholder staat op de bellijst.", "%(n)s stakeholders staan op de bellijst.", aantal)
                % {"n": aantal},
            )
            return redirect("bellijst", plan_pk=self.plan.pk, bijeenkomst_pk=bijeenkomst.pk)
        messages.error(request, _("Kies minstens één stakeholder die nog niet is uitgenodigd."))
        return redirect("uitnodigen", plan_pk=self.plan.pk, bijeenkomst_pk=bijeenkomst.pk)


class UitnodigingenMixin(BijeenkomstMixin):
    def uitnodigingen(self, bijeenkomst):
        return bijeenkomst.uitnodigingen.select_related("stakeholder__organisatie", "bellen_door", "uitgenodigd_door")


class BellijstView(UitnodigingenMixin, TemplateView):
    """Kader 3: phoning raised attendance. Who still has to be called, by whom, and the result in one click."""

    recht = Recht.CONTACTGEGEVENS
    template_name = "bijeenkomsten/bellijst.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        bijeenkomst = self.get_bijeenkomst()
        alle = list(self.uitnodigingen(bijeenkomst))
        alleen_mijn = self.request.GET.get("wie") == "ik"
        te_bellen = [u for u in alle if u.status in {UitnodigingStatus.TE_BENADEREN, UitnodigingStatus.UITGENODIGD}]
        if alleen_mijn:
            te_bellen = [u for u in te_bellen if u.bellen_door_id == self.request.user.pk]
        context.update(
            bijeenkomst=bijeenkomst,
            te_bellen=te_bellen,
            afgehandeld=[
                u for u in alle if u.status not in {UitnodigingStatus.TE_BENADEREN, UitnodigingStatus.UITGENODIGD}
            ],
            alleen_mijn=alleen_mijn,
            aantal_uitnodigingen=len(alle),
            bellijst_knoppen=BELLIJST_KNOPPEN,
            benaderd_knoppen=BENADERD_KNOPPEN,
            te_wijzigen={UitnodigingStatus.AANGEMELD, UitnodigingStatus.AFGEMELD},
        )
        return context


class AanwezigheidView(UitnodigingenMixin, TemplateView):
    """Registering attendance on the day. Who came is personal data: for the kernteam only."""

    recht = Recht.CONTACTGEGEVENS
    template_name = "bijeenkomsten/aanwezigheid.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        bijeenkomst = self.get_bijeenkomst()
        uitnodigingen = list(self.uitnodigingen(bijeenkomst))
        context.update(
            bijeenkomst=bijeenkomst,
            uitnodigingen=uitnodigingen,
            aantal_aanwezig=sum(u.is_aanwezig for u in uitnodigingen),
            aanwezigheid_knoppen=AANWEZIGHEID_KNOPPEN,
        )
        return context


class UitnodigingStatusView(UitnodigingenMixin, View):
    """One click on the call list or the attendance list: record the status (and how they were reached)."""

    recht = Recht.BEWERKEN
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        bijeenkomst = self.get_bijeenkomst()
        uitnodiging = get_object_or_404(bijeenkomst.uitnodigingen.select_related("stakeholder"), pk=kwargs["pk"])
        status, kanaal = request.POST.get("status"), request.POST.get("kanaal", "")
        if status not in UitnodigingStatus.values or (kanaal and kanaal not in Kanaal.values):
            messages.error(request, _("Deze status bestaat niet."))
        else:
            uitnodiging_bijwerken(uitnodiging=uitnodiging, status=status, kanaal=kanaal, door=request.user)
            messages.success(
                request,
                _("%(naam)s: %(status)s.")
                % {"naam": uitnodiging.stakeholder.naam, "status": uitnodiging.get_status_display().lower()},
            )
        terug = request.POST.get("terug")
        doel = "aanwezigheid" if terug == "aanwezigheid" else "bellijst"
        return redirect(
            reverse(doel, kwargs={"plan_pk": self.plan.pk, "bijeenkomst_pk": bijeenkomst.pk})
            + f"#uitnodiging-{uitnodiging.pk}"
        )


class UitnodigingMailenView(UitnodigingenMixin, View):
    recht = Recht.BEWERKEN
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        bijeenkomst = self.get_bijeenkomst()
        uitnodiging = get_object_or_404(self.uitnodigingen(bijeenkomst), pk=kwargs["pk"])
        if not uitnodiging.stakeholder.email:
            messages.error(
                request, _("Van %(naam)s is geen e-mailadres bekend.") % {"naam": uitnodiging.stakeholder.naam}
            )
        else:
            try:
                uitnodiging_mailen(uitnodiging=uitnodiging, door=request.user)
            except ValidationError as fout:
                messages.error(request, " ".join(fout.messages))
            except (smtplib.SMTPException, OSError):
                # The mail server refused or could not be reached: nothing is recorded, so the row stays to do.
                logger.exception("Uitnodiging %s kon niet worden gemaild", uitnodiging.pk)
                messages.error(
                    request,
                    _(
                        "De uitnodiging aan %(naam)s kon niet worden verstuurd: de mailserver gaf een fout. "
                        "Probeer het later opnieuw of bel deze persoon."
                    )
                    % {"naam": uitnodiging.stakeholder.naam},
                )
            else:
                messages.success(
                    request,
                    _("De uitnodiging is gemaild naar %(email)s, met de afspraak voor de agenda.")
                    % {"email": uitnodiging.stakeholder.email},
                )
        return redirect(
            reverse("bellijst", kwargs={"plan_pk": self.plan.pk, "bijeenkomst_pk": bijeenkomst.pk})
            + f"#uitnodiging-{uitnodiging.pk}"
        )


class PresentielijstView(UitnodigingenMixin, View):
    """A printable attendance list (PDF) with a line to sign for everyone invited."""

    recht = Recht.CONTACTGEGEVENS

    def get(self, request, *args, **kwargs):
        bijeenkomst = self.get_bijeenkomst()
        uitnodigingen = sorted(
            (
                u
                for u in self.uitnodigingen(bijeenkomst)
                if u.status not in {UitnodigingStatus.AFGEMELD, UitnodigingStatus.TE_BENADEREN}
            ),
            key=lambda u: u.stakeholder.naam,
        )
        _html, pdf = render_pdf(
            "bijeenkomsten/pdf/presentielijst.html",
            {"bijeenkomst": bijeenkomst, "plan": self.plan, "uitnodigingen": uitnodigingen, "lege_regels": range(6)},
        )
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="presentielijst-{bijeenkomst.datum:%Y%m%d}.pdf"'
        return response
