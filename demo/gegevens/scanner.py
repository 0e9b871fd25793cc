"""Lindewaard's Scanner Alcohol en Drugs: its report, its six aanbevelingen and the policy documents beside it.

The report and the nota are small fictional PDFs in demobestanden/; `middelen` are Middel codes.
"""

from typing import NamedTuple

from scanner.constants import BeleidsdocumentSoort, Uitvoerder

GEMEENTE = "Lindewaard"

SCANNER = {
    "titel": "Scanner Alcohol en Drugs Lindewaard",
    "uitvoerder": Uitvoerder.VERSLAVINGSZORG,
    "uitvoerder_naam": "Verslavingszorg Lindestroom",
    "samenvatting": (
        "De Scanner bracht in korte tijd het alcohol- en drugsgebruik in Lindewaard in kaart, met de doelgroepen "
        "en de mogelijkheden van lokale partijen voor preventie. In de werksessie met 24 partijen zijn de "
        "aanbevelingen besproken. (Lindewaard is een fictieve gemeente.)"
    ),
}
SCANNER_RAPPORT = "scanner-lindewaard.pdf"
SCANNER_MIDDELEN = ["alcohol", "drugs"]


class Aanbevelingsgegevens(NamedTuple):
    nummer: int
    titel: str
    toelichting: str
    doelgroep: str
    thema: str
    middelen: list[str]


AANBEVELINGEN = [
    Aanbevelingsgegevens(
        1,
        "Investeer in vroegsignalering alcohol- en drugsproblematiek",
        "Professionals in de eerstelijnszorg en het sociaal domein herkennen problemen met alcohol en drugs nog te "
        "laat en weten niet altijd waarnaar ze kunnen verwijzen.",
        "Professionals in de eerstelijnszorg en het sociaal domein",
        "Vroegsignalering",
        ["alcohol", "drugs"],
    ),
    Aanbevelingsgegevens(
        2,
        "Versterk de naleving van de leeftijdsgrens bij de verkoop van alcohol",
        "Bij een nalevingsonderzoek verkocht twee derde van de verkooppunten alcohol aan jongeren onder de 18.",
        "Verkooppunten van alcohol",
        "Regelgeving en handhaving",
        ["alcohol"],
    ),
    Aanbevelingsgegevens(
        3,
        "Bied alle scholen een samenhangend programma middelenpreventie aan",
        "Scholen doen allemaal iets aan voorlichting, maar zonder samenhang en zonder schoolbeleid.",
        "Leerlingen en docenten in het voortgezet en middelbaar beroepsonderwijs",
        "Onderwijs",
        ["alcohol", "drugs", "roken"],
    ),
    Aanbevelingsgegevens(
        4,
        "Betrek ouders bij het voorkomen van alcohol- en drugsgebruik door jongeren",
        "Een kwart van de ouders vindt het goed als hun kind van 16 alcohol drinkt.",
        "Ouders van jongeren van 10 tot 18 jaar",
        "Opvoeding",
        ["alcohol", "drugs"],
    ),
    Aanbevelingsgegevens(
        5,
        "Maak sportkantines en evenementen alcohol- en drugsveilig",
        "Op evenementen en in sportkantines wordt veel gedronken, ook door minderjarigen.",
        "Bezoekers van evenementen en sportverenigingen",
        "Omgeving",
        ["alcohol", "drugs"],
    ),
    Aanbevelingsgegevens(
        6,
        "Bereik kwetsbare jongeren via het jongerenwerk",
        "Een kleine groep jongeren in Oost en Haven gebruikt vaak en veel; zij komen niet naar voorlichting.",
        "Kwetsbare jongeren van 14 tot 23 jaar",
        "Selectieve preventie",
        ["alcohol", "drugs"],
    ),
]

# The Preventie- en Handhavingsplan is linked from the plan; the nota is stored like an upload.
PH_PLAN = {
    "soort": BeleidsdocumentSoort.PH_PLAN,
    "titel": "Preventie- en Handhavingsplan Alcoholwet Lindewaard 2026–2029",
    "omschrijving": "Het plan beschrijft hoe de gemeente alcoholgebruik door jongeren voorkomt en de Alcoholwet "
    "handhaaft.",
    "url": "https://www.trimbos.nl/aanbod/webwinkel/af1850-preventie-en-handhavingsplan-voor-de-uitvoering-van-de-alcoholwet/",
}
NOTA = {
    "soort": BeleidsdocumentSoort.DRUGSPREVENTIE,
    "titel": "Nota lokaal drugspreventiebeleid Lindewaard",
    "omschrijving": "Uitgewerkt volgens het Modelplan lokaal drugspreventiebeleid van het Trimbos-instituut.",
}
NOTA_BESTAND = "nota-drugspreventie-lindewaard.pdf"
