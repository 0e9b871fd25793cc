import datetime
import io
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from bijeenkomsten.constants import BijeenkomstSoort, UitnodigingStatus
from bijeenkomsten.models import Bijeenkomst
from stakeholders.models import Stakeholder
from tests import factories
from uitvoeringsplan.constants import Kernteamfunctie, PlanStatus, Rol
from uitvoeringsplan.models import Actie, Lidmaatschap, Wethouderoverleg

pytestmark = pytest.mark.django_db

OVER_EEN_MAAND = timezone.localdate() + datetime.timedelta(days=30)


def url(naam, plan, **kwargs):
    return reverse(naam, kwargs={"plan_pk": plan.pk, **kwargs})


@pytest.fixture
def in_review(plan):
    plan.status = PlanStatus.TER_REVIEW
    plan.save()
    return plan


@pytest.fixture
def ingrid(plan):
    return factories.StakeholderFactory(
        gemeente=plan.gemeente,
        organisatie__gemeente=plan.gemeente,
        naam="Ingrid Kok",
        email="ingrid@college.example",
        telefoon="06-11112222",
    )


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


@pytest.mark.parametrize("rol", [Rol.STAKEHOLDER, Rol.LEZER])
def test_readers_see_the_prioritisation_totals_but_not_who_gave_which_points(client, leden, in_review, ingrid, rol):
    bijeenkomst = factories.BijeenkomstFactory(plan=in_review, soort=BijeenkomstSoort.STARTBIJEENKOMST)
    factories.UitnodigingFactory(bijeenkomst=bijeenkomst, stakeholder=ingrid, status=UitnodigingStatus.AANWEZIG)
    aanbeveling = factories.InvultabelFactory(plan=in_review).aanbeveling
    bijeenkomst.prioriteringen.create(stakeholder=ingrid, aanbeveling=aanbeveling, punten=7)
    client.force_login(leden[rol])
    response = client.get(url("prioriteren", in_review, bijeenkomst_pk=bijeenkomst.pk))
    pagina = response.content.decode()
    assert response.context["rijen"] == [] and "Ingrid Kok" not in pagina and "Punten per deelnemer" not in pagina
    assert "7 punten" in pagina
    detail = client.get(url("bijeenkomst_detail", in_review, bijeenkomst_pk=bijeenkomst.pk)).content.decode()
    assert "7 punten" in detail
    assert url("aanwezigheid", in_review, bijeenkomst_pk=bijeenkomst.pk) not in detail
    assert url("presentielijst", in_review, bijeenkomst_pk=bijeenkomst.pk) not in detail


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


def test_a_meeting_of_another_plan_is_not_found(client, kernteamlid, plan):
    vreemd = factories.BijeenkomstFactory()
    client.force_login(kernteamlid)
    for naam in ("bijeenkomst_detail", "bellijst", "prioriteren", "presentielijst", "bijeenkomst_ics"):
        assert client.get(url(naam, plan, bijeenkomst_pk=vreemd.pk)).status_code == 404, naam


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


def test_the_call_list_records_a_result_in_one_click(client, kernteamlid, plan, ingrid):
    bijeenkomst = factories.BijeenkomstFactory(plan=plan)
    uitnodiging = factories.UitnodigingFactory(bijeenkomst=bijeenkomst, stakeholder=ingrid, bellen_door=kernteamlid)
    client.force_login(kernteamlid)
    lijst = client.get(url("bellijst", plan, bijeenkomst_pk=bijeenkomst.pk), {"wie": "ik"})
    assert [u.pk for u in lijst.context["te_bellen"]] == [uitnodiging.pk]
    assert "06-11112222" in lijst.content.decode()
    client.post(
        url("uitnodiging_status", plan, bijeenkomst_pk=bijeenkomst.pk, pk=uitnodiging.pk),
        {"status": "aangemeld", "kanaal": "gebeld"},
    )
    uitnodiging.refresh_from_db()
    assert (uitnodiging.status, uitnodiging.kanaal, uitnodiging.uitgenodigd_door) == (
        "aangemeld",
        "gebeld",
        kernteamlid,
    )
    assert (
        client.post(
            url("uitnodiging_status", plan, bijeenkomst_pk=bijeenkomst.pk, pk=uitnodiging.pk), {"status": "verzonnen"}
        ).status_code
        == 302
    )
    uitnodiging.refresh_from_db()
    assert uitnodiging.status == "aangemeld"


