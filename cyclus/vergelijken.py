"""What the pages of a next cycle read: the comparison of the aanbevelingen and the acties to take over.

Until the kernteam confirms the comparison, its pairs are suggestions by text similarity
(`basis.gelijkenis`); after that, the confirmed pairs count.
"""

from dataclasses import dataclass

from basis.gelijkenis import beste_paren, meest_gelijk
from scanner.models import Aanbeveling
from uitvoering.constants import Advies
from uitvoering.models import ActieEvaluatie, Evaluatie
from uitvoeringsplan.constants import Uitvoeringsstatus
from uitvoeringsplan.models import Actie, Uitvoeringsplan

from .models import Vergelijking
from .services import aanbevelingen_van

# Without an advice from the evaluation, an actie that is not finished is taken over by default.
KLAAR = frozenset({Uitvoeringsstatus.AFGEROND, Uitvoeringsstatus.GESTOPT})
DOORGAAN = frozenset({Advies.DOORZETTEN, Advies.AANPASSEN})


def tekst(aanbeveling: Aanbeveling) -> str:
    return f"{aanbeveling.titel} {aanbeveling.thema} {aanbeveling.doelgroep}"


@dataclass(frozen=True)
class Rij:
    """An aanbeveling of the new plan and the one of the previous cycle it returns from, if any."""

    nieuwe: Aanbeveling
    vorige: Aanbeveling | None


@dataclass(frozen=True)
class Overzicht:
    rijen: list[Rij]
    vervallen: list[Aanbeveling]
    vorige: list[Aanbeveling]
    vergelijking: Vergelijking | None

    @property
    def bevestigd(self) -> bool:
        return self.vergelijking is not None

    @property
    def terugkerend(self) -> list[Rij]:
        return [rij for rij in self.rijen if rij.vorige]

    @property
    def nieuw(self) -> list[Aanbeveling]:
        return [rij.nieuwe for rij in self.rijen if not rij.vorige]

    def paren(self) -> dict[int, int]:
        """Previous aanbeveling id → new aanbeveling id."""
        return {rij.vorige.pk: rij.nieuwe.pk for rij in self.terugkerend}


def vergelijking(plan: Uitvoeringsplan) -> Overzicht:
    """The new plan's aanbevelingen in its order, each with the previous one it returns from."""
    nieuwe = aanbevelingen_van(plan.pk)
    vorige = aanbevelingen_van(plan.vorige_cyclus_id)
    bevestigd = Vergelijking.objects.filter(plan=plan).prefetch_related("koppelingen").first()
    if bevestigd:
        paren = {koppeling.nieuwe_id: koppeling.vorige_id for koppeling in bevestigd.koppelingen.all()}
    else:
        paren = beste_paren({a.pk: tekst(a) for a in vorige}, {a.pk: tekst(a) for a in nieuwe})
    per_id = {aanbeveling.pk: aanbeveling for aanbeveling in vorige}
    rijen = [Rij(nieuwe=aanbeveling, vorige=per_id.get(paren.get(aanbeveling.pk))) for aanbeveling in nieuwe]
    terug = set(paren.values())
    return Overzicht(
        rijen=rijen, vervallen=[a for a in vorige if a.pk not in terug], vorige=vorige, vergelijking=bevestigd
    )


@dataclass(frozen=True)
class Kandidaat:
    """An actie of the previous cycle, how it went, and where it would go in the new plan."""

    actie: Actie
    advies: str
    standaard: bool  # ticked by default
    voorstel: int | None  # the id of the suggested aanbeveling of the new plan
    overgenomen: Actie | None  # its copy in the new plan, once taken over

    @property
    def get_advies_display(self) -> str:
        return Advies(self.advies).label if self.advies else ""


def standaard_overnemen(status: str, advies: str) -> bool:
    """The evaluation's advice decides; without one, an actie that is not finished goes on."""
    if advies:
        return advies in DOORGAAN
    return status not in KLAAR


def kandidaten(plan: Uitvoeringsplan, overzicht: Overzicht) -> list[Kandidaat]:
    """The previous cycle's acties in its order, with the default choice and a suggested place."""
    acties = list(
        Actie.objects.filter(invultabel__plan_id=plan.vorige_cyclus_id)
        .select_related("invultabel__aanbeveling")
        .order_by("invultabel__volgorde", "volgorde", "pk")
    )
    evaluatie = Evaluatie.objects.filter(plan_id=plan.vorige_cyclus_id).order_by("-pk").first()
    adviezen = (
        dict(ActieEvaluatie.objects.filter(evaluatie=evaluatie).values_list("actie_id", "advies")) if evaluatie else {}
    )
    overgenomen = {actie.herkomst_id: actie for actie in Actie.objects.van_plan(plan).filter(herkomst__isnull=False)}
    paren = overzicht.paren()
    nieuwe = {rij.nieuwe.pk: tekst(rij.nieuwe) for rij in overzicht.rijen}
    resultaat = []
    for actie in acties:
        advies = adviezen.get(actie.pk, "")
        voorstel = paren.get(actie.invultabel.aanbeveling_id) or meest_gelijk(
            f"{actie.titel} {tekst(actie.invultabel.aanbeveling)}", nieuwe
        )
        resultaat.append(
            Kandidaat(
                actie=actie,
                advies=advies,
                standaard=standaard_overnemen(actie.uitvoeringsstatus, advies),
                voorstel=voorstel,
                overgenomen=overgenomen.get(actie.pk),
            )
        )
    return resultaat
