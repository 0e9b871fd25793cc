"""Regio Lindeland: eight fictional gemeenten and their regional project, organised like the seed's (seeds/003).

The project runs four years and is in its third: it began the year before last (`STARTJAAR_GELEDEN`).
Its organisation follows the seed's organogram: a bestuurlijke stuurgroep keeps the strategic course,
a projectteam under it drives the project, three ambtelijke werkgroepen by theme work the strategy
out, and the expertgroep and kopgroep stand beside them as klankbord. The two footnotes are the
seed's. `account` names the demo user behind a member (demo/gegevens/mensen.py), if any.
"""

from typing import NamedTuple

from regio.constants import Groepsoort, Groepsrol

REGIO = "Regio Lindeland"
# Lindewaard (GM9901) is built by demo/bouwen.py; GM9902 is the benchmark gemeente.
GEMEENTEN = {
    "Beekdal": "GM9911",
    "Oosterzand": "GM9912",
    "Wilgenburg": "GM9913",
    "Elzendonk": "GM9914",
    "Drielanden": "GM9915",
    "Heuvelrode": "GM9916",
    "Zandwijk": "GM9917",
}

PROJECT = "Samen preventief Lindeland"
STARTJAAR_GELEDEN = 2
LOOPTIJD = 4
HOOFDBOODSCHAP = "Kies helder"
OMSCHRIJVING = (
    "De projectorganisatie bestaat uit een bestuurlijke stuurgroep die de strategische koers bewaakt. Drie "
    "ambtelijke werkgroepen zijn verantwoordelijk voor de uitwerking van de strategie; de werkgroepen zijn "
    "ingedeeld op thema: Monitor, Communicatie en Educatie, en Beleid, handhaving en veiligheid. Het project wordt "
    "aangejaagd door een projectteam dat onder de verantwoordelijkheid van de stuurgroep valt. De kennis van de "
    "expertgroep en de kopgroep kan worden ingezet als klankbord."
)
HOOFDDOELSTELLINGEN = [
    "Minder jongeren en jongvolwassenen (12 tot 25 jaar) in de acht gemeenten gebruiken alcohol en drugs, en zij "
    "beginnen er later mee.",
    "Niet gebruiken wordt de norm: jongeren, ouders en professionals gaan met elkaar in gesprek over het "
    "denormaliseren van drugsgebruik.",
    "De acht gemeenten voeren samenhangend beleid en handhaven op dezelfde manier, in het bijzonder bij evenementen.",
    "Gemeenten en partners passen de regionale aanpak lokaal toe, op basis van de resultaten van de monitor.",
]

PROJECTLEIDER_VOETNOOT = "Projectleider en ambtelijke inhoudelijke ondersteuning"
HANDHAVING_VOETNOOT = "Focus op handhaving en veiligheid"

GGD = "GGD Lindeland"
VZ = "Verslavingszorg Lindestroom"


class Lid(NamedTuple):
    naam: str
    organisatie: str
    gemeente: str = ""
    rol: str = Groepsrol.LID
    voetnoot: str = ""
    account: str = ""


class Groepgegevens(NamedTuple):
    sleutel: str
    naam: str
    soort: str
    boven: str  # sleutel of the group it falls under, or ""
    thema: str
    leden: list[Lid]


