"""Who may do what in a regional project: one table from a person's place in its organisation to rights.

Stuurgroep members adopt the jaarplan; the projectteam and the werkgroep trekkers edit it; every
other member of a group, and every member of a plan of one of the region's gemeenten, reads the
project and its roll-up (aggregates only: the roll-up never shows a plan's content or people).
"""

from enum import StrEnum

from .constants import Groepsoort, Groepsrol


class RegioRecht(StrEnum):
    LEZEN = "lezen"  # the project, its organogram, jaarplannen and the regional roll-up
    BEWERKEN = "bewerken"  # the organisation, a concept jaarplan, the realisation of activities
    VASTSTELLEN = "vaststellen"  # adopt a jaarplan


# (soort of the group, rol in it, or None for any rol) → rights.
GROEP_RECHTEN: dict[tuple[str, str | None], frozenset[RegioRecht]] = {
    (Groepsoort.STUURGROEP, None): frozenset({RegioRecht.LEZEN, RegioRecht.VASTSTELLEN}),
    (Groepsoort.PROJECTTEAM, None): frozenset({RegioRecht.LEZEN, RegioRecht.BEWERKEN}),
    (Groepsoort.WERKGROEP, Groepsrol.TREKKER): frozenset({RegioRecht.LEZEN, RegioRecht.BEWERKEN}),
}
LEZER = frozenset({RegioRecht.LEZEN})


def rechten_voor(plaatsen: list[tuple[str, str]], *, plan_in_regio: bool = False) -> frozenset[RegioRecht]:
    """The rights of someone with these (soort, rol) places in the project's groups."""
    rechten: set[RegioRecht] = set(LEZER) if plaatsen or plan_in_regio else set()
    for soort, rol in plaatsen:
        rechten |= GROEP_RECHTEN.get((soort, rol), GROEP_RECHTEN.get((soort, None), LEZER))
    return frozenset(rechten)
