"""The jaarplannen of Regio Lindeland, written like the seed's Jaarplan 2022 (seeds/003).

Last year's jaarplan (projectjaar 2) was adopted early last year and its realisation filled in at the
end of it; this year's (projectjaar 3) is the concept drafted from it, lightly edited. Texts name years
as `{jaar}` (the jaarplan's), `{vorig}` (the year before it) and `{volgend}`; demo/bouwen_regio.py
fills them in. A hoofddoel's `deadline` is (month, day) in the jaarplan's year. Activities name
gemeenten by name (demo/gegevens/regio.py); none means the whole region.
"""

from typing import NamedTuple

from regio.constants import Realisatie

# (month, day) in last year: written, adopted by the stuurgroep, realisation filled in.
GESCHREVEN = (1, 18)
VASTGESTELD = (2, 8)
GEREALISEERD = (12, 12)


class Activiteit(NamedTuple):
    tekst: str
    trekker: str
    periode: str
    realisatie: str
    toelichting: str
    gemeenten: tuple[str, ...] = ()


class Deelgebied(NamedTuple):
    hoofddoelen: list[tuple[str, tuple[int, int] | None]]
    hoofdactiviteiten: list[Activiteit]


INLEIDING = (
    "Op basis van de hoofddoelstellingen uit het Uitvoeringsplan en de (al dan niet) gerealiseerde activiteiten uit "
    "het activiteitenoverzicht {vorig} is dit jaarplan voor het tweede projectjaar in {jaar} opgesteld.\n\n"
    "In dit jaarplan worden de belangrijkste uitgangspunten en de hoofddoelstellingen per werkgroep beschreven. "
    "Deze worden door de werkgroepen nog verder uitgewerkt in een uitvoeringsplan met planning."
)
UITGANGSPUNTEN_INLEIDING = (
    "Waar het eerste jaar vooral in het teken van kennismaking, voorbereiding en de monitor stond, staat het tweede "
    "jaar van het project veel meer in het teken van de resultaten van de monitor en de uitvoering vanuit de "
    "werkgroepen. Daarmee worden de zichtbaarheid en de praktische toepasbaarheid van het project vergroot."
)
UITGANGSPUNTEN = [
    (
        "Resultaten monitor als inhoudelijk kompas",
        "De resultaten uit de monitor worden ons inhoudelijk kompas. De conclusies geven de (lokale) urgentie aan en "
        "liggen ten grondslag aan de prioriteiten die we geven aan acties en interventies, en aan de "
        "communicatieboodschappen.",
    ),
    (
        "Lokale implementatie en betrokkenheid als belangrijke waarde",
        "Gemeenten, het jongerenwerk en de partners staan dicht bij de jongeren en hun omgeving. Zij maken het "
        "project lokaal herkenbaar en leggen accenten vanuit de lokale actualiteit. Een 'warme' overdracht werkt "
        "beter dan een 'koude'. We blijven alert op wisseling van de wacht: in {jaar} zijn er nieuwe "
        "aanspreekpunten bij een aantal gemeenten.",
    ),
    (
        "Werken met thema's en de start van het festivalseizoen",
        "De start van het evenementenseizoen grijpen we aan voor een kick-off met bestuurders en betrokkenen, en om "
        "ouders, professionals, evenementenorganisatoren en horeca te informeren.",
    ),
    (
        "Inzet van kennis van partners binnen en buiten de regio",
        "We hebben te maken met een complex onderwerp. De kennis van verslavingskunde en gezondheidsbevordering van "
        "onze eigen partners en van landelijke kennisinstituten is onontbeerlijk.",
    ),
    (
        "Duidelijke afzender",
        "In projectjaar 1 is 'Kies helder' als hoofdboodschap gelanceerd. In {jaar} wordt die boodschap verder "
        "geladen en is zij in alle communicatie de afzender van het project.",
    ),
    (
        "Regionale campagne naast kleinschalige lokale interventies",
        "Vanuit de resultaten van de monitor komt er een regionale campagne 'Kies helder' waar gemeenten lokaal op "
        "aansluiten, bijvoorbeeld met lokale influencers. Tegelijk werken we aan kleinschalige, lokale interventies "
        "waarin ook de omgeving van de jongeren een doelgroep is.",
    ),
]

G, D, N, S = Realisatie.GEREALISEERD, Realisatie.DEELS, Realisatie.NIET, Realisatie.DOORGESCHOVEN