GROEPEN = [
    Groepgegevens(
        "stuurgroep",
        "Bestuurlijke stuurgroep",
        Groepsoort.STUURGROEP,
        "",
        "",
        [
            Lid("Hanneke Verbeek", "Gemeente Beekdal", "Beekdal", Groepsrol.VOORZITTER, account="stuurgroep"),
            Lid("Peter Smit", "Gemeente Lindewaard", "Lindewaard", account="wethouder"),
            Lid("Karin Mol", "Gemeente Oosterzand", "Oosterzand", voetnoot=HANDHAVING_VOETNOOT),
            Lid("Youssef Amrani", "Gemeente Wilgenburg", "Wilgenburg"),
            Lid("Dirk-Jan Hoogland", GGD),
            Lid("Annemiek Schouten", VZ),
            Lid("Johan Brink", "Gemeente Drielanden", "Drielanden", Groepsrol.SECRETARIS),
        ],
    ),
    Groepgegevens(
        "projectteam",
        "Projectteam",
        Groepsoort.PROJECTTEAM,
        "stuurgroep",
        "",
        [
            Lid(
                "Marieke van Dijk",
                "Gemeente Lindewaard",
                "Lindewaard",
                Groepsrol.TREKKER,
                PROJECTLEIDER_VOETNOOT,
                "projectleider",
            ),
            Lid("Yasmina Ouali", GGD),
            Lid("Erik van Leeuwen", "Gemeente Wilgenburg", "Wilgenburg", voetnoot=HANDHAVING_VOETNOOT),
            Lid("Ruud Mulder", VZ),
        ],
    ),
    Groepgegevens(
        "monitor",
        "Werkgroep Monitor",
        Groepsoort.WERKGROEP,
        "projectteam",
        "Monitor",
        [
            Lid("Sanne Jansen", GGD, rol=Groepsrol.TREKKER, account="trekker"),
            Lid("Bram de Wit", VZ),
            Lid("Femke Kuipers", "Gemeente Elzendonk", "Elzendonk"),
            Lid("Noah Peeters", "Gemeente Heuvelrode", "Heuvelrode"),
        ],
    ),
    Groepgegevens(
        "communicatie",
        "Werkgroep Communicatie en Educatie",
        Groepsoort.WERKGROEP,
        "projectteam",
        "Communicatie en Educatie",
        [
            Lid("Yasmina Ouali", GGD, rol=Groepsrol.TREKKER),
            Lid("Ruud Mulder", VZ),
            Lid("Lotte Brouwer", "Gemeente Beekdal", "Beekdal"),
            Lid("Kevin Sedney", "Jongerenwerk Lindeland"),
            Lid("Ilse Vermeer", "Scholengemeenschap De Linde"),
        ],
    ),
    Groepgegevens(
        "beleid",
        "Werkgroep Beleid, handhaving en veiligheid",
        Groepsoort.WERKGROEP,
        "projectteam",
        "Beleid, handhaving en veiligheid",
        [
            Lid("Erik van Leeuwen", "Gemeente Wilgenburg", "Wilgenburg", Groepsrol.TREKKER, HANDHAVING_VOETNOOT),
            Lid("Mohamed Bouzid", "Politie eenheid Lindeland", voetnoot=HANDHAVING_VOETNOOT),
            Lid("Anouk Dekker", "Gemeente Oosterzand", "Oosterzand"),
            Lid("Gerrit Post", "Gemeente Zandwijk", "Zandwijk"),
            Lid("Sophie Willems", "Evenementenoverleg Lindeland"),
        ],
    ),
    Groepgegevens(
        "expertgroep",
        "Expertgroep",
        Groepsoort.EXPERTGROEP,
        "",
        "",
        [
            Lid("dr. Willemijn Aerts", VZ, rol=Groepsrol.VOORZITTER),
            Lid("Jeroen Smeets", "Hogeschool Lindeland, lectoraat Jeugd en gezondheid"),
            Lid("Rachida Benali", "Ervaringsdeskundige, Stichting Herstelkracht"),
        ],
    ),
    Groepgegevens(
        "kopgroep",
        "Kopgroep",
        Groepsoort.KOPGROEP,
        "",
        "",
        [
            Lid("Joost Visser", "Gemeente Lindewaard", "Lindewaard", Groepsrol.VOORZITTER),
            Lid("Lotte Brouwer", "Gemeente Beekdal", "Beekdal"),
            Lid("Anouk Dekker", "Gemeente Oosterzand", "Oosterzand"),
            Lid("Femke Kuipers", "Gemeente Elzendonk", "Elzendonk"),
            Lid("Tim Jacobs", "Gemeente Drielanden", "Drielanden"),
        ],
    ),
]