def test_emailing_an_invitation_from_the_call_list(client, kernteamlid, plan, ingrid):
    uitnodiging = factories.UitnodigingFactory(
        bijeenkomst__plan=plan, bijeenkomst__datum=OVER_EEN_MAAND, stakeholder=ingrid
    )
    client.force_login(kernteamlid)
    client.post(url("uitnodiging_mailen", plan, bijeenkomst_pk=uitnodiging.bijeenkomst_id, pk=uitnodiging.pk))
    assert mail.outbox[0].to == ["ingrid@college.example"]
    ondertekening = f"namens het kernteam middelenpreventie van de gemeente {plan.gemeente.naam}"
    assert ondertekening in mail.outbox[0].body and f"kernteam van {plan.titel}" not in mail.outbox[0].body


def test_an_invitation_for_a_meeting_that_has_passed_is_not_emailed(client, kernteamlid, plan, ingrid):
    gisteren = timezone.localdate() - datetime.timedelta(days=1)
    uitnodiging = factories.UitnodigingFactory(bijeenkomst__plan=plan, bijeenkomst__datum=gisteren, stakeholder=ingrid)
    client.force_login(kernteamlid)
    response = client.post(
        url("uitnodiging_mailen", plan, bijeenkomst_pk=uitnodiging.bijeenkomst_id, pk=uitnodiging.pk), follow=True
    )
    assert "is al geweest" in response.content.decode() and not mail.outbox
    uitnodiging.refresh_from_db()
    assert (uitnodiging.status, uitnodiging.uitgenodigd_op) == (UitnodigingStatus.TE_BENADEREN, None)


def test_the_attendance_list_prints_as_pdf_and_the_meeting_downloads_as_ics(client, kernteamlid, plan, ingrid):
    uitnodiging = factories.UitnodigingFactory(
        bijeenkomst__plan=plan, stakeholder=ingrid, status=UitnodigingStatus.AANGEMELD
    )
    client.force_login(kernteamlid)
    pdf = client.get(url("presentielijst", plan, bijeenkomst_pk=uitnodiging.bijeenkomst_id))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    ics = client.get(url("bijeenkomst_ics", plan, bijeenkomst_pk=uitnodiging.bijeenkomst_id))
    assert ics["Content-Type"].startswith("text/calendar") and b"BEGIN:VEVENT" in ics.content


def test_points_that_are_not_numbers_are_refused_and_nothing_is_saved(client, kernteamlid, plan, ingrid):
    bijeenkomst = factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.STARTBIJEENKOMST)
    aanbeveling = factories.InvultabelFactory(plan=plan).aanbeveling
    factories.UitnodigingFactory(bijeenkomst=bijeenkomst, stakeholder=ingrid, status=UitnodigingStatus.AANWEZIG)
    client.force_login(kernteamlid)
    response = client.post(
        url("prioriteren", plan, bijeenkomst_pk=bijeenkomst.pk), {f"punten-{ingrid.pk}-{aanbeveling.pk}": "veel"}
    )
    assert "geef een aantal punten van 0 tot 20" in response.content.decode()
    assert not bijeenkomst.prioriteringen.exists()


def test_the_worksheet_saves_draft_acties_and_skips_empty_rows(client, kernteamlid, plan):
    bijeenkomst = factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.INHOUDELIJK)
    aanbeveling = factories.InvultabelFactory(plan=plan).aanbeveling
    bijeenkomst.aanbevelingen.add(aanbeveling)
    prefix = f"a{aanbeveling.pk}"
    client.force_login(kernteamlid)
    response = client.post(
        url("werkblad", plan, bijeenkomst_pk=bijeenkomst.pk),
        {
            f"{prefix}-TOTAL_FORMS": "3",
            f"{prefix}-INITIAL_FORMS": "0",
            f"{prefix}-0-titel": "Ouderavond in de brugklas",
            f"{prefix}-0-wie_doet_wat": "De school",
            f"{prefix}-0-start_kwartaal": "2027-3",
            f"{prefix}-1-relevantie": "",
        },
    )
    assert response.status_code == 302
    actie = Actie.objects.get()
    assert (actie.titel, list(actie.bijeenkomsten.all()), actie.periode_tekst) == (
        "Ouderavond in de brugklas",
        [bijeenkomst],
        "Q3 2027",
    )


def test_a_worksheet_row_without_an_action_is_explained(client, kernteamlid, plan):
    bijeenkomst = factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.INHOUDELIJK)
    aanbeveling = factories.InvultabelFactory(plan=plan).aanbeveling
    bijeenkomst.aanbevelingen.add(aanbeveling)
    prefix = f"a{aanbeveling.pk}"
    client.force_login(kernteamlid)
    response = client.post(
        url("werkblad", plan, bijeenkomst_pk=bijeenkomst.pk),
        {f"{prefix}-TOTAL_FORMS": "1", f"{prefix}-INITIAL_FORMS": "0", f"{prefix}-0-relevantie": "Zonder titel"},
    )
    assert "Beschrijf de actie in een paar woorden." in response.content.decode()
    assert not Actie.objects.exists()


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


