"""Esther de Groot's review comments on the concept, placed some days ago and partly answered.

`dagen` is how many days ago she placed the comment, `beantwoord_dagen` how many days ago it
was answered (always later); `actie` is an action's title (see acties.py), `invultabel` an
aanbeveling number and `beantwoord_door` a username (see mensen.py).
"""

from rapportage.constants import OpmerkingStatus

from .acties import WERKVOORBEELD

OPMERKINGEN = [
    {
        "dagen": 5,
        "actie": WERKVOORBEELD["titel"],
        "invultabel": 1,
        "tekst": "Kunnen de praktijkondersteuners GGZ van de huisartsen ook aan de training meedoen?",
        "status": OpmerkingStatus.VERWERKT,
        "antwoord": "Goed idee: de POH-GGZ staan nu bij de deelnemers van de terugkomdag.",
        "beantwoord_door": "kernteamlid",
        "beantwoord_dagen": 2,
    },
    {
        "dagen": 4,
        "invultabel": 5,
        "tekst": "Mis ik hier de jongerenwerkers? Zij zijn op evenementen vaak aanwezig.",
        "status": OpmerkingStatus.NIET_OVERGENOMEN,
        "antwoord": "De jongerenwerkers zijn betrokken bij aanbeveling 6, die in het volgende jaar wordt uitgewerkt.",
        "beantwoord_door": "projectleider",
        "beantwoord_dagen": 1,
    },
    {
        "dagen": 1,
        "tekst": "Mooi plan. Kunnen de ouderavonden worden afgestemd met de schoolkalender van het Lindewaard College?",
    },
    {
        "dagen": 0,
        "actie": "Alcohol- en drugsgebruik standaard bespreken in het keukentafelgesprek",
        "invultabel": 1,
        "tekst": "Het wijkteam heeft hier scholing voor nodig; dat kan mooi samen met de training vroegsignalering.",
    },
]
