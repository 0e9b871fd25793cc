import io
import re
from datetime import date
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.template.loader import render_to_string
from django.urls import reverse
from pypdf import PdfReader

from basis.pdf import render_pdf
from rapportage.document import plan_document
from rapportage.word import plan_docx
from tests import factories
from uitvoeringsplan.models import Uitvoeringsplan

pytestmark = pytest.mark.django_db

WERKVOORBEELD = [
    "Training vroegsignalering alcohol",
    "Om ergere problemen te voorkomen, is het belangrijk dat hulpverleners problemen met alcohol",
    "Deze training zetten we als eerste in, omdat we voldoende deskundigheid als basis zien",
    "Q1 2026, en daarna jaarlijks aanbieden.",
    "Leidinggevende x zorgt ervoor dat diens medewerkers de training door de IVZ volgen.",
]


def pdf_tekst(pdf: bytes) -> str:
    """The PDF's text on one line, with words that were hyphenated at a line end joined again."""
    tekst = "\n".join(pagina.extract_text() for pagina in PdfReader(io.BytesIO(pdf)).pages)
    tekst = re.sub(r"(?<=[a-zë])[-\u2010]\n(?=[a-z])", "", tekst)
    return re.sub(r"\s+", " ", tekst)


@pytest.fixture
def demoplan(settings):
    settings.DEBUG = True
    call_command("demo", verbosity=0)
    return Uitvoeringsplan.objects.get(gemeente__cbs_code="GM9901", status="ter_review")


def test_the_pdf_holds_every_section_and_the_worked_example(demoplan):
    doc = plan_document(demoplan)
    html, pdf = render_pdf("rapportage/pdf/plan.html", {"doc": doc, "concept": doc.concept})
    tekst = pdf_tekst(pdf)
    for kop in (
        "Inhoud",
        "1 Inleiding",
        "2 Beleidskader",
        "3 Totstandkoming",
        "4 Overzicht van de acties",
        "Planning",
        "5 Invultabellen per aanbeveling",
        "Bijlagen",
        "A Deelnemende organisaties",
        "B Ondertekening",
    ):
        assert kop in tekst, kop
    for zin in WERKVOORBEELD:
        assert zin in tekst, zin
    assert "CONCEPT" in tekst
    aantal = len(PdfReader(io.BytesIO(pdf)).pages)
    assert f"pagina 2 van {aantal}" in tekst
    assert "Gemeente Lindewaard · Uitvoeringsplan middelenpreventie" in tekst
    assert 'id="aanbeveling-1"' in html


def test_user_text_is_escaped_in_the_preview_and_the_pdf(client, demoplan):
    aanval = "<script>alert('x')</script><b>vet</b>"
    demoplan.inleiding = aanval
    demoplan.save()
    actie = factories.ActieFactory(invultabel=demoplan.invultabellen.first(), titel=aanval, relevantie=aanval)
    client.login(username="kernteamlid", password="demo")
    pagina = client.get(reverse("plan_document", kwargs={"plan_pk": demoplan.pk})).content.decode()
    assert "<script>alert" not in pagina and "<b>vet</b>" not in pagina
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in pagina
    _html, pdf = render_pdf("rapportage/pdf/plan.html", {"doc": plan_document(demoplan), "concept": True})
    assert "<script>alert('x')</script><b>vet</b>" in pdf_tekst(pdf).replace("‘", "'").replace("’", "'")
    assert actie.pk


