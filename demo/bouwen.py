"""A realistic, fictional gemeente that shows every part of the product.

Lindewaard does not exist; its people and organisations are invented. The action
"Training vroegsignalering" is the handreiking's own worked example, word for word.
Meeting dates are relative to the day the demo is built, so there is always a meeting
ahead and a review deadline to meet. The Scanner's report and one beleidsdocument are small
fictional PDFs from demobestanden/, stored like real uploads.
"""

from dataclasses import dataclass
from datetime import date, time, timedelta
from decimal import Decimal
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from bijeenkomsten.agenda import STANDAARDAGENDA, TIPS
from bijeenkomsten.constants import BijeenkomstSoort, Kanaal, UitnodigingStatus, Werkvorm
from bijeenkomsten.models import Agendapunt, Bijeenkomst, Prioritering, Uitnodiging
from rapportage.constants import OpmerkingStatus
from rapportage.models import Opmerking
from scanner.constants import BeleidsdocumentSoort, Uitvoerder
from scanner.models import Aanbeveling, Beleidsdocument, Gemeente, Middel, Scanner
from stakeholders.constants import Informeren, Sector
from stakeholders.models import Organisatie, Stakeholder
from uitvoeringsplan.constants import (
    Databank,
    Erkend,
    Erkenningsniveau,
    Haalbaarheid,
    Kernteamfunctie,
    Opdrachtgever,
    PlanStatus,
    Preventievorm,
    Rol,
)
from uitvoeringsplan.models import Actie, Interventie, Invultabel, Lidmaatschap, Uitvoeringsplan, Wethouderoverleg

DEMO_CBS_CODE = "GM9901"
BENCHMARK_CBS_CODE = "GM9902"
PROJECTLEIDERS = "Projectleiders"
DEMOBESTANDEN = Path(__file__).resolve().parent / "demobestanden"


@dataclass(frozen=True)
class Persoon:
    username: str
    voornaam: str
    achternaam: str
    rol: str
    functie: str = ""
    omschrijving: str = ""


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

# organisatie, sector, contactpersoon, functie, bijdrage, informeren, aanbevelingen (nummers)
STAKEHOLDERS = [
    (
        "Verslavingszorg Lindestroom",
        Sector.VERSLAVINGSZORG,
        "Karin Mulder",
        "Preventiewerker en trainer",
        "Geeft trainingen vroegsignalering en voorlichting op scholen.",
        [Informeren.EMAIL],
        [1, 3, 4],
    ),
    (
        "GGD Lindeland",
        Sector.GGD,
        "Ahmed Yilmaz",
        "Jeugdarts",
        "Ziet alle jongeren in klas 2 en 4 voor het preventief gezondheidsonderzoek.",
        [Informeren.NIEUWSBRIEF],
        [1, 3],
    ),
    (
        "Sociaal wijkteam Lindewaard",
        Sector.SOCIAAL_WIJKTEAM,
        "Esther de Groot",
        "Teamleider",
        "Keukentafelgesprekken met gezinnen; signaleert problemen achter de voordeur.",
        [Informeren.EMAIL, Informeren.BIJEENKOMSTEN],
        [1, 6],
    ),
    (
        "Welzijn Lindewaard",
        Sector.WELZIJN,
        "Bas Hendriks",
        "Coördinator welzijn",
        "Ouderensociëteiten en mantelzorgondersteuning.",
        [Informeren.NIEUWSBRIEF],
        [1],
    ),
    (
        "Jongerenwerk De Schakel",
        Sector.JONGERENWERK,
        "Youssef Amrani",
        "Jongerenwerker",
        "Ambulant jongerenwerk in de wijken Oost en Haven.",
        [Informeren.PERSOONLIJK],
        [6, 5],
    ),
    (
        "Lindewaard College",
        Sector.ONDERWIJS,
        "Ingrid Kok",
        "Zorgcoördinator",
        "Voortgezet onderwijs, 1.100 leerlingen; heeft een mentorprogramma.",
        [Informeren.EMAIL],
        [3, 4],
    ),
    (
        "ROC Lindeland, locatie Lindewaard",
        Sector.ONDERWIJS,
        "Mark de Boer",
        "Docent burgerschap",
        "Mbo-studenten van 16 tot 23 jaar.",
        [Informeren.EMAIL],
        [3],
    ),
    (
        "Politie basisteam Lindewaard",
        Sector.POLITIE,
        "Rob Verbeek",
        "Wijkagent",
        "Signaleert overlast en drugshandel rond hangplekken.",
        [Informeren.BIJEENKOMSTEN],
        [2, 5, 6],
    ),
    (
        "Gemeente Lindewaard, team Handhaving",
        Sector.HANDHAVING,
        "Anouk Vos",
        "Boa drank- en horecatoezicht",
        "Toezicht op de Alcoholwet en leeftijdsgrenzen.",
        [Informeren.EMAIL],
        [2],
    ),
    (
        "KHN afdeling Lindewaard",
        Sector.HORECA,
        "Dennis Kuiper",
        "Voorzitter",
        "Vertegenwoordigt 40 horecaondernemers.",
        [Informeren.NIEUWSBRIEF],
        [2, 5],
    ),
    (
        "LVV '28",
        Sector.SPORT,
        "Henk Peters",
        "Bestuurslid kantinezaken",
        "Voetbalvereniging met 600 jeugdleden en een eigen kantine.",
        [Informeren.EMAIL],
        [5],
    ),
    (
        "Stichting Lindewaard Events",
        Sector.EVENEMENTEN,
        "Lotte Brouwer",
        "Organisator zomerfestival",
        "Organiseert het zomerfestival met 8.000 bezoekers.",
        [Informeren.EMAIL],
        [5],
    ),
    (
        "Huisartsenpraktijk De Lindeboom",
        Sector.EERSTELIJNSZORG,
        "Eva Willems",
        "Huisarts",
        "Spreekt patiënten aan op riskant alcoholgebruik.",
        [Informeren.NIEUWSBRIEF],
        [1],
    ),
    (
        "Huisartsencoöperatie Lindewaard",
        Sector.EERSTELIJNSZORG,
        "Nina Dekker",
        "Praktijkondersteuner GGZ",
        "Kortdurende begeleiding bij psychische en verslavingsproblemen.",
        [Informeren.EMAIL],
        [1],
    ),
    (
        "Ouderraad Lindewaard College",
        Sector.OUDERS_INWONERS,
        "Sandra Meijer",
        "Voorzitter ouderraad",
        "Denkt mee over ouderavonden en de schoolgids.",
        [Informeren.NIEUWSBRIEF],
        [4],
    ),
    (
        "Jongerenraad Lindewaard",
        Sector.JONGEREN,
        "Milan de Wit",
        "Lid jongerenraad",
        "Laat jongeren meepraten over gemeentelijk beleid.",
        [Informeren.PERSOONLIJK],
        [4, 6],
    ),
    (
        "Centrum voor Jeugd en Gezin Lindewaard",
        Sector.JEUGDZORG,
        "Ilse Schouten",
        "Jeugdverpleegkundige",
        "Opvoedondersteuning en spreekuren voor ouders.",
        [Informeren.EMAIL],
        [4],
    ),
]

