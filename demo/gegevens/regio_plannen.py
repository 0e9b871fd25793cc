"""The Uitvoeringsplannen of five other gemeenten of Regio Lindeland, so the regional roll-up shows differences.

Two plans are in uitvoering (adopted `vastgesteld_dagen` ago), one is ter review and two are concepts.
Each plan works on some of the same four aanbevelingen, as their Scanners came from the same GGD.
An actie's `periode` is (first quarter, last quarter) counted from the plan's first quarter (0); a
plan in uitvoering starts in the quarter after its adoption, the others on 1 January next year. An
actie's `status` is what a voortgangsbericht reported on it (an adopted actie without one is gepland).
Every plan measures the regional monitor's indicator `INDICATOR` in the project's first year; in
Zandwijk too few pupils took part, so its value is missing. Drielanden and Heuvelrode have no plan yet.
"""

from typing import NamedTuple

from demo.gegevens.mensen import Persoon
from demo.gegevens.scanner import Aanbevelingsgegevens
from uitvoeringsplan.constants import PlanStatus, Rol, Uitvoeringsstatus

AANBEVELINGEN = [
    Aanbevelingsgegevens(
        1,
        "Verminder het alcoholgebruik van jongeren onder de 18",
        "Een op de vier scholieren dronk de afgelopen vier weken alcohol; ouders onderschatten dat.",
        "Jongeren van 12 tot 18 jaar en hun ouders",
        "Educatie",
        ["alcohol"],
    ),
    Aanbevelingsgegevens(
        2,
        "Handhaaf de leeftijdsgrens bij de verkoop van alcohol",
        "Bij nalevingsonderzoek kregen minderjarigen in de helft van de gevallen toch alcohol mee.",
        "Verkooppunten, horeca en sportkantines",
        "Regelgeving en handhaving",
        ["alcohol"],
    ),
    Aanbevelingsgegevens(
        3,
        "Maak evenementen veiliger met een drugsbeleid",
        "Op evenementen wordt door jongvolwassenen relatief veel drugs gebruikt.",
        "Bezoekers en organisatoren van evenementen",
        "Omgeving",
        ["drugs"],
    ),
    Aanbevelingsgegevens(
        4,
        "Signaleer problematisch middelengebruik eerder",
        "Professionals in het sociaal domein bespreken middelengebruik weinig.",
        "Professionals in het sociaal domein",
        "Signalering",
        ["alcohol", "drugs"],
    ),
]

# The handreiking's rows that every actie of an aanbeveling shares here, so that the acties are complete.
ACTIETEKSTEN = {
    1: {
        "relevantie": "Ouders en scholen zijn de belangrijkste plekken om jongeren te bereiken.",
        "effectiviteit": "Voorlichting werkt samen met regels thuis en op school.",
        "obstakels": "Ouders komen moeilijk naar een avond op school.",
        "wie_doet_wat": "De GGD en de scholen samen; de gemeente betaalt.",
    },
    2: {
        "relevantie": "Een leeftijdsgrens werkt alleen als hij nageleefd wordt.",
        "effectiviteit": "Nalevingsonderzoek met terugkoppeling verhoogt de naleving.",
        "obstakels": "De boa's hebben weinig uren.",
        "wie_doet_wat": "De boa's van de gemeente controleren; de gemeente koppelt terug.",
    },
    3: {
        "relevantie": "Op evenementen gebruiken jongvolwassenen meer drugs dan elders.",
        "effectiviteit": "Voorwaarden in de vergunning maken afspraken afdwingbaar.",
        "obstakels": "Organisatoren vrezen extra kosten.",
        "wie_doet_wat": "Vergunningverlening, de politie en de organisatoren samen.",
    },
    4: {
        "relevantie": "Vroeg signaleren voorkomt ergere problemen.",
        "effectiviteit": "Training geeft professionals handelingsperspectief.",
        "obstakels": "Professionals zien het niet als hun taak.",
        "wie_doet_wat": "Verslavingszorg Lindestroom traint; het wijkteam volgt.",
    },
}

INDICATOR = {
    "naam": "Jongeren die de afgelopen vier weken alcohol dronken",
    "eenheid": "%",
    "doelgroep": "Jongeren van 12 tot 16 jaar",
    "bron": "gm_jeugd",
    "bron_toelichting": "Gezondheidsmonitor Jeugd van GGD Lindeland",
    "lager_is_beter": True,
}
DOELSTELLING = (
    "Minder jongeren drinken alcohol",
    "Minder jongeren van 12 tot 16 jaar drinken alcohol; we meten dat met de regionale Gezondheidsmonitor Jeugd.",
)
TE_WEINIG_RESPONDENTEN = "te_weinig_respondenten"
STREEFWAARDE_LAGER = 4  # percentage points below the value of the first monitor


class Actiegegevens(NamedTuple):
    titel: str
    aanbeveling: int
    kosten: int
    periode: tuple[int, int]
    status: str = ""
    prioriteit: int = 2


