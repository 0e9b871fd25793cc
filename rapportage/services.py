"""Review and adoption of the plan: changes that span several models."""

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from accounts.services import account_voor, toegang_mailen
from basis.pdf import render_pdf, vingerafdruk_klopt
from bijeenkomsten.models import Bijeenkomst
from rapportage.constants import OndertekeningBron, OpmerkingStatus
from rapportage.models import Ondertekening, Opmerking, Vaststelling
from stakeholders.models import Stakeholder
from uitvoeringsplan.constants import PlanStatus, Rol, Uitvoeringsstatus
from uitvoeringsplan.models import Actie, Invultabel, Lidmaatschap, Uitvoeringsplan
from uitvoeringsplan.workflow import status_wijzigen

from . import meldingen
from .document import plan_document, snapshot


@transaction.atomic
def review_starten(*, plan: Uitvoeringsplan, deadline: date, door: AbstractBaseUser) -> int:
    """Put the concept up for review until `deadline` and tell the stakeholders. Returns the e-mails sent."""
    if deadline < timezone.localdate():
        raise ValidationError({"review_deadline": _("De deadline ligt in het verleden.")})
    plan.review_deadline = deadline
    plan.save(update_fields=["review_deadline", "gewijzigd_op"])
    status_wijzigen(plan=plan, naar=PlanStatus.TER_REVIEW, door=door)
    # Who opened the previous concept has not yet seen this one: the adoption checks ask again.
    plan.lidmaatschappen.filter(rol=Rol.STAKEHOLDER).update(concept_gezien_op=None)
    return meldingen.review_geopend(plan)


@transaction.atomic
def stakeholder_uitnodigen_voor_review(
    *, plan: Uitvoeringsplan, stakeholder: Stakeholder, door: AbstractBaseUser
) -> Lidmaatschap:
    """Give a stakeholder from the register an account (or reuse theirs) and the stakeholder role on the plan.

    Someone with an account gets an e-mail that leads straight to the concept; someone new first
    chooses a password through the general invitation, which then names the concept's address.
    """
    if not stakeholder.email:
        raise ValidationError(_("Van %(naam)s is geen e-mailadres bekend.") % {"naam": stakeholder.naam})
    if stakeholder.user is None:
        voornaam, _spatie, achternaam = stakeholder.naam.partition(" ")
        user, _nieuw = account_voor(email=stakeholder.email, voornaam=voornaam, achternaam=achternaam)
        stakeholder.user = user
        stakeholder.save(update_fields=["user"])
    lid, _nieuw = Lidmaatschap.objects.get_or_create(
        plan=plan, user=stakeholder.user, defaults={"rol": Rol.STAKEHOLDER}
    )
    if stakeholder.user.has_usable_password():
        meldingen.review_uitnodiging(plan=plan, user=stakeholder.user, door=door)
    else:
        toegang_mailen(
            user=stakeholder.user,
            plan=plan,
            door=door,
            rol=lid.get_rol_display(),
            bericht=" ".join(
                [
                    _("We vragen je om het concept van het Uitvoeringsplan te lezen en je opmerkingen te plaatsen."),
                    meldingen.reactietermijn(plan),
                    _("Na het inloggen vind je het concept op %(link)s") % {"link": meldingen.plan_url(plan)},
                ]
            ),
        )
    return lid


@transaction.atomic
def opmerking_plaatsen(
    *,
    plan: Uitvoeringsplan,
    auteur: AbstractBaseUser,
    tekst: str,
    actie: Actie | None = None,
    invultabel: Invultabel | None = None,
) -> Opmerking:
    opmerking = Opmerking(
        plan=plan,
        auteur=auteur,
        tekst=tekst.strip(),
        actie=actie,
        invultabel=invultabel or (actie and actie.invultabel),
    )
    opmerking.full_clean()
    opmerking.save()
    meldingen.nieuwe_opmerking(opmerking)
    return opmerking


