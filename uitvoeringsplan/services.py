"""Changes to a plan that span several models."""

from collections.abc import Iterable
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from simple_history.utils import bulk_create_with_history

from basis.volgorde import hernummeren, verplaatsen_in_volgorde
from scanner.models import Aanbeveling, Beleidsdocument, Gemeente, Middel, Scanner
from scanner.services import aanbevelingen_toevoegen
from stakeholders.constants import Sector
from stakeholders.models import Organisatie

from .constants import Kernteamfunctie, Rol
from .models import Actie, Invultabel, Lidmaatschap, Uitvoeringsplan


@transaction.atomic
def plan_aanmaken(*, gemeente: Gemeente, titel: str, door: AbstractBaseUser) -> Uitvoeringsplan:
    """Create a plan (and its gemeente when new); its creator becomes the projectleider."""
    if gemeente._state.adding:
        gemeente.full_clean()
        gemeente.save()
    plan = Uitvoeringsplan(gemeente=gemeente, titel=titel)
    plan.full_clean()
    plan.save()
    Lidmaatschap.objects.create(plan=plan, user=door, rol=Rol.PROJECTLEIDER, functie=Kernteamfunctie.PROJECTLEIDER)
    return plan


@transaction.atomic
def invultabellen_ordenen(*, plan: Uitvoeringsplan, aanbeveling_ids: list[int]) -> None:
    """Put the plan's aanbevelingen in this order (the priority order of the plan).

    Aanbevelingen of the plan that are not named keep their relative order after the named
    ones. Every changed position is saved through the model, so the previous order stays in
    the history.
    """
    invultabellen = list(plan.invultabellen.select_related("plan").select_for_update().order_by("volgorde", "pk"))
    positie = {aanbeveling_id: index for index, aanbeveling_id in enumerate(aanbeveling_ids)}
    invultabellen.sort(key=lambda invultabel: positie.get(invultabel.aanbeveling_id, len(positie)))
    hernummeren(invultabellen)


class Conflict(Exception):
    """Someone else saved the actie since this form was opened."""

    def __init__(self, opgeslagen: Actie):
        super().__init__(f"Actie {opgeslagen.pk} is at version {opgeslagen.versie}")
        self.opgeslagen = opgeslagen


@transaction.atomic
def actie_opslaan(
    *,
    actie: Actie,
    gegevens: dict[str, Any],
    verantwoordelijken: Iterable[Organisatie],
    middelen: Iterable[Middel],
    nieuwe_organisatie: str = "",
    gezien_versie: int | None,
    door: AbstractBaseUser,
) -> Actie:
    """Save an actie's field values unless it changed since the user opened version `gezien_versie`.

    Optimistic locking: the row is locked while comparing versions, so two saves cannot both pass
    the check; the loser gets `Conflict` with the saved actie, to merge with (see conflict.py).
    `nieuwe_organisatie` names an organisation the gemeente does not have yet: it is added and made
    responsible for the actie.
    """
    if actie.pk:
        opgeslagen = Actie.objects.select_for_update().get(pk=actie.pk)
        if gezien_versie != opgeslagen.versie:
            raise Conflict(Actie.objects.select_related("interventie").get(pk=actie.pk))
        actie.versie = opgeslagen.versie + 1
    else:
        volgorde = Actie.objects.filter(invultabel=actie.invultabel).aggregate(n=Max("volgorde"))["n"] or 0
        actie.volgorde = volgorde + 1
    for naam, waarde in gegevens.items():
        setattr(actie, naam, waarde)
    actie.full_clean(exclude=["invultabel"])
    actie._history_user = door
    actie.save()
    actie.verantwoordelijken.set(verantwoordelijken)
    actie.middelen.set(middelen)
    if naam := nieuwe_organisatie.strip():
        gemeente = actie.invultabel.plan.gemeente
        actie.verantwoordelijken.add(Organisatie.objects.create(gemeente=gemeente, naam=naam, sector=Sector.ANDERS))
    return actie


@transaction.atomic
def actie_dupliceren(*, actie: Actie, door: AbstractBaseUser) -> Actie:
    """A copy right after the original, with the same rows and organisations."""
    kopie = Actie.objects.get(pk=actie.pk)
    kopie.pk = None
    kopie._state.adding = True
    kopie.versie = 1
    kopie.titel = (gettext("Kopie van %(titel)s") % {"titel": actie.titel})[: Actie._meta.get_field("titel").max_length]
    kopie._history_user = door
    kopie.save()
    kopie.verantwoordelijken.set(actie.verantwoordelijken.all())
    kopie.middelen.set(actie.middelen.all())
    acties = [
        a
        for a in Actie.objects.select_related("invultabel__plan").filter(invultabel=actie.invultabel)
        if a.pk != kopie.pk
    ]
    positie = next(i for i, a in enumerate(acties) if a.pk == actie.pk)
    acties.insert(positie + 1, kopie)
    hernummeren(acties)
    return kopie


