"""Changes around meetings that span several models: agenda, invitations, prioritisation and the worksheet.

The generated totstandkoming text lives in `totstandkoming.py`, the AVG requests in `avg.py`.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Max
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from scanner.models import Aanbeveling
from stakeholders.models import Stakeholder
from uitvoeringsplan.models import Actie
from uitvoeringsplan.services import concept_acties_aanmaken, invultabellen_ordenen

from .agenda import STANDAARDAGENDA
from .constants import Kanaal, UitnodigingStatus
from .ics import agenda_ics
from .models import Agendapunt, Bijeenkomst, Prioritering, Uitnodiging


@transaction.atomic
def bijeenkomst_aanmaken(*, bijeenkomst: Bijeenkomst, aanbevelingen=()) -> Bijeenkomst:
    """Save a new meeting with the handreiking's agenda for its kind."""
    bijeenkomst.full_clean()
    bijeenkomst.save()
    bijeenkomst.aanbevelingen.set(aanbevelingen)
    bulk_create_with_history(
        [
            Agendapunt(bijeenkomst=bijeenkomst, volgorde=positie, titel=str(titel), toelichting=str(toelichting))
            for positie, (titel, toelichting) in enumerate(STANDAARDAGENDA[bijeenkomst.soort], start=1)
        ],
        Agendapunt,
    )
    return bijeenkomst


def agendapunt_toevoegen(*, agendapunt: Agendapunt) -> Agendapunt:
    laatste = agendapunt.bijeenkomst.agendapunten.aggregate(n=Max("volgorde"))["n"] or 0
    agendapunt.volgorde = laatste + 1
    agendapunt.save()
    return agendapunt


@transaction.atomic
def stakeholders_uitnodigen(
    *, bijeenkomst: Bijeenkomst, stakeholders: list[Stakeholder], bellen_door: AbstractBaseUser | None
) -> int:
    """Put stakeholders on the meeting's call list (status "nog te benaderen"); existing invitations stay."""
    al = set(bijeenkomst.uitnodigingen.values_list("stakeholder_id", flat=True))
    nieuw = [
        Uitnodiging(bijeenkomst=bijeenkomst, stakeholder=stakeholder, bellen_door=bellen_door)
        for stakeholder in stakeholders
        if stakeholder.pk not in al
    ]
    bulk_create_with_history(nieuw, Uitnodiging)
    return len(nieuw)


def uitnodiging_bijwerken(
    *, uitnodiging: Uitnodiging, status: str, door: AbstractBaseUser, kanaal: str = ""
) -> Uitnodiging:
    """Record the result of a call, an e-mail or the attendance on the day."""
    uitnodiging.status = status
    if kanaal:
        uitnodiging.kanaal = kanaal
    if status == UitnodigingStatus.TE_BENADEREN:
        # Back on the call list, as if not yet approached; the history keeps what was recorded before.
        uitnodiging.kanaal, uitnodiging.uitgenodigd_op, uitnodiging.uitgenodigd_door = "", None, None
    elif uitnodiging.uitgenodigd_op is None:
        uitnodiging.uitgenodigd_op = timezone.now()
        uitnodiging.uitgenodigd_door = door
    uitnodiging._history_user = door
    uitnodiging.full_clean()
    uitnodiging.save()
    return uitnodiging


@transaction.atomic
def uitnodiging_mailen(*, uitnodiging: Uitnodiging, door: AbstractBaseUser) -> None:
    """E-mail the invitation with the meeting as an .ics attachment; recorded as invited by e-mail.

    Refused (ValidationError) for a meeting whose day has passed.
    """
    bijeenkomst = uitnodiging.bijeenkomst
    if bijeenkomst.is_voorbij:
        raise ValidationError(
            _(
                "De bijeenkomst van %(datum)s is al geweest. "
                "Een uitnodiging mailen kan alleen voor een komende bijeenkomst."
            )
            % {"datum": date_format(bijeenkomst.datum, "j F Y")}
        )
    context = {"uitnodiging": uitnodiging, "bijeenkomst": bijeenkomst, "door": door, "plan": bijeenkomst.plan}
    bericht = EmailMessage(
        subject=_("Uitnodiging: %(bijeenkomst)s op %(datum)s")
        % {"bijeenkomst": bijeenkomst, "datum": date_format(bijeenkomst.datum, "j F Y")},
        body=render_to_string("bijeenkomsten/mail/uitnodiging.txt", context),
        to=[uitnodiging.stakeholder.email],
        reply_to=[door.email] if door.email else None,
    )
    bericht.attach(
        "uitnodiging.ics", agenda_ics(bijeenkomst, agendapunten=list(bijeenkomst.agendapunten.all())), "text/calendar"
    )
    bericht.send()
    if uitnodiging.status == UitnodigingStatus.TE_BENADEREN:
        uitnodiging.status = UitnodigingStatus.UITGENODIGD
    uitnodiging.kanaal = Kanaal.EMAIL
    uitnodiging.uitgenodigd_op = timezone.now()
    uitnodiging.uitgenodigd_door = door
    uitnodiging._history_user = door
    uitnodiging.save()


