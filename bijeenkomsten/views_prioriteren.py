"""Stap 3, agendapunt 4: prioritising the plan's aanbevelingen at the startbijeenkomst."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from scanner.models import Aanbeveling
from uitvoeringsplan.rechten import Recht

from .constants import BijeenkomstSoort
from .models import Bijeenkomst
from .services import prioritering_opslaan, prioritering_toepassen, prioritering_uitslag, rangorde_opslaan
from .views_bijeenkomsten import BijeenkomstMixin

MAX_PUNTEN = 20


class PrioriterenView(BijeenkomstMixin, TemplateView):
    """Stap 3, agendapunt 4: points per participant per aanbeveling (dot voting) or an agreed ranking.

    This page shows both; each is saved by a view of its own.
    """

    recht = Recht.LEZEN
    template_name = "bijeenkomsten/prioriteren.html"
    # Saving has a view per method: PuntenOpslaanView and RangordeOpslaanView.
    http_method_names = ["get", "head", "options"]

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

    def opnieuw_tonen(self, fouten: list[str]):
        """The page again with what was wrong; nothing has been saved."""
        return self.render_to_response(self.get_context_data(fouten=fouten), status=200)

    def opgeslagen(self, bijeenkomst: Bijeenkomst):
        messages.success(self.request, _("De prioritering is opgeslagen."))
        return redirect("prioriteren", plan_pk=self.plan.pk, bijeenkomst_pk=bijeenkomst.pk)


class PuntenOpslaanView(PrioriterenView):
    """Dot voting: the points every participant who was there gave each aanbeveling."""

    recht = Recht.BEWERKEN
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        bijeenkomst = self.get_bijeenkomst()
        aanbevelingen, deelnemers = self.gegevens(bijeenkomst)
        punten, fouten = {}, []
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
        if fouten:
            return self.opnieuw_tonen(fouten)
        prioritering_opslaan(bijeenkomst=bijeenkomst, punten=punten, door=request.user)
        return self.opgeslagen(bijeenkomst)


class RangordeOpslaanView(PrioriterenView):
    """An agreed ranking of the aanbevelingen; it replaces the points of this meeting."""

    recht = Recht.BEWERKEN
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        bijeenkomst = self.get_bijeenkomst()
        aanbevelingen, _deelnemers = self.gegevens(bijeenkomst)
        rangen, fouten = {}, []
        for aanbeveling in aanbevelingen:
            waarde = request.POST.get(f"rang-{aanbeveling.pk}", "").strip()
            if not waarde:
                continue
            if not waarde.isdigit() or int(waarde) < 1:
                fouten.append(_("De rang van “%(titel)s” is geen getal van 1 of hoger.") % {"titel": aanbeveling.titel})
            elif int(waarde) in rangen.values():
                fouten.append(_("Rang %(rang)s is twee keer gegeven.") % {"rang": waarde})
            else:
                rangen[aanbeveling.pk] = int(waarde)
        if not rangen and not fouten:
            fouten.append(
                _("Geef minstens één aanbeveling een rang. De punten van deze bijeenkomst zijn niet veranderd.")
            )
        if fouten:
            return self.opnieuw_tonen(fouten)
        rangorde_opslaan(bijeenkomst=bijeenkomst, rangen=rangen, door=request.user)
        return self.opgeslagen(bijeenkomst)


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