DEELGEBIEDEN = {
    "projectteam": Deelgebied(
        [
            (
                "Het versterken van draagvlak bij de aangesloten partners door regelmatige communicatie, met aandacht "
                "voor de lokale toepasbaarheid en het lokale overleg.",
                None,
            ),
            (
                "Het versterken van het netwerk van kennis en kunde, lokaal, regionaal en landelijk, onder meer door "
                "te investeren in deelnemers voor de expertgroep.",
                None,
            ),
            ("Het aanjagen van de werkgroepen en ze in hun kracht zetten.", None),
        ],
        [
            Activiteit(
                "Zorgen voor regelmatige informatievoorziening met webinars en nieuwsbrieven (vier webinars per jaar).",
                "Projectleider",
                "Hele jaar",
                D,
                "Drie webinars en zes nieuwsbrieven; het vierde webinar is naar het voorjaar verschoven.",
            ),
            Activiteit(
                "Een informatiepakket voor starters maken voor nieuwe raadsleden, collegeleden en ambtelijke trekkers.",
                "Projectteam",
                "Q1–Q2",
                G,
                "Het pakket is in mei aan alle gemeenten gestuurd en staat op het intranet van de regio.",
            ),
            Activiteit(
                "Een voorstel maken voor het inzetten van de bestaande lokale overleggen en werkgroepen, samen met de "
                "preventiewerkers van GGD en verslavingszorg en de kopgroep.",
                "Projectleider en kopgroep",
                "Q2–Q3",
                S,
                "Wacht op de lokale beelden uit de monitor; schuift door naar het volgende jaar.",
            ),
            Activiteit(
                "Structuur aanbrengen in de overleggen van de werkgroepen, met duidelijke taken, verantwoordelijkheden "
                "en verwachtingen.",
                "Projectleider",
                "Q1",
                G,
                "Elke werkgroep heeft een trekker en een jaarplanning; de trekkers overleggen maandelijks.",
            ),
        ],
    ),
    "monitor": Deelgebied(
        [
            (
                "Het opleveren van de eerste analyses van de monitor, met een eerste advies voor de hoofdaccenten van "
                "het project.",
                None,
            ),
            (
                "Het in beeld brengen van feitelijk gebruik, norm en gedragsdeterminanten en de relatie daartussen, "
                "voor de regio en voor elke gemeente, met een advies voor SMART gemaakte doelstellingen.",
                (5, 1),
            ),
        ],
        [
            Activiteit(
                "De eerste analyses verwerken in een voorlopig rapport met eerste bevindingen.",
                "GGD Lindeland",
                "Q1",
                G,
                "Het voorlopige rapport is in februari in de stuurgroep besproken.",
            ),
            Activiteit(
                "De resultaten van de monitor verwerken in een regionaal rapport met aanbevelingen, en dat onder de "
                "aandacht brengen bij relevante partijen.",
                "GGD Lindeland",
                "Q2",
                G,
                "Gepresenteerd op het regionale webinar van juni.",
            ),
            Activiteit(
                "De resultaten verwerken in een lokaal beeld met advies voor iedere gemeente (mits voldoende respons).",
                "GGD Lindeland",
                "Q2–Q3",
                D,
                "Zes van de acht gemeenten hebben een lokaal beeld; in Heuvelrode en Zandwijk was de respons te laag.",
                ("Heuvelrode", "Zandwijk"),
            ),
            Activiteit(
                "Een advies aan de stuurgroep met SMART doelstellingen voor het project richting de tweede monitor.",
                "Trekker werkgroep Monitor",
                "Q4",
                N,
                "Niet gelukt door capaciteitsgebrek bij de GGD; het advies volgt begin volgend jaar.",
            ),
        ],
    ),
    "communicatie": Deelgebied(
        [
            (
                "Informeren over en bewustmaken van middelengebruik en de effecten ervan op gezondheid, sociaal leven "
                "en criminaliteit, met een boodschap die past bij de doelgroep en die haar bereikt en raakt.",
                None,
            ),
            (
                "Positieve en effectieve framing van de boodschap, lokaal en regionaal: niet het ongewenste gedrag "
                "staat centraal, maar positieve alternatieven.",
                None,
            ),
        ],
        [
            Activiteit(
                "Werken aan de merkbekendheid van 'Kies helder', te beginnen bij de partners van het project.",
                "GGD Lindeland, communicatie",
                "Hele jaar",
                G,
                "Alle partners gebruiken het logo en de huisstijl; de website kieshelder.example is vernieuwd.",
            ),
            Activiteit(
                "Op basis van de eerste resultaten uit de monitor een regionale communicatiestrategie, met maatwerk in "
                "de vertaling naar lokale uitvoering.",
                "Werkgroep Communicatie en Educatie",
                "Q2–Q3",
                D,
                "De strategie is klaar; de lokale vertaling is in drie gemeenten begonnen.",
            ),
            Activiteit(
                "Een communicatietoolkit voor gemeenten, met een goede overdracht en volledige facilitering van de "
                "lokale implementatie.",
                "Werkgroep Communicatie en Educatie",
                "Q3–Q4",
                S,
                "Schuift door: de toolkit bouwt op de lokale beelden uit de monitor.",
            ),
            Activiteit(
                "Afhankelijk van de prioriteiten uit de monitor interventies ontwikkelen, of bestaande interventies "
                "naar lokale behoefte inzetten, zoals lessen over middelengebruik op school.",
                "GGD Lindeland en Verslavingszorg Lindestroom",
                "Q3–Q4",
                D,
                "In vier gemeenten zijn scholen met de lessen begonnen; de andere volgen.",
                ("Lindewaard", "Beekdal", "Oosterzand", "Elzendonk"),
            ),
        ],
    ),
    "beleid": Deelgebied(
        [
            (
                "Samen met partners en de evenementenbranche komen tot een brede, regionale handreiking voor "
                "evenementen waarvoor bestuurlijk commitment is, en gemeenten helpen die in te voeren.",
                None,
            ),
            (
                "Als afgeleide daarvan hulpmiddelen ontwikkelen voor kleinschalige evenementen, zoals de lokale horeca "
                "en feesttenten.",
                None,
            ),
        ],
        [
            Activiteit(
                "Een bestuurlijke nota uitwerken als eerste aanzet tot gezamenlijk beleid.",
                "Trekker werkgroep Beleid",
                "Q1–Q2",
                G,
                "De nota is in juni door de stuurgroep besproken en onderschreven.",
            ),
            Activiteit(
                "Een bestuurlijke bijeenkomst organiseren met de burgemeesters en wethouders van de gemeenten waar "
                "grootschalige evenementen plaatsvinden.",
                "Projectleider en trekker werkgroep Beleid",
                "Q2",
                G,
                "Op 14 april, met bestuurders van vier gemeenten en de politie.",
                ("Lindewaard", "Oosterzand", "Wilgenburg", "Beekdal"),
            ),
            Activiteit(
                "De regionale handreiking drugs op evenementen uitwerken, met ondersteuning van een jurist.",
                "Werkgroep Beleid, handhaving en veiligheid",
                "Q2–Q4",
                D,
                "Het concept is klaar; de juridische toets loopt nog.",
            ),
            Activiteit(
                "Een werkgroep 'light' opzetten die aan de slag gaat met hulpmiddelen voor kleinschalige evenementen.",
                "Gemeente Oosterzand",
                "Q4",
                N,
                "Er waren te weinig deelnemers; de stuurgroep besluit of dit doorgaat.",
            ),
        ],
    ),
}

# This year's concept, drafted from last year's: a new introduction and one new uitgangspunt.
NIEUWE_INLEIDING = (
    "Op basis van de hoofddoelstellingen uit het Uitvoeringsplan en de (al dan niet) gerealiseerde activiteiten uit "
    "het activiteitenoverzicht {vorig} is dit concept jaarplan voor het derde projectjaar in {jaar} opgesteld.\n\n"
    "Het derde jaar staat in het teken van de lokale uitvoering: de monitor heeft het lokale beeld gegeven, de "
    "campagne 'Kies helder' staat, en nu sluiten de gemeenten er met hun eigen Uitvoeringsplannen op aan. In "
    "{volgend} volgt de tweede monitor."
)
NIEUW_UITGANGSPUNT = (
    "Aansluiten bij de lokale Uitvoeringsplannen",
    "Steeds meer gemeenten in de regio hebben een eigen Uitvoeringsplan. Regionale hoofdactiviteiten worden daar "
    "waar mogelijk als lokale actie opgenomen, zodat de regio ziet wat er lokaal van terechtkomt.",
)
