"""Chapter 6 of the Word export: the doelstellingen and their indicatoren.

Word gets a table of the values per indicator instead of the chart: python-docx cannot place an
SVG, and a PNG would need a second renderer. The table carries the same facts (nulmeting,
metingen with their source, a missing value named as missing, streefwaarde), as the chart's text
alternative does in the HTML and the PDF.
"""

from collections.abc import Callable

from django.utils.translation import gettext as _

from .document import PlanDocument


def doelen_hoofdstuk(document, doc: PlanDocument, tabel: Callable) -> None:
    """Add the chapter to `document` (a python-docx Document); `tabel` is word.py's table helper."""
    document.add_heading("6 " + _("Doelen en indicatoren"), level=1)
    document.add_paragraph(
        _(
            "Per doelstelling staat hieronder hoe we meten of het doel wordt bereikt: de nulmeting (basiswaarde), "
            "de streefwaarde en de metingen per jaar."
        )
    )
    for nummer, doelstelling in enumerate(doc.doelstellingen, start=1):
        document.add_heading(f"6.{nummer} {doelstelling.titel}", level=2)
        for alinea in [a.strip() for a in doelstelling.omschrijving.split("\n\n") if a.strip()]:
            document.add_paragraph(alinea)
        if aanbevelingen := [a.titel for a in doelstelling.aanbevelingen.all()]:
            document.add_paragraph(_("Aanbevelingen: %(lijst)s") % {"lijst": "; ".join(aanbevelingen)})
        if acties := [a.titel for a in doelstelling.acties.all()]:
            document.add_paragraph(_("Acties: %(lijst)s") % {"lijst": "; ".join(acties)})
        for indicator in doelstelling.indicatoren.all():
            document.add_heading(_("Indicator: %(naam)s") % {"naam": indicator.naam}, level=3)
            richting = _("lager is beter") if indicator.lager_is_beter else _("hoger is beter")
            document.add_paragraph(
                _("Eenheid: %(eenheid)s · Doelgroep: %(doelgroep)s · Bron: %(bron)s · %(richting)s")
                % {
                    "eenheid": indicator.eenheid,
                    "doelgroep": indicator.doelgroep,
                    "bron": indicator.bron_tekst,
                    "richting": richting,
                }
            )
            tabel(
                [_("Jaar"), _("Soort"), _("Waarde"), _("Bron")],
                [[rij["jaar"], rij["soort"], rij["tekst"], rij.get("bron", "")] for rij in indicator.waarden()],
            )
        if not doelstelling.indicatoren.all():
            document.add_paragraph(_("Voor deze doelstelling is nog geen indicator gekozen."))
