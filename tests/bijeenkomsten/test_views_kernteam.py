"""The assignment, the kernteam and its members, the startgesprek agreements and the totstandkoming."""

import re

import pytest
from django.core import mail

from bijeenkomsten.constants import BijeenkomstSoort
from tests import factories
from tests.bijeenkomsten.helpers import url
from uitvoeringsplan.constants import Kernteamfunctie, Rol
from uitvoeringsplan.models import Lidmaatschap, Wethouderoverleg

pytestmark = pytest.mark.django_db


def test_adding_a_new_kernteam_member_creates_an_account_with_a_password_link(client, projectleider, plan):
    client.force_login(projectleider)
    client.post(
        url("lid_toevoegen", plan),
        {
            "email": "Fatima@GGD.example",
            "voornaam": "Fatima",
            "achternaam": "El Amrani",
            "rol": "kernteamlid",
            "functie": "ggd",
        },
    )
    lid = Lidmaatschap.objects.get(plan=plan, user__email="fatima@ggd.example")
    assert (lid.rol, lid.functie) == (Rol.KERNTEAMLID, Kernteamfunctie.GGD)
    link = re.search(r"http://\S+/account/wachtwoord-instellen/\S+/", mail.outbox[0].body).group(0)
    client.logout()
    pagina = client.get(link.removeprefix("http://127.0.0.1:8000"), follow=True)
    response = client.post(
        pagina.redirect_chain[-1][0], {"new_password1": "Preventie-2027!", "new_password2": "Preventie-2027!"}
    )
    assert response.status_code == 302
    assert client.login(username="fatima@ggd.example", password="Preventie-2027!")


def test_a_kernteamlid_cannot_get_the_functie_projectleider(client, projectleider, plan):
    client.force_login(projectleider)
    gegevens = {"email": "f@ggd.example", "voornaam": "Fatima", "rol": "kernteamlid", "functie": "projectleider"}
    response = client.post(url("lid_toevoegen", plan), gegevens)
    assert response.status_code == 200
    assert "De functie Projectleider hoort bij de rol Projectleider" in str(response.context["form"].errors["functie"])
    assert not Lidmaatschap.objects.filter(user__email="f@ggd.example").exists()


def test_the_rol_projectleider_gets_the_functie_projectleider_automatically(client, projectleider, plan):
    client.force_login(projectleider)
    client.post(url("lid_toevoegen", plan), {"email": "f@ggd.example", "voornaam": "Fatima", "rol": "projectleider"})
    assert Lidmaatschap.objects.get(user__email="f@ggd.example").functie == Kernteamfunctie.PROJECTLEIDER


def test_changing_a_role_keeps_the_functie_projectleider_with_the_projectleider(client, projectleider, plan):
    lid = factories.LidmaatschapFactory(plan=plan, rol=Rol.KERNTEAMLID, functie=Kernteamfunctie.GGD)
    client.force_login(projectleider)
    wijzigen = url("lidmaatschap_update", plan, pk=lid.pk)
    response = client.post(wijzigen, {"rol": "kernteamlid", "functie": "projectleider"})
    assert "De functie Projectleider hoort bij de rol Projectleider" in str(response.context["form"].errors["functie"])
    client.post(wijzigen, {"rol": "projectleider", "functie": "ggd"})
    lid.refresh_from_db()
    assert (lid.rol, lid.functie) == (Rol.PROJECTLEIDER, Kernteamfunctie.PROJECTLEIDER)


def test_only_the_projectleider_adds_people(client, kernteamlid, plan):
    client.force_login(kernteamlid)
    assert client.get(url("lid_toevoegen", plan)).status_code == 403


def test_the_kernteam_page_warns_above_three_members_beside_the_projectleider(client, projectleider, plan):
    factories.LidmaatschapFactory.create_batch(4, plan=plan, rol=Rol.KERNTEAMLID, functie="anders")
    client.force_login(projectleider)
    assert client.get(url("kernteam", plan)).context["te_groot"]


def test_the_startgesprek_agreements_are_saved(client, kernteamlid, projectleider, plan):
    client.force_login(kernteamlid)
    client.post(
        url("afspraken", plan),
        {
            "datum_plan_gereed": "2027-02-01",
            "datum_start_uitvoering": "2027-01-01",
            "rol_agenda": projectleider.pk,
            "budget_euro": "-5",
        },
    )
    plan.refresh_from_db()
    assert plan.datum_plan_gereed is None  # start before ready and a negative budget: nothing saved
    response = client.post(
        url("afspraken", plan),
        {
            "datum_plan_gereed": "2027-01-01",
            "datum_start_uitvoering": "2027-02-01",
            "rol_agenda": projectleider.pk,
            "budget_euro": "5000",
        },
    )
    assert response.status_code == 302
    plan.refresh_from_db()
    assert (plan.rol_agenda, plan.budget_euro) == (projectleider, 5000)


def test_a_lezer_reads_the_agreements_but_cannot_change_them(client, lezer, plan):
    client.force_login(lezer)
    assert client.get(url("afspraken", plan)).status_code == 200
    assert client.post(url("afspraken", plan), {"budget_euro": "1"}).status_code == 403


