"""The meetings themselves: list, planning, one meeting's page and its agenda."""

import re

import pytest

from bijeenkomsten.constants import BijeenkomstSoort
from bijeenkomsten.models import Bijeenkomst
from tests import factories
from tests.bijeenkomsten.helpers import url

pytestmark = pytest.mark.django_db


def test_a_meeting_of_another_plan_is_not_found(client, kernteamlid, plan):
    vreemd = factories.BijeenkomstFactory()
    client.force_login(kernteamlid)
    for naam in ("bijeenkomst_detail", "bellijst", "prioriteren", "presentielijst", "bijeenkomst_ics"):
        assert client.get(url(naam, plan, bijeenkomst_pk=vreemd.pk)).status_code == 404, naam


@pytest.mark.parametrize(
    ("naam", "grens"),
    [("stakeholder_list", 20), ("bijeenkomst_list", 20), ("bellijst", 20), ("aanwezigheid", 20)],
)
def test_list_pages_keep_their_query_count_whatever_the_number_of_people(
    client, kernteamlid, plan, django_assert_max_num_queries, naam, grens
):
    bijeenkomst = factories.BijeenkomstFactory(plan=plan)

    def meer(aantal):
        for stakeholder in factories.StakeholderFactory.create_batch(
            aantal, gemeente=plan.gemeente, organisatie__gemeente=plan.gemeente
        ):
            stakeholder.aanbevelingen.add(factories.AanbevelingFactory(scanner__gemeente=plan.gemeente))
            factories.UitnodigingFactory(bijeenkomst=bijeenkomst, stakeholder=stakeholder, bellen_door=kernteamlid)

    meer(2)
    pagina = (
        url(naam, plan)
        if naam in {"stakeholder_list", "bijeenkomst_list"}
        else url(naam, plan, bijeenkomst_pk=bijeenkomst.pk)
    )
    client.force_login(kernteamlid)
    with django_assert_max_num_queries(grens) as klein:
        client.get(pagina)
    meer(25)
    factories.BijeenkomstFactory.create_batch(5, plan=plan)
    with django_assert_max_num_queries(len(klein)):
        assert client.get(pagina).status_code == 200


def test_an_end_time_before_the_start_is_refused_and_nothing_is_planned(client, kernteamlid, plan):
    client.force_login(kernteamlid)
    response = client.post(
        url("bijeenkomst_create", plan),
        {"soort": "startbijeenkomst", "datum": "2027-03-04", "starttijd": "15:00", "eindtijd": "14:00"},
    )
    assert "De eindtijd moet later zijn dan de begintijd." in response.context["form"].errors["eindtijd"]
    assert not Bijeenkomst.objects.exists()


def test_planning_a_meeting_gives_it_the_standard_agenda(client, kernteamlid, plan):
    client.force_login(kernteamlid)
    response = client.post(
        url("bijeenkomst_create", plan),
        {"soort": "startbijeenkomst", "datum": "2027-03-04", "starttijd": "15:00", "eindtijd": "17:00"},
    )
    bijeenkomst = Bijeenkomst.objects.get()
    assert response.url == url("bijeenkomst_detail", plan, bijeenkomst_pk=bijeenkomst.pk)
    assert bijeenkomst.agendapunten.count() == 7


def test_a_short_inhoudelijke_bijeenkomst_with_several_aanbevelingen_gets_the_handreikings_advice(
    client, kernteamlid, plan
):
    bijeenkomst = factories.BijeenkomstFactory(
        plan=plan, soort=BijeenkomstSoort.INHOUDELIJK, starttijd="14:00", eindtijd="15:30"
    )
    bijeenkomst.aanbevelingen.set([factories.InvultabelFactory(plan=plan).aanbeveling for _ in range(2)])
    client.force_login(kernteamlid)
    pagina = client.get(url("bijeenkomst_detail", plan, bijeenkomst_pk=bijeenkomst.pk)).content.decode()
    assert "minimaal 2 uur" in pagina
    assert "Kader 4" in pagina


