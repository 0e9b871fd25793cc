"""The demo's people: the kernteam, a stakeholder with an account, the wethouder and a beheerder.

Everyone logs in with the password given to the `demo` command; usernames double as the e-mail's local part.
"""

from dataclasses import dataclass

from uitvoeringsplan.constants import Kernteamfunctie, Rol

EMAILDOMEIN = "lindewaard.example"


@dataclass(frozen=True)
class Persoon:
    username: str
    voornaam: str
    achternaam: str
    rol: str
    functie: str = ""
    omschrijving: str = ""

    @property
    def naam(self) -> str:
        return f"{self.voornaam} {self.achternaam}"


KERNTEAM = [
    Persoon(
        "projectleider",
        "Marieke",
        "van Dijk",
        Rol.PROJECTLEIDER,
        Kernteamfunctie.PROJECTLEIDER,
        "Projectleider gezondheidsbeleid, gemeente Lindewaard",
    ),
    Persoon(
        "kernteamlid",
        "Thomas",
        "Bakker",
        Rol.KERNTEAMLID,
        Kernteamfunctie.PREVENTIEWERKER,
        "Preventiewerker, Verslavingszorg Lindestroom",
    ),
    Persoon(
        "ggd",
        "Fatima",
        "El Amrani",
        Rol.KERNTEAMLID,
        Kernteamfunctie.GGD,
        "Adviseur gezondheidsbevordering, GGD Lindeland",
    ),
    Persoon(
        "beleidsmedewerker",
        "Joost",
        "Visser",
        Rol.KERNTEAMLID,
        Kernteamfunctie.BELEIDSMEDEWERKER,
        "Beleidsmedewerker gezondheid, gemeente Lindewaard",
    ),
]
STAKEHOLDER_ACCOUNT = Persoon("stakeholder", "Esther", "de Groot", Rol.STAKEHOLDER)
WETHOUDER = Persoon("wethouder", "Peter", "Smit", Rol.LEZER)
BEHEERDER = Persoon("beheerder", "Beheer", "Gemeente", Rol.LEZER)
