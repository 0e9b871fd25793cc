"""Changes to a regional project that span several models: next year's draft, and adoption by the stuurgroep."""

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from basis.pdf import render_pdf, vingerafdruk_klopt

from .constants import JaarplanStatus, Realisatie
from .document import JaarplanDocument, jaarplan_document, snapshot
from .models import Hoofdactiviteit, Hoofddoel, Jaarplan, Jaarplanvaststelling, Regioproject, Uitgangspunt

PDF_TEMPLATE = "regio/jaarplan_pdf.html"


def volgend_jaar(datum: date | None) -> date | None:
    """The same day a year later (28 February for a 29th)."""
    if datum is None:
        return None
    return datum.replace(year=datum.year + 1, day=min(datum.day, 28) if datum.month == 2 else datum.day)


@transaction.atomic
def jaarplan_opstellen(*, project: Regioproject, jaar: int, door: AbstractBaseUser) -> Jaarplan:
    """The concept jaarplan of `jaar`, drafted from the jaarplan of the year before, if there is one.

    Uitgangspunten and hoofddoelen are copied for editing; every hoofdactiviteit that was not fully
    realised is carried over and names where it came from ("doorgeschoven uit"); the realised ones
    stay in last year's activiteitenoverzicht, which the new jaarplan shows as last year's results.
    """
    Regioproject.objects.select_for_update().get(pk=project.pk)
    if Jaarplan.objects.filter(project=project, jaar=jaar).exists():
        raise ValidationError(_("Er is al een jaarplan voor %(jaar)s.") % {"jaar": jaar})
    if not project.startjaar <= jaar <= project.eindjaar:
        raise ValidationError(
            _("Het project loopt van %(van)s tot en met %(tot)s.") % {"van": project.startjaar, "tot": project.eindjaar}
        )
    vorig = Jaarplan.objects.filter(project=project, jaar=jaar - 1).first()
    nieuw = Jaarplan(project=project, jaar=jaar, opgesteld_uit=vorig)
    if vorig:
        nieuw.inleiding = (
            _(
                "Op basis van de hoofddoelstellingen uit het Uitvoeringsplan en de (al dan niet) gerealiseerde "
                "activiteiten uit het activiteitenoverzicht %(vorig)s is dit concept jaarplan voor %(jaar)s opgesteld."
            )
            % {"vorig": vorig.jaar, "jaar": jaar}
            + "\n\n"
            + _(
                "In dit jaarplan worden de belangrijkste uitgangspunten en de hoofddoelstellingen per werkgroep "
                "beschreven. Deze worden door de werkgroepen nog verder uitgewerkt in een uitvoeringsplan met planning."
            )
        )
        nieuw.uitgangspunten_inleiding = vorig.uitgangspunten_inleiding
    nieuw._history_user = door
    nieuw.save()
    if vorig is None:
        return nieuw
    for uitgangspunt in vorig.uitgangspunten.all():
        Uitgangspunt.objects.create(
            jaarplan=nieuw, kop=uitgangspunt.kop, tekst=uitgangspunt.tekst, volgorde=uitgangspunt.volgorde
        )
    for doel in vorig.hoofddoelen.all():
        Hoofddoel.objects.create(
            jaarplan=nieuw,
            groep_id=doel.groep_id,
            tekst=doel.tekst,
            deadline=volgend_jaar(doel.deadline),
            volgorde=doel.volgorde,
        )
    for oud in vorig.hoofdactiviteiten.exclude(realisatie=Realisatie.GEREALISEERD).prefetch_related("gemeenten"):
        activiteit = Hoofdactiviteit.objects.create(
            jaarplan=nieuw,
            groep_id=oud.groep_id,
            tekst=oud.tekst,
            trekker=oud.trekker,
            periode=oud.periode,
            doorgeschoven_uit=oud,
            volgorde=oud.volgorde,
        )
        activiteit.gemeenten.set(oud.gemeenten.all())
    return nieuw


