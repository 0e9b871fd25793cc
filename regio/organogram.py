"""The geometry of a project's organogram, computed here so the template only draws (no JavaScript).

As in the seed's Jaarplan 2022: the hierarchy top-down (stuurgroep → projectteam → werkgroepen side
by side) and the klankbord groups (expertgroep, kopgroep) in a column beside it, joined by a dashed
line. A werkgroep row wraps after `KOLOMMEN` boxes, so 12 groups still fit a page. Members with a
voetnoot get a marker (*, **); the footnotes are listed under the drawing. The same SVG is drawn in
the browser, in the jaarplan PDF (WeasyPrint renders inline SVG) and, through `organogram_png`, in
the DOCX. Colours are SVG attributes, not CSS, so the PNG and the PDF look like the page.
"""

import textwrap
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from .constants import KLANKBORD, Groepsoort, Groepsrol
from .models import Groep, Groepslid, Regioproject

BREEDTE = 210  # of a box
MARGE = 12  # inside a box
TUSSEN_X = 26  # between boxes side by side
TUSSEN_Y = 40  # between a box and the boxes under it
KLANKBORD_AFSTAND = 56  # between the hierarchy and the klankbord column
RAND = 8  # around the drawing
KOLOMMEN = 4  # boxes of childless groups per row; even, so the trunk runs between two of them
MAX_LEDEN = 12  # members named in a box; the rest as "en nog n"
KOP = (14, 0.66, 18)  # font size, average character width (em), line height
THEMA = (12, 0.58, 16)
LID = (12, 0.58, 16)

KLEUREN = {  # soort → (fill, stroke, colour of the heading)
    Groepsoort.STUURGROEP: ("#0b5f73", "#0b5f73", "#ffffff"),
    Groepsoort.PROJECTTEAM: ("#d7ecef", "#0b5f73", "#08404d"),
    Groepsoort.WERKGROEP: ("#ffffff", "#0b5f73", "#08404d"),
    Groepsoort.EXPERTGROEP: ("#fdf3e7", "#c0620f", "#7a3d06"),
    Groepsoort.KOPGROEP: ("#fdf3e7", "#c0620f", "#7a3d06"),
    Groepsoort.ANDERS: ("#f4f6f7", "#5b6b72", "#26343a"),
}


@dataclass(frozen=True)
class Regel:
    x: float
    y: float
    tekst: str
    soort: str  # kop, thema, lid
    kleur: str


@dataclass
class Vak:
    groep: Groep
    regels_tekst: list[tuple[str, str]]  # (soort, tekst) before placing
    x: float = 0
    y: float = 0
    hoogte: float = 0
    breedte: float = BREEDTE
    kinderen: list["Vak"] = field(default_factory=list)

    @property
    def eigen_hoogte(self) -> float:
        return 2 * MARGE + sum(_maat(soort)[2] for soort, _tekst in self.regels_tekst) + 4

    @property
    def klankbord(self) -> bool:
        return self.groep.soort in KLANKBORD

    @property
    def kleuren(self) -> tuple[str, str, str]:
        return KLEUREN.get(self.groep.soort, KLEUREN[Groepsoort.ANDERS])

    @property
    def fill(self) -> str:
        return self.kleuren[0]

    @property
    def stroke(self) -> str:
        return self.kleuren[1]

    @property
    def onder(self) -> float:
        return self.y + self.hoogte

    @property
    def midden_x(self) -> float:
        return self.x + self.breedte / 2

    @property
    def regels(self) -> list[Regel]:
        """The box's lines of text with their baselines."""
        donker = self.groep.soort == Groepsoort.STUURGROEP
        y, geplaatst = self.y + MARGE, []
        for soort, tekst in self.regels_tekst:
            grootte, _breedte, hoogte = _maat(soort)
            y += hoogte
            kleur = self.kleuren[2] if soort == "kop" else ("#ffffff" if donker else "#26343a")
            geplaatst.append(Regel(self.x + MARGE, y - (hoogte - grootte) / 2 - 1, tekst, soort, kleur))
            if soort == "kop" and (
                len(geplaatst) == len(self.regels_tekst) or self.regels_tekst[len(geplaatst)][0] != "kop"
            ):
                y += 4
        return geplaatst


@dataclass(frozen=True)
class Lijn:
    x1: float
    y1: float
    x2: float
    y2: float
    gestippeld: bool = False


@dataclass(frozen=True)
class Voetnoot:
    teken: str
    tekst: str


