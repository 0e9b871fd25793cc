"""The geometry of a small line chart over years, drawn as SVG on the server (no JavaScript).

Domain-free: years and numbers in, coordinates and SVG path data out. The templates draw the
shapes, so the HTML page and the PDF (WeasyPrint renders inline SVG) show the same chart.

A year whose value is missing (`None`) is never drawn as 0: the line stops before it and starts
again after it, and the year gets a marked gap (`Grafiek.gaten`) the template shows as a hatched
band. Years without any measurement row are simply not drawn; the line joins the values on
either side of them.
"""

import math
from dataclasses import dataclass, field
from decimal import Decimal

Getal = int | float | Decimal

BREEDTE = 600
HOOGTE = 260
MARGE_LINKS = 56
MARGE_RECHTS = 24
MARGE_BOVEN = 16
MARGE_ONDER = 40
MARKER = 10  # the side of the square marking the baseline


@dataclass(frozen=True)
class Punt:
    jaar: int
    waarde: Getal
    x: float
    y: float

    @property
    def hoek_x(self) -> float:
        """The left edge of a square marker of `MARKER` around the point."""
        return round(self.x - MARKER / 2, 1)

    @property
    def hoek_y(self) -> float:
        return round(self.y - MARKER / 2, 1)


@dataclass(frozen=True)
class Gat:
    """A year whose value is missing: a band of `breedte` around `x`, from `boven` to `onder`."""

    jaar: int
    x: float
    breedte: float
    boven: float
    onder: float

    @property
    def links(self) -> float:
        return round(self.x - self.breedte / 2, 1)

    @property
    def hoogte(self) -> float:
        return round(self.onder - self.boven, 1)


@dataclass(frozen=True)
class Streep:
    """A tick on an axis: its label and position."""

    label: str
    positie: float


@dataclass
class Grafiek:
    breedte: int
    hoogte: int
    links: int
    rechts: int
    boven: int
    onder: int
    punten: list[Punt] = field(default_factory=list)
    lijnen: list[str] = field(default_factory=list)  # SVG path data, one per unbroken run of values
    gaten: list[Gat] = field(default_factory=list)
    basis: Punt | None = None
    streef: Punt | None = None
    streefpad: str = ""  # a dashed path from the baseline to the target
    y_as: list[Streep] = field(default_factory=list)
    x_as: list[Streep] = field(default_factory=list)

    @property
    def leeg(self) -> bool:
        return not (self.punten or self.gaten or self.basis or self.streef)

    @property
    def viewbox(self) -> str:
        return f"0 0 {self.breedte} {self.hoogte}"

    @property
    def label_x(self) -> int:
        """Where the y axis' labels end, just left of the plot."""
        return self.links - 8


def mooie_stap(bereik: float, aantal: int = 4) -> float:
    """A step of 1, 2, 2.5 or 5 times a power of ten giving about `aantal` intervals over `bereik`."""
    if bereik <= 0:
        return 1.0
    ruw = bereik / aantal
    macht = 10 ** math.floor(math.log10(ruw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * macht >= ruw:
            return factor * macht
    return 10 * macht  # pragma: no cover - the loop always returns


def getal_tekst(waarde: Getal) -> str:
    """A number as a Dutch label: decimal comma, no trailing zeros."""
    tekst = f"{float(waarde):.2f}".rstrip("0").rstrip(".")
    return tekst.replace(".", ",")


def lijngrafiek(
    *,
    metingen: list[tuple[int, Getal | None]],
    basis: tuple[int, Getal] | None = None,
    streef: tuple[int, Getal] | None = None,
    breedte: int = BREEDTE,
    hoogte: int = HOOGTE,
) -> Grafiek:
    """The chart of `metingen` (year, value or None for missing) with an optional baseline and target.

    The y axis starts at 0 unless a value is negative, so bars of the same size mean the same; it
    ends at a round number above the highest value. The x axis runs over every year mentioned.
    """
    grafiek = Grafiek(
        breedte=breedte,
        hoogte=hoogte,
        links=MARGE_LINKS,
        rechts=breedte - MARGE_RECHTS,
        boven=MARGE_BOVEN,
        onder=hoogte - MARGE_ONDER,
    )
    metingen = sorted(metingen, key=lambda meting: meting[0])
    vast = [paar for paar in (basis, streef) if paar is not None and paar[1] is not None]
    jaren = [jaar for jaar, _w in metingen] + [jaar for jaar, _w in vast]
    waarden = [float(w) for _j, w in metingen if w is not None] + [float(w) for _j, w in vast]
    if not jaren:
        return grafiek

    eerste, laatste = min(jaren), max(jaren)
    if eerste == laatste:
        eerste, laatste = eerste - 1, laatste + 1
    laag = min([0.0, *waarden])
    hoog = max([0.0, *waarden])
    stap = mooie_stap(hoog - laag or 1.0)
    laag = math.floor(laag / stap) * stap
    hoog = max(math.ceil(hoog / stap) * stap, laag + stap)

    def x(jaar: int) -> float:
        return round(grafiek.links + (jaar - eerste) / (laatste - eerste) * (grafiek.rechts - grafiek.links), 1)

    def y(waarde: Getal) -> float:
        return round(grafiek.onder - (float(waarde) - laag) / (hoog - laag) * (grafiek.onder - grafiek.boven), 1)

    aantal_stappen = round((hoog - laag) / stap)
    grafiek.y_as = [Streep(getal_tekst(laag + i * stap), y(laag + i * stap)) for i in range(aantal_stappen + 1)]
    elke = max(1, math.ceil((laatste - eerste + 1) / 10))  # at most about ten year labels
    grafiek.x_as = [Streep(str(jaar), x(jaar)) for jaar in range(eerste, laatste + 1, elke)]

    gatbreedte = min(24.0, (grafiek.rechts - grafiek.links) / (laatste - eerste) * 0.6)
    run: list[Punt] = []
    for jaar, waarde in metingen:
        if waarde is None:
            grafiek.gaten.append(Gat(jaar, x(jaar), round(gatbreedte, 1), grafiek.boven, grafiek.onder))
            _sluit(grafiek, run)
            run = []
            continue
        punt = Punt(jaar, waarde, x(jaar), y(waarde))
        grafiek.punten.append(punt)
        run.append(punt)
    _sluit(grafiek, run)

    if basis is not None and basis[1] is not None:
        grafiek.basis = Punt(basis[0], basis[1], x(basis[0]), y(basis[1]))
    if streef is not None and streef[1] is not None:
        grafiek.streef = Punt(streef[0], streef[1], x(streef[0]), y(streef[1]))
    if grafiek.basis and grafiek.streef:
        grafiek.streefpad = f"M{grafiek.basis.x} {grafiek.basis.y} L{grafiek.streef.x} {grafiek.streef.y}"
    return grafiek


def _sluit(grafiek: Grafiek, run: list[Punt]) -> None:
    """End one unbroken run of values as a path; a single value stays a dot without a line."""
    if len(run) > 1:
        grafiek.lijnen.append(" ".join(f"{'M' if i == 0 else 'L'}{p.x} {p.y}" for i, p in enumerate(run)))
