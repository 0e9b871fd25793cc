"""Lindewaard's Uitvoeringsplan: its introduction, the assignment and the talks with the wethouder.

The plan's own dates are computed in demo/bouwen.py from the day the demo is built (the first
year of the plan is next year); the talks are dated in days from that day (negative: in the past).
"""

from decimal import Decimal

from uitvoeringsplan.constants import Opdrachtgever

# Filled in with the plan's two years.
TITEL = "Uitvoeringsplan middelenpreventie Lindewaard {eerste_jaar}–{tweede_jaar}"
# Filled in with this year.
OPDRACHT_KENMERK = "B&W-besluit {jaar}/0412"

PLAN = {
    "inleiding": (
        "In Lindewaard drinken jongeren op jongere leeftijd dan gemiddeld in de regio, en het gebruik van drugs "
        "in het uitgaansleven neemt toe. De Scanner Alcohol en Drugs, uitgevoerd door Verslavingszorg "
        "Lindestroom, bracht dat in kaart en deed zes aanbevelingen.\n\nIn dit Uitvoeringsplan staat hoe we die "
        "aanbevelingen samen met onze lokale partners vertalen naar concrete en haalbare acties: wie ze "
        "uitvoert, welke middelen daarvoor nodig zijn en welke prioriteit ze hebben.\n\n"
        "Lindewaard is een fictieve gemeente; dit plan is een voorbeeld."
    ),
    "opdracht_door": Opdrachtgever.COLLEGE,
    "ambassadeur": "Wethouder Peter Smit (zorg en jeugd)",
    "budget_euro": Decimal("60000"),
    "budget_uren": Decimal("400"),
    "draagvlak_aanpak": (
        "Kernteamleden bellen iedere stakeholder persoonlijk voor de startbijeenkomst in plaats van alleen een "
        "uitnodigingsmail. De wethouder opent de startbijeenkomst."
    ),
}

# (days from today, onderwerp, verslag)
WETHOUDEROVERLEGGEN = [
    (
        -140,
        "Start van het traject en samenstelling kernteam",
        "De wethouder opent de startbijeenkomst en is ambassadeur van het plan.",
    ),
    (
        -20,
        "Stand van zaken na de inhoudelijke bijeenkomsten",
        "Zorg dat de sportverenigingen goed betrokken blijven.",
    ),
]
