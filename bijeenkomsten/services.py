"""Changes around meetings and stakeholders that span several models."""

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
from django.utils.translation import gettext_lazy, ngettext, ngettext_lazy
from simple_history.utils import bulk_create_with_history

from scanner.models import Aanbeveling
from stakeholders.models import Stakeholder
from uitvoeringsplan.constants import Opdrachtgever, PlanStatus, Rol
from uitvoeringsplan.models import Actie, Lidmaatschap, Uitvoeringsplan
from uitvoeringsplan.services import concept_acties_aanmaken, invultabellen_ordenen

from .agenda import STANDAARDAGENDA
from .constants import BijeenkomstSoort, Kanaal, UitnodigingStatus
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


# The assignment's giver as it reads inside a sentence ("Op 4 juli 2026 gaf de gemeenteraad de opdracht").
OPDRACHTGEVER_IN_ZIN = {
    Opdrachtgever.RAAD: gettext_lazy("de gemeenteraad"),
    Opdrachtgever.COLLEGE: gettext_lazy("het college van burgemeester en wethouders"),
}


SOORT_IN_ZIN = {
    BijeenkomstSoort.STARTGESPREK: ngettext_lazy("een startgesprek", "%(n)s startgesprekken", "n"),
    BijeenkomstSoort.STARTBIJEENKOMST: ngettext_lazy("een startbijeenkomst", "%(n)s startbijeenkomsten", "n"),
    BijeenkomstSoort.INHOUDELIJK: ngettext_lazy(
        "een inhoudelijke bijeenkomst", "%(n)s inhoudelijke bijeenkomsten", "n"
    ),
    BijeenkomstSoort.SLOTBIJEENKOMST: ngettext_lazy("een slotbijeenkomst", "%(n)s slotbijeenkomsten", "n"),
}


def _opsomming(delen: list[str]) -> str:
    """ "a, b en c" """
    if len(delen) < 2:
        return "".join(delen)
    return _("%(eerste)s en %(laatste)s") % {"eerste": ", ".join(delen[:-1]), "laatste": delen[-1]}


def _soorten_in_zin(soorten: Counter) -> list[str]:
    """The held meetings per kind, in the method's order: ["een startgesprek", "2 inhoudelijke bijeenkomsten"]."""
    return [str(SOORT_IN_ZIN[soort] % {"n": soorten[soort]}) for soort in BijeenkomstSoort.values if soorten.get(soort)]


