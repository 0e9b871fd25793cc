import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from scanner.models import Aanbeveling, Beleidsdocument, Scanner
from tests import factories
from uitvoeringsplan.constants import PlanStatus

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def url(naam, plan, **kwargs):
    return reverse(naam, kwargs={"plan_pk": plan.pk, **kwargs})


def scanner_gegevens(**extra):
    return {
        "scanner-titel": "Scanner Alcohol en Drugs 2025",
        "scanner-middelen": ["1", "2"],
        "scanner-uitvoerder": "verslavingszorg",
        "scanner-datum": "2025-09-15",
        "plak-aanbevelingen": "1. Investeer in vroegsignalering\n2. Betrek ouders\n",
        "plak-in_plan": "on",
        **extra,
    }


def test_an_empty_scanner_page_says_what_to_do_next(client, kernteamlid, plan):
    client.force_login(kernteamlid)
    inhoud = client.get(url("scanner_detail", plan)).content.decode()
    assert "Nog geen Scanner vastgelegd" in inhoud
    assert url("scanner_create", plan) in inhoud


def test_recording_a_scanner_with_its_report_and_pasted_aanbevelingen(client, kernteamlid, plan):
    client.force_login(kernteamlid)
    rapport = SimpleUploadedFile("rapport.pdf", PDF, content_type="application/pdf")
    response = client.post(url("scanner_create", plan), scanner_gegevens(**{"scanner-rapport": rapport}))
    assert response.status_code == 302
    plan.refresh_from_db()
    scanner = plan.scanner
    assert scanner.gemeente == plan.gemeente
    assert [m.code for m in scanner.middelen.all()] == ["alcohol", "drugs"]
    assert list(scanner.aanbevelingen.values_list("nummer", "titel")) == [
        (1, "Investeer in vroegsignalering"),
        (2, "Betrek ouders"),
    ]
    assert plan.invultabellen.count() == 2
    download = client.get(url("scanner_rapport", plan))
    assert download["Content-Type"] == "application/pdf"
    assert b"".join(download.streaming_content) == PDF


@pytest.mark.parametrize(
    ("bestand", "melding"),
    [
        (SimpleUploadedFile("rapport.pdf", b"PK\x03\x04 word document", content_type="application/pdf"), "geen PDF"),
        (SimpleUploadedFile("plaatje.png", b"\x89PNG\r\n", content_type="image/png"), "geen PDF"),
    ],
)
def test_a_report_that_is_not_a_pdf_is_refused_and_nothing_is_saved(client, kernteamlid, plan, bestand, melding):
    client.force_login(kernteamlid)
    response = client.post(url("scanner_create", plan), scanner_gegevens(**{"scanner-rapport": bestand}))
    assert response.status_code == 200
    assert melding in str(response.context["form"].errors["rapport"])
    assert not Scanner.objects.exists()
    assert not Aanbeveling.objects.exists()


def test_a_report_over_the_size_limit_is_refused(client, kernteamlid, plan, settings):
    settings.MAX_UPLOAD_SIZE = 100
    client.force_login(kernteamlid)
    groot = SimpleUploadedFile("rapport.pdf", PDF + b"0" * 200, content_type="application/pdf")
    response = client.post(url("scanner_create", plan), scanner_gegevens(**{"scanner-rapport": groot}))
    assert "hoogstens 100" in str(response.context["form"].errors["rapport"])
    assert not Scanner.objects.exists()


def test_an_aanbeveling_longer_than_its_field_is_named_by_number(client, kernteamlid, plan):
    client.force_login(kernteamlid)
    response = client.post(
        url("scanner_create", plan), scanner_gegevens(**{"plak-aanbevelingen": "Kort\n" + "x" * 301})
    )
    assert "Aanbeveling 2 is langer dan 300 tekens" in str(response.context["plak_form"].errors)
    assert not Scanner.objects.exists()


def test_choosing_an_existing_scanner_brings_its_aanbevelingen_into_the_plan(client, kernteamlid, plan):
    scanner = factories.ScannerFactory(gemeente=plan.gemeente)
    factories.AanbevelingFactory.create_batch(3, scanner=scanner)
    client.force_login(kernteamlid)
    client.post(url("scanner_kiezen", plan), {"scanner": scanner.pk})
    plan.refresh_from_db()
    assert plan.scanner == scanner
    assert plan.invultabellen.count() == 3


