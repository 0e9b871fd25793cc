"""Chapter 6 of the plan, Doelen en indicatoren: HTML, PDF, Word and snapshot, only when there are doelen."""

import io

import pytest
from django.urls import reverse

from basis.pdf import render_pdf
from rapportage.document import plan_document, snapshot
from rapportage.word import plan_docx
from tests import factories
from uitvoeringsplan.models.doelen import Ontbreekt

from .test_document import pdf_tekst

pytestmark = pytest.mark.django_db


@pytest.fixture
def indicator(plan):
    doelstelling = factories.DoelstellingFactory(plan=plan, titel="Minder jongeren drinken")
    indicator = factories.IndicatorFactory(doelstelling=doelstelling, naam="Maanddrinkers klas 4")
    factories.MetingFactory(indicator=indicator, jaar=2024, waarde=28, bron="GMJ 2024")
    factories.MetingFactory(indicator=indicator, jaar=2025, waarde=None, ontbreekt=Ontbreekt.TE_WEINIG_RESPONDENTEN)
    return indicator


def test_a_plan_without_doelen_has_no_chapter_6(plan):
    html, _pdf = render_pdf("rapportage/pdf/plan.html", {"doc": plan_document(plan), "concept": True})
    assert "Doelen en indicatoren" not in html


def test_the_pdf_has_the_chapter_with_the_chart_and_the_missing_value_named(plan, indicator):
    doc = plan_document(plan)
    html, pdf = render_pdf("rapportage/pdf/plan.html", {"doc": doc, "concept": doc.concept})
    assert '<a href="#doelen">6 Doelen en indicatoren</a>' in html
    assert html.count('class="indicator-svg"') == 1 and 'role="img"' in html
    tekst = pdf_tekst(pdf)
    for zin in ("6 Doelen en indicatoren", "6.1 Minder jongeren drinken", "Maanddrinkers klas 4"):
        assert zin in tekst, zin
    assert "ontbreekt: te weinig respondenten" in tekst
    assert "GMJ 2024" in tekst


def test_the_preview_shows_the_chapter(client, kernteamlid, plan, indicator):
    client.force_login(kernteamlid)
    html = client.get(reverse("plan_document", kwargs={"plan_pk": plan.pk})).content.decode()
    assert 'id="doelen"' in html and "Maanddrinkers klas 4" in html


def test_word_gets_a_table_of_the_values_instead_of_the_chart(plan, indicator):
    from docx import Document

    document = Document(io.BytesIO(plan_docx(plan_document(plan))))
    koppen = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "6 Doelen en indicatoren" in koppen and "6.1 Minder jongeren drinken" in koppen
    cellen = [cel.text for t in document.tables for rij in t.rows for cel in rij.cells]
    assert "ontbreekt: te weinig respondenten" in cellen and "30%" in cellen and "20%" in cellen


def test_the_snapshot_keeps_the_doelen_but_not_the_metingen(plan, indicator):
    vastgelegd = snapshot(plan_document(plan))
    assert vastgelegd["doelstellingen"] == [
        {
            "titel": "Minder jongeren drinken",
            "omschrijving": indicator.doelstelling.omschrijving,
            "indicatoren": [
                {
                    "id": indicator.pk,  # the public page finds the live metingen by it
                    "naam": "Maanddrinkers klas 4",
                    "eenheid": "%",
                    "doelgroep": "Scholieren klas 4",
                    "bron": "Gezondheidsmonitor Jeugd",
                    "nulmeting": "30% (2023)",
                    "streefwaarde": "20% (2028)",
                }
            ],
        }
    ]
