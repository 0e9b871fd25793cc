"""Lindewaard's previous cycle: a plan adopted about two years ago, now in uitvoering and published.

It grew from an older Scanner with aanbevelingen of its own. Every date is relative to the day the
demo is built; demo/bouwen_vorige_cyclus.py computes them:
- the plan was adopted at its slotbijeenkomst `VASTGESTELD_JAREN_GELEDEN` years ago to the day (the
  working day before, if that was a weekend); the other moments of the traject, its meetings
  among them, are days before or after it;
- the plan runs `KWARTALEN` quarters from the quarter after its adoption, so today always falls
  in quarter `HUIDIG_KWARTAAL` of it (counted from 0);
- an actie's `periode` is (first quarter, last quarter) in that count (see vorige_acties.py).
"""

from datetime import time
from decimal import Decimal
from typing import NamedTuple

from bijeenkomsten.constants import BijeenkomstSoort
from demo.gegevens.scanner import Aanbevelingsgegevens
from scanner.constants import Uitvoerder
from uitvoeringsplan.constants import Opdrachtgever

VASTGESTELD_JAREN_GELEDEN = 2
VASTGESTELD_OM = time(16, 30)
KWARTALEN = 16
HUIDIG_KWARTAAL = 7

# Days before the adoption.
SCANNER_DAGEN = 180
OPDRACHT_DAGEN = 250
AANGEMAAKT_DAGEN = 160
OPGESTELD_DAGEN = 60
REVIEW_DAGEN = 35
REVIEW_DEADLINE_DAGEN = 14
CONCEPT_GEZIEN_DAGEN = 31
PLAN_GEREED_DAGEN = 7
# Days after the adoption.
PUBLICATIE_DAGEN = 14

SCANNER = {
    "uitvoerder": Uitvoerder.GGD,
    "uitvoerder_naam": "GGD Lindeland",
    "samenvatting": (
        "De eerste Scanner van Lindewaard keek naar alcohol, roken en drugs. Opvallend waren het schenken aan "
        "minderjarigen in sportkantines, het roken op plekken waar kinderen spelen en de lange weg van het "
        "sociaal wijkteam naar de verslavingszorg. (Lindewaard is een fictieve gemeente.)"
    ),
}
# Filled in with the year of the Scanner.
SCANNER_TITEL = "Scanner Alcohol en Drugs Lindewaard {jaar}"
SCANNER_MIDDELEN = ["alcohol", "roken", "drugs"]

AANBEVELINGEN = [
    Aanbevelingsgegevens(
        1,
        "Maak de plekken waar kinderen opgroeien rookvrij",
        "Op speelplaatsen, sportvelden en schoolpleinen wordt nog gerookt; kinderen die volwassenen zien roken, "
        "gaan eerder zelf roken.",
        "Kinderen en jongeren tot 18 jaar en hun ouders",
        "Omgeving",
        ["roken"],
    ),
    Aanbevelingsgegevens(
        2,
        "Zorg dat sportkantines geen alcohol en tabak verkopen aan jongeren onder de 18",
        "Achter de bar van sportkantines staan vrijwilligers; bij een controle kreeg de helft van de "
        "minderjarige kopers alcohol.",
        "Sportverenigingen met een kantine en hun barvrijwilligers",
        "Regelgeving en handhaving",
        ["alcohol", "roken"],
    ),
    Aanbevelingsgegevens(
        3,
        "Geef ouders handvatten om met hun kind over alcohol, roken en drugs te praten",
        "Ouders denken dat ze weinig invloed hebben, terwijl duidelijke regels thuis het beginnen met drinken "
        "uitstellen.",
        "Ouders van leerlingen in het voortgezet onderwijs",
        "Opvoeding",
        ["alcohol", "roken", "drugs"],
    ),
    Aanbevelingsgegevens(
        4,
        "Verbind het sociaal wijkteam en de verslavingszorg",
        "Wijkteammedewerkers zien problemen met alcohol en drugs achter de voordeur, maar de weg naar de "
        "verslavingszorg is lang.",
        "Inwoners met beginnende problemen door alcohol of drugs en hun naasten",
        "Vroegsignalering",
        ["alcohol", "drugs"],
    ),
    Aanbevelingsgegevens(
        5,
        "Bereik mbo-studenten met voorlichting over drugs en uitgaan",
        "Mbo-studenten gebruiken bij het uitgaan vaker drugs dan leeftijdgenoten en weten weinig van de risico's "
        "van combigebruik.",
        "Studenten van het ROC van 16 tot 23 jaar",
        "Onderwijs",
        ["alcohol", "drugs"],
    ),
]