@dataclass
class Uitslag:
    aanbeveling: Aanbeveling
    totaal: int
    deelnemers: int


def prioritering_uitslag(bijeenkomst: Bijeenkomst) -> list[Uitslag]:
    """Points per aanbeveling (dot voting), highest first; or the agreed ranking when there is one."""
    rijen = list(bijeenkomst.prioriteringen.select_related("aanbeveling"))
    aanbevelingen = {rij.aanbeveling_id: rij.aanbeveling for rij in rijen}
    gezamenlijk = {rij.aanbeveling_id: rij.rang for rij in rijen if rij.stakeholder_id is None and rij.rang}
    if gezamenlijk:
        volgorde = sorted(gezamenlijk, key=lambda aanbeveling_id: gezamenlijk[aanbeveling_id])
        return [Uitslag(aanbevelingen[a], len(volgorde) - index, 0) for index, a in enumerate(volgorde)]
    punten, deelnemers = Counter(), defaultdict(set)
    for rij in rijen:
        if rij.punten:
            punten[rij.aanbeveling_id] += rij.punten
            deelnemers[rij.aanbeveling_id].add(rij.stakeholder_id)
    return sorted(
        (Uitslag(aanbevelingen[a], punten[a], len(deelnemers[a])) for a in aanbevelingen),
        key=lambda uitslag: (-uitslag.totaal, uitslag.aanbeveling.nummer or 0),
    )


@transaction.atomic
def prioritering_opslaan(
    *, bijeenkomst: Bijeenkomst, punten: dict[tuple[int, int], int], door: AbstractBaseUser
) -> None:
    """Replace the dot-voting points: {(stakeholder_id, aanbeveling_id): points}."""
    bestaand = {
        (r.stakeholder_id, r.aanbeveling_id): r for r in bijeenkomst.prioriteringen.filter(stakeholder__isnull=False)
    }
    bijeenkomst.prioriteringen.filter(stakeholder__isnull=True).delete()
    for sleutel, aantal in punten.items():
        rij = bestaand.pop(sleutel, None)
        if not aantal:
            if rij:
                rij.delete()
            continue
        rij = rij or Prioritering(bijeenkomst=bijeenkomst, stakeholder_id=sleutel[0], aanbeveling_id=sleutel[1])
        if rij.punten != aantal:
            rij.punten, rij.rang = aantal, None
            rij._history_user = door
            rij.save()
    for rij in bestaand.values():
        rij.delete()


@transaction.atomic
def rangorde_opslaan(*, bijeenkomst: Bijeenkomst, rangen: dict[int, int], door: AbstractBaseUser) -> None:
    """Record an agreed ranking {aanbeveling_id: rank}; it replaces the dot voting of this meeting."""
    bijeenkomst.prioriteringen.all().delete()
    for aanbeveling_id, rang in rangen.items():
        rij = Prioritering(bijeenkomst=bijeenkomst, aanbeveling_id=aanbeveling_id, rang=rang)
        rij._history_user = door
        rij.save()


def prioritering_toepassen(*, bijeenkomst: Bijeenkomst) -> list[int]:
    """Order the plan's aanbevelingen by the result; the previous order stays in the history."""
    volgorde = [uitslag.aanbeveling.pk for uitslag in prioritering_uitslag(bijeenkomst)]
    invultabellen_ordenen(plan=bijeenkomst.plan, aanbeveling_ids=volgorde)
    return volgorde


@transaction.atomic
def werkblad_verwerken(
    *, bijeenkomst: Bijeenkomst, aanbeveling: Aanbeveling, voorstellen: list[dict], door: AbstractBaseUser
) -> list[Actie]:
    """Turn the worksheet's proposed actions into draft acties, remembered as proposed at this meeting."""
    acties = concept_acties_aanmaken(plan=bijeenkomst.plan, aanbeveling=aanbeveling, voorstellen=voorstellen, door=door)
    bijeenkomst.acties.add(*acties)
    return acties


@transaction.atomic
def werkblad_opslaan(
    *, bijeenkomst: Bijeenkomst, voorstellen: dict[Aanbeveling, list[dict]], door: AbstractBaseUser
) -> list[Actie]:
    """The whole worksheet at once, {aanbeveling: proposals}: all its draft acties are made, or none."""
    return [
        actie
        for aanbeveling, rijen in voorstellen.items()
        for actie in werkblad_verwerken(bijeenkomst=bijeenkomst, aanbeveling=aanbeveling, voorstellen=rijen, door=door)
    ]
