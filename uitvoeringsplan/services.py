"""Changes to a plan that span several models."""

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from scanner.models import Gemeente

from .constants import Kernteamfunctie, Rol
from .models import Lidmaatschap, Uitvoeringsplan


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
