"""The meetings of Lindewaard's traject, from the startgesprek to the slotbijeenkomst still ahead.

`dagen` counts from the day the demo is built (negative: in the past). Who is invited follows
from the stakeholders' aanbevelingen (see stakeholders.py); the contact persons named here
were absent or sent their apologies.
"""

from datetime import time

from bijeenkomsten.constants import BijeenkomstSoort, Werkvorm

STARTGESPREK = {
    "soort": BijeenkomstSoort.STARTGESPREK,
    "dagen": -130,
    "starttijd": time(10),
    "eindtijd": time(12),
    "titel": "Planning en rolverdeling",
    "locatie": "Gemeentehuis Lindewaard, kamer 2.14",
    "verslag": "Planning, rolverdeling, budget en de aanpak voor draagvlak afgesproken.",
}

STARTBIJEENKOMST = {
    "soort": BijeenkomstSoort.STARTBIJEENKOMST,
    "dagen": -100,
    "starttijd": time(15),
    "eindtijd": time(17, 30),
    "titel": "Samen aan de slag met de aanbevelingen",
    "locatie": "Theater De Linde, foyer",
    "verslag": "De wethouder opende de bijeenkomst. 14 partijen prioriteerden de aanbevelingen met stickers.",
}
# How many of the handreiking's tips for the startbijeenkomst the kernteam followed (the first ones).
STARTBIJEENKOMST_TIPS = 4
# Invitations went out this many days before the demo is built.
STARTBIJEENKOMST_UITGENODIGD = 120
STARTBIJEENKOMST_AFWEZIG = {"Eva Willems", "Lotte Brouwer"}
STARTBIJEENKOMST_AFGEMELD = {"Mark de Boer"}
# Dot voting: stickers per aanbeveling number for each participant, spread a little; the plan
# takes the order of the result (demo/bouwen.py applies it).
PUNTEN = {1: 3, 3: 2, 2: 2, 5: 1, 4: 1, 6: 0}

# One inhoudelijke bijeenkomst per aanbeveling, titled after it: (aanbeveling, dagen, expert, werkvorm).
INHOUDELIJK = [
    (1, -70, "Ahmed Yilmaz (GGD Lindeland)", Werkvorm.WERELDCAFE),
    (3, -55, "Karin Mulder (Verslavingszorg Lindestroom)", Werkvorm.BRAINSTORM),
    (2, -40, "Trimbos-instituut, expert Alcoholwet", Werkvorm.FLIPOVER),
    (5, -25, "Trimbos-instituut, expert evenementen", Werkvorm.WERELDCAFE),
    (4, -12, "Ilse Schouten (Centrum voor Jeugd en Gezin)", Werkvorm.BRAINSTORM),
]
INHOUDELIJK_OPZET = {
    "soort": BijeenkomstSoort.INHOUDELIJK,
    "starttijd": time(13, 30),
    "eindtijd": time(16),
    "locatie": "Bibliotheek Lindewaard",
}

SLOTBIJEENKOMST = {
    "soort": BijeenkomstSoort.SLOTBIJEENKOMST,
    "dagen": 21,
    "starttijd": time(16),
    "eindtijd": time(18),
    "titel": "Het Uitvoeringsplan vaststellen en ondertekenen",
    "locatie": "Gemeentehuis Lindewaard, raadzaal",
}