def test_the_word_export_holds_the_same_document(demoplan):
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Mm

    doc = plan_document(demoplan)
    document = Document(io.BytesIO(plan_docx(doc)))
    tekst = "\n".join(p.text for p in document.paragraphs)
    cellen = "\n".join(cel.text for tabel in document.tables for rij in tabel.rows for cel in rij.cells)
    for kop in (
        "1 Inleiding",
        "2 Beleidskader",
        "3 Totstandkoming",
        "4 Overzicht van de acties",
        "Totaal per aanbeveling",
        "Planning",
        "Bijlagen",
    ):
        assert kop in tekst
    planning = next(t for t in document.tables if t.rows[0].cells[1].text == "Q1 2026")
    assert [c.text for c in planning.rows[1].cells[1:4]] == ["■", "□", "□"]
    assert "Q1 2026, en daarna jaarlijks aanbieden." in cellen
    assert "Welke actie(s), interventie(s) of maatregel(en) willen we inzetten?" in cellen
    assert "CONCEPT" in tekst
    # As in the HTML: each aanbeveling's toelichting, each actie's preventievorm.
    toelichting = doc.invultabellen[0].aanbeveling.toelichting
    assert toelichting and toelichting in tekst
    actie = next(actie for actie in doc.acties if actie.preventievorm)
    assert f"Actie {actie.nummer} · {actie.get_preventievorm_display()}" in tekst
    # A Dutch A4 document with CONCEPT on every page, "pagina X van Y" and a table of contents.
    sectie = document.sections[0]
    assert (round(sectie.page_width.mm), round(sectie.page_height.mm)) == (210, 297)
    assert {taal.get(qn("w:val")) for taal in document.styles.element.iter(qn("w:lang"))} == {"nl-NL"}
    assert document.styles["Normal"].element.find(f"{qn('w:rPr')}/{qn('w:lang')}") is not None
    assert "CONCEPT" in sectie.header.paragraphs[0].text
    voettekst = sectie.footer.paragraphs[0]._p.xml
    assert 'w:instr="PAGE"' in voettekst and 'w:instr="NUMPAGES"' in voettekst and "van" in voettekst
    lichaam = document.element.body.xml
    assert "TOC \\o" in lichaam and "Veld bijwerken" in lichaam
    assert document.settings.element.find(qn("w:updateFields")) is not None
    # The nine rows: a fixed, narrower question column; no row split over two pages.
    rijtabel = next(t for t in document.tables if t.rows[0].cells[0].text.startswith("1. Gesuggereerde"))
    assert len(rijtabel.rows) == 9
    assert all(rij._tr.trPr.find(qn("w:cantSplit")) is not None for rij in rijtabel.rows)
    assert rijtabel._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    assert abs(rijtabel.columns[0].width - Mm(56)) < Mm(1)
    assert rijtabel.rows[0].cells[0].width == rijtabel.columns[0].width


def test_the_plan_pdf_command_writes_the_same_pdf(demoplan, tmp_path):
    bestand = tmp_path / "plan.pdf"
    call_command("plan_pdf", str(demoplan.pk), "-o", str(bestand), verbosity=0)
    assert "3 Totstandkoming" in pdf_tekst(bestand.read_bytes())


def test_the_plan_pdf_command_names_a_missing_plan(tmp_path):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="geen Uitvoeringsplan met nummer 999"):
        call_command("plan_pdf", "999", "-o", str(tmp_path / "x.pdf"))


def test_totals_count_an_actie_once_and_for_each_responsible_organisation(plan):
    invultabel = factories.InvultabelFactory(plan=plan)
    a, b = (factories.OrganisatieFactory(gemeente=plan.gemeente, naam=n) for n in ("A", "B"))
    factories.ActieFactory(invultabel=invultabel, kosten_euro=100, fte="0.5").verantwoordelijken.set([a, b])
    factories.ActieFactory(invultabel=invultabel, kosten_euro=50).verantwoordelijken.set([a])
    doc = plan_document(plan)
    assert (doc.totaal.acties, doc.totaal.euro) == (2, 150)
    assert [(t.naam, t.acties, t.euro) for t in doc.per_organisatie] == [("A", 2, 150), ("B", 1, 100)]


def test_the_planning_places_acties_on_quarters_and_continues_a_recurring_one(plan):
    invultabel = factories.InvultabelFactory(plan=plan)
    factories.ActieFactory(invultabel=invultabel, periode_start=date(2027, 1, 1), herhalend=True)
    factories.ActieFactory(invultabel=invultabel, periode_start=date(2027, 4, 1), periode_eind=date(2027, 12, 31))
    doc = plan_document(plan)
    assert doc.kwartalen == ["Q1 2027", "Q2 2027", "Q3 2027", "Q4 2027"]
    jaarlijks, later = doc.planning
    assert (jaarlijks.start, jaarlijks.lengte, jaarlijks.vervolg) == (0, 1, (10, 29))
    assert (later.start, later.lengte, later.vervolg) == (1, 3, None)
    assert doc.herhalend


def test_the_preview_and_pdf_pages_keep_their_query_count(client, kernteamlid, plan, django_assert_max_num_queries):
    factories.CompleteActieFactory(invultabel__plan=plan)
    client.force_login(kernteamlid)
    pagina = reverse("plan_document", kwargs={"plan_pk": plan.pk})
    with django_assert_max_num_queries(30) as klein:
        client.get(pagina)
    for _ in range(5):
        invultabel = factories.InvultabelFactory(plan=plan)
        for actie in factories.CompleteActieFactory.create_batch(6, invultabel=invultabel):
            actie.verantwoordelijken.add(factories.OrganisatieFactory(gemeente=plan.gemeente))
            factories.OpmerkingFactory(plan=plan, actie=actie)
    with django_assert_max_num_queries(len(klein)):
        assert client.get(pagina).status_code == 200