# nummer, titel, toelichting, doelgroep, thema, middelen
AANBEVELINGEN = [
    (
        1,
        "Investeer in vroegsignalering alcohol- en drugsproblematiek",
        "Professionals in de eerstelijnszorg en het sociaal domein herkennen problemen met alcohol en drugs nog te "
        "laat en weten niet altijd waarnaar ze kunnen verwijzen.",
        "Professionals in de eerstelijnszorg en het sociaal domein",
        "Vroegsignalering",
        ["alcohol", "drugs"],
    ),
    (
        2,
        "Versterk de naleving van de leeftijdsgrens bij de verkoop van alcohol",
        "Bij een nalevingsonderzoek verkocht twee derde van de verkooppunten alcohol aan jongeren onder de 18.",
        "Verkooppunten van alcohol",
        "Regelgeving en handhaving",
        ["alcohol"],
    ),
    (
        3,
        "Bied alle scholen een samenhangend programma middelenpreventie aan",
        "Scholen doen allemaal iets aan voorlichting, maar zonder samenhang en zonder schoolbeleid.",
        "Leerlingen en docenten in het voortgezet en middelbaar beroepsonderwijs",
        "Onderwijs",
        ["alcohol", "drugs", "roken"],
    ),
    (
        4,
        "Betrek ouders bij het voorkomen van alcohol- en drugsgebruik door jongeren",
        "Een kwart van de ouders vindt het goed als hun kind van 16 alcohol drinkt.",
        "Ouders van jongeren van 10 tot 18 jaar",
        "Opvoeding",
        ["alcohol", "drugs"],
    ),
    (
        5,
        "Maak sportkantines en evenementen alcohol- en drugsveilig",
        "Op evenementen en in sportkantines wordt veel gedronken, ook door minderjarigen.",
        "Bezoekers van evenementen en sportverenigingen",
        "Omgeving",
        ["alcohol", "drugs"],
    ),
    (
        6,
        "Bereik kwetsbare jongeren via het jongerenwerk",
        "Een kleine groep jongeren in Oost en Haven gebruikt vaak en veel; zij komen niet naar voorlichting.",
        "Kwetsbare jongeren van 14 tot 23 jaar",
        "Selectieve preventie",
        ["alcohol", "drugs"],
    ),
]

# The prioritisation at the startbijeenkomst: points per aanbeveling (dot voting), in plan order.
VOLGORDE = [1, 3, 2, 5, 4, 6]

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


