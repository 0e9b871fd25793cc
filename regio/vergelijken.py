"""What changed in a jaarplan compared with the version before it, read from two snapshots (plain values).

The version before is the adopted jaarplan of the previous year, or, when that was never adopted, the
jaarplan it was drafted from as it is now. Items are paired first by what they are (a carried-over
activity by its origin, anything else by the same text), then by how alike their texts are, so that a
rewritten sentence shows as changed rather than as one removed and one added.
"""

from dataclasses import dataclass, field
from datetime import date

from basis.gelijkenis import beste_paren


@dataclass
class Wijziging:
    """One item that differs: `oud` is None when it was added, `nieuw` None when it was removed."""

    oud: dict | None
    nieuw: dict | None
    velden: list[str] = field(default_factory=list)  # for a changed item, which fields differ

    @property
    def soort(self) -> str:
        if self.oud is None:
            return "toegevoegd"
        if self.nieuw is None:
            return "vervallen"
        return "gewijzigd"


@dataclass
class DeelgebiedVerschil:
    naam: str
    hoofddoelen: list[Wijziging]
    hoofdactiviteiten: list[Wijziging]


@dataclass
class Jaarplanverschillen:
    uitgangspunten: list[Wijziging]
    deelgebieden: list[DeelgebiedVerschil]

    @property
    def aantal(self) -> int:
        return len(self.uitgangspunten) + sum(len(d.hoofddoelen) + len(d.hoofdactiviteiten) for d in self.deelgebieden)


def lijsten_vergelijken(
    oud: list[dict], nieuw: list[dict], *, tekst: str, velden: list[str], herkomst: str | None = None
) -> list[Wijziging]:
    """Pair the items of two lists and return those that were added, removed or changed, in the new order."""
    paren: dict[int, int] = {}  # index in nieuw -> index in oud
    if herkomst:
        op_id = {item.get("id"): i for i, item in enumerate(oud)}
        for n, item in enumerate(nieuw):
            if item.get(herkomst) in op_id:
                paren[n] = op_id[item[herkomst]]
    vrij_oud = {i: item[tekst] for i, item in enumerate(oud) if i not in paren.values()}
    for n, item in enumerate(nieuw):
        if n in paren:
            continue
        gelijk = next((i for i, t in vrij_oud.items() if t == item[tekst]), None)
        if gelijk is not None:
            paren[n] = gelijk
            del vrij_oud[gelijk]
    vrij_nieuw = {n: item[tekst] for n, item in enumerate(nieuw) if n not in paren}
    for n, i in beste_paren(vrij_oud, vrij_nieuw).items():
        paren[n] = i
    wijzigingen = []
    for n, item in enumerate(nieuw):
        if n not in paren:
            wijzigingen.append(Wijziging(oud=None, nieuw=item))
            continue
        verschil = [veld for veld in velden if oud[paren[n]].get(veld) != item.get(veld)]
        if verschil:
            wijzigingen.append(Wijziging(oud=oud[paren[n]], nieuw=item, velden=verschil))
    gepaard = set(paren.values())
    wijzigingen += [Wijziging(oud=item, nieuw=None) for i, item in enumerate(oud) if i not in gepaard]
    return wijzigingen


def met_datum(doelen: list[dict]) -> list[dict]:
    """Hoofddoelen with their deadline as a date, so the page writes it as a date ("1 mei 2023")."""
    return [
        {**doel, "deadline": date.fromisoformat(doel["deadline"]) if doel.get("deadline") else None} for doel in doelen
    ]


def jaarplannen_vergelijken(oud: dict, nieuw: dict) -> Jaarplanverschillen:
    """The differences between two jaarplan snapshots (`regio.document.snapshot`)."""
    oude_delen = {deel["groep"]: deel for deel in oud.get("deelgebieden", [])}
    leeg = {"hoofddoelen": [], "hoofdactiviteiten": []}
    deelgebieden = []
    for deel in nieuw.get("deelgebieden", []):
        vorig = oude_delen.pop(deel["groep"], leeg)
        deelgebieden.append(
            DeelgebiedVerschil(
                naam=deel["naam"],
                hoofddoelen=lijsten_vergelijken(
                    met_datum(vorig["hoofddoelen"]),
                    met_datum(deel["hoofddoelen"]),
                    tekst="tekst",
                    velden=["tekst", "deadline"],
                ),
                hoofdactiviteiten=lijsten_vergelijken(
                    vorig["hoofdactiviteiten"],
                    deel["hoofdactiviteiten"],
                    tekst="tekst",
                    velden=["tekst", "trekker", "periode", "gemeenten"],
                    herkomst="herkomst",
                ),
            )
        )
    for deel in oude_delen.values():  # a deelgebied that is no longer in the organisation
        deelgebieden.append(
            DeelgebiedVerschil(
                naam=deel["naam"],
                hoofddoelen=[Wijziging(oud=d, nieuw=None) for d in met_datum(deel["hoofddoelen"])],
                hoofdactiviteiten=[Wijziging(oud=a, nieuw=None) for a in deel["hoofdactiviteiten"]],
            )
        )
    return Jaarplanverschillen(
        uitgangspunten=lijsten_vergelijken(
            oud.get("uitgangspunten", []), nieuw.get("uitgangspunten", []), tekst="kop", velden=["kop", "tekst"]
        ),
        deelgebieden=[d for d in deelgebieden if d.hoofddoelen or d.hoofdactiviteiten],
    )