@pytest.fixture
def gestemd(plan, ingrid):
    """A startbijeenkomst where Ingrid gave points to the plan's one aanbeveling."""
    bijeenkomst = factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.STARTBIJEENKOMST)
    aanbeveling = factories.InvultabelFactory(plan=plan).aanbeveling
    factories.UitnodigingFactory(bijeenkomst=bijeenkomst, stakeholder=ingrid, status=UitnodigingStatus.AANWEZIG)
    factories.PrioriteringFactory(bijeenkomst=bijeenkomst, aanbeveling=aanbeveling, stakeholder=ingrid, punten=5)
    return bijeenkomst


def test_an_empty_ranking_is_refused_and_keeps_the_dot_voting_points(client, kernteamlid, plan, gestemd):
    client.force_login(kernteamlid)
    response = client.post(url("prioriteren", plan, bijeenkomst_pk=gestemd.pk), {"methode": "rangorde"})
    assert "Geef minstens één aanbeveling een rang." in response.content.decode()
    assert list(gestemd.prioriteringen.values_list("punten", flat=True)) == [5]


def test_saving_a_ranking_asks_for_confirmation_because_it_replaces_the_points(client, kernteamlid, plan, gestemd):
    client.force_login(kernteamlid)
    pagina = client.get(url("prioriteren", plan, bijeenkomst_pk=gestemd.pk)).content.decode()
    knop = re.search(r"<button[^>]*>Rangorde opslaan</button>", pagina).group(0)
    assert 'data-bevestig="De rangorde vervangt alle punten van deze bijeenkomst. Doorgaan?"' in knop


def test_aanbevelingen_carry_their_own_number_on_every_page(client, kernteamlid, plan, ingrid):
    for volgorde, nummer in enumerate((1, 3, 2), start=1):
        factories.InvultabelFactory(
            plan=plan, volgorde=volgorde, aanbeveling__nummer=nummer, aanbeveling__titel=f"Titel {nummer}"
        )
    bijeenkomst = factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.STARTBIJEENKOMST)
    factories.UitnodigingFactory(bijeenkomst=bijeenkomst, stakeholder=ingrid, status=UitnodigingStatus.AANWEZIG)
    client.force_login(kernteamlid)
    prioriteren = client.get(url("prioriteren", plan, bijeenkomst_pk=bijeenkomst.pk))
    assert re.findall(r'class="up-kolomkop" title="[^"]*">([^<]*)<', prioriteren.content.decode()) == [
        "1. Titel 1",
        "2. Titel 2",
        "3. Titel 3",
    ]
    for pagina in (url("bijeenkomst_create", plan), url("stakeholder_create", plan)):
        keuzes = client.get(pagina).context["form"].fields["aanbevelingen"].choices
        assert [str(label) for _waarde, label in keuzes] == ["1. Titel 1", "2. Titel 2", "3. Titel 3"]


def test_a_failing_mail_server_gives_a_message_and_the_invitation_stays_to_do(
    client, kernteamlid, plan, ingrid, settings
):
    settings.MAILERS = {"default": {"BACKEND": "tests.mailserver.KapotteMailserver"}}
    uitnodiging = factories.UitnodigingFactory(
        bijeenkomst__plan=plan, bijeenkomst__datum=OVER_EEN_MAAND, stakeholder=ingrid
    )
    client.force_login(kernteamlid)
    response = client.post(
        url("uitnodiging_mailen", plan, bijeenkomst_pk=uitnodiging.bijeenkomst_id, pk=uitnodiging.pk), follow=True
    )
    assert response.status_code == 200
    assert "kon niet worden verstuurd" in response.content.decode()
    uitnodiging.refresh_from_db()
    assert (uitnodiging.status, uitnodiging.kanaal, uitnodiging.uitgenodigd_op) == ("te_benaderen", "", None)


