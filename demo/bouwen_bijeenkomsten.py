"""The meetings of the demo's traject, each with the standard agenda, invitations and outcomes.

The startbijeenkomst prioritised the aanbevelingen with stickers; every inhoudelijke bijeenkomst
invites the stakeholders interested in its aanbeveling; the slotbijeenkomst lies ahead and is
still being phoned around. The texts are in demo/gegevens/bijeenkomsten.py.
"""

from datetime import date, timedelta

from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from bijeenkomsten.agenda import STANDAARDAGENDA, TIPS
from bijeenkomsten.constants import BijeenkomstSoort, Kanaal, UitnodigingStatus
from bijeenkomsten.models import Agendapunt, Bijeenkomst, Prioritering, Uitnodiging
from demo.gegevens import bijeenkomsten as gegevens
from scanner.models import Aanbeveling
from stakeholders.models import Stakeholder
from uitvoeringsplan.models import Uitvoeringsplan


def bijeenkomsten_bouwen(
    *,
    plan: Uitvoeringsplan,
    vandaag: date,
    aanbevelingen: dict[int, Aanbeveling],
    stakeholders: dict[str, Stakeholder],
    kernteam: list,
) -> dict[str, Bijeenkomst]:
    """Every meeting of the plan, keyed "startgesprek", "startbijeenkomst", "inhoudelijk_<nummer>" and
    "slotbijeenkomst".
    """
    _projectleider, kernteamlid, ggd, beleidsmedewerker = kernteam
    bijeenkomsten = {
        "startgesprek": bijeenkomst_met_agenda(plan, vandaag, **gegevens.STARTGESPREK),
        "startbijeenkomst": _startbijeenkomst(plan, vandaag, aanbevelingen, stakeholders, kernteamlid),
    }
    for nummer, dagen, expert, werkvorm in gegevens.INHOUDELIJK:
        bijeenkomsten[f"inhoudelijk_{nummer}"] = _inhoudelijk(
            plan, vandaag, aanbevelingen[nummer], stakeholders, ggd, dagen=dagen, expert=expert, werkvorm=werkvorm
        )
    bijeenkomsten["slotbijeenkomst"] = _slotbijeenkomst(
        plan, vandaag, stakeholders, bellers=[kernteamlid, ggd, beleidsmedewerker]
    )
    return bijeenkomsten


def bijeenkomst_met_agenda(plan, vandaag, *, soort, dagen, **velden) -> Bijeenkomst:
    """A meeting `dagen` from today with the handreiking's standard agenda for its kind."""
    bijeenkomst = Bijeenkomst.objects.create(plan=plan, soort=soort, datum=vandaag + timedelta(days=dagen), **velden)
    bulk_create_with_history(
        [
            Agendapunt(bijeenkomst=bijeenkomst, volgorde=positie, titel=str(titel), toelichting=str(toelichting))
            for positie, (titel, toelichting) in enumerate(STANDAARDAGENDA[soort], start=1)
        ],
        Agendapunt,
    )
    return bijeenkomst


def _startbijeenkomst(plan, vandaag, aanbevelingen, stakeholders, kernteamlid) -> Bijeenkomst:
    tips = TIPS[BijeenkomstSoort.STARTBIJEENKOMST][: gegevens.STARTBIJEENKOMST_TIPS]
    start = bijeenkomst_met_agenda(
        plan, vandaag, **gegevens.STARTBIJEENKOMST, tips=[sleutel for sleutel, _tekst in tips]
    )
    afwezig, afgemeld = gegevens.STARTBIJEENKOMST_AFWEZIG, gegevens.STARTBIJEENKOMST_AFGEMELD
    uitgenodigd_op = timezone.now() - timedelta(days=gegevens.STARTBIJEENKOMST_UITGENODIGD)
    for naam, stakeholder in stakeholders.items():
        status = (
            UitnodigingStatus.AFWEZIG
            if naam in afwezig
            else UitnodigingStatus.AFGEMELD
            if naam in afgemeld
            else UitnodigingStatus.AANWEZIG
        )
        Uitnodiging.objects.create(
            bijeenkomst=start,
            stakeholder=stakeholder,
            status=status,
            kanaal=Kanaal.GEBELD if len(naam) % 3 else Kanaal.EMAIL,
            bellen_door=kernteamlid,
            uitgenodigd_door=kernteamlid,
            uitgenodigd_op=uitgenodigd_op,
        )
    # Three stickers or so per participant; a few get one extra, spread by position.
    for index, (naam, stakeholder) in enumerate(stakeholders.items()):
        if naam in afwezig | afgemeld:
            continue
        for nummer, basis in gegevens.PUNTEN.items():
            waarde = basis + (1 if (index + nummer) % 5 == 0 else 0)
            if waarde:
                Prioritering.objects.create(
                    bijeenkomst=start, aanbeveling=aanbevelingen[nummer], stakeholder=stakeholder, punten=waarde
                )
    return start


def _inhoudelijk(plan, vandaag, aanbeveling, stakeholders, ggd, **velden) -> Bijeenkomst:
    """The meeting on one aanbeveling; the fourth interested stakeholder did not come."""
    bijeenkomst = bijeenkomst_met_agenda(plan, vandaag, **gegevens.INHOUDELIJK_OPZET, titel=aanbeveling.titel, **velden)
    bijeenkomst.aanbevelingen.add(aanbeveling)
    geinteresseerd = [s for s in stakeholders.values() if aanbeveling in s.aanbevelingen.all()]
    for positie, stakeholder in enumerate(geinteresseerd):
        Uitnodiging.objects.create(
            bijeenkomst=bijeenkomst,
            stakeholder=stakeholder,
            status=UitnodigingStatus.AFWEZIG if positie == 3 else UitnodigingStatus.AANWEZIG,
            kanaal=Kanaal.GEBELD,
            bellen_door=ggd,
            uitgenodigd_door=ggd,
        )
    return bijeenkomst


def _slotbijeenkomst(plan, vandaag, stakeholders, *, bellers) -> Bijeenkomst:
    """Ahead: the kernteam shares the phoning; a third has signed up, a third is invited, a third still to call."""
    slot = bijeenkomst_met_agenda(plan, vandaag, **gegevens.SLOTBIJEENKOMST)
    for positie, stakeholder in enumerate(stakeholders.values()):
        status = [UitnodigingStatus.AANGEMELD, UitnodigingStatus.UITGENODIGD, UitnodigingStatus.TE_BENADEREN][
            positie % 3
        ]
        Uitnodiging.objects.create(
            bijeenkomst=slot,
            stakeholder=stakeholder,
            status=status,
            bellen_door=bellers[positie % 3],
            kanaal="" if status == UitnodigingStatus.TE_BENADEREN else Kanaal.GEBELD,
            uitgenodigd_door=None if status == UitnodigingStatus.TE_BENADEREN else bellers[positie % 3],
        )
    return slot
