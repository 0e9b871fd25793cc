"""The regional roll-up: per gemeente of the region and in total, how its plan stands (issue 13 §3).

Aggregates only. A regional member who is not a member of a gemeente's plan sees its status, the
date of adoption and counts; never a title, a text or a person of the plan. A plan that was never
adopted is concept content as a whole: of such a plan a non-member sees the status and the number
of acties, not its budget, fte or indicators.

Every read takes a fixed number of queries, however many gemeenten the region has.
"""

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from django.db.models import Count, Max, OuterRef, Subquery, Sum
from django.utils.translation import gettext as _

from scanner.models import Gemeente
from uitvoering.stand import stand_per_plan
from uitvoeringsplan.constants import Uitvoeringsstatus
from uitvoeringsplan.models import Actie, Indicator, Lidmaatschap, Uitvoeringsplan

from .models import Regioproject


@dataclass
class GemeenteStand:
    """One gemeente's line of the roll-up; `plan` is None when it has no plan yet."""

    gemeente: Gemeente
    plan: Uitvoeringsplan | None = None
    is_lid: bool = False  # the user is a member of this plan, so may follow the link to it
    vastgesteld_op: datetime | None = None
    acties: int = 0
    aantallen: list[tuple[Uitvoeringsstatus, int]] = field(default_factory=list)
    in_uitvoering: int = 0
    te_laat: int = 0
    cijfers_zichtbaar: bool = False  # budget, fte and indicators: adopted, or the user is a member
    budget: Decimal | None = None
    kosten: Decimal | None = None
    fte: Decimal | None = None


@dataclass
class Totaal:
    gemeenten: int = 0
    met_plan: int = 0
    vastgesteld: int = 0
    acties: int = 0
    aantallen: list[tuple[Uitvoeringsstatus, int]] = field(default_factory=list)
    in_uitvoering: int = 0
    te_laat: int = 0
    budget: Decimal | None = None
    kosten: Decimal | None = None
    fte: Decimal | None = None


@dataclass
class GedeeldeIndicator:
    """An indicator that several gemeenten measure: same name (any case) and same unit."""

    naam: str
    eenheid: str
    rijen: list[dict] = field(default_factory=list)

    @property
    def aantal_gemeenten(self) -> int:
        return len({rij["gemeente"].pk for rij in self.rijen})


