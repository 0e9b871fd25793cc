"""The acties of Lindewaard's previous plan (see vorige_cyclus.py) and the voortgang reported on them.

Keyed by aanbeveling number. `periode` is (first quarter, last quarter) counted from the plan's
first quarter (0), in which today falls in quarter `HUIDIG_KWARTAAL`. A voortgangsbericht is (days ago, author's
username, new status or "", text). Responsible organisations are names from stakeholders.py.
"stakeholder" is Esther de Groot of the Sociaal wijkteam: her organisation has one actie gepland
that she can start, one under way and one that is late.

Every actie is complete, so the plan passed the adoption's checks; adoption made each one gepland,
and an actie without a bericht that changes its status is gepland still.
"""

from decimal import Decimal
from typing import NamedTuple

from uitvoeringsplan.constants import Erkend, Haalbaarheid, Preventievorm, Uitvoeringsstatus


class Bericht(NamedTuple):
    dagen_geleden: int
    auteur: str
    status: str
    tekst: str


GESTART = Uitvoeringsstatus.GESTART
AFGEROND = Uitvoeringsstatus.AFGEROND
UITGESTELD = Uitvoeringsstatus.UITGESTELD

ACTIES = {
    1: [
        {
            "titel": "Rookvrije Generatie: rookvrije speeltuinen",
            "relevantie": "Kinderen die volwassenen zien roken, gaan eerder zelf roken. Een rookvrije speeltuin "
            "maakt niet roken de norm waar kinderen spelen.",
            "haalbaarheid": Haalbaarheid.GOED,
            "haalbaarheid_toelichting": "De gemeente beheert de speeltuinen zelf; bordjes en communicatie passen "
            "binnen het budget.",
            "benodigde_middelen": "- Bordjes bij elke ingang\n- Communicatie in de wijk\n- Afspraken met de "
            "buurtbeheerders",
            "kosten_euro": Decimal("3500"),
            "fte": Decimal("0.05"),
            "effectiviteit": "Rookvrije plekken zorgen dat kinderen minder vaak iemand zien roken en maken niet "
            "roken de norm; dat is de kern van de Rookvrije Generatie.",
            "erkend": Erkend.ONBEKEND,
            "obstakels": "Een rookverbod in de buitenlucht is lastig te handhaven.",
            "obstakels_aanpak": "We zetten in op de norm: ouders en buurtbeheerders spreken elkaar aan; er volgt "
            "geen boete.",
            "periode": (0, 4),
            "verantwoordelijken": ["Gemeente Lindewaard"],
            "wie_doet_wat": "De afdeling Openbare ruimte plaatst de bordjes; de beleidsmedewerker gezondheid "
            "zorgt voor de communicatie in de wijken.",
            "prioriteit": 2,
            "prioriteit_overwegingen": "Snel zichtbaar en goedkoop: een goed begin van de Rookvrije Generatie in "
            "Lindewaard.",
            "preventievorm": Preventievorm.UNIVERSEEL,
            "doelgroep": "Kinderen tot 12 jaar en hun ouders",
            "berichten": [
                Bericht(
                    600,
                    "beleidsmedewerker",
                    GESTART,
                    "Inventarisatie klaar: de gemeente beheert 11 speeltuinen. De bordjes zijn besteld en de "
                    "buurtbeheerders weten ervan.",
                ),
                Bericht(
                    380,
                    "beleidsmedewerker",
                    "",
                    "Bij 6 van de 11 speeltuinen hangen de bordjes. Ouders reageren positief; één buurtbeheerder "
                    "vraagt om een asbak buiten het hek.",
                ),
                Bericht(
                    45,
                    "projectleider",
                    "",
                    "De overige 5 speeltuinen worden dit jaar heringericht; de bordjes gaan mee in de nieuwe "
                    "inrichting. Daarom loopt deze actie langer door dan gepland.",
                ),
            ],
        },
        {
            "titel": "Rookvrije Generatie: rookvrij opgroeien bespreken bij huisbezoeken aan jonge gezinnen",
            "relevantie": "Kinderen van ouders die roken, gaan vaker zelf roken en ademen thuis en in de auto rook in.",
            "haalbaarheid": Haalbaarheid.REDELIJK,
            "haalbaarheid_toelichting": "Past in de huisbezoeken die het wijkteam al doet; de medewerkers hebben "
            "wel een korte instructie nodig.",
            "benodigde_middelen": "- Instructie voor de wijkteammedewerkers\n- Folders en gesprekskaarten van de "
            "Rookvrije Generatie\n- Verwijzing naar hulp bij stoppen met roken",
            "kosten_euro": Decimal("1500"),
            "fte": Decimal("0.10"),
            "effectiviteit": "Een kort advies van een vertrouwde professional motiveert ouders om thuis en in de "
            "auto niet te roken; een verwijzing naar stoppen-met-rokenhulp vergroot de kans dat ze stoppen.",
            "erkend": Erkend.ONBEKEND,
            "obstakels": "Ouders kunnen het onderwerp betuttelend vinden.",
            "obstakels_aanpak": "De medewerker vraagt eerst wat ouders zelf voor hun kind willen en biedt hulp "
            "aan, zonder oordeel.",
            "periode": (8, 11),
            "verantwoordelijken": ["Sociaal wijkteam Lindewaard", "Centrum voor Jeugd en Gezin Lindewaard"],
            "wie_doet_wat": "De jeugdverpleegkundige van het CJG geeft de instructie; de medewerkers van het "
            "Sociaal wijkteam bespreken rookvrij opgroeien bij hun huisbezoeken.",
            "prioriteit": 3,
            "prioriteit_overwegingen": "Eerst de speeltuinen; de huisbezoeken volgen als het materiaal er is.",
            "preventievorm": Preventievorm.SELECTIEF,
            "doelgroep": "Ouders van jonge kinderen die roken",
            "berichten": [
                Bericht(
                    15,
                    "ggd",
                    "",
                    "De folders en gesprekskaarten van de Rookvrije Generatie zijn binnen. De instructie voor het "
                    "wijkteam kan volgend kwartaal.",
                ),
            ],
        },
    ],
    2: [
        {
            "titel": "Alcohol- en tabakscontroles bij sportkantines",
            "relevantie": "Controles laten zien of de leeftijdsgrens wordt nageleefd en houden de naleving hoog.",
            "haalbaarheid": Haalbaarheid.GOED,
            "haalbaarheid_toelichting": "De boa's drank- en horecatoezicht hebben de controles in hun "
            "jaarplanning opgenomen.",
            "benodigde_middelen": "- Inzet van boa's op zaterdagen\n- Een terugkoppelgesprek met elk bestuur",
            "fte": Decimal("0.20"),
            "effectiviteit": "Handhaving samen met voorlichting en training van barpersoneel verbetert de "
            "naleving van de leeftijdsgrens (Wat Werkt Dossier alcohol).",
            "erkend": Erkend.ONBEKEND,
            "obstakels": "Verenigingen zijn bang voor hun kantine-inkomsten en voor een boete.",
            "obstakels_aanpak": "Na elke controle volgt een gesprek met het bestuur; een eerste overtreding levert "
            "een waarschuwing op.",
            "periode": (1, 11),
            "herhaling": "twee controlerondes per jaar.",
            "verantwoordelijken": ["Gemeente Lindewaard, team Handhaving"],
            "wie_doet_wat": "Team Handhaving controleert; de beleidsmedewerker gezondheid bespreekt de uitkomsten "
            "met de sportraad.",
            "prioriteit": 1,
            "prioriteit_overwegingen": "Naleving van de leeftijdsgrens is de basis van het Preventie- en "
            "Handhavingsplan.",
            "preventievorm": Preventievorm.UNIVERSEEL,
            "doelgroep": "Sportverenigingen met een kantine",
            "berichten": [
                Bericht(
                    520,
                    "beleidsmedewerker",
                    GESTART,
                    "Eerste controleronde: 4 van de 9 kantines bezocht. In twee kantines kreeg een koper van 16 "
                    "jaar een biertje.",
                ),
                Bericht(
                    300,
                    "beleidsmedewerker",
                    "",
                    "Tweede ronde: alle 9 kantines bezocht, nog één overtreding. De gesprekken met de besturen "
                    "zijn gevoerd.",
                ),
                Bericht(
                    110,
                    "ggd",
                    "",
                    "Uitkomsten besproken in de sportraad. De derde controleronde moet nog worden ingepland.",
                ),
            ],
        },
        {
            "titel": "Training Instructie Verantwoord Alcoholgebruik (IVA) voor barvrijwilligers",
            "relevantie": "Barvrijwilligers moeten durven vragen naar een legitimatiebewijs en een drankje "
            "weigeren; de Alcoholwet vraagt een vrijwilliger met IVA-instructie achter de bar.",
            "haalbaarheid": Haalbaarheid.GOED,
            "haalbaarheid_toelichting": "De online IVA is gratis; de avondtraining in de kantine verzorgt de "
            "preventiewerker.",
            "benodigde_middelen": "- Trainer van de verslavingszorg\n- De kantine als trainingslocatie\n- Avonden "
            "van de vrijwilligers",
            "kosten_euro": Decimal("2000"),
            "fte": Decimal("0.05"),
            "effectiviteit": "Barvrijwilligers met een IVA-instructie vragen vaker naar de leeftijd; samen met "
            "controles verbetert dat de naleving.",
            "erkend": Erkend.ONBEKEND,
            "obstakels": "Vrijwilligers wisselen vaak.",
            "obstakels_aanpak": "Elke vereniging wijst een barcoördinator aan die nieuwe vrijwilligers de online "
            "IVA laat doen.",
            "periode": (1, 3),
            "verantwoordelijken": ["LVV '28", "Verslavingszorg Lindestroom"],
            "wie_doet_wat": "De preventiewerker van Verslavingszorg Lindestroom geeft de training; LVV '28 nodigt "
            "de andere verenigingen uit.",
            "prioriteit": 1,
            "prioriteit_overwegingen": "Versterkt de controles en is snel te regelen.",
            "preventievorm": Preventievorm.UNIVERSEEL,
            "doelgroep": "Barvrijwilligers van sportverenigingen",
            "berichten": [
                Bericht(
                    500,
                    "kernteamlid",
                    GESTART,
                    "Eerste IVA-avond in de kantine van LVV '28: 14 barvrijwilligers hebben de instructie gevolgd.",
                ),
                Bericht(400, "kernteamlid", "", "Tweede avond, voor de tennis- en de hockeyclub: 11 deelnemers."),
                Bericht(
                    330,
                    "kernteamlid",
                    AFGEROND,
                    "Alle 9 verenigingen met een kantine hebben nu een barcoördinator met IVA-certificaat. Nieuwe "
                    "vrijwilligers doen de online instructie.",
                ),
            ],
        },
    ],
    3: [
        {
            "titel": "Ouderavond Helder op School",
            "relevantie": "Op een ouderavond horen ouders wat ze zelf kunnen doen en maken ze samen afspraken; "
            "Helder op School heeft er een draaiboek voor.",
            "haalbaarheid": Haalbaarheid.REDELIJK,
            "haalbaarheid_toelichting": "De school werkt graag mee; hoeveel ouders komen, is onzeker.",
            "benodigde_middelen": "- Draaiboek en materiaal van Helder op School\n- De preventiewerker als "
            "gespreksleider\n- De aula van het Lindewaard College",
            "kosten_euro": Decimal("1200"),
            "fte": Decimal("0.05"),
            "effectiviteit": "Helder op School is het programma van het Trimbos-instituut voor scholen; ouders "
            "betrekken is een van de werkzame elementen.",
            "erkend": Erkend.ONBEKEND,
            "obstakels": "Ouders komen weinig naar ouderavonden.",
            "obstakels_aanpak": "De avond valt samen met de rapportavond van klas 1, en de ouderraad nodigt ouders "
            "persoonlijk uit.",
            "periode": (2, 6),
            "verantwoordelijken": [
                "Lindewaard College",
                "Ouderraad Lindewaard College",
                "Verslavingszorg Lindestroom",
            ],
            "wie_doet_wat": "De zorgcoördinator plant de avond; de preventiewerker leidt het gesprek; de ouderraad "
            "nodigt de ouders uit.",
            "prioriteit": 2,
            "prioriteit_overwegingen": "Sluit aan bij het alcohol- en drugsbeleid van de school.",
            "preventievorm": Preventievorm.UNIVERSEEL,
            "doelgroep": "Ouders van leerlingen in klas 1 en 2",
            "berichten": [
                Bericht(
                    430,
                    "kernteamlid",
                    GESTART,
                    "Draaiboek van Helder op School doorgenomen met de zorgcoördinator. De ouderavond komt bij de "
                    "rapportavond van klas 1.",
                ),
                Bericht(
                    250,
                    "projectleider",
                    UITGESTELD,
                    "De ouderraad is opgegaan in de nieuwe medezeggenschapsraad, die de ouderavond pas wil "
                    "organiseren als hij is ingewerkt. Uitgesteld tot het volgende schooljaar.",
                ),
                Bericht(
                    40,
                    "kernteamlid",
                    "",
                    "Met de medezeggenschapsraad afgesproken: de ouderavond komt bij de eerstvolgende rapportavond "
                    "van klas 1.",
                ),
            ],
        },
    ],
    4: [
        {
            "titel": "Inloopspreekuur van de verslavingszorg in het wijkcentrum",
            "relevantie": "Een spreekuur dichtbij verlaagt de drempel voor inwoners en naasten die zich zorgen "
            "maken over alcohol of drugs.",
            "haalbaarheid": Haalbaarheid.REDELIJK,
            "haalbaarheid_toelichting": "Verslavingszorg Lindestroom levert een medewerker; wijkcentrum De Linde "
            "heeft een spreekkamer.",
            "benodigde_middelen": "- Een preventiewerker, twee uur per week\n- Spreekkamer in wijkcentrum De "
            "Linde\n- Bekendheid via het wijkteam en de huisartsen",
            "kosten_euro": Decimal("5000"),
            "fte": Decimal("0.10"),
            "effectiviteit": "Hulp in de wijk bereikt mensen die niet zelf naar de verslavingszorg gaan; vroege "
            "hulp voorkomt zwaardere problemen.",
            "erkend": Erkend.ONBEKEND,
            "obstakels": "Inwoners schamen zich om binnen te lopen.",
            "obstakels_aanpak": "Het spreekuur heet 'Vragen over alcohol en drugs?', en een wijkteammedewerker "
            "loopt de eerste keer mee.",
            "periode": (2, 5),
            "verantwoordelijken": ["Sociaal wijkteam Lindewaard", "Verslavingszorg Lindestroom"],
            "wie_doet_wat": "Het Sociaal wijkteam regelt de ruimte en verwijst; Verslavingszorg Lindestroom "
            "bemant het spreekuur.",
            "prioriteit": 1,
            "prioriteit_overwegingen": "Zonder een bereikbare plek voor hulp heeft signaleren weinig zin.",
            "preventievorm": Preventievorm.GEINDICEERD,
            "doelgroep": "Inwoners met zorgen over hun eigen gebruik of dat van een naaste",
            "berichten": [
                Bericht(
                    440,
                    "stakeholder",
                    GESTART,
                    "Het eerste inloopspreekuur in wijkcentrum De Linde: drie bezoekers, van wie twee naasten.",
                ),
                Bericht(
                    260,
                    "stakeholder",
                    "",
                    "Het spreekuur is om de week, met gemiddeld vier bezoekers. Twee inwoners zijn doorverwezen "
                    "naar de verslavingszorg.",
                ),
                Bericht(
                    30,
                    "kernteamlid",
                    "",
                    "Wijkcentrum De Linde wordt verbouwd; het spreekuur zoekt tijdelijk een andere plek en loopt "
                    "daarom langer door dan gepland.",
                ),
            ],
        },
        {
            "titel": "Vaste verwijsroute tussen het sociaal wijkteam en de verslavingszorg",
            "relevantie": "Met een vaste route en een vast aanspreekpunt verwijzen wijkteammedewerkers sneller en "
            "valt niemand tussen wal en schip.",
            "haalbaarheid": Haalbaarheid.GOED,
            "haalbaarheid_toelichting": "Beide organisaties willen dit; er is geen extra geld nodig.",
            "benodigde_middelen": "- Werkafspraken op papier\n- Een vast aanspreekpunt bij de verslavingszorg\n- "
            "Elk kwartaal een casuïstiekoverleg",
            "fte": Decimal("0.05"),
            "effectiviteit": "Een warme overdracht vergroot de kans dat iemand na een verwijzing ook echt hulp krijgt.",
            "erkend": Erkend.ONBEKEND,
            "obstakels": "Privacyregels maken het delen van gegevens lastig.",
            "obstakels_aanpak": "De functionaris gegevensbescherming toetst de werkafspraken; gegevens gaan alleen "
            "mee met toestemming van de inwoner.",
            "periode": (4, 10),
            "verantwoordelijken": ["Sociaal wijkteam Lindewaard"],
            "wie_doet_wat": "De teamleider van het Sociaal wijkteam maakt de werkafspraken met Verslavingszorg "
            "Lindestroom en bewaakt ze.",
            "prioriteit": 2,
            "prioriteit_overwegingen": "Bouwt voort op het inloopspreekuur.",
            "preventievorm": Preventievorm.GEINDICEERD,
            "doelgroep": "Medewerkers van het Sociaal wijkteam",
            "berichten": [
                Bericht(
                    250,
                    "stakeholder",
                    GESTART,
                    "De eerste versie van de werkafspraken besproken met Verslavingszorg Lindestroom; de "
                    "privacytoets loopt.",
                ),
                Bericht(
                    20,
                    "stakeholder",
                    "",
                    "De werkafspraken zijn rond; sindsdien zijn twaalf inwoners via de vaste route verwezen. Het "
                    "eerste casuïstiekoverleg is geweest.",
                ),
            ],
        },
    ],
    5: [
        {
            "titel": "Drugsvoorlichting in de introductieweek van het ROC",
            "relevantie": "In de introductieweek zijn alle nieuwe studenten te bereiken, vlak voor het "
            "uitgaansseizoen begint.",
            "haalbaarheid": Haalbaarheid.GOED,
            "haalbaarheid_toelichting": "Het ROC heeft in de introductieweek een vast blok voor gezondheid.",
            "benodigde_middelen": "- Twee preventiewerkers\n- Lesmateriaal over uitgaan en drugs\n- Een lokaal per "
            "klas",
            "kosten_euro": Decimal("2500"),
            "fte": Decimal("0.05"),
            "effectiviteit": "Voorlichting alleen verandert weinig aan gedrag; samen met schoolbeleid en de "
            "aandacht van docenten vergroot zij kennis en weerbaarheid.",
            "erkend": Erkend.ONBEKEND,
            "obstakels": "Studenten vinden voorlichting al snel belerend.",
            "obstakels_aanpak": "Peer-educators van hun eigen leeftijd geven de voorlichting samen met de "
            "preventiewerker.",
            "periode": (3, 11),
            "herhaling": "elk schooljaar in de introductieweek.",
            "verantwoordelijken": ["ROC Lindeland, locatie Lindewaard", "Verslavingszorg Lindestroom"],
            "wie_doet_wat": "De docent burgerschap plant de uren; Verslavingszorg Lindestroom levert de voorlichters.",
            "prioriteit": 3,
            "prioriteit_overwegingen": "Goedkoop en elk jaar te herhalen.",
            "preventievorm": Preventievorm.UNIVERSEEL,
            "doelgroep": "Eerstejaars mbo-studenten",
            "berichten": [
                Bericht(
                    350,
                    "kernteamlid",
                    GESTART,
                    "Eerste introductieweek: 22 klassen voorgelicht, samen met vier peer-educators.",
                ),
                Bericht(
                    35,
                    "kernteamlid",
                    "",
                    "Ook dit jaar voorlichting in de introductieweek. Studenten waren positief; de docenten willen "
                    "in de winter een vervolgles.",
                ),
            ],
        },
    ],
}