def kwartaal(jaar: int, nummer: int) -> tuple[date, date]:
    start = date(jaar, 3 * nummer - 2, 1)
    eind = date(jaar + (nummer == 4), (3 * nummer) % 12 + 1, 1) - timedelta(days=1)
    return start, eind


def _meer_acties(jaar: int) -> dict[int, list[dict]]:
    """Further actions in varying completeness, keyed by aanbeveling number."""
    q1, q2, q3, q4 = (kwartaal(jaar, n) for n in (1, 2, 3, 4))
    return {
        1: [
            {
                "titel": "Alcohol- en drugsgebruik standaard bespreken in het keukentafelgesprek",
                "relevantie": "In het keukentafelgesprek komen zorgen achter de voordeur op tafel; middelengebruik "
                "blijft nu vaak onbesproken.",
                "haalbaarheid": Haalbaarheid.REDELIJK,
                "haalbaarheid_toelichting": "Het gespreksformat wordt in 2027 toch herzien.",
                "andere_voorwaarden": "Aanpassing van het gespreksformat en de registratie.",
                "fte": Decimal("0.05"),
                "periode": (q2[0], q4[1]),
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
                "obstakels_aanpak": "Vooraf informeren via KHN en de supermarktbranche; resultaten positief "
                "terugkoppelen.",
                "periode": (q2[0], q3[1]),
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
                "periode": (q3[0], q4[1]),
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
                "periode": (q1[0], q2[1]),
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
                "periode": (q3[0], q4[1]),
                "herhaling": "daarna elk schooljaar.",
                "verantwoordelijken": ["Lindewaard College", "ROC Lindeland, locatie Lindewaard"],
                "prioriteit": 2,
                "preventievorm": Preventievorm.UNIVERSEEL,
            },
        ],
        4: [
            {
                "titel": "Ouderavond over alcohol en drugs in de brugklas",
                "relevantie": "Ouders onderschatten hun invloed; een ouderavond geeft handvatten voor het gesprek "
                "thuis.",
                "kosten_euro": Decimal("1500"),
                "periode": (q4[0], q4[1]),
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
                "periode": (q2[0], q4[1]),
                "verantwoordelijken": ["LVV '28"],
                "prioriteit": 3,
                "preventievorm": Preventievorm.UNIVERSEEL,
            },
            {
                "titel": "Drugsbeleid voor evenementen opnemen in de vergunningsvoorwaarden",
                "relevantie": "Organisatoren weten dan vooraf wat er van hen wordt verwacht.",
                "uit_bijeenkomst": True,
            },
        ],
    }


def _gebruiker(persoon: Persoon, wachtwoord: str, email_domein: str = "lindewaard.example"):
    user, _nieuw = get_user_model().objects.get_or_create(
        username=persoon.username,
        defaults={
            "first_name": persoon.voornaam,
            "last_name": persoon.achternaam,
            "email": f"{persoon.username}@{email_domein}",
        },
    )
    if _nieuw:
        user.set_password(wachtwoord)
        user.save()
    return user


def demobestand(naam: str) -> ContentFile:
    """A fictional PDF from demobestanden/; saving the model stores it through the default storage."""
    return ContentFile((DEMOBESTANDEN / naam).read_bytes(), name=naam)


def projectleiders_groep() -> Group:
    groep, _nieuw = Group.objects.get_or_create(name=PROJECTLEIDERS)
    groep.permissions.add(Permission.objects.get(codename="add_uitvoeringsplan"))
    return groep