def test_a_result_on_the_call_list_can_be_changed_afterwards(client, kernteamlid, plan, ingrid):
    bijeenkomst = factories.BijeenkomstFactory(plan=plan)
    uitnodiging = factories.UitnodigingFactory(
        bijeenkomst=bijeenkomst, stakeholder=ingrid, status=UitnodigingStatus.AANGEMELD, kanaal="gebeld"
    )
    status_url = url("uitnodiging_status", plan, bijeenkomst_pk=bijeenkomst.pk, pk=uitnodiging.pk)
    client.force_login(kernteamlid)
    pagina = client.get(url("bellijst", plan, bijeenkomst_pk=bijeenkomst.pk)).content.decode()
    assert f'action="{status_url}"' in pagina and "Terug naar nog te benaderen" in pagina
    client.post(status_url, {"status": "afgemeld"})
    uitnodiging.refresh_from_db()
    assert (uitnodiging.status, uitnodiging.kanaal) == ("afgemeld", "gebeld")
    client.post(status_url, {"status": "te_benaderen"})
    lijst = client.get(url("bellijst", plan, bijeenkomst_pk=bijeenkomst.pk))
    assert [u.pk for u in lijst.context["te_bellen"]] == [uitnodiging.pk]


def test_the_call_list_says_when_everyone_has_been_called(client, kernteamlid, plan, ingrid):
    bijeenkomst = factories.BijeenkomstFactory(plan=plan)
    factories.UitnodigingFactory(bijeenkomst=bijeenkomst, stakeholder=ingrid, status=UitnodigingStatus.AANGEMELD)
    client.force_login(kernteamlid)
    pagina = client.get(url("bellijst", plan, bijeenkomst_pk=bijeenkomst.pk)).content.decode()
    assert "Iedereen is gebeld" in pagina
    assert "te bellen" not in pagina.lower().replace("door mij te bellen", "")


def test_when_everyone_is_invited_there_is_nothing_to_submit(client, kernteamlid, plan, ingrid):
    bijeenkomst = factories.BijeenkomstFactory(plan=plan)
    factories.UitnodigingFactory(bijeenkomst=bijeenkomst, stakeholder=ingrid)
    client.force_login(kernteamlid)
    pagina = client.get(url("uitnodigen", plan, bijeenkomst_pk=bijeenkomst.pk)).content.decode()
    assert "Alle stakeholders staan al op de bellijst van deze bijeenkomst." in pagina
    assert "Op de bellijst zetten" not in pagina


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


def test_on_a_phone_the_agenda_buttons_go_under_the_title(client, kernteamlid, plan):
    bijeenkomst = factories.BijeenkomstFactory(plan=plan)
    factories.AgendapuntFactory(bijeenkomst=bijeenkomst, titel="Kennismaking")
    client.force_login(kernteamlid)
    pagina = client.get(url("bijeenkomst_detail", plan, bijeenkomst_pk=bijeenkomst.pk)).content.decode()
    rij = re.search(r'<div class="([^"]*)">\s*<div class="up-min-0">\s*<span class="fw-semibold">Kennismaking', pagina)
    assert {"flex-column", "flex-sm-row"} <= set(rij.group(1).split())


def test_on_a_phone_the_stakeholders_come_before_the_sector_checklist(client, kernteamlid, plan, ingrid):
    client.force_login(kernteamlid)
    pagina = client.get(url("stakeholder_list", plan)).content.decode()
    assert '<aside class="col-xl-4 order-2">' in pagina and '<div class="col-xl-8 order-1">' in pagina
    assert '<div class="small text-sm-end">' in pagina


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


def test_other_members_on_the_kernteam_page_have_no_stray_separator(client, projectleider, lezer, plan):
    client.force_login(projectleider)
    pagina = client.get(url("kernteam", plan)).content.decode()
    assert not re.search(r'<span class="small">\s*·', pagina)
    assert "Rol wijzigen" in pagina


def test_the_new_meeting_form_offers_only_real_kinds_and_the_assignment_may_be_not_yet_given(client, kernteamlid, plan):
    client.force_login(kernteamlid)
    soorten = client.get(url("bijeenkomst_create", plan)).context["form"].fields["soort"].choices
    assert [waarde for waarde, _label in soorten] == BijeenkomstSoort.values
    opdracht = client.get(url("draagvlak", plan)).context["form"].fields["opdracht_door"].choices
    assert [(waarde, str(label)) for waarde, label in opdracht][0] == ("", "Nog niet gegeven")


@pytest.fixture
def werkblad(plan):
    bijeenkomst = factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.INHOUDELIJK)
    aanbeveling = factories.InvultabelFactory(plan=plan).aanbeveling
    bijeenkomst.aanbevelingen.add(aanbeveling)
    return bijeenkomst, f"a{aanbeveling.pk}"


