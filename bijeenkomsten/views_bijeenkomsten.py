"""The meetings of steps 2, 3, 4 and 6: agenda, invitations and call list, attendance, priorities, worksheet."""

import logging
import smtplib
from datetime import datetime, timedelta

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views import View
from django.views.generic import CreateView, DeleteView, ListView, TemplateView, UpdateView

from basis.pdf import render_pdf
from basis.volgorde import verplaatsen_in_volgorde
from scanner.models import Aanbeveling
from stakeholders.models import Stakeholder
from uitvoeringsplan.mixins import PlanMixin
from uitvoeringsplan.rechten import Recht

from .agenda import TIPS
from .constants import BijeenkomstSoort, Kanaal, UitnodigingStatus
from .forms import WERKBLAD_RIJEN, AgendapuntForm, BijeenkomstForm, TipsForm, WerkbladFormSet
from .ics import agenda_ics
from .models import Agendapunt, Bijeenkomst
from .services import (
    agendapunt_toevoegen,
    bijeenkomst_aanmaken,
    prioritering_opslaan,
    prioritering_toepassen,
    prioritering_uitslag,
    rangorde_opslaan,
    stakeholders_uitnodigen,
    uitnodiging_bijwerken,
    uitnodiging_mailen,
    werkblad_verwerken,
)

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
MINIMALE_DUUR = timedelta(hours=2)  # stap 4: "minimaal 2 uur" voor een inhoudelijke bijeenkomst
MAX_PUNTEN = 20


def duur(bijeenkomst: Bijeenkomst) -> timedelta | None:
    if bijeenkomst.starttijd and bijeenkomst.eindtijd:
        return datetime.combine(bijeenkomst.datum, bijeenkomst.eindtijd) - datetime.combine(
            bijeenkomst.datum, bijeenkomst.starttijd
        )
    return None


def waarschuwingen(bijeenkomst: Bijeenkomst, aantal_aanbevelingen: int) -> list[str]:
    meldingen = []
    if bijeenkomst.soort == BijeenkomstSoort.INHOUDELIJK:
        lengte = duur(bijeenkomst)
        if lengte is not None and lengte < MINIMALE_DUUR:
            meldingen.append(_("Neem minimaal 2 uur de tijd voor een inhoudelijke bijeenkomst (stap 4)."))
        if aantal_aanbevelingen > 1:
            meldingen.append(
                _(
                    "Kader 4: het beste is per aanbeveling een aparte bijeenkomst. Behandel de aanbevelingen apart "
                    "zodat je de focus niet verliest."
                )
            )
        if not bijeenkomst.expert:
            meldingen.append(_("Deel 1: nodig een expert uit die uitlegt wat goed werkt bij deze aanbeveling."))
    return meldingen


class BijeenkomstMixin(PlanMixin):
    plan_nav = "bijeenkomsten"

    def get_queryset(self):
        return self.plan.bijeenkomsten.all()

    def get_bijeenkomst(self) -> Bijeenkomst:
        bijeenkomst = get_object_or_404(self.plan.bijeenkomsten.all(), pk=self.kwargs["bijeenkomst_pk"])
        bijeenkomst.plan = self.plan
        return bijeenkomst

    def detail_url(self, bijeenkomst: Bijeenkomst, anker: str = "") -> str:
        url = reverse("bijeenkomst_detail", kwargs={"plan_pk": self.plan.pk, "bijeenkomst_pk": bijeenkomst.pk})
        return f"{url}#{anker}" if anker else url


