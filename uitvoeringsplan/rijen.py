"""The nine rows of the handreiking's invultabel: the one definition of its questions.

Each row names its question and guidance, and the actie's fields that answer it. Each field has a
short name (the model's verbose_name), the question the form asks (its label) and guidance (its help
text). The Actie model, ActieForm, the pages, the PDF, the Word document and the completeness check
all read this table, so a question is worded in one place.
"""

from dataclasses import dataclass, replace

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Veld:
    """One field of an actie."""

    naam: str  # the model field's verbose_name
    vraag: str | None = None  # the form's label; None: the row's own question
    hulp: str = ""  # the model field's help_text, which the form shows too …
    formulierhulp: str | None = None  # … unless the form has guidance of its own ("" for none)

    def model(self) -> dict[str, str]:
        """The model field's options that come from the handreiking."""
        return {"verbose_name": self.naam, "help_text": self.hulp}


@dataclass(frozen=True, eq=False)
class Rij:
    nummer: int
    naam: str
    vraag: str
    velden: dict[str, Veld]  # in the order the form asks them
    hulp: str = ""

    @property
    def label(self) -> str:
        return f"{self.nummer}. {self.naam}"


RIJEN = [
    Rij(
        1,
        _("Gesuggereerde interventie"),
        _("Welke actie(s), interventie(s) of maatregel(en) willen we inzetten?"),
        {
            "interventie": Veld(
                _("interventie uit de catalogus"),
                _("Kies uit de catalogus (optioneel)"),
                formulierhulp=_("Een interventie uit de catalogus vult rij 1 en rij 5 alvast in."),
            ),
            "titel": Veld(_("gesuggereerde interventie")),
        },
        _("Beschrijf de actie, maatregel of interventie in één zin. Kies hem uit de catalogus als hij daarin staat."),
    ),
    Rij(
        2,
        _("Relevantie"),
        _("Waarom is de gesuggereerde interventie relevant voor de aanbeveling?"),
        {"relevantie": Veld(_("relevantie"))},
    ),
    Rij(
        3,
        _("Haalbaarheid"),
        _("Hoe haalbaar is de gesuggereerde interventie?"),
        {
            "haalbaarheid": Veld(_("haalbaarheid")),
            "haalbaarheid_toelichting": Veld(_("toelichting haalbaarheid"), _("Toelichting op de haalbaarheid")),
        },
        _("Denk aan beschikbare mensen, budget en tijd, en aan wat er al gebeurt."),
    ),
    Rij(
        4,
        _("Benodigde middelen"),
        _("Wat is er nodig om de gesuggereerde interventie uit te voeren?"),
        {
            "benodigde_middelen": Veld(
                _("benodigde middelen"),
                formulierhulp=_("Bijvoorbeeld: trainer, locatie, uren van professionals. Eén per regel."),
            ),
            "kosten_euro": Veld(_("a. financieel (euro)"), _("a. Financieel: kosten in euro")),
            "kosten_toelichting": Veld(_("toelichting financieel"), _("a. Toelichting op de kosten")),
            "fte": Veld(_("b. aantal fte"), _("b. Aantal fte")),
            "andere_voorwaarden": Veld(_("c. andere voorwaarden"), _("c. Andere voorwaarden")),
        },
        _(
            "Denk aan mensen (een trainer, uren van professionals), materiaal en een locatie. Vul daarna in: "
            "a. wat het kost, b. hoeveel fte het vraagt, c. welke andere voorwaarden er zijn."
        ),
    ),
    Rij(
        5,
        _("Effectiviteit"),
        _("Wat is de verwachte effectiviteit van de maatregel?"),
        {
            "effectiviteit": Veld(_("effectiviteit")),
            "erkend": Veld(_("erkend?"), _("Is de interventie erkend?")),
            "databank": Veld(_("databank"), _("Gevonden in databank")),
            "erkenningsniveau": Veld(_("erkenningsniveau"), _("Erkenningsniveau")),
            "effectiviteit_url": Veld(_("link naar de beschrijving"), _("Link naar de beschrijving in de databank")),
        },
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
        {
            "obstakels": Veld(_("obstakels")),
            "obstakels_aanpak": Veld(_("hoe overwinnen we die?"), _("Hoe kunnen die worden overwonnen?")),
        },
        _("En hoe kunnen die worden overwonnen om de actie succesvol te implementeren?"),
    ),
    Rij(
        7,
        _("Periode"),
        _("Over welke periode willen we de gesuggereerde interventie inzetten?"),
        {
            "periode_start": Veld(_("start"), _("Startdatum")),
            "periode_eind": Veld(_("einde"), _("Einddatum")),
            "periode_in_kwartalen": Veld(_("periode in kwartalen")),  # the form asks it as "periode_soort"
            "herhalend": Veld(_("terugkerend"), _("De actie keert terug")),
            "herhaling": Veld(
                _("hoe vaak terugkerend?"),
                _("Hoe keert de actie terug?"),
                hulp=_("Bijvoorbeeld: en daarna jaarlijks aanbieden."),
            ),
        },
    ),
    Rij(
        8,
        _("Verantwoordelijke"),
        _("Wie is verantwoordelijk voor de organisatie en uitvoering van de gesuggereerde interventie? Wie doet wat?"),
        {
            "verantwoordelijken": Veld(_("verantwoordelijke organisaties"), _("Verantwoordelijke organisatie(s)")),
            "wie_doet_wat": Veld(
                _("wie doet wat?"),
                _("Wie doet wat?"),
                formulierhulp=_("Wie organiseert, wie voert uit, wie doet mee?"),
            ),
        },
    ),
    Rij(
        9,
        _("Prioriteit + overwegingen"),
        _("Welke prioriteit geven we aan het inzetten van deze interventie? En waarom?"),
        {
            "prioriteit": Veld(
                _("prioriteit"),
                _("Welke prioriteit geven we aan het inzetten van deze interventie?"),
                hulp=_("1 is de hoogste prioriteit."),
                formulierhulp="",  # the row's own guidance says it already
            ),
            "prioriteit_overwegingen": Veld(_("overwegingen"), _("En waarom? (overwegingen)")),
        },
        _("1 is de hoogste prioriteit. Met welke actie starten we eerst?"),
    ),
]

# What an actie records beyond the nine rows.
OVERIGE_VELDEN = {
    "preventievorm": Veld(
        _("preventievorm"),
        _("Vorm van preventie"),
        formulierhulp=_(
            "Universeel: een brede doelgroep. Proportioneel universalisme: universeel, met extra inzet voor "
            "groepen met meer risico. Selectief: groepen met een verhoogd risico. Geïndiceerd: individuen "
            "met risicofactoren of (problematisch) gebruik. Zorggerelateerd: inclusief harm reduction "
            "(kader 5)."
        ),
    ),
    "doelgroep": Veld(_("doelgroep"), _("Doelgroep")),
    "middelen": Veld(_("middelen"), _("Middelen")),
}

# Every answer field of an actie by name, in the order of the handreiking; each with its question.
ACTIEVELDEN: dict[str, Veld] = {
    **{naam: replace(veld, vraag=veld.vraag or rij.vraag) for rij in RIJEN for naam, veld in rij.velden.items()},
    **OVERIGE_VELDEN,
}


def rij_van(naam: str) -> Rij | None:
    """The row a field of an actie answers; None for the fields beyond the nine rows."""
    return next((rij for rij in RIJEN if naam in rij.velden), None)
