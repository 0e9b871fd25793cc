"""The plan's actions: the handreiking's worked example, word for word, and further actions in varying completeness.

`WERKVOORBEELD` holds Actie fields only (the browser tests fill the form with it); its
responsible organisations and middelen stand beside it. In `MEER_ACTIES`, keyed by aanbeveling
number, `periode` is (first quarter, last quarter) of the plan's first year, `verantwoordelijken`
are organisation names (see stakeholders.py), a `herhaling` makes the action recurring, and
`uit_werkblad` marks an action drafted on the worksheet of the inhoudelijke bijeenkomst on
its aanbeveling.
"""

from datetime import date
from decimal import Decimal

from uitvoeringsplan.constants import Erkend, Haalbaarheid, Preventievorm

WERKVOORBEELD = {
    "titel": (
        "Training vroegsignalering alcohol- en drugsproblematiek voor professionals in de eerstelijnszorg en het "
        "sociaal domein."
    ),
    "relevantie": (
        "Om ergere problemen te voorkomen, is het belangrijk dat hulpverleners problemen met alcohol en/of drugs in "
        "een zo vroeg mogelijk stadium (h)erkennen. En om te kunnen verwijzen naar de juiste hulp. Met de training "
        "kan hun deskundigheid worden bevorderd."
    ),
    "haalbaarheid": Haalbaarheid.GOED,
    "haalbaarheid_toelichting": (
        "De interventie lijkt haalbaar omdat er een trainer beschikbaar is, er budget beschikbaar is en dit nog past "
        "binnen de trainingsuren van de professionals."
    ),
    "benodigde_middelen": (
        "- Trainer\n- Kosten training\n- Uren professionals om de training te volgen\n- Locatie training\n- Terugkomdag"
    ),
    "effectiviteit": (
        "Kennis en kunde over riskant en problematisch middelengebruik bij professionals zijn voorwaarde om het "
        "gesprek aan te gaan over middelengebruik.\n\nKennis over gesprekstechnieken en verwijsmogelijkheden geven "
        "de professionals handelingsperspectief daarvoor. Hierdoor kunnen problemen bij inwoners eerder worden "
        "gesignaleerd en ernstig(er) middelenproblematiek worden voorkomen."
    ),
    "obstakels": "Mogelijk vindt een aantal professionals dit niet tot hun takenpakket behoren.",
    "obstakels_aanpak": (
        "Hiervoor starten we eerst met de gemotiveerde professionals. Vervolgens wordt de training standaard "
        "onderdeel wordt van het werkproces van alle professionals in het voorveld."
    ),
    "periode_start": date(2026, 1, 1),
    "periode_eind": date(2026, 3, 31),
    "herhalend": True,
    "herhaling": "en daarna jaarlijks aanbieden.",
    "wie_doet_wat": (
        "De training wordt gegeven door trainer x van de instelling van verslavingszorg.\n\nDe training wordt gevolgd "
        "door medewerkers uit het Sociaal wijkteam en welzijnspartners. Leidinggevende x zorgt ervoor dat diens "
        "medewerkers de training door de IVZ volgen."
    ),
    "prioriteit": 1,
    "prioriteit_overwegingen": (
        "Deze training zetten we als eerste in, omdat we voldoende deskundigheid als basis zien voor het investeren "
        "in vroegsignalering alcohol- en drugsproblematiek."
    ),
    "preventievorm": Preventievorm.GEINDICEERD,
    "doelgroep": "Professionals in de eerstelijnszorg en het sociaal domein",
}

WERKVOORBEELD_VERANTWOORDELIJKEN = ["Verslavingszorg Lindestroom", "Sociaal wijkteam Lindewaard", "Welzijn Lindewaard"]
WERKVOORBEELD_MIDDELEN = ["alcohol", "drugs"]