@pytest.mark.parametrize("rol", [Rol.STAKEHOLDER, Rol.LEZER])
def test_readers_see_the_agreements_as_a_list_without_a_form(client, leden, in_review, rol):
    in_review.budget_euro = 5000
    in_review.draagvlak_aanpak = "Iedereen vooraf bellen."
    in_review.save()
    client.force_login(leden[rol])
    pagina = client.get(url("afspraken", in_review)).content.decode()
    assert "Iedereen vooraf bellen." in pagina and "5.000,00" in pagina
    assert 'name="budget_euro"' not in pagina and "data-waarschuw-bij-verlaten" not in pagina


def test_the_kernteam_gets_the_agreements_form(client, kernteamlid, plan):
    client.force_login(kernteamlid)
    pagina = client.get(url("afspraken", plan)).content.decode()
    assert 'name="budget_euro"' in pagina and "data-waarschuw-bij-verlaten" in pagina


def test_the_agreements_do_not_count_the_startgesprek_as_a_meeting_with_stakeholders(client, kernteamlid, plan):
    factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.STARTGESPREK)
    client.force_login(kernteamlid)
    pagina = client.get(url("afspraken", plan)).content.decode()
    assert "bijeenkomst met stakeholders gepland" not in pagina and "Plan de bijeenkomsten" in pagina
    factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.STARTBIJEENKOMST)
    assert "1 bijeenkomst met stakeholders gepland" in client.get(url("afspraken", plan)).content.decode()


def test_the_assignment_and_the_wethouder_log(client, kernteamlid, plan):
    client.force_login(kernteamlid)
    client.post(
        url("draagvlak", plan),
        {"opdracht_door": "college", "opdracht_datum": "2026-05-01", "ambassadeur": "Wethouder Smit"},
    )
    client.post(url("wethouderoverleg_create", plan), {"datum": "2026-06-01", "onderwerp": "Stand van zaken"})
    plan.refresh_from_db()
    assert plan.opdracht_door == "college"
    assert Wethouderoverleg.objects.get(plan=plan).onderwerp == "Stand van zaken"


def test_the_totstandkoming_starts_from_a_generated_draft_and_is_saved(client, kernteamlid, plan):
    factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.STARTGESPREK)
    client.force_login(kernteamlid)
    concept = client.get(url("totstandkoming", plan)).context["form"].initial["samenvatting_totstandkoming"]
    assert "Het kernteam organiseerde een startgesprek, op 1 maart 2026." in concept
    client.post(url("totstandkoming", plan), {"samenvatting_totstandkoming": concept + "\n\nAangevuld."})
    plan.refresh_from_db()
    assert plan.samenvatting_totstandkoming.endswith("Aangevuld.")


def test_other_members_on_the_kernteam_page_have_no_stray_separator(client, projectleider, lezer, plan):
    client.force_login(projectleider)
    pagina = client.get(url("kernteam", plan)).content.decode()
    assert not re.search(r'<span class="small">\s*·', pagina)
    assert "Rol wijzigen" in pagina


@pytest.mark.parametrize("naam", ["lidmaatschap_update", "lidmaatschap_delete"])
def test_the_projectleider_cannot_change_or_remove_their_own_role(client, projectleider, plan, naam):
    eigen = Lidmaatschap.objects.get(plan=plan, user=projectleider)
    client.force_login(projectleider)
    for response in (
        client.get(url(naam, plan, pk=eigen.pk)),
        client.post(url(naam, plan, pk=eigen.pk), {"rol": "lezer"}),
    ):
        assert response.status_code == 403
        assert "Je kunt je eigen rol niet wijzigen; vraag een andere projectleider." in response.content.decode()
    eigen.refresh_from_db()
    assert eigen.rol == Rol.PROJECTLEIDER


def test_a_kernteamlid_is_refused_for_their_role_before_their_own_membership(client, kernteamlid, plan):
    eigen = Lidmaatschap.objects.get(plan=plan, user=kernteamlid)
    client.force_login(kernteamlid)
    response = client.get(url("lidmaatschap_update", plan, pk=eigen.pk))
    assert response.status_code == 403 and "eigen rol" not in response.content.decode()


def test_a_membership_of_another_plan_is_not_found(client, projectleider, plan):
    elders = factories.LidmaatschapFactory(rol=Rol.KERNTEAMLID)
    client.force_login(projectleider)
    assert client.get(url("lidmaatschap_update", plan, pk=elders.pk)).status_code == 404


def test_adding_an_existing_account_says_so_and_mails_them(client, projectleider, plan):
    bestaand = factories.UserFactory(email="jan@ggd.example", first_name="Jan", last_name="Smit")
    client.force_login(projectleider)
    response = client.post(
        url("lid_toevoegen", plan), {"email": "jan@ggd.example", "rol": "lezer", "functie": "ggd"}, follow=True
    )
    assert "Jan Smit is toegevoegd en heeft een e-mail gekregen." in response.content.decode()
    lid = Lidmaatschap.objects.get(plan=plan, user=bestaand)
    assert (lid.rol, lid.functie) == (Rol.LEZER, "")
    assert mail.outbox[0].to == ["jan@ggd.example"]