class Plangegevens(NamedTuple):
    gemeente: str
    projectleider: Persoon
    status: str
    vastgesteld_dagen: int | None
    budget: int
    acties: list[Actiegegevens]
    monitorwaarde: str | None  # in the project's first year: a value, why it is missing, or None (not measured)


def _pl(gemeente: str, voornaam: str, achternaam: str) -> Persoon:
    return Persoon(gemeente.lower(), voornaam, achternaam, Rol.PROJECTLEIDER)


A = Actiegegevens
GEPLAND, GESTART, AFGEROND = Uitvoeringsstatus.GEPLAND, Uitvoeringsstatus.GESTART, Uitvoeringsstatus.AFGEROND
UITGESTELD, GESTOPT = Uitvoeringsstatus.UITGESTELD, Uitvoeringsstatus.GESTOPT

BERICHTEN = {
    GESTART: "De eerste afspraken zijn gemaakt; we zijn begonnen.",
    AFGEROND: "Afgerond zoals gepland; de evaluatie volgt in het kernteam.",
    UITGESTELD: "Uitgesteld tot de regionale handreiking voor evenementen klaar is.",
    GESTOPT: "Gestopt: de horeca deed niet mee en de politie ziet meer in gewone controles.",
}

PLANNEN = [
    Plangegevens(
        "Beekdal",
        _pl("Beekdal", "Lotte", "Brouwer"),
        PlanStatus.IN_UITVOERING,
        540,
        42000,
        [
            A("Ouderavonden over alcohol op alle middelbare scholen", 1, 4500, (0, 3), AFGEROND, 1),
            A("Lespakket 'Kies helder' in de brugklas", 1, 6000, (1, 8), GESTART),
            A("Nalevingsonderzoek bij supermarkten en sportkantines", 2, 9000, (2, 3), AFGEROND),
            A("Extra boa-uren voor leeftijdscontroles op vrijdagavond", 2, 12000, (3, 10), GESTART),
            A("Drugsvoorwaarden in de vergunning van het Beekdal Festival", 3, 2500, (4, 5), UITGESTELD),
            A("Vroegsignalering door het wijkteam", 4, 7500, (5, 11)),
        ],
        "26.1",
    ),
    Plangegevens(
        "Oosterzand",
        _pl("Oosterzand", "Anouk", "Dekker"),
        PlanStatus.IN_UITVOERING,
        300,
        28500,
        [
            A("Voorlichting voor ouders via de kinderopvang en basisscholen", 1, 3000, (0, 4), GESTART),
            A("Leeftijdscontrole met ID-scanners in de horeca", 2, 8000, (0, 2), GESTOPT),
            A("Regionaal drugsbeleid op de strandfeesten", 3, 5500, (1, 3), GESTART, 1),
            A("Handhavingsteam evenementen met politie en boa's", 3, 9000, (2, 6)),
            A("Jongerenwerkers leren signalen van middelengebruik herkennen", 4, 3000, (3, 4)),
        ],
        "29.8",
    ),
    Plangegevens(
        "Wilgenburg",
        _pl("Wilgenburg", "Nadia", "Hendriks"),
        PlanStatus.TER_REVIEW,
        None,
        35000,
        [
            A("Alcoholvrije schoolfeesten met de leerlingenraad", 1, 2000, (0, 3)),
            A("Mystery shopping bij slijterijen en supermarkten", 2, 7000, (1, 2), prioriteit=1),
            A("Evenementenbeleid volgens de regionale handreiking", 3, 4000, (0, 4)),
            A("Spreekuur van de verslavingszorg in het gezondheidscentrum", 4, 15000, (2, 7)),
        ],
        "21.7",
    ),
    Plangegevens(
        "Elzendonk",
        _pl("Elzendonk", "Femke", "Kuipers"),
        PlanStatus.CONCEPT,
        None,
        18000,
        [
            A("Gastlessen over alcohol in groep 8", 1, 1500, (0, 1)),
            A("Kantinebeleid met de sportverenigingen", 2, 2500, (1, 4)),
            A("Drugsvoorlichting op de kermis", 3, 1000, (2, 2)),
        ],
        "24.3",
    ),
    Plangegevens(
        "Zandwijk",
        _pl("Zandwijk", "Gerrit", "Post"),
        PlanStatus.CONCEPT,
        None,
        12000,
        [
            A("Ouderbijeenkomst over alcohol en drugs in het dorpshuis", 1, 800, (0, 0)),
            A("Afspraken met de supermarkt over de leeftijdsgrens", 2, 0, (0, 1)),
            A("Samen met het wijkteam signalen bespreken", 4, 0, (1, 3)),
        ],
        TE_WEINIG_RESPONDENTEN,
    ),
]
PROJECTLEIDERS = [plan.projectleider for plan in PLANNEN]