MEER_ACTIES = {
    1: [
        {
            "titel": "Alcohol- en drugsgebruik standaard bespreken in het keukentafelgesprek",
            "relevantie": "In het keukentafelgesprek komen zorgen achter de voordeur op tafel; middelengebruik "
            "blijft nu vaak onbesproken.",
            "haalbaarheid": Haalbaarheid.REDELIJK,
            "haalbaarheid_toelichting": "Het gespreksformat wordt in 2027 toch herzien.",
            "andere_voorwaarden": "Aanpassing van het gespreksformat en de registratie.",
            "fte": Decimal("0.05"),
            "periode": (2, 4),
            "verantwoordelijken": ["Sociaal wijkteam Lindewaard"],
            "prioriteit": 2,
            "preventievorm": Preventievorm.GEINDICEERD,
        },
    ],
    2: [
        {
            "titel": "Nalevingsonderzoek leeftijdsgrens bij supermarkten, slijterijen en horeca",
            "relevantie": "Wat gemeten wordt, verbetert: een nalevingsonderzoek laat zien waar de "
            "leeftijdsgrens niet wordt nageleefd en maakt gerichte handhaving mogelijk.",
            "haalbaarheid": Haalbaarheid.GOED,
            "haalbaarheid_toelichting": "Een onderzoeksbureau kan dit jaarlijks uitvoeren binnen het budget.",
            "benodigde_middelen": "Onderzoeksbureau met mystery shoppers van 18 jaar.",
            "kosten_euro": Decimal("12500"),
            "kosten_toelichting": "Uitvoering door een onderzoeksbureau, 120 aankooppogingen.",
            "fte": Decimal("0.10"),
            "effectiviteit": "Nalevingsonderzoek met terugkoppeling aan verkooppunten verhoogt de naleving "
            "aantoonbaar, vooral in combinatie met handhaving.",
            "erkend": Erkend.ONBEKEND,
            "obstakels": "Verkooppunten ervaren het onderzoek als controle.",
            "obstakels_aanpak": "Vooraf informeren via KHN en de supermarktbranche; resultaten positief terugkoppelen.",
            "periode": (2, 3),
            "herhaling": "daarna elk jaar herhalen.",
            "verantwoordelijken": ["Gemeente Lindewaard, team Handhaving", "KHN afdeling Lindewaard"],
            "wie_doet_wat": "De gemeente geeft de opdracht; KHN informeert de horeca vooraf.",
            "prioriteit": 1,
            "prioriteit_overwegingen": "Eerst meten, dan gericht handhaven.",
            "preventievorm": Preventievorm.UNIVERSEEL,
        },
        {
            "titel": "Training leeftijdscontrole voor kassamedewerkers en barvrijwilligers",
            "relevantie": "Medewerkers vinden het lastig om naar een legitimatiebewijs te vragen.",
            "kosten_euro": Decimal("4000"),
            "periode": (3, 4),
            "verantwoordelijken": ["KHN afdeling Lindewaard"],
            "prioriteit": 2,
        },
    ],
    3: [
        {
            "titel": "Alcohol- en drugsbeleid op het Lindewaard College",
            "relevantie": "Een schoolbeleid zorgt voor duidelijke regels en afspraken over signaleren en "
            "doorverwijzen.",
            "haalbaarheid": Haalbaarheid.GOED,
            "haalbaarheid_toelichting": "De school wil dit graag en heeft een zorgcoördinator die trekt.",
            "benodigde_middelen": "Begeleiding door de preventiewerker bij het opstellen.",
            "kosten_euro": Decimal("2500"),
            "fte": Decimal("0.05"),
            "andere_voorwaarden": "Instemming van de medezeggenschapsraad.",
            "effectiviteit": "Een alcohol- en drugsbeleid op school is een voorbeeld van universele preventie; "
            "het werkt het best in combinatie met lessen en ouderbetrokkenheid.",
            "erkend": Erkend.ONBEKEND,
            "obstakels": "Weinig tijd bij de schoolleiding.",
            "obstakels_aanpak": "De preventiewerker schrijft een eerste opzet.",
            "periode": (1, 2),
            "verantwoordelijken": ["Lindewaard College", "Verslavingszorg Lindestroom"],
            "wie_doet_wat": "De zorgcoördinator trekt; de preventiewerker levert het model en begeleidt.",
            "prioriteit": 1,
            "prioriteit_overwegingen": "Het beleid is de basis voor de lessen.",
            "preventievorm": Preventievorm.UNIVERSEEL,
        },
        {
            "titel": "Lessen over alcohol, roken en drugs in klas 1 tot en met 3",
            "relevantie": "Kennis en weerbaarheid vergroten voordat jongeren gaan experimenteren.",
            "haalbaarheid": Haalbaarheid.REDELIJK,
            "kosten_euro": Decimal("6000"),
            "periode": (3, 4),
            "herhaling": "daarna elk schooljaar.",
            "verantwoordelijken": ["Lindewaard College", "ROC Lindeland, locatie Lindewaard"],
            "prioriteit": 2,
            "preventievorm": Preventievorm.UNIVERSEEL,
        },
    ],
    4: [
        {
            "titel": "Ouderavond over alcohol en drugs in de brugklas",
            "relevantie": "Ouders onderschatten hun invloed; een ouderavond geeft handvatten voor het gesprek thuis.",
            "kosten_euro": Decimal("1500"),
            "periode": (4, 4),
            "verantwoordelijken": ["Ouderraad Lindewaard College", "Centrum voor Jeugd en Gezin Lindewaard"],
            "preventievorm": Preventievorm.UNIVERSEEL,
        },
    ],
    5: [
        {
            "titel": "Alcoholvrije kantine tijdens jeugdwedstrijden",
            "relevantie": "Kinderen zien volwassenen minder drinken; de vereniging geeft het goede voorbeeld.",
            "haalbaarheid": Haalbaarheid.BEPERKT,
            "haalbaarheid_toelichting": "De kantine-inkomsten zijn belangrijk voor de vereniging.",
            "kosten_euro": Decimal("3000"),
            "kosten_toelichting": "Compensatie en alcoholvrije alternatieven in het eerste jaar.",
            "periode": (2, 4),
            "verantwoordelijken": ["LVV '28"],
            "prioriteit": 3,
            "preventievorm": Preventievorm.UNIVERSEEL,
        },
        {
            "titel": "Drugsbeleid voor evenementen opnemen in de vergunningsvoorwaarden",
            "relevantie": "Organisatoren weten dan vooraf wat er van hen wordt verwacht.",
            "uit_werkblad": True,
        },
    ],
}