def test_agenda_items_are_added_and_reordered(client, kernteamlid, plan):
    bijeenkomst = factories.BijeenkomstFactory(plan=plan)
    eerste = factories.AgendapuntFactory(bijeenkomst=bijeenkomst, titel="Eerste", volgorde=1)
    client.force_login(kernteamlid)
    client.post(url("agendapunt_create", plan, bijeenkomst_pk=bijeenkomst.pk), {"titel": "Tweede"})
    tweede = bijeenkomst.agendapunten.get(titel="Tweede")
    client.post(url("agendapunt_verplaatsen", plan, bijeenkomst_pk=bijeenkomst.pk, pk=tweede.pk), {"richting": "op"})
    assert list(bijeenkomst.agendapunten.values_list("titel", flat=True)) == ["Tweede", "Eerste"]
    assert eerste.history.count() == 2


def test_on_a_phone_the_agenda_buttons_go_under_the_title(client, kernteamlid, plan):
    bijeenkomst = factories.BijeenkomstFactory(plan=plan)
    factories.AgendapuntFactory(bijeenkomst=bijeenkomst, titel="Kennismaking")
    client.force_login(kernteamlid)
    pagina = client.get(url("bijeenkomst_detail", plan, bijeenkomst_pk=bijeenkomst.pk)).content.decode()
    rij = re.search(r'<div class="([^"]*)">\s*<div class="up-min-0">\s*<span class="fw-semibold">Kennismaking', pagina)
    assert {"flex-column", "flex-sm-row"} <= set(rij.group(1).split())


def test_the_startgesprek_links_to_its_agreements(client, kernteamlid, plan):
    bijeenkomst = factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.STARTGESPREK)
    client.force_login(kernteamlid)
    pagina = client.get(url("bijeenkomst_detail", plan, bijeenkomst_pk=bijeenkomst.pk)).content.decode()
    assert f'href="{url("afspraken", plan)}"' in pagina and "Afspraken uit het startgesprek" in pagina


def test_the_startgesprek_page_has_no_invitations_call_list_or_kader_3_tip(client, kernteamlid, plan):
    startgesprek = factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.STARTGESPREK)
    startbijeenkomst = factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.STARTBIJEENKOMST)
    client.force_login(kernteamlid)
    pagina = client.get(url("bijeenkomst_detail", plan, bijeenkomst_pk=startgesprek.pk)).content.decode()
    assert 'id="uitnodigingen"' not in pagina and "Kader 3" not in pagina
    assert url("bellijst", plan, bijeenkomst_pk=startgesprek.pk) not in pagina
    pagina = client.get(url("bijeenkomst_detail", plan, bijeenkomst_pk=startbijeenkomst.pk)).content.decode()
    assert 'id="uitnodigingen"' in pagina and "Kader 3" in pagina


def test_the_new_meeting_form_offers_only_real_kinds_and_the_assignment_may_be_not_yet_given(client, kernteamlid, plan):
    client.force_login(kernteamlid)
    soorten = client.get(url("bijeenkomst_create", plan)).context["form"].fields["soort"].choices
    assert [waarde for waarde, _label in soorten] == BijeenkomstSoort.values
    opdracht = client.get(url("draagvlak", plan)).context["form"].fields["opdracht_door"].choices
    assert [(waarde, str(label)) for waarde, label in opdracht][0] == ("", "Nog niet gegeven")


def test_a_new_meeting_defaults_to_the_first_step_the_plan_has_not_had_yet(client, kernteamlid, plan):
    client.force_login(kernteamlid)
    verwacht = [
        BijeenkomstSoort.STARTGESPREK,
        BijeenkomstSoort.STARTBIJEENKOMST,
        BijeenkomstSoort.INHOUDELIJK,
        BijeenkomstSoort.SLOTBIJEENKOMST,
        BijeenkomstSoort.INHOUDELIJK,
    ]
    for soort in verwacht:
        assert client.get(url("bijeenkomst_create", plan)).context["form"].initial["soort"] == soort
        factories.BijeenkomstFactory(plan=plan, soort=soort)


def test_the_kind_in_the_url_wins_over_the_default(client, kernteamlid, plan):
    client.force_login(kernteamlid)
    response = client.get(url("bijeenkomst_create", plan) + "?soort=slotbijeenkomst")
    assert response.context["form"].initial["soort"] == BijeenkomstSoort.SLOTBIJEENKOMST