@transaction.atomic
def opmerking_beantwoorden(*, opmerking: Opmerking, status: str, antwoord: str, door: AbstractBaseUser) -> Opmerking:
    if status == OpmerkingStatus.NIET_OVERGENOMEN and not antwoord.strip():
        raise ValidationError({"antwoord": _("Geef een reden als je de opmerking niet overneemt.")})
    opmerking.status = status
    opmerking.antwoord = antwoord.strip()
    opmerking.beantwoord_door = door
    opmerking.beantwoord_op = timezone.now()
    opmerking._history_user = door
    opmerking.full_clean()
    opmerking.save()
    meldingen.antwoord(opmerking)
    return opmerking


@dataclass
class Controle:
    tekst: str
    in_orde: bool
    # Only blocking checks need a reason to adopt anyway; the others are advice.
    blokkerend: bool = True


def controles_in_orde(controles: list[Controle]) -> bool:
    return all(controle.in_orde for controle in controles if controle.blokkerend)


def vaststelling_controles(plan: Uitvoeringsplan) -> list[Controle]:
    """What the handreiking asks before adoption: every aanbeveling has a complete actie, every comment an answer."""
    doc = plan_document(plan)
    zonder = [i.aanbeveling.titel for i in doc.invultabellen if not any(a.is_compleet for a in i.lijst)]
    open_opmerkingen = plan.opmerkingen.filter(status=OpmerkingStatus.OPEN).count()
    niet_gezien = plan.lidmaatschappen.filter(rol=Rol.STAKEHOLDER, concept_gezien_op__isnull=True).count()
    if not doc.invultabellen:
        acties = _("Er staan nog geen aanbevelingen in het plan.")
    elif zonder:
        acties = ngettext(
            "Aanbeveling zonder complete actie: %(titels)s.",
            "Aanbevelingen zonder complete actie: %(titels)s.",
            len(zonder),
        ) % {"titels": "; ".join(zonder)}
    else:
        acties = _("Elke aanbeveling heeft minstens één complete actie.")
    return [
        Controle(acties, not zonder and bool(doc.invultabellen)),
        Controle(
            ngettext(
                "%(n)s opmerking is nog niet beantwoord.",
                "%(n)s opmerkingen zijn nog niet beantwoord.",
                open_opmerkingen,
            )
            % {"n": open_opmerkingen}
            if open_opmerkingen
            else _("Alle opmerkingen zijn beantwoord."),
            not open_opmerkingen,
        ),
        Controle(
            ngettext(
                "%(n)s stakeholder heeft het concept nog niet geopend.",
                "%(n)s stakeholders hebben het concept nog niet geopend.",
                niet_gezien,
            )
            % {"n": niet_gezien}
            if niet_gezien
            else _("Alle stakeholders met toegang hebben het concept geopend."),
            not niet_gezien,
            blokkerend=False,
        ),
    ]


@transaction.atomic
def plan_vaststellen(
    *,
    plan: Uitvoeringsplan,
    door: AbstractBaseUser,
    reden: str = "",
    bijeenkomst: Bijeenkomst | None = None,
    op: datetime | None = None,
) -> Vaststelling:
    """Adopt the plan: freeze its content, store the PDF/A with its SHA-256, and lock the plan.

    `op` is the moment of adoption when it is recorded afterwards (the demo's previous cycle); the
    record, the snapshot and the PDF then all carry that date.
    """
    if not controles_in_orde(vaststelling_controles(plan)) and not reden.strip():
        raise ValidationError(
            {"reden": _("Niet alle controles slagen. Geef aan waarom het plan toch wordt vastgesteld.")}
        )
    status_wijzigen(plan=plan, naar=PlanStatus.VASTGESTELD, door=door, via_service=True)
    # The adopted acties take part in the uitvoering from now on; those already under way keep their status.
    # One save per actie, so that its history record keeps its verantwoordelijken and middelen too.
    for actie in Actie.objects.filter(invultabel__plan=plan, uitvoeringsstatus=""):
        actie.uitvoeringsstatus = Uitvoeringsstatus.GEPLAND
        actie._history_user = door
        actie.save(update_fields=["uitvoeringsstatus", "gewijzigd_op"])
    moment = op or timezone.now()
    doc = plan_document(plan)
    doc.datum = timezone.localdate(moment)
    vaststelling = Vaststelling(
        plan=plan,
        versie=plan.versie,
        vastgesteld_op=moment,
        vastgesteld_door=door,
        bijeenkomst=bijeenkomst,
        snapshot=snapshot(doc),
        reden_afwijking=reden.strip(),
    )
    _html, pdf = render_pdf(
        "rapportage/pdf/plan.html", {"doc": doc, "concept": False, "vaststelling": vaststelling}, pdfa=True
    )
    vaststelling.sha256 = hashlib.sha256(pdf).hexdigest()
    vaststelling.pdf.save(f"{plan.gemeente.cbs_code}-plan{plan.pk}-v{plan.versie}.pdf", ContentFile(pdf), save=False)
    vaststelling.full_clean()
    vaststelling.save()
    return vaststelling


