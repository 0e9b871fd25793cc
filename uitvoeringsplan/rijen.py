"""The nine rows of the handreiking's invultabel: one definition for forms, pages, the PDF and completeness."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Rij:
    nummer: int
    naam: str
    vraag: str
    velden: tuple[str, ...]
    hulp: str = ""

    @property
    def label(self) -> str:
        return f"{self.nummer}. {self.naam}"


RIJEN = [
    Rij(
        1,
        _("Gesuggereerde interventie"),
        _("Welke actie(s), interventie(s) of maatregel(en) willen we inzetten?"),
        ("titel", "interventie"),
        _("Beschrijf de actie, maatregel of interventie in één zin. Kies hem uit de catalogus als hij daarin staat."),
    ),
    Rij(
        2,
        _("Relevantie"),
        _("Waarom is de gesuggereerde interventie relevant voor de aanbeveling?"),
        ("relevantie",),
    ),
    Rij(
        3,
        _("Haalbaarheid"),
        _("Hoe haalbaar is de gesuggereerde interventie?"),
        ("haalbaarheid", "haalbaarheid_toelichting"),
        _("Denk aan beschikbare mensen, budget en tijd, en aan wat er al gebeurt."),
    ),
    Rij(
        4,
        _("Benodigde middelen"),
        _("Wat is er nodig om de gesuggereerde interventie uit te voeren?"),
        ("benodigde_middelen", "kosten_euro", "kosten_toelichting", "fte", "andere_voorwaarden"),
        _(
            "Denk aan mensen (een trainer, uren van professionals), materiaal en een locatie. Vul daarna in: "
            "a. wat het kost, b. hoeveel fte het vraagt, c. welke andere voorwaarden er zijn."
        ),
    ),
    Rij(
        5,
        _("Effectiviteit"),
        _("Wat is de verwachte effectiviteit van de maatregel?"),
        ("effectiviteit", "erkend", "databank", "erkenningsniveau", "effectiviteit_url"),
        _(
            "Is de interventie erkend? Kijk in de Wat Werkt Dossiers alcohol, roken of drugs, de Databank "
            "Leefstijlinterventies (Loket Gezond Leven), de Databank Effectieve Jeugdinterventies en het "
            "Basispakket Verslavingspreventie."
        ),
    ),
    Rij(
        6,
        _("Obstakels"),
        _("Welke obstakels verwachten we?"),
        ("obstakels", "obstakels_aanpak"),
        _("En hoe kunnen die worden overwonnen om de actie succesvol te implementeren?"),
    ),
    Rij(
        7,
        _("Periode"),
        _("Over welke periode willen we de gesuggereerde interventie inzetten?"),
        ("periode_start", "periode_eind", "periode_in_kwartalen", "herhalend", "herhaling"),
    ),
    Rij(
        8,
        _("Verantwoordelijke"),
        _("Wie is verantwoordelijk voor de organisatie en uitvoering van de gesuggereerde interventie? Wie doet wat?"),
        ("verantwoordelijken", "wie_doet_wat"),
    ),
    Rij(
        9,
        _("Prioriteit + overwegingen"),
        _("Welke prioriteit geven we aan het inzetten van deze interventie? En waarom?"),
        ("prioriteit", "prioriteit_overwegingen"),
        _("1 is de hoogste prioriteit. Met welke actie starten we eerst?"),
    ),
]
