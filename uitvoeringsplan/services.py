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


@transaction.atomic
def invultabellen_ordenen(*, plan: Uitvoeringsplan, aanbeveling_ids: list[int]) -> None:
    """Put the plan's aanbevelingen in this order (the priority order of the plan).

    Aanbevelingen of the plan that are not named keep their relative order after the named
    ones. Every changed position is saved through the model, so the previous order stays in
    the history.
    """
    invultabellen = list(plan.invultabellen.select_for_update().order_by("volgorde", "pk"))
    positie = {aanbeveling_id: index for index, aanbeveling_id in enumerate(aanbeveling_ids)}
    invultabellen.sort(key=lambda invultabel: positie.get(invultabel.aanbeveling_id, len(positie)))
    for volgorde, invultabel in enumerate(invultabellen, start=1):
        if invultabel.volgorde != volgorde:
            invultabel.volgorde = volgorde
            invultabel.save(update_fields=["volgorde"])
