"""Writes of the evaluation: an actie's evaluation, the plan's summary, and adoption of the evaluatierapport.

The evaluation is written while the plan is in uitvoering. Adoption freezes it like the plan's own
adoption does (snapshot, PDF/A, SHA-256) and moves the plan to "geëvalueerd"; from then on the
evaluation and the voortgang are closed.
"""

import hashlib

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from basis.pdf import render_pdf, vingerafdruk_klopt
from rapportage.services import Controle, controles_in_orde
from uitvoeringsplan.constants import PlanStatus
from uitvoeringsplan.models import Actie, Uitvoeringsplan
from uitvoeringsplan.workflow import status_wijzigen

from .evaluatie_document import evaluatie_document, snapshot
from .models import ActieEvaluatie, Evaluatie, Evaluatievaststelling
from .services import UITVOERING_AFGESLOTEN

PDF_TEMPLATE = "uitvoering/evaluatie/pdf.html"


def evaluatie_gesloten_melding(plan: Uitvoeringsplan) -> str:
    """Why the evaluation cannot be changed now, in the user's words."""
    if plan.status == PlanStatus.GEEVALUEERD:
        return str(UITVOERING_AFGESLOTEN)
    return _("De evaluatie kan alleen worden geschreven terwijl het plan in uitvoering is.")


def evaluatie_open(plan: Uitvoeringsplan) -> bool:
    return plan.status == PlanStatus.IN_UITVOERING


class EvaluatieIntussenGewijzigd(Exception):
    """Someone else saved this actie's evaluation after this user loaded it; nothing was saved."""

    def __init__(self, actie_evaluatie: ActieEvaluatie):
        super().__init__(f"ActieEvaluatie {actie_evaluatie.pk} changed meanwhile")
        self.actie_evaluatie = actie_evaluatie


def _open_evaluatie_voor_wijziging(plan: Uitvoeringsplan) -> Evaluatie:
    """The plan's open evaluation, locked; created on the first write.

    The plan's row is locked first, so two first writes at once cannot both create one, and the
    status is decided on what is stored, not on what this (possibly stale) instance remembers.
    """
    plan.status = Uitvoeringsplan.objects.select_for_update().filter(pk=plan.pk).values_list("status", flat=True).get()
    if not evaluatie_open(plan):
        raise ValidationError(evaluatie_gesloten_melding(plan))
    evaluatie = Evaluatie.objects.select_for_update().filter(plan=plan, afgesloten=False).first()
    return evaluatie or Evaluatie.objects.create(plan=plan)


@transaction.atomic
def actie_evaluatie_opslaan(
    *,
    actie: Actie,
    door: AbstractBaseUser,
    doel_bereikt: str = "",
    resultaten: str = "",
    geleerd: str = "",
    advies: str = "",
    gezien_versie: int | None = None,
) -> ActieEvaluatie:
    """Save what the actie achieved and the advice for it.

    `gezien_versie` is the version the user's page showed (0 when there was none yet): if someone else
    saved in between, `EvaluatieIntussenGewijzigd` carries their evaluation and nothing is saved.
    """
    evaluatie = _open_evaluatie_voor_wijziging(actie.invultabel.plan)
    bestaand = ActieEvaluatie.objects.select_for_update().filter(evaluatie=evaluatie, actie=actie).first()
    huidige_versie = bestaand.versie if bestaand else 0
    if gezien_versie is not None and gezien_versie != huidige_versie:
        raise EvaluatieIntussenGewijzigd(bestaand or ActieEvaluatie(evaluatie=evaluatie, actie=actie, versie=0))
    actie_evaluatie = bestaand or ActieEvaluatie(evaluatie=evaluatie, actie=actie, versie=0)
    actie_evaluatie.doel_bereikt = doel_bereikt
    actie_evaluatie.resultaten = resultaten.strip()
    actie_evaluatie.geleerd = geleerd.strip()
    actie_evaluatie.advies = advies
    actie_evaluatie.versie += 1
    actie_evaluatie.gewijzigd_door = door
    actie_evaluatie._history_user = door
    actie_evaluatie.full_clean()
    actie_evaluatie.save()
    return actie_evaluatie


