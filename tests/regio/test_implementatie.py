"""Lokale implementatie: taking a regional activity over into a gemeente's plan, and what the region sees."""

import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from regio.implementatie import hoofdactiviteit_overnemen, huidig_jaarplan, titel_uit
from regio.models import Hoofdactiviteit, Jaarplan, LokaleImplementatie, Regio, Regioproject
from tests import factories
from uitvoeringsplan.constants import PlanStatus, Uitvoeringsstatus
from uitvoeringsplan.models import Actie, Uitvoeringsplan


@pytest.fixture
def activiteit(regio):
    """An activity for the whole region (it names no gemeente)."""
    return Hoofdactiviteit.objects.create(
        jaarplan=regio["jaarplan"],
        groep=regio["communicatie"],
        tekst="Campagne\n“Skip die trip” op scholen",
        trekker="GGD Lindeland",
        periode="Q2–Q3",
    )


@pytest.fixture
def tabel(plan):
    return factories.InvultabelFactory(plan=plan, aanbeveling__titel="Voorlichting op scholen")


def overnemen(activiteit, plan, tabel, door):
    return hoofdactiviteit_overnemen(hoofdactiviteit=activiteit, plan=plan, aanbeveling=tabel.aanbeveling, door=door)


def test_taking_an_activity_over_adds_an_actie_linked_to_its_origin(activiteit, plan, tabel, projectleider):
    factories.ActieFactory(invultabel=tabel, volgorde=4)
    actie = overnemen(activiteit, plan, tabel, projectleider)
    assert actie.invultabel == tabel and actie.volgorde == 5
    assert actie.titel == "Campagne “Skip die trip” op scholen"
    assert "Regionale trekker: GGD Lindeland." in actie.wie_doet_wat and "Q2–Q3" in actie.wie_doet_wat
    implementatie = actie.regionale_herkomst
    assert implementatie.hoofdactiviteit == activiteit and implementatie.door == projectleider
    assert actie.history.first().history_user == projectleider


def test_a_long_activity_text_is_cut_to_the_title_length():
    lengte = Actie._meta.get_field("titel").max_length
    titel = titel_uit("woord " * 400)
    assert len(titel) == lengte
    assert titel.endswith("…") and "\n" not in titel


def test_the_same_plan_cannot_take_an_activity_over_twice(activiteit, plan, tabel, projectleider):
    overnemen(activiteit, plan, tabel, projectleider)
    with pytest.raises(ValidationError, match="al overgenomen"):
        overnemen(activiteit, plan, tabel, projectleider)
    assert LokaleImplementatie.objects.count() == 1


def test_an_adopted_plan_cannot_take_an_activity_over(activiteit, plan, tabel, projectleider):
    Uitvoeringsplan.objects.filter(pk=plan.pk).update(status=PlanStatus.VASTGESTELD)
    with pytest.raises(ValidationError, match="vastgesteld"):
        overnemen(activiteit, plan, tabel, projectleider)
    assert not LokaleImplementatie.objects.exists()


def test_a_gemeente_the_activity_does_not_name_cannot_take_it_over(regio, plan, tabel, projectleider):
    with pytest.raises(ValidationError, match="niet voor de gemeente"):
        overnemen(regio["gerealiseerd"], plan, tabel, projectleider)  # names Beekveld only


def test_a_gemeente_outside_the_region_cannot_take_it_over(activiteit, projectleider):
    tabel = factories.InvultabelFactory()
    with pytest.raises(ValidationError, match="niet voor de gemeente"):
        overnemen(activiteit, tabel.plan, tabel, projectleider)


def test_the_aanbeveling_must_be_in_the_plan(activiteit, plan, projectleider):
    ander = factories.InvultabelFactory(plan__gemeente=plan.gemeente)
    with pytest.raises(ValidationError, match="aanbeveling"):
        overnemen(activiteit, plan, ander, projectleider)
    assert not Actie.objects.filter(invultabel__plan=plan).exists()


def test_the_current_jaarplan_is_this_years_or_else_the_latest_before_it(regio):
    project = regio["project"]
    volgend = Jaarplan.objects.create(project=project, jaar=2023)
    assert huidig_jaarplan(project, 2023) == volgend
    assert huidig_jaarplan(project, 2030) == volgend
    assert huidig_jaarplan(project, 2022) == regio["jaarplan"]
    assert huidig_jaarplan(project, 2010) == regio["jaarplan"]


# The pages


def pagina(regio):
    return reverse("regio_implementatie", args=[regio["project"].pk])


def overnemen_url(regio, activiteit):
    return reverse("regio_overnemen", args=[regio["project"].pk, activiteit.pk])


