"""The gemeente's plans one after the other, for the cycle figure of Figuur 1 on the plan home.

Each plan gets a numbered pin beside the phase it is in; the list under the figure says which
number is which plan and links to the plans the user is a member of.
"""

from collections import Counter
from dataclasses import dataclass

from uitvoeringsplan.constants import Fase
from uitvoeringsplan.models import Uitvoeringsplan

# Where the last pin of a phase stands in the figure (uitvoeringsplan/partials/cyclus.html); earlier ones
# stand left of it.
ANKERS = {
    Fase.SCANNER: (250, 16),
    Fase.OPSTELLEN: (352, 116),
    Fase.IMPLEMENTATIE: (250, 236),
    Fase.EVALUATIE: (126, 120),
}
PIN_AFSTAND = 21


@dataclass(frozen=True)
class Cyclus:
    nummer: int
    plan: Uitvoeringsplan
    fase: str
    huidig: bool
    zichtbaar: bool  # the user is a member and may open it
    x: int
    y: int

    @property
    def fase_label(self) -> str:
        return Fase(self.fase).label


def cycli_van(plan: Uitvoeringsplan, user) -> list[Cyclus]:
    """Every plan of `plan`'s gemeente: earlier cycles first (following `vorige_cyclus`), then by their start."""
    van_gemeente = Uitvoeringsplan.objects.filter(gemeente_id=plan.gemeente_id)
    plannen = list(van_gemeente.order_by("aangemaakt_op", "pk"))
    zichtbaar = set(van_gemeente.for_user(user).values_list("pk", flat=True))
    vorige = {p.pk: p.vorige_cyclus_id for p in plannen}

    def diepte(pk: int | None) -> int:
        stappen = 0
        while pk is not None and vorige.get(pk) is not None and stappen < len(vorige):
            pk, stappen = vorige[pk], stappen + 1
        return stappen

    plannen.sort(key=lambda p: (diepte(p.pk), p.datum_start_uitvoering or p.aangemaakt_op.date()))
    aantal = Counter(ander.fase for ander in plannen)
    per_fase: Counter[str] = Counter()
    cycli = []
    for nummer, ander in enumerate(plannen, start=1):
        fase = ander.fase
        x, y = ANKERS[fase]
        # The pins of one phase stand in their order, the last one at the anchor.
        links = aantal[fase] - 1 - per_fase[fase]
        per_fase[fase] += 1
        cycli.append(
            Cyclus(
                nummer=nummer,
                plan=ander,
                fase=fase,
                huidig=ander.pk == plan.pk,
                zichtbaar=ander.pk in zichtbaar,
                x=x - links * PIN_AFSTAND,
                y=y,
            )
        )
    return cycli