@transaction.atomic
def demo_bouwen(*, wachtwoord: str, vandaag: date | None = None) -> bool:
    """Build the Lindewaard demo. Returns False (and changes nothing) when it is already there."""
    if Gemeente.objects.filter(cbs_code=DEMO_CBS_CODE).exists():
        return False
    vandaag = vandaag or timezone.localdate()
    jaar = vandaag.year + 1
    middelen = Middel.standaard()

    gemeente = Gemeente.objects.create(naam="Lindewaard", cbs_code=DEMO_CBS_CODE)
    kernteam = [_gebruiker(persoon, wachtwoord) for persoon in KERNTEAM]
    projectleider, kernteamlid, ggd, beleidsmedewerker = kernteam
    projectleider.groups.add(projectleiders_groep())
    esther = _gebruiker(STAKEHOLDER_ACCOUNT, wachtwoord)
    wethouder = _gebruiker(WETHOUDER, wachtwoord)
    beheerder = _gebruiker(Persoon("beheerder", "Beheer", "Gemeente", Rol.LEZER), wachtwoord)
    beheerder.is_staff = beheerder.is_superuser = True
    beheerder.save()

    scanner = Scanner.objects.create(
        gemeente=gemeente,
        titel="Scanner Alcohol en Drugs Lindewaard",
        uitvoerder=Uitvoerder.VERSLAVINGSZORG,
        uitvoerder_naam="Verslavingszorg Lindestroom",
        datum=vandaag - timedelta(days=200),
        samenvatting=(
            "De Scanner bracht in korte tijd het alcohol- en drugsgebruik in Lindewaard in kaart, met de doelgroepen "
            "en de mogelijkheden van lokale partijen voor preventie. In de werksessie met 24 partijen zijn de "
            "aanbevelingen besproken. (Lindewaard is een fictieve gemeente.)"
        ),
        rapport=demobestand("scanner-lindewaard.pdf"),
    )
    scanner.middelen.set([middelen["alcohol"], middelen["drugs"]])
    aanbevelingen = {}
    for nummer, titel, toelichting, doelgroep, thema, codes in AANBEVELINGEN:
        aanbeveling = Aanbeveling.objects.create(
            gemeente=gemeente,
            scanner=scanner,
            nummer=nummer,
            titel=titel,
            toelichting=toelichting,
            doelgroep=doelgroep,
            thema=thema,
        )
        aanbeveling.middelen.set([middelen[code] for code in codes])
        aanbevelingen[nummer] = aanbeveling

    ph_plan = Beleidsdocument.objects.create(
        gemeente=gemeente,
        soort=BeleidsdocumentSoort.PH_PLAN,
        titel="Preventie- en Handhavingsplan Alcoholwet Lindewaard 2026–2029",
        jaar=vandaag.year,
        omschrijving="Het plan beschrijft hoe de gemeente alcoholgebruik door jongeren voorkomt en de Alcoholwet "
        "handhaaft.",
        url="https://www.trimbos.nl/aanbod/webwinkel/af1850-preventie-en-handhavingsplan-voor-de-uitvoering-van-de-alcoholwet/",
    )
    Beleidsdocument.objects.create(
        gemeente=gemeente,
        soort=BeleidsdocumentSoort.DRUGSPREVENTIE,
        titel="Nota lokaal drugspreventiebeleid Lindewaard",
        jaar=vandaag.year - 1,
        omschrijving="Uitgewerkt volgens het Modelplan lokaal drugspreventiebeleid van het Trimbos-instituut.",
        bestand=demobestand("nota-drugspreventie-lindewaard.pdf"),
    )

    plan = Uitvoeringsplan.objects.create(
        gemeente=gemeente,
        titel=f"Uitvoeringsplan middelenpreventie Lindewaard {jaar}–{jaar + 1}",
        status=PlanStatus.TER_REVIEW,
        scanner=scanner,
        inleiding=(
            "In Lindewaard drinken jongeren op jongere leeftijd dan gemiddeld in de regio, en het gebruik van drugs "
            "in het uitgaansleven neemt toe. De Scanner Alcohol en Drugs, uitgevoerd door Verslavingszorg "
            "Lindestroom, bracht dat in kaart en deed zes aanbevelingen.\n\nIn dit Uitvoeringsplan staat hoe we die "
            "aanbevelingen samen met onze lokale partners vertalen naar concrete en haalbare acties: wie ze "
            "uitvoert, welke middelen daarvoor nodig zijn en welke prioriteit ze hebben.\n\n"
            "Lindewaard is een fictieve gemeente; dit plan is een voorbeeld."
        ),
        opdracht_door=Opdrachtgever.COLLEGE,
        opdracht_datum=vandaag - timedelta(days=150),
        opdracht_kenmerk=f"B&W-besluit {vandaag.year}/0412",
        ambassadeur="Wethouder Peter Smit (zorg en jeugd)",
        datum_plan_gereed=vandaag + timedelta(days=28),
        datum_start_uitvoering=date(jaar, 1, 1),
        budget_euro=Decimal("60000"),
        budget_uren=Decimal("400"),
        draagvlak_aanpak=(
            "Kernteamleden bellen iedere stakeholder persoonlijk voor de startbijeenkomst in plaats van alleen een "
            "uitnodigingsmail. De wethouder opent de startbijeenkomst."
        ),
        rol_agenda=projectleider,
        rol_planning=beleidsmedewerker,
        rol_stakeholdercontact=kernteamlid,
        rol_verwerking=ggd,
        review_deadline=vandaag + timedelta(days=14),
    )
    plan.beleidsdocumenten.add(ph_plan)
    for persoon, user in zip(KERNTEAM, kernteam, strict=True):
        Lidmaatschap.objects.create(
            plan=plan, user=user, rol=persoon.rol, functie=persoon.functie, functie_omschrijving=persoon.omschrijving
        )
    # Esther read the concept the day it was put up for review, before she commented (see _opmerkingen).
    Lidmaatschap.objects.create(
        plan=plan, user=esther, rol=Rol.STAKEHOLDER, concept_gezien_op=timezone.now() - timedelta(days=6)
    )
    Lidmaatschap.objects.create(plan=plan, user=wethouder, rol=Rol.LEZER)
    Wethouderoverleg.objects.create(
        plan=plan,
        datum=vandaag - timedelta(days=140),
        onderwerp="Start van het traject en samenstelling kernteam",
        verslag="De wethouder opent de startbijeenkomst en is ambassadeur van het plan.",
    )
    Wethouderoverleg.objects.create(
        plan=plan,
        datum=vandaag - timedelta(days=20),
        onderwerp="Stand van zaken na de inhoudelijke bijeenkomsten",
        verslag="Zorg dat de sportverenigingen goed betrokken blijven.",
    )

    organisaties = {}
    stakeholders = {}
    for naam, sector, persoon, functie, bijdrage, informeren, interesse in STAKEHOLDERS:
        organisatie = Organisatie.objects.create(gemeente=gemeente, naam=naam, sector=sector)
        organisaties[naam] = organisatie
        voornaam = persoon.split()[0].lower()
        stakeholder = Stakeholder.objects.create(
            gemeente=gemeente,
            organisatie=organisatie,
            naam=persoon,
            functie=functie,
            bijdrage=bijdrage,
            informeren=list(informeren),
            email=f"{voornaam}@{_domein(naam)}",
            telefoon=f"06-{12000000 + len(stakeholders) * 734521 % 8000000:08d}",
            user=esther if persoon == "Esther de Groot" else None,
        )
        stakeholder.aanbevelingen.set([aanbevelingen[nummer] for nummer in interesse])
        stakeholders[persoon] = stakeholder
    organisaties["Gemeente Lindewaard"] = Organisatie.objects.create(
        gemeente=gemeente, naam="Gemeente Lindewaard", sector=Sector.GEMEENTE
    )

    invultabellen = {}
    for positie, nummer in enumerate(VOLGORDE, start=1):
        invultabellen[nummer] = Invultabel.objects.create(
            plan=plan, aanbeveling=aanbevelingen[nummer], volgorde=positie
        )

    bijeenkomsten = _bijeenkomsten(plan, vandaag, aanbevelingen, stakeholders, kernteam)

    werkvoorbeeld = Actie.objects.create(invultabel=invultabellen[1], volgorde=1, **WERKVOORBEELD)
    werkvoorbeeld.middelen.set([middelen["alcohol"], middelen["drugs"]])
    werkvoorbeeld.verantwoordelijken.set(
        [organisaties[n] for n in ("Verslavingszorg Lindestroom", "Sociaal wijkteam Lindewaard", "Welzijn Lindewaard")]
    )
    acties = {"werkvoorbeeld": werkvoorbeeld}
    for nummer, lijst in _meer_acties(jaar).items():
        for volgorde, gegevens in enumerate(lijst, start=2 if nummer == 1 else 1):
            gegevens = dict(gegevens)
            verantwoordelijken = gegevens.pop("verantwoordelijken", [])
            if periode := gegevens.pop("periode", None):
                gegevens["periode_start"], gegevens["periode_eind"] = periode
            if gegevens.get("herhaling"):
                gegevens["herhalend"] = True
            uit_bijeenkomst = gegevens.pop("uit_bijeenkomst", False)
            actie = Actie.objects.create(invultabel=invultabellen[nummer], volgorde=volgorde, **gegevens)
            if uit_bijeenkomst:
                bijeenkomsten["inhoudelijk_5"].acties.add(actie)
            actie.verantwoordelijken.set([organisaties[naam] for naam in verantwoordelijken])
            actie.middelen.set(aanbevelingen[nummer].middelen.all())
            acties[actie.titel] = actie

    _opmerkingen(plan, esther, projectleider, kernteamlid, invultabellen, acties)
    _interventies(middelen)
    _geschiedenis_toeschrijven(plan, projectleider)
    return True


