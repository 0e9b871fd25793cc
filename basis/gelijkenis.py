"""How alike two short Dutch texts are, to suggest which items of two lists are the same.

Used to suggest which aanbeveling of a new Scanner returns from the previous one. It only
suggests: people confirm. Two texts are compared by the words that carry meaning, where words
that begin with the same five letters count as one ("verkoop" and "verkopen"). A word that most
texts of the lists share ("alcohol" in a Scanner on alcohol) weighs less than a rare one.
"""

import math
import re
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping

STAMLENGTE = 5
DREMPEL = 0.25  # below this, two texts are not alike enough to suggest a match
STOPWOORDEN = frozenset(
    re.findall(
        r"\w+",
        "aan af al als bij dan dat de deze die dit door een en er hen het hun in is je met na naar niet nog of om "
        "onder ook op over te tegen tot uit van voor wat we wie zij zijn zo zodat zorg maak",
    )
)


def woorden(tekst: str) -> frozenset[str]:
    """The stems of the meaningful words of `tekst`: lower case, no stop words, the first five letters."""
    return frozenset(
        woord[:STAMLENGTE]
        for woord in re.findall(r"[^\W\d_]+", tekst.lower())
        if len(woord) > 2 and woord not in STOPWOORDEN
    )


def gewichten(teksten: Iterable[str]) -> dict[str, float]:
    """How much each stem says: ln(1 + n / the number of texts that have it), over `teksten`."""
    lijst = [woorden(tekst) for tekst in teksten]
    aantallen = Counter(stam for stammen in lijst for stam in stammen)
    return {stam: math.log(1 + len(lijst) / aantal) for stam, aantal in aantallen.items()}


def gelijkenis(een: str, ander: str, gewicht: Mapping[str, float] | None = None) -> float:
    """From 0 (no meaningful word in common) to 1 (the same words): the weighted Dice coefficient of the stems."""
    a, b = woorden(een), woorden(ander)

    def som(stammen: frozenset[str]) -> float:
        return sum(gewicht.get(stam, 1.0) for stam in stammen) if gewicht else float(len(stammen))

    if not a or not b:
        return 0.0
    return 2 * som(a & b) / (som(a) + som(b))


def beste_paren[L: Hashable, R: Hashable](
    links: Mapping[L, str], rechts: Mapping[R, str], *, drempel: float = DREMPEL
) -> dict[R, L]:
    """Pair each text on the right with at most one on the left, the most alike pairs first.

    A pair below `drempel` is not made; every text takes part in one pair at most.
    """
    gewicht = gewichten([*links.values(), *rechts.values()])
    scores = sorted(
        (
            (gelijkenis(tekst_links, tekst_rechts, gewicht), sleutel_rechts, sleutel_links)
            for sleutel_links, tekst_links in links.items()
            for sleutel_rechts, tekst_rechts in rechts.items()
        ),
        key=lambda score: -score[0],
    )
    paren: dict[R, L] = {}
    gebruikt: set[L] = set()
    for score, sleutel_rechts, sleutel_links in scores:
        if score < drempel:
            break
        if sleutel_rechts not in paren and sleutel_links not in gebruikt:
            paren[sleutel_rechts] = sleutel_links
            gebruikt.add(sleutel_links)
    return paren


def meest_gelijk[K: Hashable](tekst: str, kandidaten: Mapping[K, str], *, drempel: float = DREMPEL) -> K | None:
    """The candidate most like `tekst`, or None when none reaches `drempel`."""
    gewicht = gewichten([tekst, *kandidaten.values()])
    scores = {sleutel: gelijkenis(tekst, kandidaat, gewicht) for sleutel, kandidaat in kandidaten.items()}
    beste = max(scores, key=scores.__getitem__, default=None)
    return beste if beste is not None and scores[beste] >= drempel else None
