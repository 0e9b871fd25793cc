"""Writes of the uitvoering: a voortgangsbericht (and with it the actie's status), and publication."""

from datetime import date

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from uitvoeringsplan.constants import PlanStatus
from uitvoeringsplan.models import Actie, Uitvoeringsplan

from .models import Publicatie, Voortgangsbericht

UITVOERING_AFGESLOTEN = gettext_lazy(
    "De evaluatie van dit plan is vastgesteld. De evaluatie en de voortgang van de acties kunnen niet meer "
    "worden gewijzigd."
)


class StatusIntussenGewijzigd(Exception):
    """Someone else changed the actie's status after this user loaded the page; nothing was saved."""

    def __init__(self, actie: Actie, laatste: Voortgangsbericht | None):
        super().__init__(f"Actie {actie.pk} changed meanwhile")
        self.actie = actie
        self.laatste = laatste


@transaction.atomic
def voortgang_melden(
    *,
    actie: Actie,
    door: AbstractBaseUser,
    tekst: str = "",
    status: str = "",
    datum: date | None = None,
    bijlage: File | None = None,
    link: str = "",
    gezien_versie: int | None = None,
) -> Voortgangsbericht:
    """Add a dated voortgangsbericht; with a new status, the actie takes it.

    A status chosen on a page that showed an older version of the actie (`gezien_versie`) is
    refused with `StatusIntussenGewijzigd`, so that two people changing it at once both see the
    other's change; a bericht without a status never conflicts, it is only added.
    """
    actie = Actie.objects.select_for_update().select_related("invultabel__plan").get(pk=actie.pk)
    if actie.invultabel.plan.status == PlanStatus.GEEVALUEERD:
        raise ValidationError(UITVOERING_AFGESLOTEN)
    if status and gezien_versie is not None and gezien_versie != actie.versie:
        raise StatusIntussenGewijzigd(actie, actie.voortgangsberichten.exclude(status="").first())
    bericht = Voortgangsbericht(
        actie=actie,
        auteur=door,
        tekst=tekst.strip(),
        status=status,
        datum=datum or timezone.localdate(),
        link=link,
    )
    if bijlage:
        bericht.bijlage.save(bijlage.name, bijlage, save=False)
    try:
        bericht.full_clean()
    except ValidationError:
        if bericht.bijlage:
            bericht.bijlage.delete(save=False)
        raise
    bericht._history_user = door
    bericht.save()
    if status and status != actie.uitvoeringsstatus:
        actie.uitvoeringsstatus = status
        actie.versie += 1
        actie._history_user = door
        actie.save(update_fields=["uitvoeringsstatus", "versie", "gewijzigd_op"])
    return bericht


@transaction.atomic
def publicatie_wijzigen(*, plan: Uitvoeringsplan, openbaar: bool, door: AbstractBaseUser) -> Publicatie:
    """Publish an adopted plan, or take its public page down again."""
    if openbaar and not plan.ooit_vastgesteld:
        raise ValidationError(_("Alleen een vastgesteld plan kan openbaar worden gemaakt."))
    publicatie = Publicatie.objects.select_for_update().filter(plan=plan).first() or Publicatie(plan=plan)
    publicatie.openbaar = openbaar
    publicatie.gewijzigd_door = door
    publicatie._history_user = door
    publicatie.save()
    return publicatie