@transaction.atomic
def actie_verplaatsen(*, actie: Actie, richting: int) -> bool:
    acties = list(Actie.objects.select_related("invultabel__plan").filter(invultabel=actie.invultabel))
    return verplaatsen_in_volgorde(acties, actie, richting)


@transaction.atomic
def invultabel_verplaatsen(*, invultabel: Invultabel, richting: int) -> bool:
    invultabellen = list(Invultabel.objects.select_related("plan").filter(plan=invultabel.plan))
    return verplaatsen_in_volgorde(invultabellen, invultabel, richting)


@transaction.atomic
def actie_herstellen(*, actie: Actie, versie_id: int, door: AbstractBaseUser) -> Actie:
    """Give the actie the content it had in an earlier historical version; the restore is itself recorded."""
    record = actie.history.get(history_id=versie_id)
    oud = record.instance
    for veld in Actie._meta.concrete_fields:
        if veld.editable and veld.name not in {"id", "invultabel", "volgorde", "versie"}:
            setattr(actie, veld.attname, getattr(oud, veld.attname))
    actie.versie += 1
    actie._history_user = door
    actie._change_reason = gettext("Hersteld naar de versie van %(datum)s") % {
        "datum": date_format(timezone.localtime(record.history_date), "j F Y H:i")
    }
    actie.full_clean(exclude=["invultabel"])
    actie.save()
    for veld in ("verantwoordelijken", "middelen"):
        doel = Actie._meta.get_field(veld).related_model._meta.model_name
        ids = getattr(record, veld).values_list(doel, flat=True)
        getattr(actie, veld).set(list(ids))
    return actie


@transaction.atomic
def aanbevelingen_opnemen(
    *, plan: Uitvoeringsplan, bron: Scanner | Beleidsdocument, titels: list[str]
) -> list[Aanbeveling]:
    """Add aanbevelingen to their source and take them into the plan.

    A plan works only with aanbevelingen from its own sources, so a beleidsdocument whose
    aanbevelingen go into the plan becomes part of the plan's beleidskader.
    """
    nieuw = aanbevelingen_toevoegen(bron=bron, titels=titels)
    if isinstance(bron, Beleidsdocument):
        plan.beleidsdocumenten.add(bron)
    aanbevelingen_in_plan(plan=plan, aanbevelingen=nieuw)
    return nieuw


@transaction.atomic
def aanbevelingen_in_plan(*, plan: Uitvoeringsplan, aanbevelingen: list[Aanbeveling]) -> int:
    """Give each aanbeveling an invultabel in the plan, after those already there. Returns how many were new."""
    aanwezig = set(plan.invultabellen.values_list("aanbeveling_id", flat=True))
    volgorde = plan.invultabellen.aggregate(n=Max("volgorde"))["n"] or 0
    nieuw = [
        Invultabel(plan=plan, aanbeveling=aanbeveling, volgorde=volgorde + positie)
        for positie, aanbeveling in enumerate((a for a in aanbevelingen if a.pk not in aanwezig), start=1)
    ]
    bulk_create_with_history(nieuw, Invultabel)
    return len(nieuw)


def scanner_koppelen(*, plan: Uitvoeringsplan, scanner: Scanner) -> None:
    """Make `scanner` the source of the plan's aanbevelingen."""
    if plan.scanner_id != scanner.pk:
        plan.scanner = scanner
        plan.save(update_fields=["scanner", "gewijzigd_op"])


@transaction.atomic
def concept_acties_aanmaken(
    *, plan: Uitvoeringsplan, aanbeveling: Aanbeveling, voorstellen: list[dict], door: AbstractBaseUser
) -> list[Actie]:
    """Add draft acties (field values per actie) to the aanbeveling's invultabel, made when missing."""
    invultabel = Invultabel.objects.filter(plan=plan, aanbeveling=aanbeveling).first()
    if invultabel is None:
        volgorde = plan.invultabellen.aggregate(n=Max("volgorde"))["n"] or 0
        invultabel = Invultabel.objects.create(plan=plan, aanbeveling=aanbeveling, volgorde=volgorde + 1)
    invultabel.plan = plan
    volgorde = invultabel.acties.aggregate(n=Max("volgorde"))["n"] or 0
    acties = []
    for positie, voorstel in enumerate(voorstellen, start=volgorde + 1):
        actie = Actie(invultabel=invultabel, volgorde=positie, uit_werkblad=True, **voorstel)
        actie.full_clean()
        actie._history_user = door
        actie.save()
        actie.middelen.set(aanbeveling.middelen.all())
        acties.append(actie)
    return acties
