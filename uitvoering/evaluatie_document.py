"""Everything the evaluatierapport shows, gathered with a fixed number of queries.

The same `EvaluatieDocument` feeds the evaluation page, the report's HTML and PDF and the frozen
snapshot of an adopted evaluation, as `rapportage.document.PlanDocument` does for the plan.

Indicators: the plan's doelstellingen and indicatoren (baseline next to the last measurement, with a
chart) are built elsewhere. `indicatoren()` is the hook that will gather them; the report's template
has a marked block ("Indicatoren") that shows the section once the list is not empty.
"""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, Max, Prefetch
from django.utils import timezone

from uitvoeringsplan.models import Actie, Uitvoeringsplan

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


def indicatoren(plan: Uitvoeringsplan) -> list:
    """Hook for the indicators section: each indicator's baseline next to its last measurement.

    Empty until the plan's indicatoren exist; the template's "Indicatoren" block then appears.
    """
    return []


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
        "indicatoren": list(doc.indicatoren),
    }