def vaststelling_controleren(vaststelling: Vaststelling) -> bool:
    """Does the stored PDF still match the hash recorded at adoption?"""
    return vingerafdruk_klopt(vaststelling)


@transaction.atomic
def nieuwe_conceptversie(*, plan: Uitvoeringsplan, door: AbstractBaseUser) -> Uitvoeringsplan:
    """Start changing an adopted plan: the adopted version stays as it is; the plan gets the next version."""
    return status_wijzigen(plan=plan, naar=PlanStatus.CONCEPT, door=door)


@transaction.atomic
def ondertekenen(
    *, vaststelling: Vaststelling, naam: str, organisatie: str, datum: date, door: AbstractBaseUser, zelf: bool
) -> Ondertekening:
    """Add a signature to an adopted version: the version itself never changes, its signatures accumulate.

    `zelf`: the signer signs in the application (once per organisation, the model's constraint);
    otherwise the projectleider copies a signature from the signed paper, also only once.
    """
    naam, organisatie = naam.strip(), organisatie.strip()
    if (
        not zelf
        and vaststelling.ondertekeningen.filter(
            bron=OndertekeningBron.PAPIER, naam__iexact=naam, organisatie__iexact=organisatie
        ).exists()
    ):
        raise ValidationError(
            _("De handtekening van %(naam)s namens %(organisatie)s is al vastgelegd.")
            % {"naam": naam, "organisatie": organisatie}
        )
    ondertekening = Ondertekening(
        vaststelling=vaststelling,
        naam=naam,
        organisatie=organisatie,
        datum=datum,
        user=door if zelf else None,
        bron=OndertekeningBron.APPLICATIE if zelf else OndertekeningBron.PAPIER,
    )
    ondertekening._history_user = door
    ondertekening.full_clean()
    ondertekening.save()
    return ondertekening


@transaction.atomic
def ondertekening_verwijderen(*, ondertekening: Ondertekening, door: AbstractBaseUser) -> None:
    """Remove a signature copied from paper by mistake; the history keeps what it was and who removed it.

    A signature given in the application is the signer's own act: nobody else takes it away.
    """
    if ondertekening.bron != OndertekeningBron.PAPIER:
        raise ValidationError(_("Alleen een handtekening die van papier is overgenomen, kan worden verwijderd."))
    ondertekening._history_user = door
    ondertekening.delete()


@dataclass
class Verschil:
    onderwerp: str
    veld: str
    oud: str
    nieuw: str


VELDNAMEN = {
    "gesuggereerde_interventie": gettext_lazy("1. Gesuggereerde interventie"),
    "relevantie": gettext_lazy("2. Relevantie"),
    "haalbaarheid": gettext_lazy("3. Haalbaarheid"),
    "haalbaarheid_toelichting": gettext_lazy("3. Haalbaarheid, toelichting"),
    "benodigde_middelen": gettext_lazy("4. Benodigde middelen"),
    "financieel_euro": gettext_lazy("4a. Financieel (euro)"),
    "financieel_toelichting": gettext_lazy("4a. Financieel, toelichting"),
    "fte": gettext_lazy("4b. Fte"),
    "andere_voorwaarden": gettext_lazy("4c. Andere voorwaarden"),
    "effectiviteit": gettext_lazy("5. Effectiviteit"),
    "erkend": gettext_lazy("5. Erkend"),
    "databank": gettext_lazy("5. Databank"),
    "erkenningsniveau": gettext_lazy("5. Erkenningsniveau"),
    "obstakels": gettext_lazy("6. Obstakels"),
    "obstakels_aanpak": gettext_lazy("6. Hoe overwinnen"),
    "periode": gettext_lazy("7. Periode"),
    "verantwoordelijken": gettext_lazy("8. Verantwoordelijke organisaties"),
    "wie_doet_wat": gettext_lazy("8. Wie doet wat"),
    "prioriteit": gettext_lazy("9. Prioriteit"),
    "prioriteit_overwegingen": gettext_lazy("9. Overwegingen"),
    "preventievorm": gettext_lazy("Preventievorm"),
    "doelgroep": gettext_lazy("Doelgroep"),
    "inleiding": gettext_lazy("Inleiding"),
    "samenvatting_totstandkoming": gettext_lazy("Samenvatting totstandkoming"),
    "titel": gettext_lazy("Titel"),
}


