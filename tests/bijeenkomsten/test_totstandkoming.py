"""The generated draft of the plan's samenvatting totstandkoming."""

import datetime

import pytest

from bijeenkomsten.constants import BijeenkomstSoort, UitnodigingStatus
from bijeenkomsten.totstandkoming import totstandkoming_opstellen
from tests import factories
from uitvoeringsplan.constants import Opdrachtgever, PlanStatus

pytestmark = pytest.mark.django_db


def test_the_totstandkoming_draft_tells_the_meetings_and_participants_in_one_or_two_sentences(plan, kernteamlid):
    bijeenkomst = factories.BijeenkomstFactory(
        plan=plan, soort=BijeenkomstSoort.STARTBIJEENKOMST, datum=datetime.date(2026, 3, 12)
    )
    for naam in ("GGD Lindeland", "Lindewaard College"):
        factories.UitnodigingFactory(
            bijeenkomst=bijeenkomst,
            status=UitnodigingStatus.AANWEZIG,
            stakeholder__organisatie__naam=naam,
            stakeholder__organisatie__gemeente=plan.gemeente,
        )
    factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.STARTGESPREK, datum=datetime.date(2026, 2, 2))
    factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.INHOUDELIJK, datum=datetime.date(2026, 4, 9))
    factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.INHOUDELIJK, datum=datetime.date(2026, 5, 7))
    factories.BijeenkomstFactory(plan=plan, datum=datetime.date(2099, 1, 1))  # not held yet
    tekst = totstandkoming_opstellen(plan)
    assert (
        "Het kernteam organiseerde een startgesprek, een startbijeenkomst en 2 inhoudelijke bijeenkomsten, "
        "tussen februari en mei 2026."
    ) in tekst
    assert "Aan de bijeenkomsten namen in totaal 2 mensen deel, van 2 organisaties." in tekst
    assert "2099" not in tekst


def test_the_totstandkoming_draft_is_a_few_prose_paragraphs_without_the_tables_of_the_plan_document(
    plan, projectleider, kernteamlid
):
    plan.opdracht_door, plan.opdracht_datum = Opdrachtgever.RAAD, datetime.date(2026, 1, 15)
    bijeenkomst = factories.BijeenkomstFactory(plan=plan, datum=datetime.date(2026, 3, 12))
    factories.UitnodigingFactory(
        bijeenkomst=bijeenkomst, status=UitnodigingStatus.AANWEZIG, stakeholder__organisatie__naam="GGD Lindeland"
    )
    alineas = totstandkoming_opstellen(plan).split("\n\n")
    assert 2 <= len(alineas) <= 4
    assert not any(alinea.lstrip().startswith("-") for alinea in alineas)
    assert "GGD Lindeland" not in "".join(alineas)  # the organisations are a list right after the text
    naam = projectleider.get_full_name() or projectleider.get_username()
    assert f"Projectleider {naam} vormde samen met een collega het kernteam" in alineas[0]
    assert "ter review" in alineas[-1]


def test_the_totstandkoming_draft_tells_how_the_plan_was_reviewed(plan, stakeholder):
    plan.status, plan.review_deadline = PlanStatus.TER_REVIEW, datetime.date(2026, 9, 1)
    plan.save()
    plan.opmerkingen.create(auteur=stakeholder, tekst="Graag meer over sport.")
    tekst = totstandkoming_opstellen(plan)
    assert "Het concept ligt ter review bij de deelnemers tot en met 1 september 2026." in tekst
    assert "Tot nu toe kwam er 1 opmerking" in tekst and "heeft beantwoord" not in tekst
    plan.status = PlanStatus.VASTGESTELD
    tekst = totstandkoming_opstellen(plan)
    assert "Het concept lag ter review bij de deelnemers tot en met 1 september 2026. Er kwam 1 opmerking" in tekst


@pytest.mark.parametrize(
    ("door", "zin"),
    [
        (Opdrachtgever.RAAD, "Op 4 juli 2026 gaf de gemeenteraad de opdracht"),
        (Opdrachtgever.COLLEGE, "Op 4 juli 2026 gaf het college van burgemeester en wethouders de opdracht"),
    ],
)
def test_the_totstandkoming_draft_names_who_gave_the_assignment_in_a_proper_sentence(plan, door, zin):
    plan.opdracht_door, plan.opdracht_datum = door, datetime.date(2026, 7, 4)
    assert totstandkoming_opstellen(plan).startswith(zin)