def _geschiedenis_toeschrijven(plan: Uitvoeringsplan, projectleider) -> None:
    """Let the history name the projectleider, who set the demo up, instead of "onbekend".

    The demo is built outside a request, so simple-history knows no user; records that already
    name someone (Esther's comments) keep their author.
    """
    gemeente_id = plan.gemeente_id
    bijeenkomsten = list(plan.bijeenkomsten.values_list("pk", flat=True))
    invultabellen = list(plan.invultabellen.values_list("pk", flat=True))
    for records in (
        Gemeente.history.filter(id=gemeente_id),
        Scanner.history.filter(gemeente_id=gemeente_id),
        Aanbeveling.history.filter(gemeente_id=gemeente_id),
        Beleidsdocument.history.filter(gemeente_id=gemeente_id),
        Organisatie.history.filter(gemeente_id=gemeente_id),
        Stakeholder.history.filter(gemeente_id=gemeente_id),
        Uitvoeringsplan.history.filter(id=plan.pk),
        Lidmaatschap.history.filter(plan_id=plan.pk),
        Wethouderoverleg.history.filter(plan_id=plan.pk),
        Invultabel.history.filter(plan_id=plan.pk),
        Actie.history.filter(invultabel_id__in=invultabellen),
        Bijeenkomst.history.filter(plan_id=plan.pk),
        Agendapunt.history.filter(bijeenkomst_id__in=bijeenkomsten),
        Uitnodiging.history.filter(bijeenkomst_id__in=bijeenkomsten),
        Prioritering.history.filter(bijeenkomst_id__in=bijeenkomsten),
        Opmerking.history.filter(plan_id=plan.pk),
    ):
        records.filter(history_user__isnull=True).update(history_user=projectleider)


