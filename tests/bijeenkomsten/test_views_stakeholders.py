"""The stakeholder register: who reads contact details, adding, importing, exporting and erasing people."""

import pytest

from stakeholders.models import Stakeholder
from tests import factories
from tests.bijeenkomsten.helpers import url
from uitvoeringsplan.constants import Rol
from uitvoeringsplan.models import Lidmaatschap

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("rol", [Rol.STAKEHOLDER, Rol.LEZER])
def test_stakeholders_and_lezers_never_see_other_peoples_contact_details(client, leden, in_review, ingrid, rol):
    bijeenkomst = factories.BijeenkomstFactory(plan=in_review)
    factories.UitnodigingFactory(bijeenkomst=bijeenkomst, stakeholder=ingrid)
    client.force_login(leden[rol])
    for naam, kwargs in (
        ("stakeholder_export", {"pk": ingrid.pk}),
        ("stakeholder_update", {"pk": ingrid.pk}),
        ("bellijst", {"bijeenkomst_pk": bijeenkomst.pk}),
        ("uitnodigen", {"bijeenkomst_pk": bijeenkomst.pk}),
        ("aanwezigheid", {"bijeenkomst_pk": bijeenkomst.pk}),
        ("presentielijst", {"bijeenkomst_pk": bijeenkomst.pk}),
    ):
        assert client.get(url(naam, in_review, **kwargs)).status_code == 403, naam


def test_a_lezer_reads_the_register_without_contact_details(client, lezer, in_review, ingrid):
    client.force_login(lezer)
    lijst = client.get(url("stakeholder_list", in_review))
    assert lijst.status_code == 200 and "Ingrid Kok" in lijst.content.decode()
    assert "ingrid@college.example" not in lijst.content.decode() and "06-11112222" not in lijst.content.decode()


def test_a_stakeholder_gets_a_friendly_403_on_the_register(client, stakeholder, in_review, ingrid):
    client.force_login(stakeholder)
    response = client.get(url("stakeholder_list", in_review))
    assert response.status_code == 403
    assert "alleen voor het kernteam" in response.content.decode() and "Ingrid Kok" not in response.content.decode()


def test_the_kernteam_sees_contact_details_and_exports_a_persons_data(client, kernteamlid, plan, ingrid):
    client.force_login(kernteamlid)
    assert "06-11112222" in client.get(url("stakeholder_list", plan)).content.decode()
    export = client.get(url("stakeholder_export", plan, pk=ingrid.pk))
    assert export["Content-Disposition"].startswith('attachment; filename="gegevens-ingrid-kok-')
    assert export.json()["email"] == "ingrid@college.example"


def test_only_the_projectleider_erases_a_person(client, kernteamlid, projectleider, plan, ingrid):
    client.force_login(kernteamlid)
    assert client.post(url("stakeholder_wissen", plan, pk=ingrid.pk)).status_code == 403
    client.force_login(projectleider)
    client.post(url("stakeholder_wissen", plan, pk=ingrid.pk))
    assert Stakeholder.objects.get(pk=ingrid.pk).naam == "Verwijderde persoon"


def test_a_stakeholder_of_another_gemeente_is_not_found(client, kernteamlid, plan):
    vreemd = factories.StakeholderFactory()
    client.force_login(kernteamlid)
    assert client.get(url("stakeholder_update", plan, pk=vreemd.pk)).status_code == 404
    assert client.get(url("stakeholder_export", plan, pk=vreemd.pk)).status_code == 404


def test_an_invalid_email_address_is_refused_next_to_the_field(client, kernteamlid, plan):
    organisatie = factories.OrganisatieFactory(gemeente=plan.gemeente)
    client.force_login(kernteamlid)
    response = client.post(
        url("stakeholder_create", plan), {"naam": "Kees", "organisatie": organisatie.pk, "email": "kees-at-school"}
    )
    assert "Voer een geldig e-mailadres in." in response.context["form"].errors["email"]
    assert not Stakeholder.objects.exists()


def test_a_stakeholder_with_a_new_organisation(client, kernteamlid, plan):
    client.force_login(kernteamlid)
    client.post(
        url("stakeholder_create", plan),
        {"naam": "Henk", "nieuwe_organisatie": "LVV '28", "sector": "sport", "informeren": ["email"]},
    )
    henk = Stakeholder.objects.get()
    assert (henk.organisatie.naam, henk.organisatie.sector, henk.informeren) == ("LVV '28", "sport", ["email"])