class BijeenkomstListView(BijeenkomstMixin, ListView):
    template_name = "bijeenkomsten/bijeenkomst_list.html"
    context_object_name = "bijeenkomsten"

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .prefetch_related("aanbevelingen")
            .met_aantal_aanwezig()
            .annotate(
                aangemeld=Count("uitnodigingen", filter=Q(uitnodigingen__status=UitnodigingStatus.AANGEMELD)),
                uitgenodigd=Count("uitnodigingen"),
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        vandaag = timezone.localdate()
        context["komend"] = [b for b in context["bijeenkomsten"] if b.datum >= vandaag]
        context["geweest"] = [b for b in context["bijeenkomsten"] if b.datum < vandaag][::-1]
        context["soorten"] = BijeenkomstSoort.choices
        return context


class BijeenkomstCreateView(BijeenkomstMixin, CreateView):
    recht = Recht.BEWERKEN
    form_class = BijeenkomstForm
    template_name = "bijeenkomsten/bijeenkomst_form.html"

    def get_initial(self):
        soort = self.request.GET.get("soort")
        return {"soort": soort if soort in BijeenkomstSoort.values else Bijeenkomst.volgende_soort(self.plan)}

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["instance"] = Bijeenkomst(plan=self.plan)
        return {**kwargs, "plan": self.plan}

    def form_valid(self, form):
        bijeenkomst = form.save(commit=False)
        self.object = bijeenkomst_aanmaken(bijeenkomst=bijeenkomst, aanbevelingen=form.cleaned_data["aanbevelingen"])
        messages.success(self.request, _("De bijeenkomst is gepland, met de agenda uit de handreiking."))
        return redirect(self.detail_url(self.object))


class BijeenkomstUpdateView(BijeenkomstMixin, UpdateView):
    recht = Recht.BEWERKEN
    form_class = BijeenkomstForm
    template_name = "bijeenkomsten/bijeenkomst_form.html"
    pk_url_kwarg = "bijeenkomst_pk"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "plan": self.plan}

    def form_valid(self, form):
        messages.success(self.request, _("De bijeenkomst is opgeslagen."))
        form.save()
        return redirect(self.detail_url(self.object))


class BijeenkomstDeleteView(BijeenkomstMixin, DeleteView):
    recht = Recht.BEWERKEN
    template_name = "bijeenkomsten/bevestigen.html"
    pk_url_kwarg = "bijeenkomst_pk"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            vraag=_("Bijeenkomst verwijderen?"),
            omschrijving=_("%(bijeenkomst)s, met de agenda, de uitnodigingen en de prioritering.")
            % {"bijeenkomst": self.object},
            terug_url=self.detail_url(self.object),
            **kwargs,
        )

    def get_success_url(self) -> str:
        messages.success(self.request, _("De bijeenkomst is verwijderd."))
        return reverse("bijeenkomst_list", kwargs={"plan_pk": self.plan.pk})


class BijeenkomstDetailView(BijeenkomstMixin, TemplateView):
    template_name = "bijeenkomsten/bijeenkomst_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        bijeenkomst = get_object_or_404(
            self.plan.bijeenkomsten.prefetch_related("aanbevelingen", "agendapunten"), pk=self.kwargs["bijeenkomst_pk"]
        )
        statussen = dict(bijeenkomst.uitnodigingen.values_list("status").annotate(n=Count("id")))
        aanbevelingen = list(bijeenkomst.aanbevelingen.all())
        context.update(
            bijeenkomst=bijeenkomst,
            agendapunten=list(bijeenkomst.agendapunten.all()),
            aanbevelingen=aanbevelingen,
            statussen=[(status, label, statussen.get(status, 0)) for status, label in UitnodigingStatus.choices],
            aantal_uitgenodigd=sum(statussen.values()),
            waarschuwingen=waarschuwingen(bijeenkomst, len(aanbevelingen)),
            duur=duur(bijeenkomst),
            tips=TIPS.get(bijeenkomst.soort, []),
            is_geweest=bijeenkomst.datum <= timezone.localdate(),
        )
        if bijeenkomst.soort == BijeenkomstSoort.STARTBIJEENKOMST:
            context["uitslag"] = prioritering_uitslag(bijeenkomst)
            context["hoogste"] = max((u.totaal for u in context["uitslag"]), default=0)
        if bijeenkomst.soort == BijeenkomstSoort.INHOUDELIJK:
            context["concepten"] = bijeenkomst.acties.select_related("invultabel__aanbeveling")
        return context


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
        verplaatsen_in_volgorde(punten, punt, -1 if request.POST.get("richting") == "op" else 1)
        return redirect(self.get_success_url())