# Filled in with the first and the last year of the plan.
TITEL = "Uitvoeringsplan middelenpreventie {eerste_jaar}–{laatste_jaar}"
# Filled in with the year of the assignment.
OPDRACHT_KENMERK = "Raadsbesluit {jaar}/0187"

PLAN = {
    "inleiding": (
        "Dit is het eerste Uitvoeringsplan middelenpreventie van Lindewaard. De Scanner Alcohol en Drugs van GGD "
        "Lindeland liet zien waar het in onze gemeente om gaat: alcohol in sportkantines, roken waar kinderen "
        "spelen, en hulp die voor inwoners met problemen door alcohol of drugs te ver weg is.\n\n"
        "Met onze lokale partners hebben we de vijf aanbevelingen vertaald naar acties voor vier jaar.\n\n"
        "Lindewaard is een fictieve gemeente; dit plan is een voorbeeld."
    ),
    "samenvatting_totstandkoming": (
        "Het kernteam begon met een startgesprek en nodigde daarna twintig lokale partijen uit voor de "
        "startbijeenkomst, waar de aanbevelingen met stickers zijn geprioriteerd. In drie inhoudelijke "
        "bijeenkomsten zijn de acties uitgewerkt. Het concept lag drie weken ter review bij de stakeholders; "
        "hun opmerkingen zijn verwerkt voordat de gemeenteraad het plan vaststelde."
    ),
    "opdracht_door": Opdrachtgever.RAAD,
    "ambassadeur": "Wethouder Peter Smit (zorg en jeugd)",
    "budget_euro": Decimal("45000"),
    "budget_uren": Decimal("320"),
    "draagvlak_aanpak": (
        "De wethouder nodigde de sportverenigingen persoonlijk uit; het sociaal wijkteam schoof vanaf de "
        "startbijeenkomst aan."
    ),
}


class Bijeenkomstgegevens(NamedTuple):
    dagen: int  # before the adoption
    soort: str
    titel: str
    locatie: str
    starttijd: time
    aanbevelingen: list[int]  # those an inhoudelijke bijeenkomst worked out


# Who came follows from the acties: an inhoudelijke bijeenkomst had the organisations responsible
# for the acties of its aanbevelingen, the slotbijeenkomst all of them; the startbijeenkomst had
# every partner but the ones below. The plan was adopted at the slotbijeenkomst.
BIJEENKOMSTEN = [
    Bijeenkomstgegevens(
        150, BijeenkomstSoort.STARTGESPREK, "Planning en rolverdeling", "Gemeentehuis, kamer 2.14", time(10), []
    ),
    Bijeenkomstgegevens(
        120, BijeenkomstSoort.STARTBIJEENKOMST, "Van de Scanner naar een plan", "Sporthal De Linde", time(15), []
    ),
    Bijeenkomstgegevens(
        95,
        BijeenkomstSoort.INHOUDELIJK,
        "Sportkantines en rookvrije plekken",
        "Kantine LVV '28",
        time(19, 30),
        [2, 1],
    ),
    Bijeenkomstgegevens(
        80, BijeenkomstSoort.INHOUDELIJK, "Ouders en onderwijs", "Lindewaard College", time(15), [3, 5]
    ),
    Bijeenkomstgegevens(
        70,
        BijeenkomstSoort.INHOUDELIJK,
        "Sociaal wijkteam en verslavingszorg",
        "Wijkcentrum De Linde",
        time(13, 30),
        [4],
    ),
    Bijeenkomstgegevens(
        0,
        BijeenkomstSoort.SLOTBIJEENKOMST,
        "Het Uitvoeringsplan vaststellen en ondertekenen",
        "Gemeentehuis, raadzaal",
        time(16),
        [],
    ),
]
STARTBIJEENKOMST_AFWEZIG = {"Eva Willems", "Lotte Brouwer", "Milan de Wit"}
# Stickers each participant put on an aanbeveling (by number); one more where (position + number) % 4 == 0.
PUNTEN = {2: 2, 4: 1, 1: 1}

# The plan order of the aanbevelingen (their numbers), as prioritised at the startbijeenkomst.
VOLGORDE = [2, 4, 1, 3, 5]

# Signatures copied from the signed paper: (organisation, name); the others may still sign.
ONDERTEKENINGEN = [
    ("Gemeente Lindewaard", "Peter Smit"),
    ("Verslavingszorg Lindestroom", "Karin Mulder"),
    ("GGD Lindeland", "Ahmed Yilmaz"),
    ("LVV '28", "Henk Peters"),
]
