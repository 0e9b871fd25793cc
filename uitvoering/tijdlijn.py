"""The acties on a quarter timeline, with a line for today: plain numbers for an SVG per row.

Each quarter is 10 units wide, as in the plan document's planning chart; a bar runs from the
first to the last quarter of the actie's period.
"""

from dataclasses import dataclass, field
from datetime import date

from basis.kwartalen import kwartaal_index

BREEDTE = 10  # units per quarter
MAX_KWARTALEN = 24  # six years; a longer plan shows its first six


@dataclass
class Balk:
    actie: object
    x: int = 0
    breedte: int = 0


@dataclass
class Tijdlijn:
    kwartalen: list[str] = field(default_factory=list)
    balken: list[Balk] = field(default_factory=list)
    vandaag_x: float | None = None

    @property
    def breedte(self) -> int:
        return len(self.kwartalen) * BREEDTE

    @property
    def jaren(self) -> list[tuple[str, int]]:
        """The years above the quarters, each with the number of its quarters on the timeline."""
        jaren: dict[str, int] = {}
        for kwartaal in self.kwartalen:
            jaar = kwartaal.split()[1]
            jaren[jaar] = jaren.get(jaar, 0) + 1
        return list(jaren.items())


def tijdlijn(acties, vandaag: date) -> Tijdlijn:
    """A timeline over the quarters the acties cover, always including today's quarter."""
    gedateerd = [actie for actie in acties if actie.periode_start]
    if not gedateerd:
        return Tijdlijn(balken=[Balk(actie) for actie in acties])
    eerste = min(min(kwartaal_index(actie.periode_start) for actie in gedateerd), kwartaal_index(vandaag))
    laatste = max(
        max(kwartaal_index(actie.periode_eind or actie.periode_start) for actie in gedateerd), kwartaal_index(vandaag)
    )
    laatste = min(laatste, eerste + MAX_KWARTALEN - 1)
    balken = []
    for actie in acties:
        balk = Balk(actie)
        if actie.periode_start:
            start = kwartaal_index(actie.periode_start) - eerste
            eind = min(kwartaal_index(actie.periode_eind or actie.periode_start) - eerste, laatste - eerste)
            if start <= laatste - eerste:
                balk.x, balk.breedte = start * BREEDTE, (eind - start + 1) * BREEDTE
        balken.append(balk)
    dag_in_kwartaal = (vandaag - date(vandaag.year, 3 * ((vandaag.month - 1) // 3) + 1, 1)).days
    vandaag_x = (kwartaal_index(vandaag) - eerste + min(dag_in_kwartaal / 91, 1)) * BREEDTE
    return Tijdlijn(
        kwartalen=[f"Q{index % 4 + 1} {index // 4}" for index in range(eerste, laatste + 1)],
        balken=balken,
        vandaag_x=round(vandaag_x, 2) if vandaag_x <= (laatste - eerste + 1) * BREEDTE else None,
    )