class TipsView(BijeenkomstMixin, View):
    recht = Recht.BEWERKEN
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        bijeenkomst = self.get_bijeenkomst()
        form = TipsForm(request.POST, tips=TIPS.get(bijeenkomst.soort, []), gekozen=bijeenkomst.tips)
        if form.is_valid():
            bijeenkomst.tips = form.cleaned_data["tips"]
            bijeenkomst.save(update_fields=["tips"])
            messages.success(request, _("De tips zijn bijgewerkt."))
        return redirect(self.detail_url(bijeenkomst, "tips"))


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
            kernteam=self.plan.lidmaatschappen.filter(rol__in=["projectleider", "kernteamlid"]).select_related("user"),
            suggesties=any(s.geinteresseerd and not s.al_uitgenodigd for s in stakeholders),
            iedereen_uitgenodigd=all(s.al_uitgenodigd for s in stakeholders),
        )
        return context

    def post(self, request, *args, **kwargs):
        bijeenkomst = self.get_bijeenkomst()
        gekozen = list(
            Stakeholder.objects.filter(gemeente=self.plan.gemeente, pk__in=request.POST.getlist("stakeholder"))
        )
        beller = self.plan.lidmaatschappen.filter(
            user_id=request.POST.get("bellen_door") or None, rol__in=["projectleider", "kernteamlid"]
        ).first()
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
            aanwezig=sum(u.is_aanwezig for u in uitnodigingen),
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