def gegevens(activiteit, plan, tabel):
    return {f"a{activiteit.pk}-plan": str(plan.pk), f"a{activiteit.pk}-aanbeveling": str(tabel.aanbeveling_id)}


def test_the_page_lists_every_activity_and_who_carries_it_out(client, regio, activiteit, plan, tabel, kernteamlid):
    overnemen(activiteit, plan, tabel, kernteamlid)
    client.force_login(regio["voorzitter"])
    response = client.get(pagina(regio), {"jaar": 2022})
    assert response.status_code == 200
    standen = {stand.activiteit: stand for stand in response.context["activiteiten"]}
    assert len(standen) == 5
    uitvoerders = {u.gemeente.naam: u.stand for u in standen[activiteit].uitvoerders}
    assert uitvoerders == {
        "Lindewaard": "overgenomen, plan nog niet vastgesteld",
        "Beekveld": "nog niet overgenomen",
        "Costerwijk": "nog niet overgenomen",
    }
    assert [u.gemeente.naam for u in standen[regio["deels"]].uitvoerders] == ["Beekveld"]
    html = response.content.decode()
    assert "Overnemen in ons plan" not in html  # the voorzitter has no plan to edit
    assert "Skip die trip" in html and "bekijk de actie" not in html


def test_the_page_shows_the_uitvoeringsstatus_of_the_taken_over_actie(client, regio, activiteit, plan, tabel, lezer):
    actie = overnemen(activiteit, plan, tabel, lezer)
    Actie.objects.filter(pk=actie.pk).update(uitvoeringsstatus=Uitvoeringsstatus.GESTART)
    client.force_login(lezer)
    html = client.get(pagina(regio)).content.decode()
    assert "Gestart" in html and f"#actie-{actie.pk}" in html  # a member of the plan may follow the link
    assert "Overnemen in ons plan" not in html  # a lezer cannot edit the plan


def test_a_gemeente_that_left_the_region_stays_listed_with_its_actie(client, regio, activiteit, plan, tabel, lezer):
    overnemen(activiteit, plan, tabel, lezer)
    regio["regio"].gemeenten.remove(plan.gemeente)
    client.force_login(regio["voorzitter"])
    stand = next(s for s in client.get(pagina(regio)).context["activiteiten"] if s.activiteit == activiteit)
    assert [u.gemeente.naam for u in stand.uitvoerders] == ["Lindewaard", "Beekveld", "Costerwijk"]


def test_an_editor_of_a_plan_gets_the_form_and_takes_the_activity_over(
    client, regio, activiteit, plan, tabel, kernteamlid
):
    client.force_login(kernteamlid)
    html = client.get(pagina(regio)).content.decode()
    assert html.count("Overnemen in ons plan") == 1  # only the activity for the whole region concerns Lindewaard
    response = client.post(overnemen_url(regio, activiteit), gegevens(activiteit, plan, tabel))
    actie = Actie.objects.get(regionale_herkomst__hoofdactiviteit=activiteit)
    assert response.url == reverse("invultabel_detail", args=[plan.pk, tabel.pk]) + f"#actie-{actie.pk}"
    assert "Overnemen in ons plan" not in client.get(pagina(regio)).content.decode()


def test_without_an_aanbeveling_in_the_plan_the_page_says_what_to_do_first(client, regio, activiteit, kernteamlid):
    client.force_login(kernteamlid)
    html = client.get(pagina(regio)).content.decode()
    assert "Zet eerst een aanbeveling in je plan" in html and "Overnemen in ons plan" not in html


@pytest.mark.parametrize(
    "slecht",
    [
        {"plan": "vreemd"},
        {"aanbeveling": "ander"},
        {"plan": "9" * 40},
        {"aanbeveling": "9" * 40},
        {"plan": ""},
        {"plan": "<script>"},
    ],
)
def test_bad_input_gives_a_message_and_creates_nothing(client, regio, activiteit, plan, tabel, kernteamlid, slecht):
    ander = factories.InvultabelFactory(plan__gemeente=plan.gemeente)
    factories.LidmaatschapFactory(plan=ander.plan, user=kernteamlid)
    data = gegevens(activiteit, plan, tabel)
    vervangen = {"vreemd": str(factories.InvultabelFactory().plan_id), "ander": str(ander.aanbeveling_id)}
    for veld, waarde in slecht.items():
        data[f"a{activiteit.pk}-{veld}"] = vervangen.get(waarde, waarde)
    client.force_login(kernteamlid)
    response = client.post(overnemen_url(regio, activiteit), data)
    assert response.status_code == 302 and response.url.endswith(f"#activiteit-{activiteit.pk}")
    assert [m.level_tag for m in get_messages(response.wsgi_request)] == ["error"]
    assert not LokaleImplementatie.objects.exists()


