"""The evaluation of Lindewaard's previous plan, begun by the kernteam and not yet adopted.

About half of the acties (titles from vorige_acties.py) are evaluated; the others are still open,
so a demo user can finish the evaluation. The advice per actie is what the next plan did with it
(see volgende_cyclus.py). `dagen` counts back from the day the demo is built.
"""

from uitvoering.constants import Advies, DoelBereikt

# The projectleider wrote the evaluations and the summary this many days ago, after entering the metingen.
DAGEN = 20

# Actie title: what it achieved and the advice for the next cycle.
ACTIES = {
    "Rookvrije Generatie: rookvrije speeltuinen": {
        "doel_bereikt": DoelBereikt.DEELS,
        "resultaten": "Bij 6 van de 11 speeltuinen hangen bordjes. De andere 5 worden heringericht en krijgen de "
        "bordjes bij de nieuwe inrichting.",
        "geleerd": "Ouders reageren positief. Het werkt goed als de buurtbeheerders het vertellen; een bordje "
        "alleen is niet genoeg.",
        "advies": Advies.DOORZETTEN,
    },
    "Alcohol- en tabakscontroles bij sportkantines": {
        "doel_bereikt": DoelBereikt.DEELS,
        "resultaten": "Twee controlerondes in alle 9 kantines. Bij de eerste ronde schonken 2 kantines aan een "
        "koper van 16, bij de tweede nog 1.",
        "geleerd": "Controles helpen, maar minderjarigen kopen ook in de supermarkt en bij de slijterij. Daar "
        "keken we nog niet.",
        "advies": Advies.AANPASSEN,
    },
    "Training Instructie Verantwoord Alcoholgebruik (IVA) voor barvrijwilligers": {
        "doel_bereikt": DoelBereikt.JA,
        "resultaten": "Drie avonden met in totaal 34 barvrijwilligers van 7 verenigingen. Iedereen kreeg een "
        "certificaat.",
        "geleerd": "Vrijwilligers vinden het lastig om naar een legitimatie te vragen. Oefenen met een "
        "rollenspel werkte het best.",
        "advies": Advies.DOORZETTEN,
    },
    "Ouderavond Helder op School": {
        "doel_bereikt": DoelBereikt.NEE,
        "resultaten": "De ouderavond is nog niet gehouden. De nieuwe medezeggenschapsraad wilde eerst ingewerkt zijn.",
        "geleerd": "Een losse avond over alcohol trekt weinig ouders. Bij de rapportavond van de brugklas zijn "
        "bijna alle ouders er al.",
        "advies": Advies.AANPASSEN,
    },
    "Inloopspreekuur van de verslavingszorg in het wijkcentrum": {
        "doel_bereikt": DoelBereikt.DEELS,
        "resultaten": "Om de week een spreekuur, met gemiddeld 4 bezoekers. Twee inwoners zijn doorverwezen naar "
        "de verslavingszorg.",
        "geleerd": "Weinig inwoners komen uit zichzelf. Het wijkteam ziet de problemen al bij de mensen thuis.",
        "advies": Advies.STOPPEN,
    },
}

SAMENVATTING = (
    "Het plan is ongeveer halverwege. De controles in de sportkantines en de training voor barvrijwilligers "
    "werken: er wordt minder aan minderjarigen geschonken. De ouderavond is uitgesteld en het inloopspreekuur "
    "trekt weinig bezoekers."
)
CONCLUSIES = (
    "Neem de controles en de training mee naar het volgende plan, en kijk ook naar supermarkten en horeca. "
    "Organiseer de ouderavond samen met de rapportavond van de brugklas."
)
