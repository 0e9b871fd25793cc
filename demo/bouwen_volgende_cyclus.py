"""The demo's current plan as the next cycle of its previous plan.

Both plans are built first (demo/bouwen.py, demo/bouwen_vorige_cyclus.py); this links them the way
the kernteam would: the current plan names its previous cycle, takes over the doelstellingen with
their indicatoren and metingen, confirms which aanbevelingen return, and marks the acties that
continue one of the previous plan. The data is in demo/gegevens/volgende_cyclus.py.
"""

from django.utils import timezone

from cyclus.services import doelstellingen_overnemen, vergelijking_bevestigen
from demo.bouwen_vorige_cyclus import gebeurd
from demo.gegevens import volgende_cyclus as gegevens
from scanner.models import Aanbeveling
from uitvoeringsplan.models import Actie, Uitvoeringsplan


def volgende_cyclus_koppelen(*, plan: Uitvoeringsplan, vorig: Uitvoeringsplan, door) -> None:
    """Make `plan` the next cycle of `vorig`; the history names `door`."""
    with gebeurd(timezone.now(), door):
        plan.vorige_cyclus = vorig
        plan._history_user = door
        plan.save()
        nieuwe = _aanbevelingen(plan)
        vorige = _aanbevelingen(vorig)
        vergelijking_bevestigen(
            plan=plan,
            koppelingen={nieuwe[n].pk: vorige[v].pk for n, v in gegevens.KOPPELINGEN.items()},
            door=door,
        )
        acties = {actie.titel: actie for actie in Actie.objects.van_plan(plan).select_related("invultabel__plan")}
        vorige_acties = {actie.titel: actie for actie in Actie.objects.van_plan(vorig)}
        for titel, vorige_titel in gegevens.OVERGENOMEN_ACTIES.items():
            actie = acties[titel]
            actie.herkomst = vorige_acties[vorige_titel]
            actie._history_user = door
            actie.save()
        doelstellingen_overnemen(vorig=vorig, plan=plan)
        _doelstellingen_koppelen(plan, nieuwe, vorige, acties.values())


def _aanbevelingen(plan: Uitvoeringsplan) -> dict[int, Aanbeveling]:
    """The plan's aanbevelingen (those with an invultabel) by their number in the Scanner."""
    return {aanbeveling.nummer: aanbeveling for aanbeveling in Aanbeveling.objects.filter(invultabellen__plan=plan)}


def _doelstellingen_koppelen(plan, nieuwe: dict, vorige: dict, acties) -> None:
    """A copied doelstelling serves the aanbevelingen that return from its origin's, and the acties continuing its."""
    terug = {vorige[v].pk: nieuwe[n] for n, v in gegevens.KOPPELINGEN.items()}
    for doelstelling in plan.doelstellingen.select_related("herkomst").prefetch_related(
        "herkomst__aanbevelingen", "herkomst__acties"
    ):
        oud = doelstelling.herkomst
        doelstelling.aanbevelingen.set([terug[a.pk] for a in oud.aanbevelingen.all() if a.pk in terug])
        oude_acties = {actie.pk for actie in oud.acties.all()}
        doelstelling.acties.set([actie for actie in acties if actie.herkomst_id in oude_acties])