def test_the_sector_checklist_names_the_sectors_not_yet_represented(client, kernteamlid, plan, ingrid):
    client.force_login(kernteamlid)
    response = client.get(url("stakeholder_list", plan))
    assert "Politie" in response.context["ontbrekend"]
    assert "Onderwijs" not in response.context["ontbrekend"]


def test_a_csv_with_a_broken_row_is_refused_with_its_line_number(client, kernteamlid, plan):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(kernteamlid)
    bestand = SimpleUploadedFile("s.csv", b"organisatie,naam,email\nSchool,Jan,jan@x.example\nSchool,Piet,kapot\n")
    response = client.post(url("stakeholder_import", plan), {"bestand": bestand})
    assert any(fout.startswith("regel 3: ") for fout in response.context["fouten"])
    assert "Er is niets geïmporteerd" in response.content.decode()
    assert not Stakeholder.objects.exists()


@pytest.mark.parametrize("telefoon", ["06-1234", "bel de receptie", "06 12345678 of 010"])
def test_a_phone_number_that_cannot_be_dialled_is_refused_next_to_the_field(client, kernteamlid, plan, telefoon):
    organisatie = factories.OrganisatieFactory(gemeente=plan.gemeente)
    client.force_login(kernteamlid)
    response = client.post(
        url("stakeholder_create", plan), {"naam": "Kees", "organisatie": organisatie.pk, "telefoon": telefoon}
    )
    assert response.context["form"].errors["telefoon"] == [
        "Vul een telefoonnummer in met minstens 8 cijfers (alleen cijfers, spaties, +, - en haakjes)."
    ]
    assert not Stakeholder.objects.exists()


@pytest.mark.parametrize("telefoon", ["06-12345678", "+31 (0)6 1234 5678", "010 123 45 67"])
def test_phone_numbers_are_accepted_as_people_write_them(client, kernteamlid, plan, telefoon):
    organisatie = factories.OrganisatieFactory(gemeente=plan.gemeente)
    client.force_login(kernteamlid)
    client.post(url("stakeholder_create", plan), {"naam": "Kees", "organisatie": organisatie.pk, "telefoon": telefoon})
    assert Stakeholder.objects.get().telefoon == telefoon


def test_the_erasure_page_says_what_happens_to_the_persons_account(client, projectleider, plan, ingrid):
    ingrid.user = factories.LidmaatschapFactory(plan=plan, rol=Rol.STAKEHOLDER).user
    ingrid.save()
    client.force_login(projectleider)
    pagina = client.get(url("stakeholder_wissen", plan, pk=ingrid.pk)).content.decode()
    assert "het account wordt uitgeschakeld" in pagina
    client.post(url("stakeholder_wissen", plan, pk=ingrid.pk))
    assert not Lidmaatschap.objects.filter(plan=plan, rol=Rol.STAKEHOLDER).exists()


def test_on_a_phone_the_stakeholders_come_before_the_sector_checklist(client, kernteamlid, plan, ingrid):
    client.force_login(kernteamlid)
    pagina = client.get(url("stakeholder_list", plan)).content.decode()
    assert '<aside class="col-xl-4 order-2">' in pagina and '<div class="col-xl-8 order-1">' in pagina
    assert '<div class="small text-sm-end">' in pagina


def test_importing_a_file_with_only_a_header_says_there_was_nothing_to_import(client, kernteamlid, plan):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(kernteamlid)
    bestand = SimpleUploadedFile("s.csv", b"organisatie,naam,email\n,,\n")
    response = client.post(url("stakeholder_import", plan), {"bestand": bestand})
    assert "Er stond niets in om te importeren" in response.content.decode()
    assert "0 stakeholders" not in response.content.decode()


def test_importing_reports_how_many_people_are_new_and_updated(client, kernteamlid, plan, ingrid):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(kernteamlid)
    tekst = f"organisatie;naam;functie\n{ingrid.organisatie.naam};Ingrid Kok;Mentor\nGGD;Jan;\n"
    response = client.post(
        url("stakeholder_import", plan), {"bestand": SimpleUploadedFile("s.csv", tekst.encode())}, follow=True
    )
    assert "Importeren klaar: 1 nieuwe stakeholder, 1 bijgewerkt, 0 stonden er al." in response.content.decode()
    assert Stakeholder.objects.count() == 2
