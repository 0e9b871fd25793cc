"""The doelstellingen of Lindewaard's previous plan, each with its indicatoren and their metingen.

Every year counts back from the year the demo is built ("jaren geleden", 0 is this year), so the
nulmeting lies before the plan started and the metingen run up to now; the streefjaar is the last
year of the plan (demo/bouwen_doelen.py computes it). A meting without a value names why it is
missing, as in the model (`Ontbreekt`): the monitor of this year is not published yet, and one
year too few pupils of one school took part.

The values are plain strings of the models' choices (`Indicatorbron`, `Ontbreekt`): a data module
imports no models. Aanbevelingen are the previous Scanner's numbers (vorige_cyclus.py), acties the
titles in vorige_acties.py.
"""

from typing import NamedTuple

GM_JEUGD = "gm_jeugd"
GM_VOLWASSENEN = "gm_volwassenen"
EIGEN_REGISTRATIE = "eigen"
TE_WEINIG_RESPONDENTEN = "te_weinig_respondenten"
NOG_NIET_BEKEND = "nog_niet_bekend"

MONITOR_JEUGD = "Gezondheidsmonitor Jeugd van GGD Lindeland"
MONITOR_VOLWASSENEN = "Gezondheidsmonitor Volwassenen van GGD Lindeland"
KANTINECONTROLES = "Controles in sportkantines door de boa's van de gemeente"


class Indicatorgegevens(NamedTuple):
    naam: str
    eenheid: str
    doelgroep: str
    bron: str
    bron_toelichting: str
    lager_is_beter: bool
    basis: tuple[int, str]  # (years ago, value)
    streefwaarde: str  # reached in the plan's last year
    metingen: list[tuple[int, str]]  # (years ago, value or why it is missing)


class Doelstellinggegevens(NamedTuple):
    titel: str
    omschrijving: str
    aanbevelingen: list[int]
    acties: list[str]
    indicatoren: list[Indicatorgegevens]


DOELSTELLINGEN = [
    Doelstellinggegevens(
        "Kinderen groeien rookvrij op",
        "Aan het eind van het plan beginnen minder jongeren met roken: het deel van de leerlingen in klas 2 en 4 "
        "dat ooit heeft gerookt, daalt van 21% naar 16%. Alle speeltuinen van de gemeente zijn dan rookvrij.",
        [1],
        [
            "Rookvrije Generatie: rookvrije speeltuinen",
            "Rookvrije Generatie: rookvrij opgroeien bespreken bij huisbezoeken aan jonge gezinnen",
        ],
        [
            Indicatorgegevens(
                "Jongeren die ooit hebben gerookt",
                "%",
                "Leerlingen in klas 2 en 4 van het voortgezet onderwijs",
                GM_JEUGD,
                MONITOR_JEUGD,
                True,
                (3, "21.0"),
                "16.0",
                [(2, "20.3"), (1, "18.9"), (0, NOG_NIET_BEKEND)],
            ),
        ],
    ),
    Doelstellinggegevens(
        "Geen alcohol onder de 18 in sportkantines",
        "Aan het eind van het plan schenkt elke sportkantine in Lindewaard geen alcohol aan jongeren onder de 18: "
        "bij de controles gaat het in 9 van de 10 kantines goed (eerst was dat de helft). Minder jongeren van "
        "12 tot 16 jaar drinken alcohol.",
        [2],
        [
            "Alcohol- en tabakscontroles bij sportkantines",
            "Training Instructie Verantwoord Alcoholgebruik (IVA) voor barvrijwilligers",
        ],
        [
            Indicatorgegevens(
                "Kantines die bij een controle geen alcohol aan minderjarigen schonken",
                "%",
                "Sportverenigingen met een kantine",
                EIGEN_REGISTRATIE,
                KANTINECONTROLES,
                False,
                (3, "50.0"),
                "90.0",
                [(2, "56.0"), (1, "78.0"), (0, "89.0")],
            ),
            Indicatorgegevens(
                "Jongeren die de afgelopen vier weken alcohol dronken",
                "%",
                "Jongeren van 12 tot 16 jaar",
                GM_JEUGD,
                MONITOR_JEUGD,
                True,
                (3, "24.5"),
                "18.0",
                [(2, "23.8"), (1, TE_WEINIG_RESPONDENTEN), (0, NOG_NIET_BEKEND)],
            ),
        ],
    ),
    Doelstellinggegevens(
        "Ouders stellen duidelijke regels over alcohol",
        "Aan het eind van het plan vindt 80% van de ouders van kinderen van 12 tot 18 jaar dat hun kind onder de "
        "18 geen alcohol drinkt (eerst 71%). De ouders van alle brugklassers zijn uitgenodigd voor een ouderavond.",
        [3],
        ["Ouderavond Helder op School"],
        [
            Indicatorgegevens(
                "Ouders die vinden dat hun kind onder de 18 geen alcohol drinkt",
                "%",
                "Ouders van kinderen van 12 tot 18 jaar",
                GM_VOLWASSENEN,
                MONITOR_VOLWASSENEN,
                False,
                (3, "71.0"),
                "80.0",
                [(2, "72.5"), (1, "74.0"), (0, NOG_NIET_BEKEND)],
            ),
        ],
    ),
]