def test_a_scanner_of_another_gemeente_cannot_be_chosen(client, kernteamlid, plan):
    ander = factories.ScannerFactory()
    client.force_login(kernteamlid)
    response = client.post(url("scanner_kiezen", plan), {"scanner": ander.pk})
    assert response.status_code == 200
    plan.refresh_from_db()
    assert plan.scanner is None


def test_pasting_more_aanbevelingen_later(client, kernteamlid, plan):
    plan.scanner = factories.ScannerFactory(gemeente=plan.gemeente)
    plan.save()
    client.force_login(kernteamlid)
    client.post(url("aanbevelingen_plakken", plan), {"aanbevelingen": "Nieuw\nNog een", "in_plan": ""})
    assert plan.scanner.aanbevelingen.count() == 2
    assert plan.invultabellen.count() == 0


def test_pasting_nothing_is_refused(client, kernteamlid, plan):
    plan.scanner = factories.ScannerFactory(gemeente=plan.gemeente)
    plan.save()
    client.force_login(kernteamlid)
    response = client.post(url("aanbevelingen_plakken", plan), {"aanbevelingen": "  \n "})
    assert "Plak minstens één aanbeveling" in str(response.context["form"].errors)


def test_an_aanbeveling_of_another_plan_cannot_be_edited(client, kernteamlid, plan):
    vreemd = factories.AanbevelingFactory()
    client.force_login(kernteamlid)
    assert client.get(url("aanbeveling_update", plan, pk=vreemd.pk)).status_code == 404


def test_recording_a_beleidsdocument_links_it_to_the_plan(client, kernteamlid, plan):
    client.force_login(kernteamlid)
    response = client.post(
        url("beleidsdocument_create", plan),
        {
            "document-soort": "ph_plan",
            "document-titel": "P&H-plan Alcoholwet",
            "document-jaar": "2025",
            "document-url": "https://example.org/ph-plan",
            "plak-aanbevelingen": "Handhaaf de leeftijdsgrens",
            "plak-in_plan": "on",
        },
    )
    assert response.status_code == 302
    document = Beleidsdocument.objects.get()
    assert list(plan.beleidsdocumenten.all()) == [document]
    assert document.aanbevelingen.get().titel == "Handhaaf de leeftijdsgrens"
    assert plan.invultabellen.count() == 1
    inhoud = client.get(url("beleidsdocument_list", plan)).content.decode()
    assert "https://example.org/ph-plan" in inhoud
    client.post(url("beleidsdocument_koppelen", plan, document_pk=document.pk))
    assert not plan.beleidsdocumenten.exists()


def test_the_beleidskader_of_another_gemeente_stays_hidden(client, kernteamlid, plan):
    vreemd = factories.BeleidsdocumentFactory(titel="Geheim beleid")
    client.force_login(kernteamlid)
    assert "Geheim beleid" not in client.get(url("beleidsdocument_list", plan)).content.decode()
    assert client.get(url("beleidsdocument_update", plan, document_pk=vreemd.pk)).status_code == 404
    assert client.post(url("beleidsdocument_koppelen", plan, document_pk=vreemd.pk)).status_code == 404


def test_a_lezer_downloads_the_report_but_cannot_change_the_scanner(client, lezer, plan):
    plan.scanner = factories.ScannerFactory(gemeente=plan.gemeente)
    plan.save()
    client.force_login(lezer)
    assert client.get(url("scanner_detail", plan)).status_code == 200
    assert client.get(url("scanner_rapport", plan)).status_code == 404  # no report uploaded
    assert client.get(url("scanner_update", plan)).status_code == 403


def test_the_scanner_cannot_change_once_the_plan_is_adopted(client, kernteamlid, plan):
    plan.status = PlanStatus.VASTGESTELD
    plan.save()
    client.force_login(kernteamlid)
    assert client.post(url("scanner_create", plan), scanner_gegevens()).status_code == 403
    assert not Scanner.objects.exists()


