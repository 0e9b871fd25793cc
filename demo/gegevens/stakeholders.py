"""Lindewaard's local partners: one organisation and one contact person each.

`aanbevelingen` are the numbers of the Scanner's aanbevelingen the contact person cares about
(see scanner.py); they decide who is invited to which inhoudelijke bijeenkomst.
"""

from typing import NamedTuple

from stakeholders.constants import Informeren, Sector


class Partij(NamedTuple):
    organisatie: str
    sector: str
    contactpersoon: str
    functie: str
    bijdrage: str
    informeren: list[str]
    aanbevelingen: list[int]


STAKEHOLDERS = [
    Partij(
        "Verslavingszorg Lindestroom",
        Sector.VERSLAVINGSZORG,
        "Karin Mulder",
        "Preventiewerker en trainer",
        "Geeft trainingen vroegsignalering en voorlichting op scholen.",
        [Informeren.EMAIL],
        [1, 3, 4],
    ),
    Partij(
        "GGD Lindeland",
        Sector.GGD,
        "Ahmed Yilmaz",
        "Jeugdarts",
        "Ziet alle jongeren in klas 2 en 4 voor het preventief gezondheidsonderzoek.",
        [Informeren.NIEUWSBRIEF],
        [1, 3],
    ),
    Partij(
        "Sociaal wijkteam Lindewaard",
        Sector.SOCIAAL_WIJKTEAM,
        "Esther de Groot",
        "Teamleider",
        "Keukentafelgesprekken met gezinnen; signaleert problemen achter de voordeur.",
        [Informeren.EMAIL, Informeren.BIJEENKOMSTEN],
        [1, 6],
    ),
    Partij(
        "Welzijn Lindewaard",
        Sector.WELZIJN,
        "Bas Hendriks",
        "Coördinator welzijn",
        "Ouderensociëteiten en mantelzorgondersteuning.",
        [Informeren.NIEUWSBRIEF],
        [1],
    ),
    Partij(
        "Jongerenwerk De Schakel",
        Sector.JONGERENWERK,
        "Youssef Amrani",
        "Jongerenwerker",
        "Ambulant jongerenwerk in de wijken Oost en Haven.",
        [Informeren.PERSOONLIJK],
        [6, 5],
    ),
    Partij(
        "Lindewaard College",
        Sector.ONDERWIJS,
        "Ingrid Kok",
        "Zorgcoördinator",
        "Voortgezet onderwijs, 1.100 leerlingen; heeft een mentorprogramma.",
        [Informeren.EMAIL],
        [3, 4],
    ),
    Partij(
        "ROC Lindeland, locatie Lindewaard",
        Sector.ONDERWIJS,
        "Mark de Boer",
        "Docent burgerschap",
        "Mbo-studenten van 16 tot 23 jaar.",
        [Informeren.EMAIL],
        [3],
    ),
    Partij(
        "Politie basisteam Lindewaard",
        Sector.POLITIE,
        "Rob Verbeek",
        "Wijkagent",
        "Signaleert overlast en drugshandel rond hangplekken.",
        [Informeren.BIJEENKOMSTEN],
        [2, 5, 6],
    ),
    Partij(
        "Gemeente Lindewaard, team Handhaving",
        Sector.HANDHAVING,
        "Anouk Vos",
        "Boa drank- en horecatoezicht",
        "Toezicht op de Alcoholwet en leeftijdsgrenzen.",
        [Informeren.EMAIL],
        [2],
    ),
    Partij(
        "KHN afdeling Lindewaard",
        Sector.HORECA,
        "Dennis Kuiper",
        "Voorzitter",
        "Vertegenwoordigt 40 horecaondernemers.",
        [Informeren.NIEUWSBRIEF],
        [2, 5],
    ),
    Partij(
        "LVV '28",
        Sector.SPORT,
        "Henk Peters",
        "Bestuurslid kantinezaken",
        "Voetbalvereniging met 600 jeugdleden en een eigen kantine.",
        [Informeren.EMAIL],
        [5],
    ),
    Partij(
        "Stichting Lindewaard Events",
        Sector.EVENEMENTEN,
        "Lotte Brouwer",
        "Organisator zomerfestival",
        "Organiseert het zomerfestival met 8.000 bezoekers.",
        [Informeren.EMAIL],
        [5],
    ),
    Partij(
        "Huisartsenpraktijk De Lindeboom",
        Sector.EERSTELIJNSZORG,
        "Eva Willems",
        "Huisarts",
        "Spreekt patiënten aan op riskant alcoholgebruik.",
        [Informeren.NIEUWSBRIEF],
        [1],
    ),
    Partij(
        "Huisartsencoöperatie Lindewaard",
        Sector.EERSTELIJNSZORG,
        "Nina Dekker",
        "Praktijkondersteuner GGZ",
        "Kortdurende begeleiding bij psychische en verslavingsproblemen.",
        [Informeren.EMAIL],
        [1],
    ),
    Partij(
        "Ouderraad Lindewaard College",
        Sector.OUDERS_INWONERS,
        "Sandra Meijer",
        "Voorzitter ouderraad",
        "Denkt mee over ouderavonden en de schoolgids.",
        [Informeren.NIEUWSBRIEF],
        [4],
    ),
    Partij(
        "Jongerenraad Lindewaard",
        Sector.JONGEREN,
        "Milan de Wit",
        "Lid jongerenraad",
        "Laat jongeren meepraten over gemeentelijk beleid.",
        [Informeren.PERSOONLIJK],
        [4, 6],
    ),
    Partij(
        "Centrum voor Jeugd en Gezin Lindewaard",
        Sector.JEUGDZORG,
        "Ilse Schouten",
        "Jeugdverpleegkundige",
        "Opvoedondersteuning en spreekuren voor ouders.",
        [Informeren.EMAIL],
        [4],
    ),
]


# The gemeente itself, responsible for actions but without a contact person of its own.
GEMEENTE_ORGANISATIE = ("Gemeente Lindewaard", Sector.GEMEENTE)