@dataclass
class Organogram:
    """What `templates/regio/partials/organogram.html` draws."""

    project: Regioproject
    vakken: list[Vak]
    lijnen: list[Lijn]
    voetnoten: list[Voetnoot]
    breedte: float
    hoogte: float
    structuur: list[dict]  # nested {"groep", "leden", "onder"} for the text alternative
    klankbord: list[Vak]

    @property
    def viewbox(self) -> str:
        return f"0 0 {self.breedte:g} {self.hoogte:g}"

    @property
    def beschrijving(self) -> str:
        """One sentence per level for the SVG's <desc>."""
        delen = []

        def beschrijf(items, boven=None):
            for item in items:
                if boven is None:
                    delen.append(_("Bovenaan: %(groep)s.") % {"groep": item["groep"].naam})
                if item["onder"]:
                    namen = ", ".join(kind["groep"].naam for kind in item["onder"])
                    delen.append(_("Onder %(groep)s: %(namen)s.") % {"groep": item["groep"].naam, "namen": namen})
                    beschrijf(item["onder"], item)

        beschrijf(self.structuur)
        if self.klankbord:
            namen = ", ".join(vak.groep.naam for vak in self.klankbord)
            delen.append(_("Als klankbord ernaast: %(namen)s.") % {"namen": namen})
        return " ".join(delen)


def _maat(soort: str) -> tuple[int, float, int]:
    return {"kop": KOP, "thema": THEMA}.get(soort, LID)


def _wrap(tekst: str, soort: str, inspringen: bool = False) -> list[tuple[str, str]]:
    grootte, teken, _hoogte = _maat(soort)
    tekens = max(8, int((BREEDTE - 2 * MARGE) / (grootte * teken)))
    regels = textwrap.wrap(tekst, tekens, subsequent_indent="  " if inspringen else "") or [""]
    return [(soort, regel) for regel in regels]


def _teken(nummer: int) -> str:
    return "*" * nummer if nummer <= 3 else f"*{nummer}"


def _lid_tekst(lid: Groepslid, teken: str) -> str:
    tekst = f"{lid.naam}{teken}"
    if lid.rol != Groepsrol.LID:
        tekst += f" ({lid.get_rol_display().lower()})"
    if lid.organisatie:
        tekst += f", {lid.organisatie}"
    return tekst


def groepen_van(project: Regioproject) -> list[Groep]:
    """The project's groups with their members and accounts: two queries, whatever the size."""
    leden = Groepslid.objects.select_related("gemeente", "user").order_by("volgorde", "pk")
    return list(project.groepen.prefetch_related(Prefetch("leden", queryset=leden)).order_by("volgorde", "pk"))


def organogram_van(project: Regioproject, groepen: list[Groep] | None = None) -> Organogram:
    """Place every group of `project`; pass `groepen` (from `groepen_van`) when the page already has them."""
    groepen = groepen_van(project) if groepen is None else groepen
    voetnoten: dict[str, Voetnoot] = {}
    vakken: dict[int, Vak] = {}
    for groep in groepen:
        regels = _wrap(groep.naam, "kop")
        if groep.thema and groep.thema.strip().lower() not in groep.naam.lower():
            regels += _wrap(_("Thema: %(thema)s") % {"thema": groep.thema}, "thema")
        leden = list(groep.leden.all())
        for lid in leden[:MAX_LEDEN]:
            teken = ""
            if lid.voetnoot:
                noot = voetnoten.setdefault(lid.voetnoot, Voetnoot(_teken(len(voetnoten) + 1), lid.voetnoot))
                teken = noot.teken
            regels += _wrap(_lid_tekst(lid, teken), "lid", inspringen=True)
        if len(leden) > MAX_LEDEN:
            regels += _wrap(_("en nog %(aantal)s leden") % {"aantal": len(leden) - MAX_LEDEN}, "lid")
        vakken[groep.pk] = Vak(groep, regels)

    klankbord = [vakken[g.pk] for g in groepen if g.soort in KLANKBORD]
    wortels = []
    for groep in groepen:
        vak = vakken[groep.pk]
        ouder = vakken.get(groep.bovenliggend_id)
        if vak.klankbord:
            continue
        if ouder is None or ouder.klankbord or _in_kring(groep, vakken):
            wortels.append(vak)
        else:
            ouder.kinderen.append(vak)

    lijnen: list[Lijn] = []
    x = RAND
    for wortel in wortels:
        _gelijk_maken([wortel])
        x += _plaats(wortel, x, RAND, lijnen) + TUSSEN_X
    hierarchie_breedte = max(x - TUSSEN_X, RAND) if wortels else RAND
    alle = list(vakken.values())
    hoogte = max((vak.onder for vak in alle if not vak.klankbord), default=RAND)

    if klankbord:
        hoogte = max(hoogte, _plaats_klankbord(klankbord, wortels, vakken, hierarchie_breedte, lijnen))
    breedte = max((vak.x + vak.breedte for vak in alle), default=RAND) + RAND
    return Organogram(
        project=project,
        vakken=alle,
        lijnen=lijnen,
        voetnoten=list(voetnoten.values()),
        breedte=breedte,
        hoogte=hoogte + RAND,
        structuur=[_structuur(w) for w in wortels],
        klankbord=klankbord,
    )


def _in_kring(groep: Groep, vakken: dict[int, Vak]) -> bool:
    """A parent chain that loops (the model forbids it; a stale row must not hang the page)."""
    gezien, huidig = {groep.pk}, vakken.get(groep.bovenliggend_id)
    while huidig is not None:
        if huidig.groep.pk in gezien:
            return True
        gezien.add(huidig.groep.pk)
        huidig = vakken.get(huidig.groep.bovenliggend_id)
    return False