def test_a_pdf_a_is_marked_as_such(plan):
    _html, pdf = render_pdf("rapportage/pdf/plan.html", {"doc": plan_document(plan), "concept": True}, pdfa=True)
    metadata = PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/Metadata"].get_data()
    assert b"pdfaid:part" in metadata


def test_word_writes_every_amount_as_the_html_and_pdf_do(plan):
    from docx import Document

    factories.CompleteActieFactory(invultabel__plan=plan, kosten_euro=Decimal("1200.50"), fte="1.00")
    doc = plan_document(plan)
    html = render_to_string("rapportage/pdf/plan.html", {"doc": doc})
    document = Document(io.BytesIO(plan_docx(doc)))
    overzicht = next(t for t in document.tables if t.rows[0].cells[0].text == "Nr.")
    actie, totaal = (rij.cells for rij in overzicht.rows[1:])
    assert (actie[5].text, actie[6].text, totaal[5].text) == ("1.201", "1", "1.201")
    assert '<td class="getal">1.201</td><td class="getal">1</td>' in html
    cellen = "\n".join(cel.text for tabel in document.tables for rij in tabel.rows for cel in rij.cells)
    assert "a. Financieel: € 1.200,50" in cellen
    assert "€ 1.200,50" in html


def test_an_actie_that_runs_onto_the_next_page_repeats_its_heading_there(plan):
    lang = " ".join(["Deze zin maakt de rij lang genoeg om de tabel over meer pagina's te laten lopen."] * 25)
    factories.CompleteActieFactory(
        invultabel__plan=plan, relevantie=lang, effectiviteit=lang, obstakels=lang, wie_doet_wat=lang
    )
    doc = plan_document(plan)
    _html, pdf = render_pdf("rapportage/pdf/plan.html", {"doc": doc, "concept": True})
    paginas = [pagina.extract_text() for pagina in PdfReader(io.BytesIO(pdf)).pages]
    met_rijen = [tekst for tekst in paginas if "Deze zin maakt de rij lang" in tekst]
    assert len(met_rijen) >= 2
    assert all(f"Actie {doc.acties[0].nummer}" in tekst for tekst in met_rijen)


@pytest.mark.parametrize(
    ("uitvoerder", "naam", "zin"),
    [
        ("trimbos", "", "uitgevoerd door het Trimbos-instituut (juni 2025)."),
        ("verslavingszorg", "", "uitgevoerd door een instelling voor verslavingszorg (juni 2025)."),
        ("ggd", "", "uitgevoerd door de GGD (juni 2025)."),
        ("verslavingszorg", "Tactus", "uitgevoerd door Tactus (juni 2025)."),
        ("anders", "", "De aanbevelingen komen uit de Scanner Alcohol en Drugs (juni 2025)."),
    ],
)
def test_the_beleidskader_names_the_scanner_in_a_proper_sentence_in_html_and_word(plan, uitvoerder, naam, zin):
    from docx import Document

    plan.scanner = factories.ScannerFactory(gemeente=plan.gemeente, uitvoerder=uitvoerder, uitvoerder_naam=naam)
    plan.save()
    doc = plan_document(plan)
    html = render_to_string("rapportage/pdf/plan.html", {"doc": doc})
    tekst = "\n".join(p.text for p in Document(io.BytesIO(plan_docx(doc))).paragraphs)
    assert zin in html
    assert zin in tekst


def test_a_plan_without_beleidsdocumenten_says_so_neutrally_in_the_document(client, kernteamlid, plan):
    from docx import Document

    doc = plan_document(plan)
    html = render_to_string("rapportage/pdf/plan.html", {"doc": doc})
    tekst = "\n".join(p.text for p in Document(io.BytesIO(plan_docx(doc))).paragraphs)
    neutraal = "Dit Uitvoeringsplan verwijst niet naar afzonderlijke beleidsdocumenten."
    for inhoud in (html, tekst):
        assert neutraal in inhoud
        assert "nog geen beleidsdocumenten" not in inhoud
    # While the kernteam still works on the concept, the preview keeps it as something to do.
    client.force_login(kernteamlid)
    preview = client.get(reverse("plan_document", kwargs={"plan_pk": plan.pk})).content.decode()
    assert '<p class="nog-leeg">Er zijn nog geen beleidsdocumenten aan dit plan gekoppeld.</p>' in preview
