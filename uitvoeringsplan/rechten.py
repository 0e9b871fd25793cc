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
    REVIEW = "review"  # follow the review: who read the concept, the comments and their answers
    VERSIES = "versies"  # read the adopted versions, their PDFs and signatures
    REGISTER = "register"  # read the stakeholder register (who takes part and how; contact details need more)


ROL_RECHTEN: dict[str, frozenset[Recht]] = {
    Rol.PROJECTLEIDER: frozenset(
        {
            Recht.LEZEN,
            Recht.BEWERKEN,
            Recht.BEHEREN,
            Recht.CONTACTGEGEVENS,
            Recht.REVIEW,
            Recht.VERSIES,
            Recht.REGISTER,
        }
    ),
    Rol.KERNTEAMLID: frozenset(
        {Recht.LEZEN, Recht.BEWERKEN, Recht.CONTACTGEGEVENS, Recht.REVIEW, Recht.VERSIES, Recht.REGISTER}
    ),
    Rol.STAKEHOLDER: frozenset({Recht.LEZEN, Recht.OPMERKEN, Recht.VERSIES}),
    Rol.LEZER: frozenset({Recht.LEZEN, Recht.VERSIES, Recht.REGISTER}),
}

# The content can change while the plan is being written and reviewed; after adoption only a
# new concept version (started by the projectleider) can change it.
BEWERKBARE_STATUSSEN = frozenset({PlanStatus.CONCEPT, PlanStatus.TER_REVIEW})


def rechten_voor(rol: str, status: str) -> frozenset[Recht]:
    """The rights of `rol` while the plan has `status`.

    VERSIES and REVIEW never depend on the status: a stakeholder keeps the adopted versions they
    signed while the next concept is written, and the kernteam keeps the comments and answers
    of a review that is over.
    """
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
