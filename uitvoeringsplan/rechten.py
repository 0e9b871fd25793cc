"""Who may do what in a plan: one table from role and plan status to rights.

Every view asks this module through `PlanMixin`; templates only read the outcome to hide
buttons, they never decide.
"""

from enum import StrEnum

from .constants import PlanStatus, Rol


class Recht(StrEnum):
    LEZEN = "lezen"  # read the plan's content (aanbevelingen, invultabellen, bijeenkomsten)
    BEWERKEN = "bewerken"  # change the content
    BEHEREN = "beheren"  # members, status, adoption
    OPMERKEN = "opmerken"  # comment on the draft during review
    CONTACTGEGEVENS = "contactgegevens"  # see stakeholders' personal data (AVG)


ROL_RECHTEN: dict[str, frozenset[Recht]] = {
    Rol.PROJECTLEIDER: frozenset({Recht.LEZEN, Recht.BEWERKEN, Recht.BEHEREN, Recht.CONTACTGEGEVENS}),
    Rol.KERNTEAMLID: frozenset({Recht.LEZEN, Recht.BEWERKEN, Recht.CONTACTGEGEVENS}),
    Rol.STAKEHOLDER: frozenset({Recht.LEZEN, Recht.OPMERKEN}),
    Rol.LEZER: frozenset({Recht.LEZEN}),
}

# The content can change while the plan is being written and reviewed; after adoption only a
# new concept version (started by the projectleider) can change it.
BEWERKBARE_STATUSSEN = frozenset({PlanStatus.CONCEPT, PlanStatus.TER_REVIEW})


def rechten_voor(rol: str, status: str) -> frozenset[Recht]:
    rechten = set(ROL_RECHTEN[rol])
    if status not in BEWERKBARE_STATUSSEN:
        rechten.discard(Recht.BEWERKEN)
    if rol == Rol.STAKEHOLDER:
        # Stakeholders read the plan from the moment it is put up for review.
        if status == PlanStatus.CONCEPT:
            rechten.discard(Recht.LEZEN)
        if status != PlanStatus.TER_REVIEW:
            rechten.discard(Recht.OPMERKEN)
    return frozenset(rechten)