def _domein(organisatie: str) -> str:
    woord = organisatie.split(",")[0].split()[-1].lower().replace("'", "")
    return f"{woord}.example"


def _bijeenkomsten(plan, vandaag, aanbevelingen, stakeholders, kernteam) -> dict[str, Bijeenkomst]:
    projectleider, kernteamlid, ggd, beleidsmedewerker = kernteam
    bijeenkomsten = {}

    def nieuw(sleutel, soort, dagen, begin, eind, **velden):
        bijeenkomst = Bijeenkomst.objects.create(
            plan=plan, soort=soort, datum=vandaag + timedelta(days=dagen), starttijd=begin, eindtijd=eind, **velden
        )
        bulk_create_with_history(
            [
                Agendapunt(bijeenkomst=bijeenkomst, volgorde=positie, titel=str(titel), toelichting=str(toelichting))
                for positie, (titel, toelichting) in enumerate(STANDAARDAGENDA[soort], start=1)
            ],
            Agendapunt,
        )
        bijeenkomsten[sleutel] = bijeenkomst
        return bijeenkomst

    nieuw(
        "startgesprek",
        BijeenkomstSoort.STARTGESPREK,
        -130,
        time(10),
        time(12),
        titel="Planning en rolverdeling",
        locatie="Gemeentehuis Lindewaard, kamer 2.14",
        verslag="Planning, rolverdeling, budget en de aanpak voor draagvlak afgesproken.",
    )
    start = nieuw(
        "startbijeenkomst",
        BijeenkomstSoort.STARTBIJEENKOMST,
        -100,
        time(15),
        time(17, 30),
        titel="Samen aan de slag met de aanbevelingen",
        locatie="Theater De Linde, foyer",
        verslag="De wethouder opende de bijeenkomst. 14 partijen prioriteerden de aanbevelingen met stickers.",
        tips=[sleutel for sleutel, _tekst in TIPS[BijeenkomstSoort.STARTBIJEENKOMST]][:4],
    )
    afwezig = {"Eva Willems", "Lotte Brouwer"}
    afgemeld = {"Mark de Boer"}
    for naam, stakeholder in stakeholders.items():
        status = (
            UitnodigingStatus.AFWEZIG
            if naam in afwezig
            else UitnodigingStatus.AFGEMELD
            if naam in afgemeld
            else UitnodigingStatus.AANWEZIG
        )
        Uitnodiging.objects.create(
            bijeenkomst=start,
            stakeholder=stakeholder,
            status=status,
            kanaal=Kanaal.GEBELD if len(naam) % 3 else Kanaal.EMAIL,
            bellen_door=kernteamlid,
            uitgenodigd_door=kernteamlid,
            uitgenodigd_op=timezone.now() - timedelta(days=120),
        )
    # Dot voting: three stickers per participant, spread so that the order of VOLGORDE results.
    punten = {1: 3, 3: 2, 2: 2, 5: 1, 4: 1, 6: 0}
    for index, (naam, stakeholder) in enumerate(stakeholders.items()):
        if naam in afwezig | afgemeld:
            continue
        for nummer, basis in punten.items():
            waarde = basis + (1 if (index + nummer) % 5 == 0 else 0)
            if waarde:
                Prioritering.objects.create(
                    bijeenkomst=start, aanbeveling=aanbevelingen[nummer], stakeholder=stakeholder, punten=waarde
                )

    inhoudelijk = [
        (1, -70, "Ahmed Yilmaz (GGD Lindeland)", Werkvorm.WERELDCAFE),
        (3, -55, "Karin Mulder (Verslavingszorg Lindestroom)", Werkvorm.BRAINSTORM),
        (2, -40, "Trimbos-instituut, expert Alcoholwet", Werkvorm.FLIPOVER),
        (5, -25, "Trimbos-instituut, expert evenementen", Werkvorm.WERELDCAFE),
        (4, -12, "Ilse Schouten (Centrum voor Jeugd en Gezin)", Werkvorm.BRAINSTORM),
    ]
    for nummer, dagen, expert, werkvorm in inhoudelijk:
        bijeenkomst = nieuw(
            f"inhoudelijk_{nummer}",
            BijeenkomstSoort.INHOUDELIJK,
            dagen,
            time(13, 30),
            time(16),
            titel=aanbevelingen[nummer].titel,
            locatie="Bibliotheek Lindewaard",
            expert=expert,
            werkvorm=werkvorm,
        )
        bijeenkomst.aanbevelingen.add(aanbevelingen[nummer])
        geinteresseerd = [s for s in stakeholders.values() if aanbevelingen[nummer] in s.aanbevelingen.all()]
        for positie, stakeholder in enumerate(geinteresseerd):
            Uitnodiging.objects.create(
                bijeenkomst=bijeenkomst,
                stakeholder=stakeholder,
                status=UitnodigingStatus.AFWEZIG if positie == 3 else UitnodigingStatus.AANWEZIG,
                kanaal=Kanaal.GEBELD,
                bellen_door=ggd,
                uitgenodigd_door=ggd,
            )

    slot = nieuw(
        "slotbijeenkomst",
        BijeenkomstSoort.SLOTBIJEENKOMST,
        21,
        time(16),
        time(18),
        titel="Het Uitvoeringsplan vaststellen en ondertekenen",
        locatie="Gemeentehuis Lindewaard, raadzaal",
    )
    bellers = [kernteamlid, ggd, beleidsmedewerker]
    for positie, stakeholder in enumerate(stakeholders.values()):
        status = [UitnodigingStatus.AANGEMELD, UitnodigingStatus.UITGENODIGD, UitnodigingStatus.TE_BENADEREN][
            positie % 3
        ]
        Uitnodiging.objects.create(
            bijeenkomst=slot,
            stakeholder=stakeholder,
            status=status,
            bellen_door=bellers[positie % 3],
            kanaal="" if status == UitnodigingStatus.TE_BENADEREN else Kanaal.GEBELD,
            uitgenodigd_door=None if status == UitnodigingStatus.TE_BENADEREN else bellers[positie % 3],
        )
    return bijeenkomsten


