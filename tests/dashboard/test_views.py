"""The dashboard after login and the plan home: who sees what, and at a fixed number of queries."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from bijeenkomsten.constants import BijeenkomstSoort
from tests import factories
from uitvoeringsplan.constants import PlanStatus, Rol
from uitvoeringsplan.models import Uitvoeringsplan

pytestmark = pytest.mark.django_db


def plan_url(naam, plan, **kwargs):
    return reverse(naam, kwargs={"plan_pk": plan.pk, **kwargs})


@pytest.mark.parametrize("rol", Rol.values)
def test_every_member_sees_the_plan_home_with_its_six_steps(client, leden, plan, rol):
    client.force_login(leden[rol])
    response = client.get(plan_url("plan_detail", plan))
    assert response.status_code == 200
    inhoud = response.content.decode()
    for titel in ("Stel een kernteam samen", "Startgesprek kernteam", "Slotbijeenkomst: vaststellen"):
        assert titel in inhoud
    assert "Cyclisch werken met de Scanner-methodiek" in inhoud


def test_a_user_who_is_not_a_member_gets_404(client, plan, kernteamlid_elders):
    client.force_login(kernteamlid_elders)
    for naam in ("plan_detail", "plan_update", "scanner_detail", "beleidsdocument_list", "scanner_create"):
        assert client.get(plan_url(naam, plan)).status_code == 404, naam


def test_the_dashboard_lists_only_my_plans(client, projectleider, plan, kernteamlid_elders):
    Uitvoeringsplan.objects.filter(pk=plan.pk).update(titel="Preventieplan Lindewaard")
    Uitvoeringsplan.objects.for_user(kernteamlid_elders).update(titel="Preventieplan elders")
    client.force_login(projectleider)
    response = client.get(reverse("dashboard"))
    assert [p.titel for p in response.context["plannen"]] == ["Preventieplan Lindewaard"]
    pagina = response.content.decode()
    assert "Preventieplan Lindewaard" in pagina
    assert "Preventieplan elders" not in pagina


def test_the_dashboard_tells_a_new_user_what_to_do(client, buitenstaander):
    client.force_login(buitenstaander)
    response = client.get(reverse("dashboard"))
    assert "Vraag de projectleider om je uit te nodigen" in response.content.decode()


def test_the_dashboard_query_count_does_not_grow_with_the_number_of_plans(
    client, projectleider, plan, django_assert_max_num_queries
):
    def plan_met_inhoud(plan):
        factories.CompleteActieFactory.create_batch(3, invultabel__plan=plan)
        factories.BijeenkomstFactory(plan=plan)

    plan_met_inhoud(plan)
    client.force_login(projectleider)
    with django_assert_max_num_queries(20) as een_plan:
        client.get(reverse("dashboard"))
    for _ in range(5):
        plan_met_inhoud(factories.LidmaatschapFactory(user=projectleider, rol=Rol.PROJECTLEIDER).plan)
    with django_assert_max_num_queries(len(een_plan)):
        response = client.get(reverse("dashboard"))
    assert len(response.context["plannen"]) == 6


def test_the_plan_home_query_count_does_not_grow_with_the_plan(
    client, projectleider, plan, django_assert_max_num_queries
):
    factories.CompleteActieFactory(invultabel__plan=plan)
    factories.BijeenkomstFactory(plan=plan)
    client.force_login(projectleider)
    with django_assert_max_num_queries(25) as klein:
        client.get(plan_url("plan_detail", plan))
    factories.CompleteActieFactory.create_batch(30, invultabel__plan=plan)
    factories.BijeenkomstFactory.create_batch(5, plan=plan)
    with django_assert_max_num_queries(len(klein)):
        response = client.get(plan_url("plan_detail", plan))
    assert response.context["voortgang"].kerncijfers.acties == 31


def test_a_stakeholder_sees_the_plan_home_but_not_the_concept(client, stakeholder, plan):
    client.force_login(stakeholder)
    assert "nog aan het concept" in client.get(plan_url("plan_detail", plan)).content.decode()
    response = client.get(plan_url("scanner_detail", plan))
    assert response.status_code == 403
    assert "ter review" in response.content.decode()


def test_a_stakeholder_does_not_see_the_kernteams_figures_and_meetings_of_a_concept(
    client, stakeholder, kernteamlid, plan
):
    volgende_week = timezone.localdate() + datetime.timedelta(days=7)
    factories.BijeenkomstFactory(
        plan=plan, soort=BijeenkomstSoort.STARTGESPREK, titel="Intern overleg", datum=volgende_week
    )
    factories.BijeenkomstFactory(
        plan=plan, soort=BijeenkomstSoort.SLOTBIJEENKOMST, titel="Het feest", datum=volgende_week
    )
    client.force_login(stakeholder)
    for pagina in (reverse("dashboard"), plan_url("plan_detail", plan)):
        inhoud = client.get(pagina).content.decode()
        assert "Het feest" in inhoud and "Intern overleg" not in inhoud
        assert "Totaal budget" not in inhoud
    client.force_login(kernteamlid)
    inhoud = client.get(plan_url("plan_detail", plan)).content.decode()
    assert "Intern overleg" in inhoud and "Totaal budget" in inhoud


def test_during_the_review_the_dashboard_asks_a_stakeholder_to_read_and_react(client, stakeholder, plan):
    plan.status, plan.review_deadline = PlanStatus.TER_REVIEW, datetime.date(2026, 12, 15)
    plan.save()
    client.force_login(stakeholder)
    inhoud = client.get(reverse("dashboard")).content.decode()
    assert "Lees het concept en reageer uiterlijk op 15 december." in inhoud
    assert "Volgende stap" not in inhoud
