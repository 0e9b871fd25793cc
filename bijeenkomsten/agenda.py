"""The handreiking's agenda per kind of meeting and its tips, used to start a new Bijeenkomst."""

from django.utils.translation import gettext_lazy as _

from .constants import BijeenkomstSoort

# (titel, toelichting) per agendapunt, in the order of the handreiking.
STANDAARDAGENDA = {
    BijeenkomstSoort.STARTGESPREK: [
        (
            _("De planning"),
            _(
                "Wanneer zijn de bijeenkomsten met lokale stakeholders, wanneer moet het Uitvoeringsplan klaar zijn "
                "en wanneer start de uitvoering?"
            ),
        ),
        (
            _("De rolverdeling binnen het kernteam"),
            _(
                "Wie stelt de agenda op? Wie plant de bijeenkomsten? Wie onderhoudt het contact met de lokale "
                "stakeholders? Wie verwerkt de uitkomsten in het Uitvoeringsplan?"
            ),
        ),
        (
            _("Wie nodigen we uit voor de startbijeenkomst?"),
            _("Bespreek welke personen en lokale stakeholders worden uitgenodigd (inspiratiekaart Stakeholders)."),
        ),
        (
            _("Beschikbare tijd en geld"),
            _("Hoeveel tijd en geld is er (al) beschikbaar voor de uitvoering van het Uitvoeringsplan?"),
        ),
        (_("Draagvlak"), _("Hoe gaan we draagvlak creëren voor het Uitvoeringsplan? (kader 3)")),
    ],
    BijeenkomstSoort.STARTBIJEENKOMST: [
        (_("Kennismaking inclusief functie en bijdrage aan preventie"), ""),
        (
            _("Presenteren van de uitkomsten en aanbevelingen van de Scanner"),
            _("Dit kan kort als dit recentelijk nog is gedaan, bijvoorbeeld tijdens de werksessie van de Scanner."),
        ),
        (_("Uitvragen wie betrokken moet worden bij de uitwerking van welke aanbeveling"), ""),
        (
            _("Prioriteren van aanbevelingen"),
            _("Alleen wanneer er veel aanbevelingen zijn die niet allemaal opgevolgd kunnen worden."),
        ),
        (_("Uitleggen over het proces van het Uitvoeringsplan"), ""),
        (_("Bespreken hoe mensen op de hoogte gehouden willen worden"), ""),
        (_("Het maken van werkafspraken met elkaar"), ""),
    ],
    BijeenkomstSoort.INHOUDELIJK: [
        (
            _("Deel 1: uitleg door een expert"),
            _("De expert legt uit wat goed werkt en deelt tips en hulpmiddelen voor de uitwerking van de aanbeveling."),
        ),
        (
            _("Deel 2: de aanbeveling omzetten in concrete acties"),
            _(
                "Met een passende werkvorm (brainstorm, wereldcafé of flip-over) beantwoorden de stakeholders de "
                "vragen van de invultabel."
            ),
        ),
    ],
    BijeenkomstSoort.SLOTBIJEENKOMST: [
        (_("Presentatie van het Uitvoeringsplan door de projectleider"), ""),
        (_("Het vervolg: implementatie en evaluatie"), ""),
        (_("Ondertekening van het Uitvoeringsplan door de stakeholders"), _("En samen met de wethouder op de foto.")),
        (_("Afsluiting met een alcoholvrije borrel"), ""),
    ],
    BijeenkomstSoort.ANDERS: [],
}

# Tip 2 (startbijeenkomst) and Tip 3 (slotbijeenkomst) as optional checklists: (sleutel, tekst).
TIPS = {
    BijeenkomstSoort.STARTBIJEENKOMST: [
        ("spreker", _("Een inspirerende spreker die het belang van middelenpreventie onderstreept")),
        ("werkvorm", _("Een leuke werkvorm om de aanbevelingen te prioriteren")),
        ("wethouder", _("De wethouder opent de bijeenkomst en onderstreept het belang van middelenpreventie")),
        ("hapjes", _("Lekkere en gezonde hapjes en drankjes")),
        ("locatie", _("Een leuke locatie")),
    ],
    BijeenkomstSoort.SLOTBIJEENKOMST: [
        ("tekenen", _("Een geprinte versie door alle stakeholders laten tekenen")),
        ("foto", _("Met elkaar en de wethouder op de foto")),
        ("borrel", _("Afsluiten met een alcoholvrije borrel")),
    ],
}
