"""The jaarplan as a Word document (.docx), in the style of the plan's: A4, Dutch, a cover, a table of
contents that Word fills in on opening, CONCEPT in the header until the stuurgroep adopts it."""

import io

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .document import JaarplanDocument
from .organogram import organogram_png

KLEUR = "0B5F73"
TAAL = "nl-NL"


def activiteit_meta(activiteit) -> str:
    """Trekker, periode, gemeenten and origin of a hoofdactiviteit in one line, as the PDF writes it."""
    delen = []
    if activiteit.trekker:
        delen.append(_("Trekker: %(trekker)s") % {"trekker": activiteit.trekker})
    if activiteit.periode:
        delen.append(_("Periode: %(periode)s") % {"periode": activiteit.periode})
    gemeenten = [g.naam for g in activiteit.gemeenten.all()]
    delen.append(_("Gemeenten: %(namen)s") % {"namen": ", ".join(gemeenten)} if gemeenten else _("Hele regio"))
    if activiteit.doorgeschoven_uit_id:
        delen.append(_("doorgeschoven uit %(jaar)s") % {"jaar": activiteit.doorgeschoven_uit.jaarplan.jaar})
    return " · ".join(delen)


def jaarplan_docx(doc: JaarplanDocument) -> bytes:
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    document = Document()
    sectie = document.sections[0]
    sectie.page_width, sectie.page_height = Mm(210), Mm(297)
    sectie.left_margin = sectie.right_margin = sectie.top_margin = sectie.bottom_margin = Mm(25)
    stijl = document.styles["Normal"]
    stijl.font.name = "Calibri"
    stijl.font.size = Pt(10)
    for taal in document.styles.element.iter(qn("w:lang")):
        taal.set(qn("w:val"), TAAL)
    for naam in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        document.styles[naam].font.color.rgb = RGBColor.from_string(KLEUR)
    jaarplan, project = doc.jaarplan, doc.project

    if doc.concept:
        sectie.header.paragraphs[0].text = _("CONCEPT — nog niet vastgesteld")
    sectie.footer.paragraphs[0].text = f"{project.naam} · {jaarplan}"

    # Cover.
    document.add_paragraph(project.regio.naam.upper())
    document.add_paragraph(str(jaarplan), style="Title")
    document.add_paragraph(project.naam)
    if project.hoofdboodschap:
        document.add_paragraph(f"“{project.hoofdboodschap}”").runs[0].italic = True
    if doc.vaststelling:
        status = _("Vastgesteld door de stuurgroep op %(datum)s") % {
            "datum": date_format(doc.vaststelling.vastgesteld_op, "j F Y")
        }
    else:
        status = _("Concept")
    document.add_paragraph(_("Status: %(status)s") % {"status": status})
    document.add_paragraph(_("Gemeenten: %(namen)s") % {"namen": ", ".join(doc.gemeenten)})
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # Table of contents: a TOC field that Word fills in when it updates the fields on opening.
    document.add_heading(_("Inhoud"), level=1)
    alinea = document.add_paragraph()
    for soort, tekst in (("begin", None), (None, 'TOC \\o "1-2" \\h \\z \\u'), ("separate", None)):
        run = alinea.add_run()
        if soort:
            teken = OxmlElement("w:fldChar")
            teken.set(qn("w:fldCharType"), soort)
            run._r.append(teken)
        else:
            instructie = OxmlElement("w:instrText")
            instructie.set(qn("xml:space"), "preserve")
            instructie.text = tekst
            run._r.append(instructie)
    alinea.add_run(
        _("Klik met de rechtermuisknop hier en kies ‘Veld bijwerken’ om de inhoudsopgave te tonen.")
    ).italic = True
    einde = OxmlElement("w:fldChar")
    einde.set(qn("w:fldCharType"), "end")
    alinea.add_run()._r.append(einde)
    bijwerken = OxmlElement("w:updateFields")
    bijwerken.set(qn("w:val"), "true")
    document.settings.element.insert_element_before(
        bijwerken, "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat"
    )
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def alineas(tekst: str) -> None:
        for deel in [a.strip() for a in tekst.split("\n\n") if a.strip()]:
            document.add_paragraph(deel)

    def opsomming(tekst: str, niveau: int = 0, meta: str = "") -> None:
        alinea = document.add_paragraph(tekst, style="List Bullet" if niveau == 0 else "List Bullet 2")
        if meta:
            alinea.add_run("\n" + meta).font.size = Pt(8.5)

    document.add_heading(_("Inleiding"), level=1)
    alineas(jaarplan.inleiding)

    document.add_heading(_("Organisatieschema"), level=1)
    document.add_paragraph(_("De organisatie van het project is schematisch weergegeven in dit organogram:"))
    document.add_picture(io.BytesIO(organogram_png(project)), width=Mm(160))
    for noot in doc.organogram.voetnoten:
        document.add_paragraph(f"{noot.teken} {noot.tekst}").runs[0].font.size = Pt(8.5)
    if project.omschrijving:
        alineas(project.omschrijving)

    document.add_heading(_("De belangrijkste uitgangspunten"), level=1)
    alineas(jaarplan.uitgangspunten_inleiding)
    if jaarplan.uitgangspunten.all():
        document.add_paragraph(_("Belangrijkste uitgangspunten hierbij:"))
    for nummer, uitgangspunt in enumerate(jaarplan.uitgangspunten.all(), start=1):
        alinea = document.add_paragraph()
        alinea.add_run(f"{nummer}. {uitgangspunt.kop}").bold = True
        alineas(uitgangspunt.tekst)

    document.add_heading(_("Doelstellingen per deelgebied"), level=1)
    for deel in doc.deelgebieden:
        document.add_heading(deel.naam, level=2)
        document.add_paragraph().add_run(_("Hoofddoelen:")).bold = True
        for doel in deel.hoofddoelen:
            tekst = doel.tekst
            if doel.deadline:
                tekst += " " + _("(uiterlijk %(datum)s)") % {"datum": date_format(doel.deadline, "j F Y")}
            opsomming(tekst)
        if not deel.hoofddoelen:
            document.add_paragraph(_("Nog geen hoofddoelen.")).runs[0].italic = True
        document.add_paragraph().add_run(_("Hoofdactiviteiten:")).bold = True
        for activiteit in deel.hoofdactiviteiten:
            opsomming(activiteit.tekst, meta=activiteit_meta(activiteit))
        if not deel.hoofdactiviteiten:
            document.add_paragraph(_("Nog geen hoofdactiviteiten.")).runs[0].italic = True

    if doc.vorig:
        document.add_heading(_("Activiteitenoverzicht %(jaar)s") % {"jaar": doc.vorig.jaar}, level=1)
        document.add_paragraph(
            _("Wat de deelgebieden in %(jaar)s hebben gerealiseerd. Wat niet af kwam, staat weer in dit jaarplan.")
            % {"jaar": doc.vorig.jaar}
        )
        for deel in doc.vorige_deelgebieden:
            if not deel.hoofdactiviteiten:
                continue
            document.add_heading(deel.naam, level=2)
            tabel = document.add_table(rows=1, cols=3)
            tabel.style = "Light Grid Accent 1"
            for cel, kop in zip(
                tabel.rows[0].cells, [_("Hoofdactiviteit"), _("Realisatie"), _("Toelichting")], strict=True
            ):
                cel.text = kop
            for activiteit in deel.hoofdactiviteiten:
                cellen = tabel.add_row().cells
                cellen[0].text = activiteit.tekst
                cellen[1].text = activiteit.get_realisatie_display() or _("Nog niet ingevuld")
                cellen[2].text = activiteit.realisatie_toelichting

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
