"""Everything the evaluatierapport shows, gathered with a fixed number of queries.

The same `EvaluatieDocument` feeds the evaluation page, the report's HTML and PDF and the frozen
snapshot of an adopted evaluation, as `rapportage.document.PlanDocument` does for the plan.

Indicators: each of the plan's indicatoren with its nulmeting next to its last measured value and
its chart (the same drawing as in the plan); the report's "Indicatoren" block shows them.
"""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, Max, Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _

from uitvoeringsplan.models import Actie, Doelstelling, Indicator, Uitvoeringsplan

from .models import ActieEvaluatie, Evaluatie, Evaluatievaststelling


@dataclass
class ActieRegel:
    """One actie in the report: where it stands and how the kernteam evaluated it (None: not yet)."""

    actie: Actie
    nummer: str
    aanbeveling: str
    aantal_berichten: int
    laatste_bericht: date | None
    evaluatie: ActieEvaluatie | None

    @property
    def geevalueerd(self) -> bool:
        return self.evaluatie is not None and self.evaluatie.is_compleet


@dataclass
class EvaluatieDocument:
    plan: Uitvoeringsplan
    evaluatie: Evaluatie
    datum: date
    regels: list[ActieRegel]
    vaststelling: Evaluatievaststelling | None = None
    indicatoren: list = field(default_factory=list)

    @property
    def aantal_geevalueerd(self) -> int:
        return sum(regel.geevalueerd for regel in self.regels)


def open_evaluatie(plan: Uitvoeringsplan) -> Evaluatie:
    """The evaluation being written, or the last adopted one; unsaved when nobody has written anything yet."""
    return plan.evaluaties.order_by("afgesloten", "-pk").first() or Evaluatie(plan=plan)


@dataclass
class IndicatorStand:
    """An indicator in the evaluation: its nulmeting next to its last measured value (a missing one is skipped)."""

    indicator: Indicator
    doelstelling: str
    naam: str
    nulmeting: str
    laatste_meting: str
    streefwaarde: str

    def als_dict(self) -> dict:
        return {
            "doelstelling": self.doelstelling,
            "naam": self.naam,
            "nulmeting": self.nulmeting,
            "laatste_meting": self.laatste_meting,
            "streefwaarde": self.streefwaarde,
        }


def indicatoren(plan: Uitvoeringsplan) -> list[IndicatorStand]:
    """Every indicator of the plan's doelstellingen, in their order, in a fixed number of queries."""
    standen = []
    for doelstelling in Doelstelling.objects.filter(plan=plan).met_indicatoren():
        for indicator in doelstelling.indicatoren.all():
            gemeten = [meting for meting in indicator.metingen.all() if meting.waarde is not None]
            laatste = max(gemeten, key=lambda meting: meting.jaar, default=None)
            standen.append(
                IndicatorStand(
                    indicator=indicator,
                    doelstelling=doelstelling.titel,
                    naam=indicator.naam,
                    nulmeting=indicator.basis_tekst or "—",
                    laatste_meting=f"{laatste.waarde_tekst} ({laatste.jaar})" if laatste else _("nog geen meting"),
                    streefwaarde=indicator.streef_tekst or "—",
                )
            )
    return standen


def evaluatie_document(plan: Uitvoeringsplan, evaluatie: Evaluatie | None = None) -> EvaluatieDocument:
    """The acties in uitvoering numbered as in the plan (aanbeveling.actie), with their stand and evaluation."""
    evaluatie = evaluatie or open_evaluatie(plan)
    per_actie = {}
    if evaluatie.pk:
        per_actie = {e.actie_id: e for e in evaluatie.acties.select_related("gewijzigd_door")}
    invultabellen = plan.invultabellen.select_related("aanbeveling").prefetch_related(
        Prefetch(
            "acties",
            queryset=Actie.objects.annotate(
                aantal_berichten=Count("voortgangsberichten"), laatste_bericht=Max("voortgangsberichten__datum")
            ),
            to_attr="lijst",
        )
    )
    regels = []
    for positie, invultabel in enumerate(invultabellen, start=1):
        for nummer, actie in enumerate(invultabel.lijst, start=1):
            if not actie.uitvoeringsstatus:
                continue
            regels.append(
                ActieRegel(
                    actie=actie,
                    nummer=f"{positie}.{nummer}",
                    aanbeveling=invultabel.aanbeveling.titel,
                    aantal_berichten=actie.aantal_berichten,
                    laatste_bericht=actie.laatste_bericht,
                    evaluatie=per_actie.get(actie.pk),
                )
            )
    vaststelling = None
    if evaluatie.afgesloten:
        vaststelling = Evaluatievaststelling.objects.select_related("door").get(evaluatie=evaluatie)
    return EvaluatieDocument(
        plan=plan,
        evaluatie=evaluatie,
        datum=timezone.localdate(),
        regels=regels,
        vaststelling=vaststelling,
        indicatoren=indicatoren(plan),
    )


def snapshot(doc: EvaluatieDocument) -> dict:
    """The adopted evaluation as plain JSON, readable without the application."""

    def actie(regel: ActieRegel) -> dict:
        evaluatie = regel.evaluatie
        return {
            "id": regel.actie.pk,
            "nummer": regel.nummer,
            "aanbeveling": regel.aanbeveling,
            "titel": regel.actie.titel,
            "uitvoeringsstatus": regel.actie.uitvoeringsstatus,
            "aantal_voortgangsberichten": regel.aantal_berichten,
            "laatste_voortgangsbericht": regel.laatste_bericht.isoformat() if regel.laatste_bericht else None,
            "doel_bereikt": evaluatie.doel_bereikt if evaluatie else "",
            "resultaten": evaluatie.resultaten if evaluatie else "",
            "geleerd": evaluatie.geleerd if evaluatie else "",
            "advies": evaluatie.advies if evaluatie else "",
        }

    return {
        "plan": {
            "id": doc.plan.pk,
            "titel": doc.plan.titel,
            "gemeente": doc.plan.gemeente.naam,
            "cbs_code": doc.plan.gemeente.cbs_code,
            "versie": doc.plan.versie,
        },
        "datum": doc.datum.isoformat(),
        "samenvatting": doc.evaluatie.samenvatting,
        "conclusies": doc.evaluatie.conclusies,
        "acties": [actie(regel) for regel in doc.regels],
        "indicatoren": [stand.als_dict() for stand in doc.indicatoren],
    }
