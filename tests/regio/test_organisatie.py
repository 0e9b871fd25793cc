"""The projects list, the project home and the organisation: who sees what, who changes what, and bad input."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from regio.constants import Groepsoort, Groepsrol
from regio.models import Groep, Groepslid, Hoofddoelstelling, Regioproject
from tests import factories

LEZERS = ["voorzitter", "werkgroeplid", "projectleider"]  # projectleider: a member of a Lindewaard plan
BEWERKERS = ["projectleider_regio", "trekker"]


@pytest.fixture
def gebruiker(request, regio, projectleider):
    return projectleider if request.param == "projectleider" else regio[request.param]


def pagina(naam, regio, *args):
    return reverse(naam, args=[regio["project"].pk, *args])


def paginas(regio):
    """Every page of this part, with what a reader may see."""
    project, monitor = regio["project"], regio["monitor"]
    lid = monitor.leden.first()
    doel = Hoofddoelstelling.objects.create(project=project, tekst="Draagvlak")
    return {
        "lezen": [pagina("regio_project", regio), pagina("regio_organisatie", regio)],
        "bewerken": [
            pagina("regio_project_bewerken", regio),
            pagina("hoofddoelstelling_nieuw", regio),
            pagina("hoofddoelstelling_bewerken", regio, doel.pk),
            pagina("hoofddoelstelling_verwijderen", regio, doel.pk),
            pagina("groep_nieuw", regio),
            pagina("groep_bewerken", regio, monitor.pk),
            pagina("groep_verwijderen", regio, monitor.pk),
            pagina("groepslid_nieuw", regio, monitor.pk),
            pagina("groepslid_bewerken", regio, lid.pk),
            pagina("groepslid_verwijderen", regio, lid.pk),
        ],
    }


def stand(project):
    """Everything these pages can change, to show that a refused POST changed nothing."""
    project.refresh_from_db()
    return (
        (project.naam, project.hoofdboodschap),
        list(project.hoofddoelstellingen.values_list("tekst", flat=True)),
        list(Groep.objects.filter(project=project).values_list("naam", "soort", "bovenliggend")),
        list(Groepslid.objects.filter(groep__project=project).values_list("naam", "rol", "user")),
    )


@pytest.mark.parametrize("gebruiker", LEZERS + BEWERKERS, indirect=True)
def test_everyone_with_a_place_in_the_project_reads_its_home_and_organisation(client, regio, gebruiker):
    client.force_login(gebruiker)
    home = client.get(pagina("regio_project", regio))
    assert home.status_code == 200
    assert "Skip die trip" in home.text and 'role="img"' in home.text
    organisatie = client.get(pagina("regio_organisatie", regio))
    assert organisatie.status_code == 200
    assert "Werkgroep Monitor" in organisatie.text
    lijst = client.get(reverse("regio_projecten"))
    assert "Preventieproject Lindeland" in lijst.text


@pytest.mark.parametrize("gebruiker", LEZERS, indirect=True)
def test_readers_see_no_edit_buttons_and_get_403_on_every_edit_page_and_post(client, regio, gebruiker):
    client.force_login(gebruiker)
    urls = paginas(regio)
    assert "Groep toevoegen" not in client.get(urls["lezen"][1]).text
    assert "Hoofddoelstelling toevoegen" not in client.get(urls["lezen"][0]).text
    voor = stand(regio["project"])
    for url in urls["bewerken"]:
        assert client.get(url).status_code == 403, url
        assert client.post(url, {"naam": "Weg", "tekst": "x", "soort": "werkgroep"}).status_code == 403, url
    assert stand(regio["project"]) == voor


@pytest.mark.parametrize("gebruiker", BEWERKERS, indirect=True)
def test_the_projectteam_and_trekkers_open_every_edit_page(client, regio, gebruiker):
    client.force_login(gebruiker)
    for url in paginas(regio)["bewerken"]:
        assert client.get(url).status_code == 200, url


def test_an_outsider_gets_404_and_an_anonymous_visitor_the_login_page(client, regio, buitenstaander):
    urls = paginas(regio)
    for url in urls["lezen"] + urls["bewerken"]:
        response = client.get(url)
        assert response.status_code == 302 and reverse("login") in response.url, url
    assert client.get(reverse("regio_projecten")).status_code == 302
    client.force_login(buitenstaander)
    for url in urls["lezen"] + urls["bewerken"]:
        assert client.get(url).status_code == 404, url
    assert "Nog geen regionaal project" in client.get(reverse("regio_projecten")).text


def test_the_projects_list_shows_regio_years_hoofdboodschap_and_the_users_roles(client, regio, plan, projectleider):
    Groepslid.objects.create(groep=regio["kopgroep"], naam="Pim", user=projectleider, rol=Groepsrol.SECRETARIS)
    client.force_login(projectleider)
    response = client.get(reverse("regio_projecten"))
    assert "Regio Lindeland" in response.text and "2021 tot en met 2024" in response.text
    assert "“Skip die trip”" in response.text
    assert "Secretaris in Kopgroep" in response.text
    assert f"Lid van het uitvoeringsplan van {plan.gemeente.naam}" in response.text


def test_the_projectteam_edits_the_project_and_its_hoofddoelstellingen(client, regio):
    client.force_login(regio["projectleider_regio"])
    project = regio["project"]
    data = {"naam": "Project Lindeland", "startjaar": 2021, "eindjaar": 2025, "hoofdboodschap": "Kies zelf"}
    assert client.post(pagina("regio_project_bewerken", regio), data).status_code == 302
    project.refresh_from_db()
    assert (project.naam, project.eindjaar, project.hoofdboodschap) == ("Project Lindeland", 2025, "Kies zelf")

    client.post(pagina("hoofddoelstelling_nieuw", regio), {"tekst": "Minder drugsgebruik"})
    client.post(pagina("hoofddoelstelling_nieuw", regio), {"tekst": "Draagvlak"})
    eerste, tweede = project.hoofddoelstellingen.all()
    assert (eerste.tekst, eerste.volgorde, tweede.volgorde) == ("Minder drugsgebruik", 1, 2)
    client.post(pagina("hoofddoelstelling_bewerken", regio, eerste.pk), {"tekst": "Minder gebruik"})
    client.post(pagina("hoofddoelstelling_verwijderen", regio, tweede.pk))
    assert list(project.hoofddoelstellingen.values_list("tekst", flat=True)) == ["Minder gebruik"]
    home = client.get(pagina("regio_project", regio))
    assert "Minder gebruik" in home.text and "Project bewerken" in home.text


def test_a_last_year_before_the_first_is_refused_beside_the_field(client, regio):
    client.force_login(regio["trekker"])
    data = {"naam": "Project", "startjaar": 2024, "eindjaar": 2022}
    response = client.post(pagina("regio_project_bewerken", regio), data)
    assert response.status_code == 200
    assert "Het laatste jaar ligt niet vóór het eerste jaar." in response.text
    regio["project"].refresh_from_db()
    assert regio["project"].eindjaar == 2024


def test_a_group_is_added_under_the_projectteam_and_edited(client, regio):
    client.force_login(regio["projectleider_regio"])
    data = {
        "naam": "Werkgroep Beleid",
        "soort": "werkgroep",
        "thema": "Handhaving",
        "volgorde": 7,
        "bovenliggend": regio["projectteam"].pk,
    }
    assert client.post(pagina("groep_nieuw", regio), data).status_code == 302
    groep = Groep.objects.get(naam="Werkgroep Beleid")
    assert (groep.project, groep.bovenliggend, groep.volgorde) == (regio["project"], regio["projectteam"], 7)
    data = {**data, "naam": "Werkgroep Beleid en veiligheid", "volgorde": 2}
    client.post(pagina("groep_bewerken", regio, groep.pk), data)
    groep.refresh_from_db()
    assert groep.naam == "Werkgroep Beleid en veiligheid"
    assert "Werkgroep Beleid en veiligheid" in client.get(pagina("regio_project", regio)).text


def test_a_group_cannot_fall_under_itself_its_descendant_or_another_projects_group(client, regio):
    client.force_login(regio["voorzitter"])  # the stuurgroep changes its own group
    stuurgroep = regio["stuurgroep"]
    ander = Regioproject.objects.create(regio=regio["regio"], naam="Ander", startjaar=2022, eindjaar=2023)
    vreemd = Groep.objects.create(project=ander, naam="Vreemd", soort=Groepsoort.STUURGROEP)
    voor = stand(regio["project"])
    data = {"naam": "Stuurgroep", "soort": "stuurgroep", "volgorde": 1}
    onder_kind = client.post(
        pagina("groep_bewerken", regio, stuurgroep.pk), {**data, "bovenliggend": regio["monitor"].pk}
    )
    assert "Een groep kan niet onder zichzelf vallen." in onder_kind.text
    zichzelf = client.post(pagina("groep_bewerken", regio, stuurgroep.pk), {**data, "bovenliggend": stuurgroep.pk})
    assert "Selecteer een geldige keuze" in zichzelf.text
    elders = client.post(pagina("groep_bewerken", regio, stuurgroep.pk), {**data, "bovenliggend": vreemd.pk})
    assert "Selecteer een geldige keuze" in elders.text
    client.force_login(regio["projectleider_regio"])
    leeg = client.post(pagina("groep_nieuw", regio), {"naam": "", "soort": ""})
    assert leeg.status_code == 200 and "Dit veld is verplicht." in leeg.text
    assert stand(regio["project"]) == voor


def test_deleting_a_group_with_hoofddoelen_or_subgroups_is_refused_with_a_message(client, regio):
    client.force_login(regio["projectleider_regio"])
    voor = stand(regio["project"])
    monitor = client.get(pagina("groep_verwijderen", regio, regio["monitor"].pk))
    assert "heeft hoofddoelen of hoofdactiviteiten in een jaarplan" in monitor.text
    assert 'class="btn btn-danger"' not in monitor.text
    response = client.post(pagina("groep_verwijderen", regio, regio["monitor"].pk), follow=True)
    assert "heeft hoofddoelen of hoofdactiviteiten in een jaarplan" in response.text
    client.force_login(regio["voorzitter"])
    response = client.post(pagina("groep_verwijderen", regio, regio["stuurgroep"].pk), follow=True)
    assert "Er vallen nog groepen onder “Stuurgroep”" in response.text
    assert stand(regio["project"]) == voor


def test_an_editor_cannot_put_anyone_in_the_stuurgroep_once_it_is_filled(client, regio):
    """Who sits in the stuurgroep decides who adopts the jaarplan: an editor may not give themselves that right."""
    trekker = regio["trekker"]
    stuurgroep = regio["stuurgroep"]
    client.force_login(trekker)
    voor = stand(regio["project"])
    lid = {"naam": "Ik", "rol": "lid", "account": trekker.username}
    assert client.post(pagina("groepslid_nieuw", regio, stuurgroep.pk), lid).status_code == 403
    voorzitter = stuurgroep.leden.get()
    assert client.post(pagina("groepslid_bewerken", regio, voorzitter.pk), lid).status_code == 403
    assert client.post(pagina("groepslid_verwijderen", regio, voorzitter.pk)).status_code == 403
    als_stuurgroep = {"naam": "Nieuwe stuurgroep", "soort": "stuurgroep", "volgorde": 9}
    assert client.post(pagina("groep_nieuw", regio), als_stuurgroep).status_code == 403
    assert client.post(pagina("groep_bewerken", regio, regio["monitor"].pk), als_stuurgroep).status_code == 403
    assert client.post(pagina("groep_verwijderen", regio, stuurgroep.pk)).status_code == 403
    assert stand(regio["project"]) == voor
    assert "Alleen de stuurgroep bepaalt" in client.get(pagina("groepslid_nieuw", regio, stuurgroep.pk)).text
    # The organisation page offers the editor no buttons for the stuurgroep.
    html = client.get(pagina("regio_organisatie", regio)).text
    assert pagina("groepslid_nieuw", regio, stuurgroep.pk) not in html
    assert pagina("groepslid_nieuw", regio, regio["monitor"].pk) in html


def test_the_stuurgroep_changes_its_members_and_editors_fill_an_empty_stuurgroep(client, regio):
    stuurgroep = regio["stuurgroep"]
    client.force_login(regio["voorzitter"])
    lid = {"naam": "Wethouder Beekveld", "rol": "lid", "account": regio["werkgroeplid"].username}
    assert client.post(pagina("groepslid_nieuw", regio, stuurgroep.pk), lid).status_code == 302
    assert stuurgroep.leden.filter(user=regio["werkgroeplid"]).exists()
    stuurgroep.leden.update(user=None)  # nobody with an account sits in it: the editors set it up
    client.force_login(regio["trekker"])
    lid = {"naam": "Voorzitter", "rol": "voorzitter", "account": regio["voorzitter"].username}
    assert client.post(pagina("groepslid_nieuw", regio, stuurgroep.pk), lid).status_code == 302


def test_deleting_a_group_without_jaarplan_content_removes_it_with_its_members(client, regio):
    client.force_login(regio["trekker"])
    Groepslid.objects.create(groep=regio["communicatie"], naam="Iris")
    response = client.post(pagina("groep_verwijderen", regio, regio["communicatie"].pk), follow=True)
    assert "is verwijderd" in response.text
    assert not Groep.objects.filter(pk=regio["communicatie"].pk).exists()
    assert not Groepslid.objects.filter(naam="Iris").exists()


def test_a_member_is_added_with_an_account_found_by_exact_username_or_email(client, regio):
    client.force_login(regio["projectleider_regio"])
    factories.UserFactory(username="jdevries", email="j.devries@example.org")
    url = pagina("groepslid_nieuw", regio, regio["communicatie"].pk)
    data = {"naam": "Jan de Vries", "organisatie": "GGD", "gemeente": regio["gemeente_b"].pk, "rol": "trekker"}
    assert client.post(url, {**data, "account": "J.deVries@example.org", "voetnoot": "Focus"}).status_code == 302
    lid = Groepslid.objects.get(naam="Jan de Vries")
    assert (lid.user.username, lid.gemeente, lid.rol, lid.voetnoot) == (
        "jdevries",
        regio["gemeente_b"],
        "trekker",
        "Focus",
    )
    bewerken = pagina("groepslid_bewerken", regio, lid.pk)
    assert 'value="jdevries"' in client.get(bewerken).text
    client.post(bewerken, {**data, "account": ""})
    lid.refresh_from_db()
    assert lid.user is None


def test_a_member_with_an_unknown_account_or_a_gemeente_outside_the_regio_is_refused(client, regio):
    client.force_login(regio["projectleider_regio"])
    factories.UserFactory(username="jdevries")
    buiten = factories.GemeenteFactory(naam="Verweg")
    voor = stand(regio["project"])
    url = pagina("groepslid_nieuw", regio, regio["communicatie"].pk)
    data = {"naam": "Jan", "rol": "lid"}
    half = client.post(url, {**data, "account": "jdevr"})
    assert "Er is geen account met deze gebruikersnaam of dit e-mailadres." in half.text
    assert client.post(url, {**data, "gemeente": buiten.pk}).status_code == 200
    assert "Verweg" not in client.get(url).text
    assert "Beekveld" in client.get(url).text
    assert stand(regio["project"]) == voor


def test_the_member_form_offers_no_list_of_accounts(client, regio):
    client.force_login(regio["projectleider_regio"])
    response = client.get(pagina("groepslid_nieuw", regio, regio["monitor"].pk))
    assert "voorzitter" not in response.text.split('name="account"')[1].split("</div>")[0]
    assert 'name="email"' not in response.text and 'name="telefoon"' not in response.text


def test_a_member_is_edited_and_removed(client, regio):
    client.force_login(regio["projectleider_regio"])
    lid = Groepslid.objects.get(user=regio["werkgroeplid"])
    data = {"naam": "Wim", "rol": "secretaris", "account": "werkgroeplid"}
    client.post(pagina("groepslid_bewerken", regio, lid.pk), data)
    lid.refresh_from_db()
    assert (lid.naam, lid.rol, lid.user) == ("Wim", "secretaris", regio["werkgroeplid"])
    client.post(pagina("groepslid_verwijderen", regio, lid.pk))
    assert not Groepslid.objects.filter(pk=lid.pk).exists()


def test_a_member_or_group_of_another_project_is_404(client, regio):
    client.force_login(regio["projectleider_regio"])
    ander = Regioproject.objects.create(regio=regio["regio"], naam="Ander", startjaar=2022, eindjaar=2023)
    vreemd = Groep.objects.create(project=ander, naam="Vreemd", soort=Groepsoort.STUURGROEP)
    lid = Groepslid.objects.create(groep=vreemd, naam="X")
    assert client.get(pagina("groep_bewerken", regio, vreemd.pk)).status_code == 404
    assert client.get(pagina("groepslid_nieuw", regio, vreemd.pk)).status_code == 404
    assert client.get(pagina("groepslid_bewerken", regio, lid.pk)).status_code == 404


def test_names_with_markup_are_escaped_on_the_pages(client, regio):
    client.force_login(regio["projectleider_regio"])
    Groep.objects.filter(pk=regio["monitor"].pk).update(naam="<script>alert(1)</script> & Co")
    Groepslid.objects.create(groep=regio["monitor"], naam="<b>Ed</b>", voetnoot="<i>noot</i>")
    for url in (pagina("regio_project", regio), pagina("regio_organisatie", regio)):
        text = client.get(url).text
        assert "<script>alert" not in text and "<b>Ed" not in text and "<i>noot" not in text
        assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in text


def extra_groepen(regio, aantal: int) -> None:
    for nummer in range(aantal):
        groep = Groep.objects.create(
            project=regio["project"],
            naam=f"Extra {nummer}",
            soort=Groepsoort.WERKGROEP,
            bovenliggend=regio["projectteam"],
        )
        Groepslid.objects.create(groep=groep, naam=f"Lid {nummer}", gemeente=regio["gemeente_b"], user=regio["trekker"])


@pytest.mark.parametrize("naam", ["regio_project", "regio_organisatie"])
def test_the_query_count_is_the_same_at_three_and_at_twelve_groups(client, regio, naam, django_assert_num_queries):
    Groep.objects.filter(pk__in=[regio["expertgroep"].pk, regio["kopgroep"].pk, regio["communicatie"].pk]).delete()
    client.force_login(regio["projectleider_regio"])
    assert Groep.objects.filter(project=regio["project"]).count() == 3
    with CaptureQueriesContext(connection) as klein:
        assert client.get(pagina(naam, regio)).status_code == 200
    extra_groepen(regio, 9)
    with django_assert_num_queries(len(klein)):
        response = client.get(pagina(naam, regio))
    assert "Extra 8" in response.text
