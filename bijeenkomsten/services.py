"""Changes around meetings and stakeholders that span several models."""

import csv
import io
from collections import Counter, defaultdict
from dataclasses import dataclass, field

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

from scanner.models import Aanbeveling, Gemeente
from uitvoeringsplan.constants import Opdrachtgever, PlanStatus, Rol
from uitvoeringsplan.models import Actie, Invultabel, Lidmaatschap, Uitvoeringsplan
from uitvoeringsplan.services import invultabellen_ordenen

from .agenda import STANDAARDAGENDA
from .constants import BijeenkomstSoort, Informeren, Kanaal, Sector, UitnodigingStatus
from .ics import agenda_ics
from .models import Agendapunt, Bijeenkomst, Prioritering, Stakeholder, Uitnodiging


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
    """Turn the worksheet's proposed actions into draft acties in the aanbeveling's invultabel."""
    plan = bijeenkomst.plan
    invultabel = Invultabel.objects.filter(plan=plan, aanbeveling=aanbeveling).first()
    if invultabel is None:
        volgorde = plan.invultabellen.aggregate(n=Max("volgorde"))["n"] or 0
        invultabel = Invultabel.objects.create(plan=plan, aanbeveling=aanbeveling, volgorde=volgorde + 1)
    invultabel.plan = plan
    volgorde = invultabel.acties.aggregate(n=Max("volgorde"))["n"] or 0
    acties = []
    for positie, voorstel in enumerate(voorstellen, start=volgorde + 1):
        actie = Actie(invultabel=invultabel, volgorde=positie, bijeenkomst=bijeenkomst, **voorstel)
        actie.full_clean()
        actie._history_user = door
        actie.save()
        actie.middelen.set(aanbeveling.middelen.all())
        acties.append(actie)
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
    for uitnodiging in Uitnodiging.objects.filter(
        bijeenkomst__in=bijeenkomsten, status=UitnodigingStatus.AANWEZIG
    ).select_related("stakeholder"):
        deelnemers.add(uitnodiging.stakeholder_id)
        organisaties.add(uitnodiging.stakeholder.organisatie_id)
    leden = list(plan.lidmaatschappen.filter(rol__in=[Rol.PROJECTLEIDER, Rol.KERNTEAMLID]).select_related("user"))
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


# Stakeholders ------------------------------------------------------------------------------------------------

STAKEHOLDER_KOLOMMEN = [
    "organisatie",
    "sector",
    "naam",
    "functie",
    "email",
    "telefoon",
    "bijdrage",
    "informeren",
    "aanbevelingen",
]


# Form field -> CSV column, to name both in an error line ("e-mailadres (kolom email): ...").
IMPORT_KOLOM = {"nieuwe_organisatie": "organisatie", "organisatie": "organisatie"}


@dataclass
class Importuitslag:
    nieuw: int = 0
    bijgewerkt: int = 0
    ongewijzigd: int = 0
    fouten: list[str] = field(default_factory=list)

    @property
    def is_leeg(self) -> bool:
        """The file held no stakeholders at all: only a header, or empty rows."""
        return not (self.nieuw or self.bijgewerkt or self.ongewijzigd or self.fouten)


def _importmelding(labels: dict[str, str], veld: str, tekst: str) -> str:
    """One error as "label (kolom x): message", without the message's own full stop."""
    kolom = IMPORT_KOLOM.get(veld, veld)
    label = kolom if veld in IMPORT_KOLOM else labels.get(veld, kolom)
    waar = label if label == kolom else _("%(label)s (kolom %(kolom)s)") % {"label": label, "kolom": kolom}
    return f"{waar}: {tekst[:1].lower()}{tekst[1:].rstrip('.')}"


def _bijwerken(stakeholder: Stakeholder, form) -> bool:
    """Fill in what the row adds to a stakeholder already in the register; an empty cell keeps what is there."""
    gegevens = form.cleaned_data
    velden = {
        veld: gegevens[veld] for veld in ("functie", "email", "telefoon", "bijdrage", "informeren") if gegevens[veld]
    }
    aanbevelingen = {a.pk for a in gegevens["aanbevelingen"]}
    nieuwe_aanbevelingen = aanbevelingen and aanbevelingen != {a.pk for a in stakeholder.aanbevelingen.all()}
    if not nieuwe_aanbevelingen and all(getattr(stakeholder, veld) == waarde for veld, waarde in velden.items()):
        return False
    for veld, waarde in velden.items():
        setattr(stakeholder, veld, waarde)
    stakeholder.full_clean()
    stakeholder.save()
    if nieuwe_aanbevelingen:
        stakeholder.aanbevelingen.set(aanbevelingen)
    return True