class IcsView(BijeenkomstMixin, View):
    def get(self, request, *args, **kwargs):
        bijeenkomst = self.get_bijeenkomst()
        response = HttpResponse(
            agenda_ics(bijeenkomst, agendapunten=list(bijeenkomst.agendapunten.all())),
            content_type="text/calendar; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="bijeenkomst-{bijeenkomst.datum:%Y%m%d}.ics"'
        return response


class PrioriterenView(BijeenkomstMixin, TemplateView):
    """Stap 3, agendapunt 4: points per participant per aanbeveling (dot voting) or an agreed ranking."""

    recht = Recht.LEZEN
    recht_post = Recht.BEWERKEN
    template_name = "bijeenkomsten/prioriteren.html"

    def get_bijeenkomst(self) -> Bijeenkomst:
        bijeenkomst = super().get_bijeenkomst()
        if bijeenkomst.soort != BijeenkomstSoort.STARTBIJEENKOMST:
            raise Http404
        return bijeenkomst

    def gegevens(self, bijeenkomst):
        # Listed by the aanbeveling's own number (as in the Scanner report), not by the plan's current order.
        aanbevelingen = list(Aanbeveling.objects.filter(invultabellen__plan=self.plan).op_nummer())
        deelnemers = [
            u.stakeholder for u in bijeenkomst.uitnodigingen.aanwezig().select_related("stakeholder__organisatie")
        ]
        return aanbevelingen, deelnemers

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        bijeenkomst = self.get_bijeenkomst()
        aanbevelingen, deelnemers = self.gegevens(bijeenkomst)
        prioriteringen = list(bijeenkomst.prioriteringen.all())
        punten = {(p.stakeholder_id, p.aanbeveling_id): p.punten for p in prioriteringen if p.stakeholder_id}
        rangen = {p.aanbeveling_id: p.rang for p in prioriteringen if p.stakeholder_id is None}
        # A 0 is not stored; once points are saved, an empty cell is a 0 that was entered.
        leeg = 0 if punten else ""
        context.update(
            bijeenkomst=bijeenkomst,
            aanbevelingen=aanbevelingen,
            # Who gave which points is personal data: others only see the totals in the chart.
            rijen=[
                (deelnemer, [(a, punten.get((deelnemer.pk, a.pk), leeg)) for a in aanbevelingen])
                for deelnemer in deelnemers
            ]
            if Recht.CONTACTGEGEVENS in self.rechten
            else [],
            rangen=[(a, rangen.get(a.pk, "")) for a in aanbevelingen],
            max_punten=MAX_PUNTEN,
            fouten=kwargs.get("fouten", []),
            uitslag=prioritering_uitslag(bijeenkomst),
        )
        context["hoogste"] = max((u.totaal for u in context["uitslag"]), default=0)
        return context

    def post(self, request, *args, **kwargs):
        bijeenkomst = self.get_bijeenkomst()
        aanbevelingen, deelnemers = self.gegevens(bijeenkomst)
        fouten = []
        if request.POST.get("methode") == "rangorde":
            rangen = {}
            for aanbeveling in aanbevelingen:
                waarde = request.POST.get(f"rang-{aanbeveling.pk}", "").strip()
                if not waarde:
                    continue
                if not waarde.isdigit() or int(waarde) < 1:
                    fouten.append(
                        _("De rang van “%(titel)s” is geen getal van 1 of hoger.") % {"titel": aanbeveling.titel}
                    )
                elif int(waarde) in rangen.values():
                    fouten.append(_("Rang %(rang)s is twee keer gegeven.") % {"rang": waarde})
                else:
                    rangen[aanbeveling.pk] = int(waarde)
            if not rangen and not fouten:
                fouten.append(
                    _("Geef minstens één aanbeveling een rang. De punten van deze bijeenkomst zijn niet veranderd.")
                )
            if not fouten:
                rangorde_opslaan(bijeenkomst=bijeenkomst, rangen=rangen, door=request.user)
        else:
            punten = {}
            for deelnemer in deelnemers:
                for aanbeveling in aanbevelingen:
                    waarde = request.POST.get(f"punten-{deelnemer.pk}-{aanbeveling.pk}", "").strip() or "0"
                    if not waarde.isdigit() or int(waarde) > MAX_PUNTEN:
                        fouten.append(
                            _("%(naam)s, “%(titel)s”: geef een aantal punten van 0 tot %(max)s.")
                            % {"naam": deelnemer.naam, "titel": aanbeveling.titel[:40], "max": MAX_PUNTEN}
                        )
                    else:
                        punten[(deelnemer.pk, aanbeveling.pk)] = int(waarde)
            if not fouten:
                prioritering_opslaan(bijeenkomst=bijeenkomst, punten=punten, door=request.user)
        if fouten:
            return self.render_to_response(self.get_context_data(fouten=fouten), status=200)
        messages.success(request, _("De prioritering is opgeslagen."))
        return redirect("prioriteren", plan_pk=self.plan.pk, bijeenkomst_pk=bijeenkomst.pk)


class PrioriteringToepassenView(PrioriterenView):
    recht = Recht.BEWERKEN
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        bijeenkomst = self.get_bijeenkomst()
        if not bijeenkomst.prioriteringen.exists():
            messages.error(request, _("Er is nog geen prioritering om toe te passen."))
            return redirect("prioriteren", plan_pk=self.plan.pk, bijeenkomst_pk=bijeenkomst.pk)
        prioritering_toepassen(bijeenkomst=bijeenkomst)
        messages.success(
            request,
            _(
                "De aanbevelingen staan nu in de volgorde van de prioritering. "
                "De vorige volgorde staat in de geschiedenis."
            ),
        )
        return redirect("aanbevelingen", plan_pk=self.plan.pk)


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
        if meer := request.POST.get("meer_rijen"):
            werkbladen = self.met_meer_rijen(werkbladen, meer)
            return self.render_to_response(self.get_context_data(werkbladen=werkbladen, rijen_toegevoegd=True))
        if not all(formset.is_valid() for _aanbeveling, formset in werkbladen):
            messages.error(request, _("Er is nog niets opgeslagen: verbeter de velden die rood zijn gemarkeerd."))
            return self.render_to_response(self.get_context_data(werkbladen=werkbladen))
        aantal = 0
        for aanbeveling, formset in werkbladen:
            voorstellen = []
            for form in formset:
                if form.is_leeg:
                    continue
                gegevens = {
                    veld: form.cleaned_data[veld].strip()
                    for veld in (
                        "titel",
                        "relevantie",
                        "haalbaarheid_toelichting",
                        "benodigde_middelen",
                        "effectiviteit",
                        "obstakels",
                        "wie_doet_wat",
                    )
                }
                gegevens["periode_start"] = form.cleaned_data.get("periode_start")
                gegevens["periode_eind"] = form.cleaned_data.get("periode_eind")
                voorstellen.append(gegevens)
            aantal += len(
                werkblad_verwerken(
                    bijeenkomst=bijeenkomst, aanbeveling=aanbeveling, voorstellen=voorstellen, door=request.user
                )
            )
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