def test_a_beleidsdocument_that_is_not_a_pdf_is_refused_with_a_message_about_the_document(client, kernteamlid, plan):
    client.force_login(kernteamlid)
    word = SimpleUploadedFile("nota.pdf", b"PK\x03\x04 word document", content_type="application/pdf")
    response = client.post(
        url("beleidsdocument_create", plan),
        {"document-soort": "ph_plan", "document-titel": "P&H-plan", "document-bestand": word},
    )
    melding = str(response.context["form"].errors["bestand"])
    assert "Sla het document op als PDF" in melding
    assert "rapport" not in melding
    assert not Beleidsdocument.objects.exists()


def test_taking_pasted_aanbevelingen_into_the_plan_links_their_beleidsdocument_to_the_plan(client, kernteamlid, plan):
    document = factories.BeleidsdocumentFactory(gemeente=plan.gemeente)
    client.force_login(kernteamlid)
    plakken = url("beleidsdocument_aanbevelingen_plakken", plan, document_pk=document.pk)
    assert "Dit document hoort nog niet bij dit plan" in client.get(plakken).content.decode()
    response = client.post(plakken, {"aanbevelingen": "Handhaaf de leeftijdsgrens", "in_plan": "on"}, follow=True)
    assert list(plan.beleidsdocumenten.all()) == [document]
    assert plan.invultabellen.get().aanbeveling.beleidsdocument == document
    inhoud = response.content.decode()
    assert "hoort nu bij dit plan" in inhoud
    assert "hoort niet bij dit plan" not in inhoud


def test_aanbevelingen_of_a_document_outside_the_plan_offer_no_edit_link_that_would_404(client, kernteamlid, plan):
    document = factories.BeleidsdocumentFactory(gemeente=plan.gemeente)
    client.force_login(kernteamlid)
    plakken = url("beleidsdocument_aanbevelingen_plakken", plan, document_pk=document.pk)
    client.post(plakken, {"aanbevelingen": "Alleen bij het document", "in_plan": ""})
    assert not plan.beleidsdocumenten.exists()
    aanbeveling = document.aanbevelingen.get()
    wijzigen = url("aanbeveling_update", plan, pk=aanbeveling.pk)
    inhoud = client.get(url("beleidsdocument_list", plan)).content.decode()
    assert "Alleen bij het document" in inhoud
    assert wijzigen not in inhoud
    assert client.get(wijzigen).status_code == 404
    client.post(url("beleidsdocument_koppelen", plan, document_pk=document.pk))
    assert wijzigen in client.get(url("beleidsdocument_list", plan)).content.decode()
    assert client.get(wijzigen).status_code == 200


def test_a_new_scanner_does_not_silently_replace_the_one_the_plan_has(client, kernteamlid, plan):
    oud = factories.ScannerFactory(gemeente=plan.gemeente, titel="Scanner van vorig jaar")
    plan.scanner = oud
    plan.save()
    client.force_login(kernteamlid)
    inhoud = client.get(url("scanner_create", plan)).content.decode()
    assert "Dit plan heeft al een Scanner: Scanner van vorig jaar." in inhoud
    assert url("scanner_update", plan) in inhoud
    response = client.post(url("scanner_create", plan), scanner_gegevens())
    assert response.status_code == 200
    assert "Vink aan dat de nieuwe Scanner de huidige vervangt" in str(response.context["bevestig_form"].errors)
    plan.refresh_from_db()
    assert plan.scanner == oud
    assert Scanner.objects.count() == 1
    assert not Aanbeveling.objects.exists()


def test_a_confirmed_new_scanner_replaces_the_old_one_whose_aanbevelingen_stay_in_the_plan(client, kernteamlid, plan):
    oud = factories.ScannerFactory(gemeente=plan.gemeente, titel="Scanner van vorig jaar")
    plan.scanner = oud
    plan.save()
    factories.InvultabelFactory(plan=plan, aanbeveling__scanner=oud)
    client.force_login(kernteamlid)
    response = client.post(url("scanner_create", plan), scanner_gegevens(**{"vervang-vervangen": "on"}), follow=True)
    plan.refresh_from_db()
    assert plan.scanner.titel == "Scanner Alcohol en Drugs 2025"
    assert plan.invultabellen.count() == 3
    assert "vervangt Scanner van vorig jaar als bron van dit plan" in response.content.decode()