def _structuur(vak: Vak) -> dict:
    return {"groep": vak.groep, "leden": list(vak.groep.leden.all()), "onder": [_structuur(k) for k in vak.kinderen]}


def _rijen(vak: Vak) -> list[list[Vak]]:
    """Children side by side, or, when none has children of its own, in rows of `KOLOMMEN`."""
    if any(kind.kinderen for kind in vak.kinderen):
        return [vak.kinderen]
    return [vak.kinderen[i : i + KOLOMMEN] for i in range(0, len(vak.kinderen), KOLOMMEN)]


def _gelijk_maken(rij: list[Vak]) -> None:
    """Boxes side by side get the same height, so the rows under them start on one line."""
    hoogte = max(vak.eigen_hoogte for vak in rij)
    for vak in rij:
        vak.hoogte = hoogte
    for vak in rij:
        for kinderen in _rijen(vak):
            _gelijk_maken(kinderen)


def _breedte(vak: Vak) -> float:
    rijen = _rijen(vak)
    if not rijen:
        return vak.breedte
    if len(rijen) == 1:
        kinderen = sum(_breedte(kind) for kind in rijen[0]) + TUSSEN_X * (len(rijen[0]) - 1)
    else:
        kinderen = KOLOMMEN * BREEDTE + (KOLOMMEN - 1) * TUSSEN_X
    return max(vak.breedte, kinderen)


def _plaats(vak: Vak, links: float, boven: float, lijnen: list[Lijn]) -> float:
    """Place `vak` and its subtree from (`links`, `boven`); return the subtree's width."""
    breedte = _breedte(vak)
    vak.x, vak.y = links + (breedte - vak.breedte) / 2, boven
    rijen = _rijen(vak)
    y = vak.onder + TUSSEN_Y
    stam_x, bus_y = vak.midden_x, vak.onder
    for rij in rijen:
        rij_breedte = sum(_breedte(kind) for kind in rij) + TUSSEN_X * (len(rij) - 1)
        x = links + (breedte - rij_breedte) / 2
        for kind in rij:
            x += _plaats(kind, x, y, lijnen) + TUSSEN_X
        bus_y = y - TUSSEN_Y / 2
        midden = [kind.midden_x for kind in rij]
        lijnen.append(Lijn(min(midden + [stam_x]), bus_y, max(midden + [stam_x]), bus_y))
        lijnen.extend(Lijn(m, bus_y, m, y) for m in midden)
        y = max(kind.onder for kind in rij) + TUSSEN_Y
    if rijen:
        lijnen.append(Lijn(stam_x, vak.onder, stam_x, bus_y))
    return breedte


def _plaats_klankbord(klankbord: list[Vak], wortels: list[Vak], vakken: dict[int, Vak], rechts: float, lijnen) -> float:
    """A column right of the hierarchy, starting level with the group it advises; a dashed line joins them."""
    hierarchie = [v for v in vakken.values() if not v.klankbord]

    def vrij(vak: Vak | None) -> bool:
        """Nothing stands right of `vak` on the height of its dashed line."""
        lijn_y = vak.y + min(vak.hoogte / 2, 30) if vak else 0
        return vak is not None and not any(a.x > vak.x and a.y <= lijn_y <= a.onder for a in hierarchie)

    kandidaten = [vakken.get(v.groep.bovenliggend_id) for v in klankbord]
    kandidaten += [v for v in hierarchie if v.groep.soort == Groepsoort.PROJECTTEAM] + wortels[::-1]
    doel = next((v for v in kandidaten if v is not None and not v.klankbord and vrij(v)), None)
    x = rechts + (KLANKBORD_AFSTAND if doel else 0)
    y = doel.y if doel else RAND
    for vak in klankbord:
        vak.hoogte = vak.eigen_hoogte
        vak.x, vak.y = x, y
        y = vak.onder + TUSSEN_X
    if doel is not None:
        ruggengraat = x - KLANKBORD_AFSTAND / 2
        doel_y = doel.y + min(doel.hoogte / 2, 30)
        lijnen.append(Lijn(doel.x + doel.breedte, doel_y, ruggengraat, doel_y, gestippeld=True))
        stubs = [vak.y + min(vak.hoogte / 2, 30) for vak in klankbord]
        lijnen.append(Lijn(ruggengraat, min(stubs + [doel_y]), ruggengraat, max(stubs + [doel_y]), gestippeld=True))
        lijnen.extend(Lijn(ruggengraat, s, x, s, gestippeld=True) for s in stubs)
    return klankbord[-1].onder


def organogram_svg(project: Regioproject) -> str:
    """Only the drawing, as a standalone SVG document."""
    context = {"organogram": organogram_van(project), "los": True}
    return render_to_string("regio/partials/organogram.html#tekening", context)


def organogram_png(project: Regioproject, schaal: float = 2) -> bytes:
    """The drawing as a PNG, for the DOCX of the jaarplan."""
    import cairosvg

    return cairosvg.svg2png(bytestring=organogram_svg(project).encode(), scale=schaal)
