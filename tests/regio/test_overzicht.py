"""The regional roll-up: what it counts per gemeente and in total, what it hides, and what it costs."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from rapportage.models import Vaststelling
from regio.overzicht import gedeelde_indicatoren, gemeenten_stand
from tests import factories
from uitvoeringsplan.constants import PlanStatus, Uitvoeringsstatus
from uitvoeringsplan.models import Meting, Uitvoeringsplan
from uitvoeringsplan.models.doelen import Ontbreekt

VANDAAG = datetime.date(2027, 6, 1)


def vaststellen(plan, door, op=datetime.datetime(2026, 11, 5, 20, tzinfo=datetime.UTC)):
    """Adopt a plan as far as the roll-up can tell: status and a Vaststelling with its date."""
    Vaststelling.objects.create(
        plan=plan, versie=1, vastgesteld_op=op, vastgesteld_door=door, snapshot={}, pdf="x.pdf", sha256="0" * 64
    )
    Uitvoeringsplan.objects.filter(pk=plan.pk).update(status=PlanStatus.IN_UITVOERING, versie=2)
    plan.refresh_from_db()


def actie(plan, status="", **velden):
    actie = factories.ActieFactory(invultabel__plan=plan, **velden)
    if status:
        type(actie).objects.filter(pk=actie.pk).update(uitvoeringsstatus=status)
    return actie


def url(regio):
    return reverse("regio_gemeenten", args=[regio["project"].pk])


@pytest.fixture
def plannen(regio, plan, projectleider):
    """Lindewaard's plan (of the fixture) adopted with acties; Beekveld a concept; Costerwijk no plan."""
    actie(plan, titel="Training barpersoneel", kosten_euro=Decimal("1000"), fte=Decimal("0.2"))
    actie(plan, titel="Nalevingsonderzoek", kosten_euro=Decimal("2500"), fte=None)
    Uitvoeringsplan.objects.filter(pk=plan.pk).update(budget_euro=Decimal("10000"))
    vaststellen(plan, projectleider)
    acties = list(plan.invultabellen.all())
    type(acties[0].acties.first()).objects.filter(invultabel__plan=plan).update(
        uitvoeringsstatus=Uitvoeringsstatus.GESTART, periode_eind=datetime.date(2027, 3, 31)
    )
    concept = factories.UitvoeringsplanFactory(gemeente=regio["gemeente_b"], titel="Geheim conceptplan Beekveld")
    actie(concept, titel="Geheime conceptactie", kosten_euro=Decimal("99999"))
    return {"lindewaard": plan, "beekveld": concept}


def test_each_gemeente_gets_its_newest_plan_its_counts_and_sums(regio, plannen, projectleider):
    regels, totaal = gemeenten_stand(regio["project"], projectleider, VANDAAG)
    per_naam = {regel.gemeente.naam: regel for regel in regels}
    assert list(per_naam) == ["Beekveld", "Costerwijk", "Lindewaard"]
    linde = per_naam["Lindewaard"]
    assert linde.plan == plannen["lindewaard"] and linde.is_lid
    assert linde.vastgesteld_op.date() == datetime.date(2026, 11, 5)
    assert linde.acties == 2 and linde.in_uitvoering == 2 and linde.te_laat == 2
    assert linde.aantallen == [(Uitvoeringsstatus.GESTART, 2)]
    assert (linde.budget, linde.kosten, linde.fte) == (Decimal("10000"), Decimal("3500"), Decimal("0.2"))
    assert per_naam["Costerwijk"].plan is None
    beek = per_naam["Beekveld"]
    assert beek.acties == 1 and not beek.is_lid and not beek.cijfers_zichtbaar
    assert beek.budget is beek.kosten is beek.fte is None
    assert (totaal.gemeenten, totaal.met_plan, totaal.vastgesteld, totaal.acties) == (3, 2, 1, 3)
    assert totaal.kosten == Decimal("3500")  # the concept's sum is not shown, so not counted either


def test_the_newest_plan_of_a_gemeente_counts_when_it_has_several(regio, plannen, projectleider):
    nieuw = factories.UitvoeringsplanFactory(gemeente=regio["gemeente_c"], titel="Nieuw")
    factories.UitvoeringsplanFactory(gemeente=regio["gemeente_c"], titel="Ouder")
    Uitvoeringsplan.objects.filter(titel="Ouder").update(aangemaakt_op=timezone.now() - datetime.timedelta(days=900))
    regels, _ = gemeenten_stand(regio["project"], projectleider, VANDAAG)
    assert next(r for r in regels if r.gemeente == regio["gemeente_c"]).plan == nieuw


def test_a_member_of_a_concept_plan_sees_its_sums(regio, plannen):
    lid = factories.LidmaatschapFactory(plan=plannen["beekveld"]).user
    regels, totaal = gemeenten_stand(regio["project"], lid, VANDAAG)
    beek = next(r for r in regels if r.gemeente == regio["gemeente_b"])
    assert beek.cijfers_zichtbaar and beek.kosten == Decimal("99999")
    assert totaal.kosten == Decimal("99999") + Decimal("3500")