def stakeholders_importeren(*, gemeente: Gemeente, tekst: str) -> Importuitslag:
    """Import stakeholders from CSV text: every row is checked first; with any error nothing is saved.

    Columns: organisatie, sector (code or name), naam, functie, email, telefoon, bijdrage,
    informeren (nieuwsbrief|email|bijeenkomsten|persoonlijk), aanbevelingen (numbers, e.g. "1|3").
    A person already in the register (same organisation and name, and no other e-mail address) is
    updated rather than added again, so importing the same file twice changes nothing.
    """
    from .forms import StakeholderForm

    regels = tekst.splitlines()
    try:
        dialect = csv.Sniffer().sniff(regels[0] if regels else "", delimiters=",;")
    except csv.Error:
        dialect = csv.excel
    lezer = csv.DictReader(io.StringIO(tekst), dialect=dialect)
    kop = [(kolom or "").strip().lower() for kolom in (lezer.fieldnames or [])]
    ontbreekt = [kolom for kolom in ("organisatie", "naam") if kolom not in kop]
    if ontbreekt:
        return Importuitslag(
            fouten=[_("regel 1: de kopregel mist de kolom(men) %(kolommen)s") % {"kolommen": ", ".join(ontbreekt)}]
        )
    onbekend = sorted(set(kop) - set(STAKEHOLDER_KOLOMMEN) - {""})
    if onbekend:
        return Importuitslag(
            fouten=[_("regel 1: onbekende kolommen: %(kolommen)s") % {"kolommen": ", ".join(onbekend)}]
        )
    sectoren = {code: code for code in Sector.values} | {str(label).lower(): code for code, label in Sector.choices}
    informeren = {code: code for code in Informeren.values} | {
        str(label).lower(): code for code, label in Informeren.choices
    }
    nummers = dict(Aanbeveling.objects.filter(gemeente=gemeente, nummer__isnull=False).values_list("nummer", "pk"))
    labels = {veld: str(formveld.label).lower() for veld, formveld in StakeholderForm(gemeente=gemeente).fields.items()}
    formulieren, fouten = [], []
    for regelnummer, ruw in enumerate(lezer, start=2):
        overig = ruw.pop(None, None) or []  # cells beyond the header's columns
        rij = {(sleutel or "").strip().lower(): (waarde or "").strip() for sleutel, waarde in ruw.items()}
        if not any(rij.values()) and not any(cel.strip() for cel in overig):
            continue  # an empty row, such as ";;;;;" from Excel
        meldingen = []
        if any(cel.strip() for cel in overig):
            meldingen.append(_("deze regel heeft meer kolommen dan de kopregel"))
        sector = sectoren.get(rij.get("sector", "").lower(), "")
        if rij.get("sector") and not sector:
            meldingen.append(
                _importmelding(labels, "sector", _("onbekende sector “%(waarde)s”") % {"waarde": rij["sector"]})
            )
        gekozen = []
        for deel in rij.get("informeren", "").replace("|", ",").split(","):
            if deel.strip():
                if deel.strip().lower() in informeren:
                    gekozen.append(informeren[deel.strip().lower()])
                else:
                    meldingen.append(
                        _importmelding(labels, "informeren", _("onbekend “%(waarde)s”") % {"waarde": deel.strip()})
                    )
        aanbevelingen = []
        for deel in rij.get("aanbevelingen", "").replace("|", ",").split(","):
            if deel.strip():
                if deel.strip().isdigit() and int(deel) in nummers:
                    aanbevelingen.append(nummers[int(deel)])
                else:
                    meldingen.append(
                        _importmelding(
                            labels,
                            "aanbevelingen",
                            _("geen aanbeveling met nummer “%(waarde)s”") % {"waarde": deel.strip()},
                        )
                    )
        form = StakeholderForm(
            data={
                "naam": rij.get("naam", ""),
                "functie": rij.get("functie", ""),
                "email": rij.get("email", ""),
                "telefoon": rij.get("telefoon", ""),
                "bijdrage": rij.get("bijdrage", ""),
                "informeren": gekozen,
                "aanbevelingen": aanbevelingen,
                "nieuwe_organisatie": rij.get("organisatie", ""),
                "sector": sector or Sector.ANDERS,
            },
            gemeente=gemeente,
        )
        if not form.is_valid():
            for veld, lijst in form.errors.items():
                if veld == "organisatie":
                    lijst = [_("vul de naam van de organisatie in")]
                meldingen += [_importmelding(labels, veld, melding) for melding in lijst]
        if meldingen:
            fouten.append(_("regel %(n)s: ") % {"n": regelnummer} + "; ".join(meldingen) + ".")
        else:
            formulieren.append(form)
    if fouten:
        return Importuitslag(fouten=fouten)
    uitslag = Importuitslag()
    with transaction.atomic():
        register = defaultdict(list)
        for stakeholder in Stakeholder.objects.filter(gemeente=gemeente).select_related("organisatie"):
            register[(stakeholder.organisatie.naam.lower(), stakeholder.naam.lower())].append(stakeholder)
        organisaties = {}
        for form in formulieren:
            organisatie = form.gekozen_organisatie
            if organisatie.pk is None:
                # Several rows may name the same new organisation: create it once.
                organisatie = organisaties.setdefault(organisatie.naam.lower(), organisatie)
                form.gekozen_organisatie = organisatie
            email = form.cleaned_data["email"].lower()
            zelfde = register[(organisatie.naam.lower(), form.cleaned_data["naam"].lower())]
            bestaand = next((s for s in zelfde if not email or not s.email or s.email.lower() == email), None)
            if bestaand is None:
                zelfde.append(form.save())
                uitslag.nieuw += 1
            elif _bijwerken(bestaand, form):
                uitslag.bijgewerkt += 1
            else:
                uitslag.ongewijzigd += 1
    return uitslag


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
    historisch_m2m = historisch._meta.apps.get_model("bijeenkomsten", "HistoricalStakeholder_aanbevelingen")
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
