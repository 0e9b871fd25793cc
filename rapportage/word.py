"""The assembled plan as a Word document (.docx), for municipalities that paste it into a raadsvoorstel.

It follows the PDF (DESIGN §5): A4, Dutch, CONCEPT in the header until adoption, "pagina X van Y"
and a table of contents that Word fills in when the document is opened.
"""

import io

from django.template.defaultfilters import floatformat
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from rapportage.models import Vaststelling
from uitvoeringsplan.models import Actie
from uitvoeringsplan.rijen import RIJEN

from .document import PlanDocument, Planningsregel
from .word_doelen import doelen_hoofdstuk

KLEUR = "0B5F73"
TAAL = "nl-NL"
# A4 with margins of 2.5 cm leaves 16 cm; the nine-row table gives its questions about a third.
TEKSTBREEDTE_MM = 160
VRAAGKOLOM_MM = 56


def euro_afgerond(waarde) -> str:
    """Whole euros as the overview and totals in the HTML and PDF write them (`floatformat:"0g"`, half up)."""
    return str(floatformat(waarde, "0g"))


def euro_precies(waarde) -> str:
    """An actie's amount with cents, as row 4 of the invultabel in the HTML and PDF writes it."""
    return "€ " + str(floatformat(waarde, "2g"))


def fte_tekst(waarde) -> str:
    """Fte as the HTML and PDF write them (`floatformat:"-2"`): 0,5 rather than 0,50."""
    return str(floatformat(waarde, "-2"))


def rij_teksten(actie: Actie) -> list[tuple[str, str, str]]:
    """The nine rows of one actie as (label, question, answer) in plain text."""
    antwoorden = {
        1: actie.titel,
        2: actie.relevantie,
        3: " ".join(
            t
            for t in [
                actie.get_haalbaarheid_display() + "." if actie.haalbaarheid else "",
                actie.haalbaarheid_toelichting,
            ]
            if t
        ),
        4: "\n".join(
            t
            for t in [
                actie.benodigde_middelen,
                _("a. Financieel: %(bedrag)s") % {"bedrag": euro_precies(actie.kosten_euro)}
                + (f" — {actie.kosten_toelichting}" if actie.kosten_toelichting else "")
                if actie.kosten_euro is not None
                else "",
                _("b. Aantal fte: %(fte)s") % {"fte": fte_tekst(actie.fte)} if actie.fte is not None else "",
                _("c. Andere voorwaarden: %(tekst)s") % {"tekst": actie.andere_voorwaarden}
                if actie.andere_voorwaarden
                else "",
            ]
            if t
        ),
        5: "\n".join(
            t
            for t in [
                actie.effectiviteit,
                " · ".join(
                    t
                    for t in [
                        actie.get_erkend_display(),
                        actie.get_databank_display(),
                        actie.get_erkenningsniveau_display(),
                    ]
                    if t
                ),
                actie.effectiviteit_url,
            ]
            if t
        ),
        6: " ".join(t for t in [actie.obstakels, actie.obstakels_aanpak] if t),
        7: actie.periode_tekst,
        8: "\n".join(t for t in [", ".join(o.naam for o in actie.verantwoordelijken.all()), actie.wie_doet_wat] if t),
        9: " ".join(
            t
            for t in [
                _("Prioriteit %(p)s.") % {"p": actie.prioriteit} if actie.prioriteit else "",
                actie.prioriteit_overwegingen,
            ]
            if t
        ),
    }
    return [(rij.label, str(rij.vraag), antwoorden[rij.nummer]) for rij in RIJEN]


def planningsvak(regel: Planningsregel, kwartaal: int) -> str:
    """The planning chart as a Word table: a full square in the actie's quarters, an open one after if it recurs."""
    if regel.start <= kwartaal < regel.start + regel.lengte:
        return "■"
    return "□" if regel.vervolg and kwartaal > regel.start else ""


