"""Example interventies for the catalogue, clearly marked as invented, for a database that has none yet.

Each: (naam, databank, erkenningsniveau, preventievorm, doelgroep, middelen).
"""

from uitvoeringsplan.constants import Databank, Erkenningsniveau, Preventievorm

OMSCHRIJVING = (
    "Een verzonnen voorbeeld voor de demonstratie. Zoek voor echte interventies en hun erkenning in de databank zelf."
)
BRON = "Demonstratiegegevens"

VOORBEELDEN = [
    (
        "Voorbeeld: training vroegsignalering voor professionals",
        Databank.BASISPAKKET,
        "",
        Preventievorm.GEINDICEERD,
        "Professionals in zorg en sociaal domein",
        ["alcohol", "drugs"],
    ),
    (
        "Voorbeeld: lessenserie middelen voor het voortgezet onderwijs",
        Databank.JEUGD,
        Erkenningsniveau.GOED_ONDERBOUWD,
        Preventievorm.UNIVERSEEL,
        "Leerlingen klas 1–3",
        ["alcohol", "drugs", "roken"],
    ),
    (
        "Voorbeeld: ouderavond over alcohol en opvoeden",
        Databank.LEEFSTIJL,
        Erkenningsniveau.GOED_BESCHREVEN,
        Preventievorm.UNIVERSEEL,
        "Ouders van jongeren van 10–16 jaar",
        ["alcohol"],
    ),
    (
        "Voorbeeld: nalevingsonderzoek leeftijdsgrens",
        Databank.WAT_WERKT_ALCOHOL,
        "",
        Preventievorm.UNIVERSEEL,
        "Verkooppunten van alcohol",
        ["alcohol"],
    ),
    (
        "Voorbeeld: outreachend jongerenwerk bij middelengebruik",
        Databank.WAT_WERKT_DRUGS,
        "",
        Preventievorm.SELECTIEF,
        "Kwetsbare jongeren",
        ["alcohol", "drugs"],
    ),
    (
        "Voorbeeld: drugsinformatie en harm reduction op festivals",
        Databank.WAT_WERKT_DRUGS,
        "",
        Preventievorm.ZORGGERELATEERD,
        "Festivalbezoekers",
        ["drugs"],
    ),
]
