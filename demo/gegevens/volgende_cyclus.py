"""How Lindewaard's current plan continues the previous cycle.

The kernteam compared the aanbevelingen of the new Scanner (scanner.py) with those of the previous
one (vorige_cyclus.py) and carried some acties of the previous plan (vorige_acties.py) over into
the current one (acties.py), where the evaluation (evaluatie.py) advised to go on with them.
"""

# Which aanbeveling of the current Scanner returns from which of the previous one: {current: previous}.
# The other current aanbevelingen are new; previous 1 (rookvrij opgroeien) and 5 (mbo) dropped out.
KOPPELINGEN = {
    1: 4,  # vroegsignalering ← sociaal wijkteam en verslavingszorg
    2: 2,  # naleving van de leeftijdsgrens ← sportkantines onder de 18
    4: 3,  # ouders ← ouders
}

# Acties of the current plan that continue an actie of the previous plan: {current title: previous title}.
OVERGENOMEN_ACTIES = {
    "Training leeftijdscontrole voor kassamedewerkers en barvrijwilligers": (
        "Training Instructie Verantwoord Alcoholgebruik (IVA) voor barvrijwilligers"
    ),
    "Nalevingsonderzoek leeftijdsgrens bij supermarkten, slijterijen en horeca": (
        "Alcohol- en tabakscontroles bij sportkantines"
    ),
    "Ouderavond over alcohol en drugs in de brugklas": "Ouderavond Helder op School",
}
