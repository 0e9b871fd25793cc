"""The jaarplannen list, next year's draft, the jaarplan page and its texts: rights, input and query counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from regio.constants import JaarplanStatus, Realisatie
from regio.models import Hoofdactiviteit, Jaarplan
from regio.services import jaarplan_vaststellen
from tests import factories
from uitvoeringsplan.constants import PlanStatus
from uitvoeringsplan.models import Doelstelling


def url(regio, naam="jaarplan", jaar=2022, *extra):
    if naam == "jaarplannen" or naam == "jaarplan_opstellen":
        return reverse(naam, args=[regio["project"].pk])
    return reverse(naam, args=[regio["project"].pk, jaar, *extra])


@pytest.mark.parametrize(
    ("gebruiker", "status"),
    [
        ("voorzitter", 200),
        ("projectleider_regio", 200),
        ("trekker", 200),
        ("werkgroeplid", 200),
        ("plan_lid", 200),
        ("buitenstaander", 404),
    ],
)
def test_every_member_of_the_project_reads_the_jaarplan_and_a_stranger_gets_404(
    client, regio, projectleider, gebruiker, status
):
    users = {**regio, "plan_lid": projectleider, "buitenstaander": factories.UserFactory(username="vreemd")}
    client.force_login(users[gebruiker])
    for adres in [url(regio, "jaarplannen"), url(regio), url(regio, "jaarplan_activiteitenoverzicht")]:
        assert client.get(adres).status_code == status


def test_an_anonymous_visitor_is_sent_to_the_login(client, regio):
    response = client.get(url(regio))
    assert response.status_code == 302
    assert "/account/inloggen/" in response["Location"]


def test_the_list_shows_each_year_with_its_status_and_the_button_for_next_year(client, regio):
    client.force_login(regio["projectleider_regio"])
    response = client.get(url(regio, "jaarplannen"))
    assert "Jaarplan 2023 opstellen" in response.content.decode()
    client.force_login(regio["werkgroeplid"])
    assert "Jaarplan 2023 opstellen" not in client.get(url(regio, "jaarplannen")).content.decode()


def test_the_projectleider_drafts_next_year_from_the_latest_jaarplan(client, regio):
    client.force_login(regio["projectleider_regio"])
    response = client.post(url(regio, "jaarplan_opstellen"))
    nieuw = Jaarplan.objects.get(project=regio["project"], jaar=2023)
    assert response["Location"] == url(regio, jaar=2023)
    assert nieuw.opgesteld_uit == regio["jaarplan"]
    pagina = client.get(url(regio, jaar=2023)).content.decode()
    assert "doorgeschoven uit 2022" in pagina
    assert "Resultaten van 2022" in pagina and "Voorlopig rapport" in pagina


def test_a_reader_cannot_draft_and_the_project_period_is_respected(client, regio):
    client.force_login(regio["werkgroeplid"])
    assert client.post(url(regio, "jaarplan_opstellen")).status_code == 403
    project = regio["project"]
    project.eindjaar = 2022
    project.save()
    client.force_login(regio["trekker"])
    response = client.post(url(regio, "jaarplan_opstellen"), follow=True)
    assert "Het project loopt van 2021 tot en met 2022." in response.content.decode()
    assert not Jaarplan.objects.filter(jaar=2023).exists()


def test_the_first_jaarplan_is_for_the_first_year_of_the_project(client, regio):
    regio["jaarplan"].delete()
    client.force_login(regio["projectleider_regio"])
    client.post(url(regio, "jaarplan_opstellen"))
    assert Jaarplan.objects.get(project=regio["project"]).jaar == 2021


def test_those_who_edit_see_the_goals_of_the_adopted_plans_of_the_regions_gemeenten_only(client, regio, plan):
    Doelstelling.objects.create(plan=plan, titel="Minder jongeren drinken", omschrijving="Geheime SMART-tekst")
    type(plan).objects.filter(pk=plan.pk).update(status=PlanStatus.IN_UITVOERING)
    concept = factories.UitvoeringsplanFactory(gemeente=regio["gemeente_b"])
    Doelstelling.objects.create(plan=concept, titel="Concept-doel", omschrijving="x")
    client.force_login(regio["projectleider_regio"])
    pagina = client.get(url(regio)).content.decode()
    assert "Hoofddoelstellingen uit de Uitvoeringsplannen van de gemeenten" in pagina
    assert "Minder jongeren drinken" in pagina and "Lindewaard" in pagina
    assert "Geheime SMART-tekst" not in pagina and "Concept-doel" not in pagina
    client.force_login(regio["werkgroeplid"])
    assert "Minder jongeren drinken" not in client.get(url(regio)).content.decode()


def test_the_texts_are_saved_and_a_save_over_someone_elses_keeps_both(client, regio):
    jaarplan = regio["jaarplan"]
    client.force_login(regio["projectleider_regio"])
    gegevens = {"inleiding": "Mijn inleiding", "uitgangspunten_inleiding": "Het tweede jaar", "versie": 1}
    assert client.post(url(regio, "jaarplan_tekst"), gegevens).status_code == 302
    jaarplan.refresh_from_db()
    assert (jaarplan.inleiding, jaarplan.versie) == ("Mijn inleiding", 2)

    verouderd = {**gegevens, "inleiding": "Tekst van een oude pagina", "versie": 1}
    response = client.post(url(regio, "jaarplan_tekst"), verouderd)
    pagina = response.content.decode()
    assert response.status_code == 200
    assert "Iemand anders heeft deze teksten intussen opgeslagen." in pagina
    assert "Tekst van een oude pagina" in pagina and "Mijn inleiding" in pagina
    jaarplan.refresh_from_db()
    assert jaarplan.inleiding == "Mijn inleiding"
    # Saving again from the conflict page (which carries the stored version) is a deliberate overwrite.
    client.post(url(regio, "jaarplan_tekst"), {**verouderd, "versie": 2})
    jaarplan.refresh_from_db()
    assert jaarplan.inleiding == "Tekst van een oude pagina"


def test_a_reader_may_not_open_the_text_form(client, regio):
    client.force_login(regio["werkgroeplid"])
    assert client.get(url(regio, "jaarplan_tekst")).status_code == 403


def test_after_adoption_the_forms_disappear_and_edits_are_refused_with_a_reason(client, regio):
    jaarplan_vaststellen(jaarplan=regio["jaarplan"], door=regio["voorzitter"])
    client.force_login(regio["projectleider_regio"])
    pagina = client.get(url(regio)).content.decode()
    assert "Teksten bewerken" not in pagina and "Hoofddoel toevoegen" not in pagina
    assert "Vastgesteld door de stuurgroep op" in pagina
    response = client.post(url(regio, "jaarplan_tekst"), {"inleiding": "x", "versie": 1})
    assert response.status_code == 403
    assert "vastgesteld door de stuurgroep en verandert niet meer" in response.content.decode()
    adres = url(regio, "jaarplan_hoofdactiviteit_bewerken", 2022, regio["open"].pk)
    assert client.post(adres, {"groep": regio["monitor"].pk, "tekst": "Anders"}).status_code == 403
    assert Jaarplan.objects.get(pk=regio["jaarplan"].pk).status == JaarplanStatus.VASTGESTELD


def activiteiten_erbij(regio, aantal: int) -> None:
    for n in range(aantal):
        activiteit = Hoofdactiviteit.objects.create(
            jaarplan=regio["jaarplan"], groep=regio["communicatie"], tekst=f"Extra {n}", realisatie=Realisatie.DEELS
        )
        activiteit.gemeenten.set([regio["gemeente_b"], regio["gemeente_c"]])


@pytest.mark.parametrize("naam", ["jaarplan", "jaarplan_activiteitenoverzicht"])
def test_the_jaarplan_page_and_activiteitenoverzicht_take_the_same_queries_at_4_and_40_activities(
    client, regio, django_assert_num_queries, naam
):
    client.force_login(regio["projectleider_regio"])
    client.get(url(regio, naam))  # warm the caches of sessions and content types
    with CaptureQueriesContext(connection) as klein:
        assert client.get(url(regio, naam)).status_code == 200
    activiteiten_erbij(regio, 36)
    with django_assert_num_queries(len(klein.captured_queries)):
        response = client.get(url(regio, naam))
    assert response.content.decode().count("Extra ") >= 36