def totstandkoming_opstellen(plan: Uitvoeringsplan) -> str:
    """A draft of the plan's "samenvatting totstandkoming": a few short paragraphs of prose.

    The plan document shows the kernteam, the meetings and the organisations as tables right after
    this text, so the draft tells the story (assignment, kernteam, meetings, review) without listing them.
    """
    bijeenkomsten = list(plan.bijeenkomsten.filter(datum__lte=timezone.localdate()))
    deelnemers, organisaties = set(), set()
    for uitnodiging in (
        Uitnodiging.objects.aanwezig().filter(bijeenkomst__in=bijeenkomsten).select_related("stakeholder")
    ):
        deelnemers.add(uitnodiging.stakeholder_id)
        organisaties.add(uitnodiging.stakeholder.organisatie_id)
    leden = list(plan.lidmaatschappen.kernteam().select_related("user"))
    projectleiders = [
        lid.user.get_full_name() or lid.user.get_username() for lid in leden if lid.rol == Rol.PROJECTLEIDER
    ]
    kernteamleden = sum(lid.rol == Rol.KERNTEAMLID for lid in leden)

    alineas = []
    opdracht = []
    if plan.opdracht_door and plan.opdracht_datum:
        opdracht.append(
            _("Op %(datum)s gaf %(door)s de opdracht om dit Uitvoeringsplan op te stellen.")
            % {"datum": date_format(plan.opdracht_datum, "j F Y"), "door": OPDRACHTGEVER_IN_ZIN[plan.opdracht_door]}
        )
    if projectleiders and kernteamleden:
        opdracht.append(
            ngettext(
                "Projectleider %(naam)s vormde samen met een collega het kernteam dat het proces organiseerde.",
                "Projectleider %(naam)s vormde samen met %(n)s collega's het kernteam dat het proces organiseerde.",
                kernteamleden,
            )
            % {"naam": _opsomming(projectleiders), "n": kernteamleden}
        )
    elif projectleiders:
        opdracht.append(_("Projectleider %(naam)s organiseerde het proces.") % {"naam": _opsomming(projectleiders)})
    elif kernteamleden:
        opdracht.append(
            ngettext(
                "Een kernteam van %(n)s persoon organiseerde het proces.",
                "Een kernteam van %(n)s personen organiseerde het proces.",
                kernteamleden,
            )
            % {"n": kernteamleden}
        )
    if opdracht:
        alineas.append(" ".join(opdracht))

    if bijeenkomsten:
        eerste, laatste = bijeenkomsten[0].datum, bijeenkomsten[-1].datum
        if eerste == laatste:
            wanneer = _("op %(datum)s") % {"datum": date_format(eerste, "j F Y")}
        else:
            wanneer = _("tussen %(eerste)s en %(laatste)s") % {
                "eerste": date_format(eerste, "F Y" if eerste.year != laatste.year else "F"),
                "laatste": date_format(laatste, "F Y"),
            }
            if (eerste.year, eerste.month) == (laatste.year, laatste.month):
                wanneer = _("in %(maand)s") % {"maand": date_format(laatste, "F Y")}
        zinnen = [
            _("Het kernteam organiseerde %(bijeenkomsten)s, %(wanneer)s.")
            % {
                "bijeenkomsten": _opsomming(_soorten_in_zin(Counter(b.soort for b in bijeenkomsten))),
                "wanneer": wanneer,
            }
        ]
        if deelnemers:
            zinnen.append(
                ngettext(
                    "Aan de bijeenkomsten nam %(n)s persoon deel",
                    "Aan de bijeenkomsten namen in totaal %(n)s mensen deel",
                    len(deelnemers),
                )
                % {"n": len(deelnemers)}
                + ngettext(", van %(m)s organisatie.", ", van %(m)s organisaties.", len(organisaties))
                % {"m": len(organisaties)}
            )
        alineas.append(" ".join(zinnen))
    else:
        alineas.append(_("Er zijn nog geen bijeenkomsten gehouden."))

    if plan.status == PlanStatus.CONCEPT:
        alineas.append(
            _(
                "Het kernteam legt het concept ter review voor aan de deelnemers en verwerkt hun opmerkingen "
                "voordat het plan wordt vastgesteld."
            )
        )
    else:
        tot = (
            _(" tot en met %(datum)s") % {"datum": date_format(plan.review_deadline, "j F Y")}
            if plan.review_deadline
            else ""
        )
        opmerkingen = plan.opmerkingen.count()
        if plan.status == PlanStatus.TER_REVIEW:
            # Written while the review still runs: the kernteam rewrites the ending once it is over.
            review = _("Het concept ligt ter review bij de deelnemers") + tot
            review += ngettext(
                ". Tot nu toe kwam er %(n)s opmerking; het kernteam beantwoordt elke opmerking en verwerkt ze "
                "waar mogelijk.",
                ". Tot nu toe kwamen er %(n)s opmerkingen; het kernteam beantwoordt elke opmerking en verwerkt ze "
                "waar mogelijk.",
                opmerkingen,
            ) % {"n": opmerkingen}
        else:
            review = _("Het concept lag ter review bij de deelnemers") + tot
            if opmerkingen:
                review += ngettext(
                    ". Er kwam %(n)s opmerking, die het kernteam heeft beantwoord en waar mogelijk verwerkt.",
                    ". Er kwamen %(n)s opmerkingen, die het kernteam heeft beantwoord en waar mogelijk verwerkt.",
                    opmerkingen,
                ) % {"n": opmerkingen}
            else:
                review += _(". Er kwamen geen opmerkingen.")
        alineas.append(review)
    return "\n\n".join(alineas)