def plan_docx(doc: PlanDocument, *, vaststelling: Vaststelling | None = None) -> bytes:
    """The plan as .docx; for an adopted plan with the adoption's date and the signatures given so far."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
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
    # Dutch spelling and hyphenation: the template's default (en-US) and the Normal style that all others build on.
    for taal in document.styles.element.iter(qn("w:lang")):
        taal.set(qn("w:val"), TAAL)
    normaal_taal = OxmlElement("w:lang")
    normaal_taal.set(qn("w:val"), TAAL)
    stijl.element.get_or_add_rPr().append(normaal_taal)
    for naam in ("Title", "Heading 1", "Heading 2", "Heading 3", "TOC Heading"):
        document.styles[naam].font.color.rgb = RGBColor.from_string(KLEUR)
    plan = doc.plan

    def veld(alinea, code: str, voorlopig: str) -> None:
        """A Word field (PAGE, NUMPAGES) showing `voorlopig` until Word computes it."""
        element = OxmlElement("w:fldSimple")
        element.set(qn("w:instr"), code)
        run = OxmlElement("w:r")
        tekst = OxmlElement("w:t")
        tekst.text = voorlopig
        run.append(tekst)
        element.append(run)
        alinea._p.append(element)

    def inhoudsopgave() -> None:
        """A TOC field over headings 1-3; Word fills it (with page numbers) when it updates the fields on opening."""

        def veldteken(soort: str):
            teken = OxmlElement("w:fldChar")
            teken.set(qn("w:fldCharType"), soort)
            return teken

        alinea = document.add_paragraph()
        alinea.add_run()._r.append(veldteken("begin"))
        instructie = OxmlElement("w:instrText")
        instructie.set(qn("xml:space"), "preserve")
        instructie.text = 'TOC \\o "1-3" \\h \\z \\u'
        alinea.add_run()._r.append(instructie)
        alinea.add_run()._r.append(veldteken("separate"))
        alinea.add_run(
            _("Klik met de rechtermuisknop hier en kies ‘Veld bijwerken’ om de inhoudsopgave te tonen.")
        ).italic = True
        alinea.add_run()._r.append(veldteken("end"))
        bijwerken = OxmlElement("w:updateFields")
        bijwerken.set(qn("w:val"), "true")
        # Word insists on the schema's order in settings.xml: updateFields comes before these.
        document.settings.element.insert_element_before(
            bijwerken, "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat"
        )

    def rijtabel(actie: Actie) -> None:
        """The handreiking's nine rows: questions in a fixed, narrower first column; a row never splits over pages."""
        t = document.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        t.autofit = False
        breedtes = (Mm(VRAAGKOLOM_MM), Mm(TEKSTBREEDTE_MM - VRAAGKOLOM_MM))
        for kolom, breedte in zip(t.columns, breedtes, strict=True):
            kolom.width = breedte
        for label, vraag, antwoord in rij_teksten(actie):
            rij = t.add_row()
            rij._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
            links, rechts = rij.cells
            links.width, rechts.width = breedtes
            links.text = ""
            links.paragraphs[0].add_run(label).bold = True
            links.add_paragraph().add_run(vraag).italic = True
            rechts.text = antwoord

    def alineas(tekst: str) -> None:
        for alinea in [a.strip() for a in tekst.split("\n\n") if a.strip()]:
            document.add_paragraph(alinea)

    def tabel(koppen: list[str], rijen: list[list[str]]):
        t = document.add_table(rows=1, cols=len(koppen))
        t.style = "Light Grid Accent 1"
        for cel, kop in zip(t.rows[0].cells, koppen, strict=True):
            cel.text = kop
        for rij in rijen:
            cellen = t.add_row().cells
            for cel, waarde in zip(cellen, rij, strict=True):
                cel.text = str(waarde)
        return t

    def pagina_einde() -> None:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    document.add_paragraph(_("Gemeente %(naam)s") % {"naam": plan.gemeente.naam}).runs[0].font.size = Pt(12)
    document.add_heading(plan.titel, level=0)
    document.add_paragraph(_("Uitvoeringsplan middelenpreventie"))
    if vaststelling:
        datum = date_format(timezone.localtime(vaststelling.vastgesteld_op), "j F Y")
        status = _("Vastgesteld op %(datum)s") % {"datum": datum}
        document.add_paragraph(_("Versie %(versie)s · %(status)s") % {"versie": doc.versie, "status": status})
    else:
        document.add_paragraph(
            _("Versie %(versie)s · %(status)s · %(datum)s")
            % {"versie": doc.versie, "status": plan.get_status_display(), "datum": date_format(doc.datum, "j F Y")}
        )
    if doc.concept:
        concept = document.add_paragraph().add_run(_("CONCEPT — nog niet vastgesteld"))
        concept.bold = True
        concept.font.color.rgb = RGBColor.from_string("B3261E")
        koptekst = sectie.header.paragraphs[0]
        koptekst.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        stempel = koptekst.add_run(_("CONCEPT"))
        stempel.bold = True
        stempel.font.color.rgb = RGBColor.from_string("B3261E")
    voettekst = sectie.footer.paragraphs[0]
    voettekst.text = _("Gemeente %(naam)s · Uitvoeringsplan middelenpreventie · pagina ") % {"naam": plan.gemeente.naam}
    veld(voettekst, "PAGE", "1")
    voettekst.add_run(" " + _("van") + " ")
    veld(voettekst, "NUMPAGES", "1")
    pagina_einde()

    document.add_paragraph(_("Inhoud"), style="TOC Heading")
    inhoudsopgave()
    pagina_einde()

    document.add_heading("1 " + _("Inleiding"), level=1)
    alineas(plan.inleiding or _("De inleiding is nog niet geschreven."))

    document.add_heading("2 " + _("Beleidskader"), level=1)
    for beleid in doc.beleidsdocumenten:
        document.add_paragraph(
            f"{beleid} — {beleid.get_soort_display()}" + (f"\n{beleid.url}" if beleid.url else ""), style="List Bullet"
        )
    if not doc.beleidsdocumenten:
        document.add_paragraph(_("Dit Uitvoeringsplan verwijst niet naar afzonderlijke beleidsdocumenten."))
    if doc.scanner_zin:
        document.add_paragraph(doc.scanner_zin)

    document.add_heading("3 " + _("Totstandkoming"), level=1)
    alineas(plan.samenvatting_totstandkoming)
    document.add_heading(_("Het kernteam"), level=2)
    tabel(
        [_("Naam"), _("Rol")],
        [
            [lid.user.get_full_name() or lid.user.get_username(), lid.get_functie_display() or lid.get_rol_display()]
            for lid in doc.kernteam
        ],
    )
    document.add_heading(_("De bijeenkomsten"), level=2)
    tabel(
        [_("Datum"), _("Bijeenkomst"), _("Deelnemers")],
        [
            [date_format(b.datum, "j-n-Y"), f"{b.get_soort_display()}: {b}", b.aantal_aanwezig or "—"]
            for b in doc.bijeenkomsten
        ],
    )
    if doc.organisaties:
        document.add_heading(_("Betrokken organisaties"), level=2)
        document.add_paragraph(", ".join(doc.organisaties) + ".")

    document.add_heading("4 " + _("Overzicht van de acties"), level=1)
    tabel(
        [_("Nr."), _("Actie"), _("Prio"), _("Periode"), _("Verantwoordelijke"), _("Euro"), _("Fte")],
        [
            [
                actie.nummer,
                actie.titel,
                actie.prioriteit or "",
                actie.periode_tekst,
                ", ".join(o.naam for o in actie.verantwoordelijken.all()),
                euro_afgerond(actie.kosten_euro) if actie.kosten_euro is not None else "",
                fte_tekst(actie.fte) if actie.fte is not None else "",
            ]
            for actie in doc.acties
        ]
        + [["", _("Totaal"), "", "", "", euro_afgerond(doc.totaal.euro), fte_tekst(doc.totaal.fte)]],
    )
    document.add_heading(_("Totaal per aanbeveling"), level=2)
    tabel(
        [_("Aanbeveling"), _("Acties"), _("Euro"), _("Fte")],
        [[t.naam, t.acties, euro_afgerond(t.euro), fte_tekst(t.fte)] for t in doc.per_aanbeveling],
    )
    document.add_heading(_("Totaal per verantwoordelijke organisatie"), level=2)
    tabel(
        [_("Organisatie"), _("Acties"), _("Euro"), _("Fte")],
        [[t.naam, t.acties, euro_afgerond(t.euro), fte_tekst(t.fte)] for t in doc.per_organisatie],
    )

    if doc.planning:
        document.add_heading(_("Planning"), level=2)
        tabel(
            [_("Actie"), *doc.kwartalen],
            [
                [f"{regel.nummer} {regel.actie.titel}"] + [planningsvak(regel, k) for k in range(len(doc.kwartalen))]
                for regel in doc.planning
            ],
        )
        if doc.herhalend:
            document.add_paragraph(_("□ na de periode: de actie keert daarna terug (bijvoorbeeld jaarlijks)."))

    document.add_heading("5 " + _("Invultabellen per aanbeveling"), level=1)
    for invultabel in doc.invultabellen:
        document.add_heading(
            f"5.{invultabel.positie} " + _("Aanbeveling: %(titel)s") % {"titel": invultabel.aanbeveling.titel}, level=2
        )
        if invultabel.aanbeveling.toelichting:
            document.add_paragraph(invultabel.aanbeveling.toelichting)
        for actie in invultabel.lijst:
            kop = _("Actie %(nummer)s") % {"nummer": actie.nummer}
            if actie.preventievorm:
                kop += f" · {actie.get_preventievorm_display()}"
            document.add_heading(kop, level=3)
            rijtabel(actie)
        if not invultabel.lijst:
            document.add_paragraph(_("Voor deze aanbeveling zijn nog geen acties uitgewerkt."))

    if doc.doelstellingen:
        doelen_hoofdstuk(document, doc, tabel)

    pagina_einde()
    document.add_heading(_("Bijlagen"), level=1)
    document.add_heading("A " + _("Deelnemende organisaties"), level=2)
    for naam in doc.ondertekenaars:
        document.add_paragraph(naam, style="List Bullet")
    document.add_heading("B " + _("Ondertekening"), level=2)
    document.add_paragraph(
        _(
            "Met hun handtekening onder dit Uitvoeringsplan spreken de gemeente %(gemeente)s en haar partners af "
            "de acties samen uit te voeren."
        )
        % {"gemeente": plan.gemeente.naam}
    )
    ondertekeningen = list(vaststelling.ondertekeningen.all()) if vaststelling else []
    tabel(
        [_("Organisatie"), _("Naam"), _("Datum"), _("Handtekening")],
        [[o.organisatie, o.naam, date_format(o.datum, "j-n-Y"), o.get_bron_display()] for o in ondertekeningen]
        if ondertekeningen
        else [[naam, "", "", ""] for naam in doc.ondertekenaars]
        + [[_("Gemeente %(naam)s") % {"naam": plan.gemeente.naam}, plan.ambassadeur, "", ""]],
    )

    uitvoer = io.BytesIO()
    document.save(uitvoer)
    return uitvoer.getvalue()