def _opmerkingen(plan, esther, projectleider, kernteamlid, invultabellen, acties) -> None:
    """Esther's review comments, each answered (if at all) some days after she placed it."""
    nu = timezone.now()
    # (days ago placed, comment); the answers are dated after their comment.
    opmerkingen = [
        (
            5,
            Opmerking(
                plan=plan,
                actie=acties["werkvoorbeeld"],
                invultabel=invultabellen[1],
                tekst="Kunnen de praktijkondersteuners GGZ van de huisartsen ook aan de training meedoen?",
                status=OpmerkingStatus.VERWERKT,
                antwoord="Goed idee: de POH-GGZ staan nu bij de deelnemers van de terugkomdag.",
                beantwoord_door=kernteamlid,
                beantwoord_op=nu - timedelta(days=2),
            ),
        ),
        (
            4,
            Opmerking(
                plan=plan,
                invultabel=invultabellen[5],
                tekst="Mis ik hier de jongerenwerkers? Zij zijn op evenementen vaak aanwezig.",
                status=OpmerkingStatus.NIET_OVERGENOMEN,
                antwoord="De jongerenwerkers zijn betrokken bij aanbeveling 6, die in het volgende jaar wordt "
                "uitgewerkt.",
                beantwoord_door=projectleider,
                beantwoord_op=nu - timedelta(days=1),
            ),
        ),
        (
            1,
            Opmerking(
                plan=plan,
                tekst="Mooi plan. Kunnen de ouderavonden worden afgestemd met de schoolkalender van het Lindewaard "
                "College?",
            ),
        ),
        (
            0,
            Opmerking(
                plan=plan,
                actie=acties["Alcohol- en drugsgebruik standaard bespreken in het keukentafelgesprek"],
                invultabel=invultabellen[1],
                tekst="Het wijkteam heeft hier scholing voor nodig; dat kan mooi samen met de training "
                "vroegsignalering.",
            ),
        ),
    ]
    for dagen, opmerking in opmerkingen:
        opmerking.auteur = esther
        opmerking._history_user = esther
        opmerking.save()
        # `aangemaakt_op` is set on creation; the demo dates the comment back to the review.
        Opmerking.objects.filter(pk=opmerking.pk).update(aangemaakt_op=nu - timedelta(days=dagen))