@transaction.atomic
def evaluatie_samenvatting_opslaan(
    *, plan: Uitvoeringsplan, door: AbstractBaseUser, samenvatting: str, conclusies: str
) -> Evaluatie:
    """Save the plan's evaluation summary and conclusions."""
    evaluatie = _open_evaluatie_voor_wijziging(plan)
    evaluatie.samenvatting = samenvatting.strip()
    evaluatie.conclusies = conclusies.strip()
    evaluatie._history_user = door
    evaluatie.full_clean()
    evaluatie.save()
    return evaluatie


def evaluatie_controles(plan: Uitvoeringsplan, doc=None) -> list[Controle]:
    """What to check before adoption: every actie evaluated, a summary and conclusions written."""
    doc = doc or evaluatie_document(plan)
    open_ = [f"{regel.nummer} {regel.actie.titel}" for regel in doc.regels if not regel.geevalueerd]
    if not doc.regels:
        acties = Controle(_("Er zijn geen acties in uitvoering om te evalueren."), False)
    elif open_:
        acties = Controle(
            ngettext(
                "Actie zonder evaluatie (doel en advies): %(acties)s.",
                "Acties zonder evaluatie (doel en advies): %(acties)s.",
                len(open_),
            )
            % {"acties": "; ".join(open_)},
            False,
        )
    else:
        acties = Controle(_("Elke actie is geëvalueerd."), True)
    samenvatting = bool(doc.evaluatie.samenvatting.strip())
    conclusies = bool(doc.evaluatie.conclusies.strip())
    return [
        acties,
        Controle(
            _("De samenvatting is geschreven.") if samenvatting else _("De samenvatting is nog niet geschreven."),
            samenvatting,
        ),
        Controle(
            _("De conclusies zijn geschreven.") if conclusies else _("De conclusies zijn nog niet geschreven."),
            conclusies,
            blokkerend=False,
        ),
    ]


@transaction.atomic
def evaluatie_vaststellen(*, plan: Uitvoeringsplan, door: AbstractBaseUser, reden: str = "") -> Evaluatievaststelling:
    """Adopt the evaluatierapport: freeze it with its PDF/A and SHA-256, close it, and mark the plan geëvalueerd."""
    evaluatie = _open_evaluatie_voor_wijziging(plan)
    doc = evaluatie_document(plan, evaluatie)
    if not controles_in_orde(evaluatie_controles(plan, doc)) and not reden.strip():
        raise ValidationError(
            {"reden": _("Niet alle controles slagen. Geef aan waarom de evaluatie toch wordt vastgesteld.")}
        )
    status_wijzigen(plan=plan, naar=PlanStatus.GEEVALUEERD, door=door, via_service=True)
    moment = timezone.now()
    doc.datum = timezone.localdate(moment)
    vaststelling = Evaluatievaststelling(
        evaluatie=evaluatie,
        plan=plan,
        versie=plan.versie,
        vastgesteld_op=moment,
        door=door,
        snapshot=snapshot(doc),
        reden_afwijking=reden.strip(),
    )
    doc.vaststelling = vaststelling
    _html, pdf = render_pdf(PDF_TEMPLATE, {"doc": doc, "concept": False}, pdfa=True)
    vaststelling.sha256 = hashlib.sha256(pdf).hexdigest()
    vaststelling.pdf.save(
        f"{plan.gemeente.cbs_code}-plan{plan.pk}-evaluatie-v{plan.versie}.pdf", ContentFile(pdf), save=False
    )
    vaststelling.full_clean()
    vaststelling.save()
    evaluatie.afgesloten = True
    evaluatie._history_user = door
    evaluatie.save(update_fields=["afgesloten", "gewijzigd_op"])
    return vaststelling


def evaluatievaststelling_controleren(vaststelling: Evaluatievaststelling) -> bool:
    """Does the stored PDF still match the hash recorded at adoption?"""
    return vingerafdruk_klopt(vaststelling)