def test_an_aanbeveling_of_another_own_plan_is_refused(client, regio, activiteit, plan, tabel, kernteamlid):
    ander = factories.InvultabelFactory(plan__gemeente=plan.gemeente)
    factories.LidmaatschapFactory(plan=ander.plan, user=kernteamlid)
    data = gegevens(activiteit, plan, tabel) | {f"a{activiteit.pk}-aanbeveling": str(ander.aanbeveling_id)}
    client.force_login(kernteamlid)
    response = client.post(overnemen_url(regio, activiteit), data)
    assert "Kies een aanbeveling die in het gekozen plan staat." in [
        m.message for m in get_messages(response.wsgi_request)
    ]
    assert not LokaleImplementatie.objects.exists()


def test_lists_for_a_field_use_one_value_and_never_fail(client, regio, activiteit, plan, tabel, kernteamlid):
    client.force_login(kernteamlid)
    data = {f"a{activiteit.pk}-plan": [str(plan.pk), "1"], f"a{activiteit.pk}-aanbeveling": ["x", "y"]}
    response = client.post(overnemen_url(regio, activiteit), data)
    assert response.status_code == 302 and not LokaleImplementatie.objects.exists()


def test_a_second_take_over_gives_a_message(client, regio, activiteit, plan, tabel, kernteamlid):
    overnemen(activiteit, plan, tabel, kernteamlid)
    client.force_login(kernteamlid)
    factories.InvultabelFactory(plan=plan)  # the form still has a choice, but the plan took it over already
    response = client.post(overnemen_url(regio, activiteit), gegevens(activiteit, plan, tabel))
    assert response.status_code == 302
    meldingen = [m.message for m in get_messages(response.wsgi_request)]
    assert meldingen == ["Dit plan heeft deze regionale activiteit al overgenomen."]
    assert LokaleImplementatie.objects.count() == 1


def test_who_may_post_a_take_over(client, regio, activiteit, plan, tabel, lezer, stakeholder, buitenstaander):
    for user, verwacht in ((lezer, 403), (stakeholder, 403), (regio["voorzitter"], 403), (buitenstaander, 404)):
        client.force_login(user)
        assert client.post(overnemen_url(regio, activiteit), gegevens(activiteit, plan, tabel)).status_code == verwacht
    assert not LokaleImplementatie.objects.exists()


def test_an_activity_of_another_project_or_a_huge_id_is_404(client, regio, plan, tabel, kernteamlid):
    vreemd = Hoofdactiviteit.objects.create(
        jaarplan=Jaarplan.objects.create(project=_ander_project(plan), jaar=2022),
        groep=regio["monitor"],
        tekst="Elders",
    )
    client.force_login(kernteamlid)
    assert client.post(overnemen_url(regio, vreemd), {}).status_code == 404
    huge = reverse("regio_overnemen", args=[regio["project"].pk, 10**30])
    assert client.post(huge, {}).status_code == 404


def _ander_project(plan):
    regio = Regio.objects.create(naam="Andere regio")
    regio.gemeenten.add(plan.gemeente)
    return Regioproject.objects.create(regio=regio, naam="Ander project", startjaar=2021, eindjaar=2024)


def test_get_on_the_take_over_url_is_not_allowed(client, regio, activiteit, kernteamlid, tabel):
    client.force_login(kernteamlid)
    assert client.get(overnemen_url(regio, activiteit)).status_code == 405


def test_the_page_costs_the_same_number_of_queries_with_more_activities_and_take_overs(
    client, regio, activiteit, plan, tabel, kernteamlid, django_assert_num_queries
):
    client.force_login(kernteamlid)
    with CaptureQueriesContext(connection) as klein:
        assert client.get(pagina(regio)).status_code == 200
    for nummer in range(6):
        gemeente = factories.GemeenteFactory()
        regio["regio"].gemeenten.add(gemeente)
        ander = factories.InvultabelFactory(plan__gemeente=gemeente)
        factories.LidmaatschapFactory(plan=ander.plan, user=kernteamlid)
        extra = Hoofdactiviteit.objects.create(
            jaarplan=regio["jaarplan"], groep=regio["monitor"], tekst=f"Extra {nummer}"
        )
        overnemen(extra, ander.plan, ander, kernteamlid)
        overnemen(activiteit, ander.plan, ander, kernteamlid)
    with django_assert_num_queries(len(klein)):
        response = client.get(pagina(regio))
    assert len(response.context["activiteiten"]) == 11