def _interventies(middelen) -> None:
    if Interventie.objects.exists():
        return
    voorbeelden = [
        (
            "Voorbeeld: training vroegsignalering voor professionals",
            Databank.BASISPAKKET,
            "",
            Preventievorm.GEINDICEERD,
            "Professionals in zorg en sociaal domein",
            ["alcohol", "drugs"],
        ),
        (
            "Voorbeeld: lessenserie middelen voor het voortgezet onderwijs",
            Databank.JEUGD,
            Erkenningsniveau.GOED_ONDERBOUWD,
            Preventievorm.UNIVERSEEL,
            "Leerlingen klas 1–3",
            ["alcohol", "drugs", "roken"],
        ),
        (
            "Voorbeeld: ouderavond over alcohol en opvoeden",
            Databank.LEEFSTIJL,
            Erkenningsniveau.GOED_BESCHREVEN,
            Preventievorm.UNIVERSEEL,
            "Ouders van jongeren van 10–16 jaar",
            ["alcohol"],
        ),
        (
            "Voorbeeld: nalevingsonderzoek leeftijdsgrens",
            Databank.WAT_WERKT_ALCOHOL,
            "",
            Preventievorm.UNIVERSEEL,
            "Verkooppunten van alcohol",
            ["alcohol"],
        ),
        (
            "Voorbeeld: outreachend jongerenwerk bij middelengebruik",
            Databank.WAT_WERKT_DRUGS,
            "",
            Preventievorm.SELECTIEF,
            "Kwetsbare jongeren",
            ["alcohol", "drugs"],
        ),
        (
            "Voorbeeld: drugsinformatie en harm reduction op festivals",
            Databank.WAT_WERKT_DRUGS,
            "",
            Preventievorm.ZORGGERELATEERD,
            "Festivalbezoekers",
            ["drugs"],
        ),
    ]
    for naam, databank, niveau, vorm, doelgroep, codes in voorbeelden:
        interventie = Interventie.objects.create(
            naam=naam,
            databank=databank,
            erkenningsniveau=niveau,
            preventievorm=vorm,
            doelgroep=doelgroep,
            is_voorbeeld=True,
            omschrijving="Een verzonnen voorbeeld voor de demonstratie. Zoek voor echte "
            "interventies en hun erkenning in de databank zelf.",
            bron="Demonstratiegegevens",
        )
        interventie.middelen.set([middelen[code] for code in codes])


@transaction.atomic
def benchmark_bouwen(*, acties: int, wachtwoord: str) -> bool:
    """A second, large plan with `acties` complete actions over ten aanbevelingen, for benchmarks."""
    if Gemeente.objects.filter(cbs_code=BENCHMARK_CBS_CODE).exists():
        return False
    gemeente = Gemeente.objects.create(naam="Benchmarkstad", cbs_code=BENCHMARK_CBS_CODE)
    projectleider = _gebruiker(KERNTEAM[0], wachtwoord)
    kernteamlid = _gebruiker(KERNTEAM[1], wachtwoord)
    scanner = Scanner.objects.create(
        gemeente=gemeente,
        titel="Scanner Alcohol, Drugs en Roken Benchmarkstad",
        uitvoerder=Uitvoerder.GGD,
        datum=timezone.localdate(),
    )
    plan = Uitvoeringsplan.objects.create(
        gemeente=gemeente,
        titel=f"Uitvoeringsplan met {acties} acties (benchmark)",
        scanner=scanner,
        inleiding="Een groot plan om de snelheid van de applicatie te meten.",
    )
    Lidmaatschap.objects.create(plan=plan, user=projectleider, rol=Rol.PROJECTLEIDER)
    Lidmaatschap.objects.create(plan=plan, user=kernteamlid, rol=Rol.KERNTEAMLID)
    organisatie = Organisatie.objects.create(gemeente=gemeente, naam="GGD Benchmarkstad", sector=Sector.GGD)
    invultabellen = []
    for nummer in range(1, 11):
        aanbeveling = Aanbeveling.objects.create(
            gemeente=gemeente, scanner=scanner, nummer=nummer, titel=f"Aanbeveling {nummer} van de benchmark"
        )
        invultabellen.append(Invultabel.objects.create(plan=plan, aanbeveling=aanbeveling, volgorde=nummer))
    jaar = timezone.localdate().year + 1
    nieuwe = [
        Actie(
            invultabel=invultabellen[n % 10],
            volgorde=n,
            prioriteit=n % 5 + 1,
            periode_start=kwartaal(jaar, n % 4 + 1)[0],
            periode_eind=kwartaal(jaar, 4)[1],
            kosten_euro=Decimal(1000 + 250 * (n % 9)),
            fte=Decimal("0.10"),
            haalbaarheid=Haalbaarheid.REDELIJK,
            preventievorm=Preventievorm.UNIVERSEEL,
            **{
                veld: waarde
                for veld, waarde in WERKVOORBEELD.items()
                if veld not in {"prioriteit", "periode_start", "periode_eind", "haalbaarheid", "preventievorm"}
            },
        )
        for n in range(acties)
    ]
    for n, actie in enumerate(nieuwe):
        actie.titel = f"Actie {n + 1}: {actie.titel}"
    bulk_create_with_history(nieuwe, Actie)
    Actie.verantwoordelijken.through.objects.bulk_create(
        Actie.verantwoordelijken.through(actie_id=actie.pk, organisatie_id=organisatie.pk)
        for actie in Actie.objects.filter(invultabel__plan=plan)
    )
    return True