def test_the_worksheet_gets_more_rows_and_keeps_what_was_typed(client, kernteamlid, plan, werkblad):
    bijeenkomst, prefix = werkblad
    client.force_login(kernteamlid)
    response = client.post(
        url("werkblad", plan, bijeenkomst_pk=bijeenkomst.pk),
        {
            f"{prefix}-TOTAL_FORMS": "3",
            f"{prefix}-INITIAL_FORMS": "0",
            f"{prefix}-2-titel": "Ouderavond",
            "meer_rijen": prefix,
        },
    )
    [(_aanbeveling, formset)] = response.context["werkbladen"]
    assert len(formset.forms) == 6 and formset.forms[2]["titel"].value() == "Ouderavond"
    assert "autofocus" in str(formset.forms[3]["titel"])  # the cursor waits in the first new row
    assert "Ouderavond</textarea>" in response.content.decode()
    assert not Actie.objects.exists()


def test_a_worksheet_row_with_only_a_period_is_explained_not_dropped(client, kernteamlid, plan, werkblad):
    bijeenkomst, prefix = werkblad
    client.force_login(kernteamlid)
    response = client.post(
        url("werkblad", plan, bijeenkomst_pk=bijeenkomst.pk),
        {
            f"{prefix}-TOTAL_FORMS": "2",
            f"{prefix}-INITIAL_FORMS": "0",
            f"{prefix}-0-titel": "Ouderavond",
            f"{prefix}-1-start_kwartaal": "2027-3",
        },
    )
    assert "Er is een periode gekozen, maar geen actie" in response.content.decode()
    assert not Actie.objects.exists()


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


def test_the_attendance_list_has_its_footer_on_the_first_page_and_the_plan_cover_has_none(client, kernteamlid, plan):
    from pypdf import PdfReader

    from basis.pdf import render_pdf
    from rapportage.document import plan_document

    uitnodiging = factories.UitnodigingFactory(
        bijeenkomst__plan=plan,
        status=UitnodigingStatus.AANGEMELD,
        stakeholder__organisatie__naam="Verslavingszorginstellingsregiosamenwerkingsverband",
    )
    client.force_login(kernteamlid)
    lijst = client.get(url("presentielijst", plan, bijeenkomst_pk=uitnodiging.bijeenkomst_id))
    assert "pagina 1 van 1" in PdfReader(io.BytesIO(lijst.content)).pages[0].extract_text()
    _html, pdf = render_pdf("rapportage/pdf/plan.html", {"doc": plan_document(plan), "concept": True})
    voorblad, tweede = PdfReader(io.BytesIO(pdf)).pages[:2]
    assert "pagina" not in voorblad.extract_text() and "pagina 2 van" in tweede.extract_text()


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


def test_a_zero_entered_in_the_points_table_comes_back_as_zero(client, kernteamlid, plan, ingrid):
    bijeenkomst = factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.STARTBIJEENKOMST)
    factories.UitnodigingFactory(bijeenkomst=bijeenkomst, stakeholder=ingrid, status=UitnodigingStatus.AANWEZIG)
    eerste, tweede = (factories.InvultabelFactory(plan=plan).aanbeveling for _ in range(2))
    client.force_login(kernteamlid)
    prioriteren = url("prioriteren", plan, bijeenkomst_pk=bijeenkomst.pk)
    cellen = dict(client.get(prioriteren).context["rijen"][0][1])
    assert cellen == {eerste: "", tweede: ""}  # nothing entered yet
    client.post(
        prioriteren,
        {"methode": "punten", f"punten-{ingrid.pk}-{eerste.pk}": "5", f"punten-{ingrid.pk}-{tweede.pk}": "0"},
    )
    pagina = client.get(prioriteren)
    assert dict(pagina.context["rijen"][0][1]) == {eerste: 5, tweede: 0}
    assert f'name="punten-{ingrid.pk}-{tweede.pk}" value="0"' in pagina.content.decode()


def test_the_points_table_explanation_is_outside_the_scrolling_container(client, kernteamlid, plan, ingrid):
    bijeenkomst = factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.STARTBIJEENKOMST)
    factories.UitnodigingFactory(bijeenkomst=bijeenkomst, stakeholder=ingrid, status=UitnodigingStatus.AANWEZIG)
    factories.InvultabelFactory(plan=plan)
    client.force_login(kernteamlid)
    pagina = client.get(url("prioriteren", plan, bijeenkomst_pk=bijeenkomst.pk)).content.decode()
    uitleg = pagina.index('id="puntentabel-uitleg"')
    assert "<caption" not in pagina and uitleg < pagina.index('class="table-responsive"')
    assert 'aria-describedby="puntentabel-uitleg"' in pagina