def test_sums_without_any_value_stay_missing_never_zero(regio, plan, projectleider):
    actie(plan, kosten_euro=None, fte=None)
    regels, totaal = gemeenten_stand(regio["project"], projectleider, VANDAAG)
    linde = next(r for r in regels if r.plan)
    assert linde.kosten is None and linde.fte is None and linde.budget is None
    assert totaal.kosten is None and totaal.fte is None


def heropenen(*plannen):
    """A next concept version of a plan adopted before (or, for a concept, as if it had been)."""
    Uitvoeringsplan.objects.filter(pk__in=[plan.pk for plan in plannen]).update(status=PlanStatus.CONCEPT, versie=2)
    for plan in plannen:
        plan.refresh_from_db()


def indicator(plan, naam, eenheid="%", **velden):
    return factories.IndicatorFactory(doelstelling__plan=plan, naam=naam, eenheid=eenheid, **velden)


def test_indicators_are_shared_by_name_in_any_case_and_unit(regio, plannen, projectleider):
    heropenen(*plannen.values())  # both were adopted once, so their figures are shown
    linde = indicator(plannen["lindewaard"], "Jongeren die  drinken", basiswaarde=30, basisjaar=2023)
    beek = indicator(plannen["beekveld"], "jongeren die drinken", basiswaarde=None, basisjaar=None)
    indicator(plannen["beekveld"], "Jongeren die drinken", eenheid="aantal")  # another unit: not the same
    indicator(plannen["lindewaard"], "Alleen hier")
    Meting.objects.create(indicator=linde, jaar=2024, waarde=Decimal("25"))
    Meting.objects.create(indicator=linde, jaar=2025, waarde=None, ontbreekt=Ontbreekt.TE_WEINIG_RESPONDENTEN)
    regels, _ = gemeenten_stand(regio["project"], projectleider, VANDAAG)
    [gedeeld] = gedeelde_indicatoren(regels)
    assert gedeeld.aantal_gemeenten == 2
    rijen = {rij["gemeente"].naam: rij for rij in gedeeld.rijen}
    assert rijen["Lindewaard"]["basis"] == "30% (2023)"
    assert rijen["Lindewaard"]["laatste"] == {"jaar": 2025, "tekst": "", "ontbreekt": "te weinig respondenten"}
    assert rijen["Beekveld"]["basis"] is None and rijen["Beekveld"]["laatste"] is None
    assert beek.pk


def test_indicators_of_a_concept_plan_stay_hidden_from_non_members(regio, plannen, projectleider):
    heropenen(plannen["lindewaard"])
    indicator(plannen["lindewaard"], "Drinkers")
    indicator(plannen["beekveld"], "Drinkers")
    regels, _ = gemeenten_stand(regio["project"], projectleider, VANDAAG)
    assert gedeelde_indicatoren(regels) == []


def test_the_page_shows_counts_but_no_content_of_a_concept_of_which_the_user_is_not_a_member(
    client, regio, plannen, projectleider
):
    client.force_login(projectleider)
    response = client.get(url(regio))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Geheim conceptplan" not in html and "Geheime conceptactie" not in html and "99.999" not in html
    assert "Training barpersoneel" not in html  # no actie titles at all
    assert "Costerwijk" in html and "geen plan" in html
    assert "€ 3.500" in html and "€ 10.000" in html
    assert plannen["lindewaard"].get_absolute_url() in html
    assert plannen["beekveld"].get_absolute_url() not in html


def test_a_stuurgroep_member_without_a_plan_sees_the_roll_up(client, regio, plannen):
    client.force_login(regio["voorzitter"])
    response = client.get(url(regio))
    assert response.status_code == 200
    assert plannen["lindewaard"].get_absolute_url() not in response.content.decode()


def test_someone_outside_the_region_gets_404(client, regio, buitenstaander, kernteamlid_elders):
    for user in (buitenstaander, kernteamlid_elders):
        client.force_login(user)
        assert client.get(url(regio)).status_code == 404


def test_the_dashboard_costs_the_same_number_of_queries_at_3_and_30_gemeenten(
    client, regio, plannen, projectleider, django_assert_num_queries
):
    heropenen(plannen["lindewaard"])
    indicator(plannen["lindewaard"], "Drinkers")
    client.force_login(projectleider)
    with CaptureQueriesContext(connection) as klein:
        assert client.get(url(regio)).status_code == 200
    for nummer in range(27):
        gemeente = factories.GemeenteFactory(naam=f"Gemeente {nummer:02d}")
        regio["regio"].gemeenten.add(gemeente)
        nieuw = factories.UitvoeringsplanFactory(gemeente=gemeente)
        factories.LidmaatschapFactory(plan=nieuw, user=projectleider)
        actie(nieuw, kosten_euro=Decimal("10"), fte=Decimal("0.1"))
        indicator(nieuw, "Drinkers")
        if nummer % 2:
            vaststellen(nieuw, projectleider)
            actie_ = nieuw.invultabellen.first().acties.first()
            type(actie_).objects.filter(pk=actie_.pk).update(uitvoeringsstatus=Uitvoeringsstatus.GEPLAND)
    assert regio["regio"].gemeenten.count() == 30
    with django_assert_num_queries(len(klein)):
        response = client.get(url(regio))
    assert len(response.context["regels"]) == 30
    assert response.context["indicatoren"][0].aantal_gemeenten == 28