def stakeholder_gegevens(stakeholder: Stakeholder) -> dict:
    """Everything stored about one person, for an AVG request (inzageverzoek)."""
    historie = [
        {
            "datum": record.history_date.isoformat(),
            "soort": {"+": "aangemaakt", "~": "gewijzigd", "-": "verwijderd"}[record.history_type],
            "naam": record.naam,
            "functie": record.functie,
            "email": record.email,
            "telefoon": record.telefoon,
            "bijdrage": record.bijdrage,
            "informeren": record.informeren,
        }
        for record in stakeholder.history.all()
    ]
    return {
        "naam": stakeholder.naam,
        "organisatie": stakeholder.organisatie.naam,
        "functie": stakeholder.functie,
        "email": stakeholder.email,
        "telefoon": stakeholder.telefoon,
        "bijdrage_aan_preventie": stakeholder.bijdrage,
        "zo_op_de_hoogte_houden": stakeholder.get_informeren_display(),
        "wil_meewerken_aan": [str(a) for a in stakeholder.aanbevelingen.all()],
        "account": stakeholder.user.get_username() if stakeholder.user else None,
        "uitnodigingen": [
            {
                "bijeenkomst": str(u.bijeenkomst),
                "datum": u.bijeenkomst.datum.isoformat(),
                "status": u.get_status_display(),
                "uitgenodigd_via": u.get_kanaal_display(),
                "notitie": u.notitie,
            }
            for u in stakeholder.uitnodigingen.select_related("bijeenkomst")
        ],
        "prioriteringen": [
            {"bijeenkomst": str(p.bijeenkomst), "aanbeveling": str(p.aanbeveling), "punten": p.punten}
            for p in stakeholder.prioriteringen.select_related("bijeenkomst", "aanbeveling")
        ],
        "geschiedenis": historie,
        "opgevraagd_op": timezone.now().isoformat(),
    }


@transaction.atomic
def stakeholder_wissen(*, stakeholder: Stakeholder, door: AbstractBaseUser) -> None:
    """Erase a person's data (AVG), also from the history; what the meetings need stays anonymous.

    Attendance and points stay (without a name), so the plan's figures do not change.
    """
    historisch = Stakeholder.history.model
    m2m = Stakeholder.aanbevelingen.through
    historisch_m2m = historisch._meta.apps.get_model("stakeholders", "HistoricalStakeholder_aanbevelingen")
    historisch_m2m.objects.filter(history__id=stakeholder.pk).delete()
    historisch.objects.filter(id=stakeholder.pk).delete()
    Uitnodiging.history.model.objects.filter(stakeholder_id=stakeholder.pk).update(notitie="")
    stakeholder.uitnodigingen.update(notitie="")
    m2m.objects.filter(stakeholder=stakeholder).delete()
    if stakeholder.user is not None:
        _account_wissen(stakeholder=stakeholder)
    stakeholder.naam = _("Verwijderde persoon")
    stakeholder.functie = stakeholder.email = stakeholder.telefoon = stakeholder.bijdrage = ""
    stakeholder.informeren = []
    stakeholder.user = None
    stakeholder.skip_history_when_saving = True
    stakeholder.save()
    del stakeholder.skip_history_when_saving


def stakeholder_account_nodig(stakeholder: Stakeholder) -> bool:
    """Whether the person's account must stay after erasure: it still gives access for another reason.

    That is a membership other than as a stakeholder in this gemeente's plans (a kernteam role, or another
    gemeente), or a staff account. Otherwise the account only existed for the review and is anonymised.
    """
    account = stakeholder.user
    if account is None:
        return False
    return (
        account.is_staff
        or account.lidmaatschappen.exclude(rol=Rol.STAKEHOLDER, plan__gemeente=stakeholder.gemeente).exists()
    )


def _account_wissen(*, stakeholder: Stakeholder) -> None:
    """Take away the stakeholder role in the gemeente's plans; anonymise the account if nothing else needs it."""
    account = stakeholder.user
    lidmaatschappen = Lidmaatschap.objects.filter(
        user=account, rol=Rol.STAKEHOLDER, plan__gemeente=stakeholder.gemeente
    )
    lidmaatschappen.delete()
    Lidmaatschap.history.model.objects.filter(user_id=account.pk, rol=Rol.STAKEHOLDER).update(functie_omschrijving="")
    if stakeholder_account_nodig(stakeholder):
        return
    account.username = f"verwijderd-{account.pk}"
    account.first_name, account.last_name, account.email = _("Verwijderde persoon"), "", ""
    account.is_active = False
    account.set_unusable_password()
    account.save()
