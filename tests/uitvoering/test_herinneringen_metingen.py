"""The reminder that an indicator's meting is due: last year's value after 1 April, the streefjaar once passed."""

import datetime

import pytest

from tests import factories
from uitvoering.herinneringen import metingen_verschuldigd, te_versturen, versturen
from uitvoeringsplan.constants import PlanStatus
from uitvoeringsplan.models import Indicator
from uitvoeringsplan.models.doelen import Ontbreekt

pytestmark = pytest.mark.django_db


def dag(jaar, maand, dag_):
    return datetime.date(jaar, maand, dag_)


@pytest.fixture
def indicator(uitvoering):
    plan = uitvoering["plan"]
    plan.status = PlanStatus.CONCEPT
    plan.save()
    indicator = factories.IndicatorFactory(
        doelstelling=factories.DoelstellingFactory(plan=plan),
        naam="Maanddrinkers",
        basisjaar=2023,
        streefjaar=2026,
    )
    plan.status = PlanStatus.IN_UITVOERING
    plan.save()
    return Indicator.objects.prefetch_related("metingen").get(pk=indicator.pk)


def verschuldigd(indicator, vandaag):
    return metingen_verschuldigd(Indicator.objects.prefetch_related("metingen").get(pk=indicator.pk), vandaag)


def test_last_years_value_is_due_from_the_first_of_april(indicator):
    assert verschuldigd(indicator, dag(2025, 3, 31)) == []
    assert verschuldigd(indicator, dag(2025, 4, 1)) == [2024]


def test_the_year_of_the_nulmeting_itself_is_not_asked_again(indicator):
    assert verschuldigd(indicator, dag(2024, 6, 1)) == []


def test_a_passed_streefjaar_without_a_value_stays_due(indicator):
    factories.MetingFactory(indicator=indicator, jaar=2027, waarde=25)
    assert verschuldigd(indicator, dag(2028, 4, 2)) == [2026]


def test_a_missing_value_with_its_reason_counts_as_recorded(indicator):
    factories.MetingFactory(indicator=indicator, jaar=2024, waarde=None, ontbreekt=Ontbreekt.TE_WEINIG_RESPONDENTEN)
    assert verschuldigd(indicator, dag(2025, 5, 1)) == []


def metingmails(mails):
    return [m for m in mails if m.sleutels[0].startswith("indicator:")]


def test_the_projectleider_is_mailed_once_per_indicator_and_year(uitvoering, indicator, projectleider, kernteamlid):
    vandaag = dag(2025, 4, 1)
    mails = metingmails(te_versturen(vandaag))
    assert [(m.ontvanger, m.sleutels) for m in mails] == [(projectleider, [f"indicator:{indicator.pk}:2024"])]
    assert "Maanddrinkers: meting 2024" in mails[0].tekst
    assert f"/doelen/indicatoren/{indicator.pk}/" in mails[0].tekst
    versturen(mails)
    assert metingmails(te_versturen(vandaag + datetime.timedelta(days=1))) == []
    # The next year is a new reason.
    assert metingmails(te_versturen(dag(2026, 4, 1)))[0].sleutels == [f"indicator:{indicator.pk}:2025"]


def test_a_plan_not_in_uitvoering_asks_for_no_metingen(uitvoering, indicator, projectleider):
    plan = uitvoering["plan"]
    plan.status, plan.versie = PlanStatus.GEEVALUEERD, 2
    plan.save()
    assert metingmails(te_versturen(dag(2025, 4, 1))) == []
