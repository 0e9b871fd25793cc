"""The plan's lifecycle: which status may follow which, checked in one place.

concept → ter review → vastgesteld → in uitvoering → geëvalueerd. Adoption (→ vastgesteld) only
happens through the adoption service, which also freezes the version; after adoption a new
concept version may be started to change the plan again.
"""

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from .constants import PlanStatus
from .models import Uitvoeringsplan

OVERGANGEN: dict[str, frozenset[str]] = {
    PlanStatus.CONCEPT: frozenset({PlanStatus.TER_REVIEW}),
    PlanStatus.TER_REVIEW: frozenset({PlanStatus.CONCEPT, PlanStatus.VASTGESTELD}),
    PlanStatus.VASTGESTELD: frozenset({PlanStatus.IN_UITVOERING, PlanStatus.CONCEPT}),
    PlanStatus.IN_UITVOERING: frozenset({PlanStatus.GEEVALUEERD, PlanStatus.CONCEPT}),
    PlanStatus.GEEVALUEERD: frozenset(),
}
# Reaching these needs more than a status change; only their own service may do it.
VIA_SERVICE = frozenset({PlanStatus.VASTGESTELD, PlanStatus.GEEVALUEERD})


def mag_naar(plan: Uitvoeringsplan, status: str) -> bool:
    return status in OVERGANGEN[plan.status]


@transaction.atomic
def status_wijzigen(
    *, plan: Uitvoeringsplan, naar: str, door: AbstractBaseUser, via_service: bool = False
) -> Uitvoeringsplan:
    """Move the plan to `naar` if the lifecycle allows it; a new concept after adoption gets the next version."""
    # Decide on the stored status, locked, not on what this (possibly stale) instance remembers.
    plan.status, plan.versie = (
        Uitvoeringsplan.objects.select_for_update().filter(pk=plan.pk).values_list("status", "versie").get()
    )
    if not mag_naar(plan, naar) or (naar in VIA_SERVICE and not via_service):
        raise ValidationError(
            _("Een plan met status %(van)s kan niet naar %(naar)s.")
            % {"van": PlanStatus(plan.status).label, "naar": PlanStatus(naar).label}
        )
    if naar == PlanStatus.CONCEPT and plan.status in {PlanStatus.VASTGESTELD, PlanStatus.IN_UITVOERING}:
        plan.versie += 1
    plan.status = naar
    plan._history_user = door
    plan.save(update_fields=["status", "versie", "gewijzigd_op"])
    return plan
