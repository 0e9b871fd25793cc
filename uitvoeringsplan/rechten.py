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
    UITVOERING = "uitvoering"  # follow the uitvoering of an adopted plan: statuses and voortgangsberichten
    VOORTGANG = "voortgang"  # report voortgang on every actie, also through the spreadsheet
    VOORTGANG_EIGEN = "voortgang_eigen"  # report voortgang on the acties of one's own organisation
    CYCLUS = "cyclus"  # start the next cycle of the plan from a new Scanner or beleidsdocument


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
            Recht.UITVOERING,
            Recht.VOORTGANG,
            Recht.CYCLUS,
        }
    ),
    Rol.KERNTEAMLID: frozenset(
        {
            Recht.LEZEN,
            Recht.BEWERKEN,
            Recht.CONTACTGEGEVENS,
            Recht.REVIEW,
            Recht.VERSIES,
            Recht.REGISTER,
            Recht.UITVOERING,
            Recht.VOORTGANG,
            Recht.CYCLUS,
        }
    ),
    Rol.STAKEHOLDER: frozenset({Recht.LEZEN, Recht.OPMERKEN, Recht.VERSIES, Recht.UITVOERING, Recht.VOORTGANG_EIGEN}),
    Rol.LEZER: frozenset({Recht.LEZEN, Recht.VERSIES, Recht.REGISTER, Recht.UITVOERING}),
}

# The content can change while the plan is being written and reviewed; after adoption only a
# new concept version (started by the projectleider) can change it.
BEWERKBARE_STATUSSEN = frozenset({PlanStatus.CONCEPT, PlanStatus.TER_REVIEW})


UITVOERING_RECHTEN = frozenset({Recht.UITVOERING, Recht.VOORTGANG, Recht.VOORTGANG_EIGEN})
VOORTGANG_RECHTEN = frozenset({Recht.VOORTGANG, Recht.VOORTGANG_EIGEN})
# The next cycle starts from a plan whose uitvoering is under way or evaluated.
CYCLUS_STATUSSEN = frozenset({PlanStatus.IN_UITVOERING, PlanStatus.GEEVALUEERD})


def rechten_voor(rol: str, status: str, *, ooit_vastgesteld: bool = False) -> frozenset[Recht]:
    """The rights of `rol` while the plan has `status`.

    VERSIES and REVIEW never depend on the status: a stakeholder keeps the adopted versions they
    signed while the next concept is written, and the kernteam keeps the comments and answers
    of a review that is over. The uitvoering starts at the first adoption and goes on while a
    new concept version is written (`ooit_vastgesteld`); reporting voortgang ends with the evaluation.
    The kernteam starts the next cycle from a plan in uitvoering or geëvalueerd.
    """
    rechten = set(ROL_RECHTEN[rol])
    if not ooit_vastgesteld:
        rechten -= UITVOERING_RECHTEN
    if status == PlanStatus.GEEVALUEERD:
        rechten -= VOORTGANG_RECHTEN
    if status not in BEWERKBARE_STATUSSEN:
        rechten.discard(Recht.BEWERKEN)
    if status not in CYCLUS_STATUSSEN:
        rechten.discard(Recht.CYCLUS)
    if rol == Rol.STAKEHOLDER:
        # Stakeholders read the plan from the moment it is put up for review.
        if status == PlanStatus.CONCEPT:
            rechten.discard(Recht.LEZEN)
        if status != PlanStatus.TER_REVIEW:
            rechten.discard(Recht.OPMERKEN)
    return frozenset(rechten)