def _optellen(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    """Sum where a missing value stays missing: None + None is None, never 0."""
    if a is None:
        return b
    return a if b is None else a + b


def huidige_plannen(gemeenten: list[Gemeente], user) -> dict[int, Uitvoeringsplan]:
    """Per gemeente id its newest plan, annotated with `mijn_rol` (None when not a member) and `vastgesteld_op`."""
    rol = Lidmaatschap.objects.filter(plan=OuterRef("pk"), user=user).values("rol")[:1]
    plannen = (
        Uitvoeringsplan.objects.filter(gemeente__in=gemeenten)
        .annotate(mijn_rol=Subquery(rol), vastgesteld_op=Max("vaststellingen__vastgesteld_op"))
        .order_by("gemeente", "-aangemaakt_op", "-pk")
    )
    huidig: dict[int, Uitvoeringsplan] = {}
    for plan in plannen:
        huidig.setdefault(plan.gemeente_id, plan)
    return huidig


def gemeenten_stand(project: Regioproject, user, vandaag: date) -> tuple[list[GemeenteStand], Totaal]:
    """The roll-up per gemeente of the project's region, and its total over what the user may see."""
    gemeenten = list(project.regio.gemeenten.order_by("naam", "pk"))
    plannen = huidige_plannen(gemeenten, user)
    stand = stand_per_plan(plannen.values(), vandaag)
    sommen = {
        rij["invultabel__plan"]: rij
        for rij in Actie.objects.filter(invultabel__plan__in=plannen.values())
        .order_by()
        .values("invultabel__plan")
        .annotate(aantal=Count("pk"), kosten=Sum("kosten_euro"), fte=Sum("fte"))
    }
    regels = []
    totaal = Totaal(gemeenten=len(gemeenten))
    per_status = dict.fromkeys(Uitvoeringsstatus.values, 0)
    for gemeente in gemeenten:
        regel = GemeenteStand(gemeente=gemeente, plan=plannen.get(gemeente.pk))
        regels.append(regel)
        if regel.plan is None:
            continue
        plan = regel.plan
        som = sommen.get(plan.pk, {})
        regel.is_lid = plan.mijn_rol is not None
        regel.vastgesteld_op = plan.vastgesteld_op
        regel.acties = som.get("aantal", 0)
        regel.cijfers_zichtbaar = regel.is_lid or plan.ooit_vastgesteld
        if regel.cijfers_zichtbaar:
            regel.budget, regel.kosten, regel.fte = plan.budget_euro, som.get("kosten"), som.get("fte")
        if plan.pk in stand:
            regel.aantallen = stand[plan.pk]["aantallen"]
            regel.in_uitvoering = stand[plan.pk]["totaal"]
            regel.te_laat = stand[plan.pk]["aantal_te_laat"]
        totaal.met_plan += 1
        totaal.vastgesteld += plan.ooit_vastgesteld
        totaal.acties += regel.acties
        totaal.in_uitvoering += regel.in_uitvoering
        totaal.te_laat += regel.te_laat
        totaal.budget = _optellen(totaal.budget, regel.budget)
        totaal.kosten = _optellen(totaal.kosten, regel.kosten)
        totaal.fte = _optellen(totaal.fte, regel.fte)
        for status, aantal in regel.aantallen:
            per_status[status] += aantal
    totaal.aantallen = [(Uitvoeringsstatus(status), n) for status, n in per_status.items() if n]
    return regels, totaal


def _laatste_meting(indicator: Indicator) -> dict | None:
    metingen = list(indicator.metingen.all())
    if not metingen:
        return None
    meting = max(metingen, key=lambda m: m.jaar)
    if meting.waarde is None:
        reden = meting.get_ontbreekt_display() or _("waarde ontbreekt")
        return {"jaar": meting.jaar, "tekst": "", "ontbreekt": reden}
    return {"jaar": meting.jaar, "tekst": indicator.met_eenheid(meting.waarde), "ontbreekt": ""}


def gedeelde_indicatoren(regels: list[GemeenteStand]) -> list[GedeeldeIndicator]:
    """The indicators that two or more gemeenten measure, with each one's nulmeting and latest meting.

    Only plans whose figures the user may see take part. A missing value is shown as missing: a
    row without a nulmeting or meting carries None, never 0.
    """
    plannen = {regel.plan.pk: regel.gemeente for regel in regels if regel.plan and regel.cijfers_zichtbaar}
    if not plannen:
        return []
    indicatoren = (
        Indicator.objects.filter(doelstelling__plan__in=plannen)
        .select_related("doelstelling")
        .prefetch_related("metingen")
        .order_by("naam", "pk")
    )
    groepen: dict[tuple[str, str], GedeeldeIndicator] = {}
    for indicator in indicatoren:
        sleutel = (" ".join(indicator.naam.split()).casefold(), indicator.eenheid.strip().casefold())
        groep = groepen.setdefault(sleutel, GedeeldeIndicator(naam=indicator.naam, eenheid=indicator.eenheid))
        groep.rijen.append(
            {
                "gemeente": plannen[indicator.doelstelling.plan_id],
                "doelgroep": indicator.doelgroep,
                "basis": indicator.basis_tekst or None,
                "laatste": _laatste_meting(indicator),
            }
        )
    gedeeld = [groep for groep in groepen.values() if groep.aantal_gemeenten > 1]
    for groep in gedeeld:
        groep.rijen.sort(key=lambda rij: (rij["gemeente"].naam, rij["gemeente"].pk))
    return sorted(gedeeld, key=lambda groep: (-groep.aantal_gemeenten, groep.naam.casefold()))