@transaction.atomic
def jaarplan_vaststellen(
    *, jaarplan: Jaarplan, door: AbstractBaseUser, op: datetime | None = None
) -> Jaarplanvaststelling:
    """The stuurgroep adopts the jaarplan: a frozen snapshot, a PDF/A and its SHA-256; it never changes again."""
    jaarplan = Jaarplan.objects.select_for_update().get(pk=jaarplan.pk)
    if jaarplan.is_vastgesteld:
        raise ValidationError(_("Dit jaarplan is al vastgesteld."))
    op = op or timezone.now()
    doc = jaarplan_document(jaarplan)
    _html, pdf = render_pdf(PDF_TEMPLATE, {"doc": doc, "vastgesteld_op": op, "definitief": True}, pdfa=True)
    vaststelling = Jaarplanvaststelling(
        jaarplan=jaarplan,
        vastgesteld_op=op,
        door=door,
        snapshot=snapshot(doc),
        sha256=hashlib.sha256(pdf).hexdigest(),
    )
    vaststelling.pdf.save(f"jaarplan-{jaarplan.project_id}-{jaarplan.jaar}.pdf", ContentFile(pdf), save=False)
    vaststelling._history_user = door
    vaststelling.save()
    jaarplan.status = JaarplanStatus.VASTGESTELD
    jaarplan._vaststellen = True
    jaarplan._history_user = door
    jaarplan.save(update_fields=["status", "gewijzigd_op"])
    return vaststelling


def jaarplanvaststelling_controleren(vaststelling: Jaarplanvaststelling) -> bool:
    """Whether the stored PDF still has the fingerprint recorded at adoption."""
    return vingerafdruk_klopt(vaststelling)


class Verouderd(Exception):
    """Someone else saved the jaarplan's text after this page was opened; `jaarplan` is what is stored now."""

    def __init__(self, jaarplan: Jaarplan):
        super().__init__(f"Jaarplan {jaarplan.pk} is at version {jaarplan.versie}.")
        self.jaarplan = jaarplan


@transaction.atomic
def jaarplan_tekst_wijzigen(
    *, jaarplan: Jaarplan, inleiding: str, uitgangspunten_inleiding: str, gezien_versie: int | None, door
) -> Jaarplan:
    """Save the inleiding texts, unless someone saved them after `gezien_versie` was read: then `Verouderd`.

    Nobody's text is overwritten without seeing it: the view shows the stored text beside the user's own.
    """
    opgeslagen = Jaarplan.objects.select_for_update().get(pk=jaarplan.pk)
    if gezien_versie is not None and gezien_versie != opgeslagen.versie:
        raise Verouderd(opgeslagen)
    opgeslagen.inleiding = inleiding
    opgeslagen.uitgangspunten_inleiding = uitgangspunten_inleiding
    opgeslagen.versie = F("versie") + 1
    opgeslagen.full_clean(exclude=["versie"])
    opgeslagen._history_user = door
    opgeslagen.save(update_fields=["inleiding", "uitgangspunten_inleiding", "versie", "gewijzigd_op"])
    opgeslagen.refresh_from_db()
    return opgeslagen


@dataclass
class Controle:
    tekst: str
    in_orde: bool


def jaarplan_controles(doc: JaarplanDocument) -> list[Controle]:
    """What the stuurgroep sees before adopting: a missing hoofddoel is a warning, not a block."""
    controles = [
        Controle(_("Het jaarplan heeft een inleiding."), bool(doc.jaarplan.inleiding.strip())),
        Controle(_("Het jaarplan noemt de belangrijkste uitgangspunten."), bool(doc.jaarplan.uitgangspunten.all())),
    ]
    for deel in doc.deelgebieden:
        if deel.hoofddoelen:
            tekst = _("%(deel)s heeft %(n)s hoofddoel(en).") % {"deel": deel.naam, "n": len(deel.hoofddoelen)}
        else:
            tekst = _("%(deel)s heeft nog geen hoofddoel.") % {"deel": deel.naam}
        controles.append(Controle(tekst, bool(deel.hoofddoelen)))
    return controles
