"""The demo's people: the kernteam, a stakeholder, the wethouder, a beheerder, and two people of the region.

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

# Two people of the regional project Regio Lindeland (demo/gegevens/regio.py); Marieke van Dijk, the
# projectleider above, is also the region's projectleider in its projectteam.
STUURGROEP_ACCOUNT = Persoon(
    "stuurgroep",
    "Hanneke",
    "Verbeek",
    Rol.LEZER,
    omschrijving="Wethouder gezondheid, gemeente Beekdal; voorzitter van de stuurgroep van Regio Lindeland",
)
TREKKER_ACCOUNT = Persoon(
    "trekker",
    "Sanne",
    "Jansen",
    Rol.LEZER,
    omschrijving="Epidemioloog, GGD Lindeland; trekker van de werkgroep Monitor van Regio Lindeland",
)
REGIO_ACCOUNTS = [STUURGROEP_ACCOUNT, TREKKER_ACCOUNT]
