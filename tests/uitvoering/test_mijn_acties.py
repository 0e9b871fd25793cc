"""A stakeholder sees their organisation's acties on the dashboard, in every plan status, and updates one in a click."""

import datetime

import pytest
from django.urls import reverse

from tests import factories
from uitvoering.models import Voortgangsbericht
from uitvoeringsplan.constants import PlanStatus, Uitvoeringsstatus

pytestmark = pytest.mark.django_db


def dashboard(client):
    return client.get(reverse("dashboard"))


def test_the_dashboard_lists_the_acties_of_my_organisation(client, uitvoering, stakeholder):
    client.force_login(stakeholder)
    response = dashboard(client)
    titels = [actie.titel for actie in response.context["mijn_acties"]]
    assert titels == ["Training barpersoneel", "Voorlichting ouders"]  # the late one first
    html = response.content.decode()
    assert "Mijn acties" in html and "Controles alcoholverkoop" not in html.split("Mijn plannen")[0]


@pytest.mark.parametrize(
    ("status", "versie"),
    [
        (PlanStatus.VASTGESTELD, 1),
        (PlanStatus.IN_UITVOERING, 1),
        (PlanStatus.CONCEPT, 2),
        (PlanStatus.TER_REVIEW, 2),
        (PlanStatus.GEEVALUEERD, 1),
    ],
)
def test_my_acties_stay_through_every_plan_status(client, uitvoering, stakeholder, status, versie):
    plan = uitvoering["plan"]
    plan.status, plan.versie = status, versie
    plan.save()
    client.force_login(stakeholder)
    acties = dashboard(client).context["mijn_acties"]
    assert len(acties) == 2
    assert all(actie.mag_melden for actie in acties) is (status != PlanStatus.GEEVALUEERD)


def test_before_the_first_adoption_there_are_no_acties_to_report_on(client, plan, stakeholder):
    organisatie = factories.OrganisatieFactory(gemeente=plan.gemeente)
    factories.StakeholderFactory(organisatie=organisatie, user=stakeholder)
    factories.ActieFactory(invultabel__plan=plan).verantwoordelijken.add(organisatie)
    client.force_login(stakeholder)
    assert dashboard(client).context["mijn_acties"] == []


def test_one_click_starts_an_actie_from_the_dashboard(client, uitvoering, stakeholder):
    client.force_login(stakeholder)
    html = dashboard(client).content.decode()
    actie = uitvoering["eigen_actie"]
    formulier = reverse("actie_voortgang", args=[uitvoering["plan"].pk, actie.pk])
    assert f'action="{formulier}"' in html
    response = client.post(formulier, {"versie": actie.versie, "status": "gestart", "volgende": "/"}, follow=True)
    assert response.redirect_chain == [("/", 302)]
    actie.refresh_from_db()
    assert actie.uitvoeringsstatus == Uitvoeringsstatus.GESTART
    assert "De status van “Voorlichting ouders” is nu: Gestart." in response.content.decode()
    assert Voortgangsbericht.objects.get().auteur == stakeholder


def test_the_plan_card_shows_counts_per_status_and_the_late_acties(client, uitvoering, projectleider):
    client.force_login(projectleider)
    response = dashboard(client)
    plan = response.context["plannen"][0]
    assert [(status.value, n) for status, n in plan.uitvoering["aantallen"]] == [("gepland", 1), ("gestart", 2)]
    assert [actie.titel for actie in plan.uitvoering["te_laat"]] == ["Training barpersoneel"]
    html = response.content.decode()
    assert "1 actie is te laat" in html
    assert "2 gestart" in html


def test_a_kernteam_member_without_an_organisation_has_no_list_of_own_acties(client, uitvoering, kernteamlid):
    client.force_login(kernteamlid)
    assert dashboard(client).context["mijn_acties"] == []


def test_my_acties_cost_the_same_number_of_queries_at_two_sizes(
    client, uitvoering, stakeholder, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(stakeholder)
    with CaptureQueriesContext(connection) as klein:
        dashboard(client)
    plan = uitvoering["plan"]
    plan.status = PlanStatus.CONCEPT
    plan.save()
    for _nummer in range(15):
        factories.ActieFactory(
            invultabel=uitvoering["eigen_actie"].invultabel,
            uitvoeringsstatus=Uitvoeringsstatus.GESTART,
            periode_start=datetime.date(2026, 1, 1),
            periode_eind=datetime.date(2026, 6, 30),
        ).verantwoordelijken.add(uitvoering["eigen"], uitvoering["andere"])
    plan.status = PlanStatus.IN_UITVOERING
    plan.save()
    with django_assert_num_queries(len(klein)):
        response = dashboard(client)
    assert len(response.context["mijn_acties"]) == 17


def test_the_plan_home_shows_the_uitvoering_once_adopted(client, uitvoering, lezer):
    client.force_login(lezer)
    response = client.get(reverse("plan_detail", args=[uitvoering["plan"].pk]))
    assert response.context["uitvoering"]["aantal_te_laat"] == 1
    assert reverse("uitvoering", args=[uitvoering["plan"].pk]) in response.content.decode()


def test_the_plan_home_of_a_plan_not_yet_adopted_has_no_uitvoering(client, plan, kernteamlid):
    client.force_login(kernteamlid)
    response = client.get(reverse("plan_detail", args=[plan.pk]))
    assert "uitvoering" not in response.context