def _tekst(veld: str, waarde) -> str:
    """A snapshot value as a reader sees it, so that only visible differences count as changes.

    Text typed in a form arrives with \\r\\n, text stored otherwise has \\n; amounts are written the Dutch way.
    """
    if isinstance(waarde, list):
        return ", ".join(str(w) for w in waarde) or "—"
    if waarde in (None, ""):
        return "—"
    if veld in {"financieel_euro", "fte"}:
        getal = Decimal(waarde)
        getal = getal.quantize(Decimal(1)) if getal == getal.to_integral_value() else getal.normalize()
        tekst = number_format(getal, use_l10n=True, force_grouping=True)
        return f"€ {tekst}" if veld == "financieel_euro" else tekst
    return str(waarde).replace("\r\n", "\n").replace("\r", "\n")


def versies_vergelijken(oud: dict, nieuw: dict) -> list[Verschil]:
    """What changed between two snapshots, in words: plan texts, aanbevelingen and acties."""
    verschillen = []
    for veld in ("titel", "inleiding", "samenvatting_totstandkoming"):
        was, werd = _tekst(veld, oud["plan"].get(veld)), _tekst(veld, nieuw["plan"].get(veld))
        if was != werd:
            verschillen.append(Verschil(_("Het plan"), str(VELDNAMEN[veld]), was, werd))
    oude_aanbevelingen = {a["titel"] for a in oud["aanbevelingen"]}
    nieuwe_aanbevelingen = {a["titel"] for a in nieuw["aanbevelingen"]}
    for titel in sorted(nieuwe_aanbevelingen - oude_aanbevelingen):
        verschillen.append(
            Verschil(_("Aanbeveling: %(titel)s") % {"titel": titel}, _("aanbeveling"), "—", _("toegevoegd"))
        )
    for titel in sorted(oude_aanbevelingen - nieuwe_aanbevelingen):
        verschillen.append(
            Verschil(
                _("Aanbeveling: %(titel)s") % {"titel": titel}, _("aanbeveling"), _("in het plan"), _("verwijderd")
            )
        )
    oude_acties = {a["id"]: a for aanbeveling in oud["aanbevelingen"] for a in aanbeveling["acties"]}
    nieuwe_acties = {a["id"]: a for aanbeveling in nieuw["aanbevelingen"] for a in aanbeveling["acties"]}
    for actie_id, actie in nieuwe_acties.items():
        onderwerp = _("Actie %(nummer)s: %(titel)s") % {
            "nummer": actie["nummer"],
            "titel": actie["gesuggereerde_interventie"],
        }
        vorige = oude_acties.get(actie_id)
        if vorige is None:
            verschillen.append(Verschil(onderwerp, _("actie"), "—", _("toegevoegd")))
            continue
        for veld, waarde in actie.items():
            if veld not in VELDNAMEN:
                continue
            was, werd = _tekst(veld, vorige.get(veld)), _tekst(veld, waarde)
            if was != werd:
                verschillen.append(Verschil(onderwerp, str(VELDNAMEN[veld]), was, werd))
    for actie_id, actie in oude_acties.items():
        if actie_id not in nieuwe_acties:
            onderwerp = _("Actie %(nummer)s: %(titel)s") % {
                "nummer": actie["nummer"],
                "titel": actie["gesuggereerde_interventie"],
            }
            verschillen.append(Verschil(onderwerp, _("actie"), _("in het plan"), _("verwijderd")))
    return verschillen
