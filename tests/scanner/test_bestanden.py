"""The stored PDFs: old files are tidied up, and the admin never links to a public media URL."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def url(naam, plan, **kwargs):
    return reverse(naam, kwargs={"plan_pk": plan.pk, **kwargs})


def scanner_gegevens(**extra):
    return {"titel": "Scanner", "middelen": ["1"], "uitvoerder": "trimbos", "datum": "2025-06-01", **extra}


@pytest.fixture
def scanner_met_rapport(plan):
    plan.scanner = factories.ScannerFactory(gemeente=plan.gemeente, rapport=ContentFile(PDF, name="oud.pdf"))
    plan.save()
    return plan.scanner


def test_replacing_the_report_deletes_the_old_file_once_saved(
    client, kernteamlid, plan, scanner_met_rapport, django_capture_on_commit_callbacks
):
    oud = scanner_met_rapport.rapport.name
    client.force_login(kernteamlid)
    nieuw = SimpleUploadedFile("nieuw.pdf", PDF, content_type="application/pdf")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("scanner_update", plan), scanner_gegevens(rapport=nieuw))
    scanner_met_rapport.refresh_from_db()
    assert scanner_met_rapport.rapport.name.endswith("nieuw.pdf")
    assert default_storage.exists(scanner_met_rapport.rapport.name)
    assert not default_storage.exists(oud)


def test_saving_the_scanner_without_a_new_report_keeps_the_file(
    client, kernteamlid, plan, scanner_met_rapport, django_capture_on_commit_callbacks
):
    client.force_login(kernteamlid)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("scanner_update", plan), scanner_gegevens(titel="Nieuwe titel"))
    scanner_met_rapport.refresh_from_db()
    assert scanner_met_rapport.titel == "Nieuwe titel"
    assert default_storage.exists(scanner_met_rapport.rapport.name)


def test_a_refused_report_leaves_the_old_file_in_place(client, kernteamlid, plan, scanner_met_rapport):
    client.force_login(kernteamlid)
    plaatje = SimpleUploadedFile("plaatje.pdf", b"\x89PNG\r\n", content_type="application/pdf")
    response = client.post(url("scanner_update", plan), scanner_gegevens(rapport=plaatje))
    assert response.status_code == 200
    assert default_storage.exists(scanner_met_rapport.rapport.name)


def test_clearing_a_beleidsdocument_file_deletes_it_once_saved(
    client, kernteamlid, plan, django_capture_on_commit_callbacks
):
    document = factories.BeleidsdocumentFactory(gemeente=plan.gemeente, bestand=ContentFile(PDF, name="nota.pdf"))
    oud = document.bestand.name
    client.force_login(kernteamlid)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url("beleidsdocument_update", plan, document_pk=document.pk),
            {"soort": document.soort, "titel": document.titel, "bestand-clear": "on"},
        )
    document.refresh_from_db()
    assert not document.bestand
    assert not default_storage.exists(oud)


def test_the_admin_shows_the_report_through_a_checked_download_not_the_media_url(
    client, plan, scanner_met_rapport, settings
):
    beheerder = factories.UserFactory(username="beheer", is_staff=True, is_superuser=True)
    client.force_login(beheerder)
    inhoud = client.get(reverse("admin:scanner_scanner_change", args=[scanner_met_rapport.pk])).content.decode()
    download = reverse("admin:scanner_scanner_pdf", args=[scanner_met_rapport.pk])
    assert download in inhoud
    assert settings.MEDIA_URL not in inhoud
    assert 'type="file"' not in inhoud
    assert b"".join(client.get(download).streaming_content) == PDF


def test_the_admin_download_of_a_beleidsdocument_needs_admin_rights(client, kernteamlid, plan):
    document = factories.BeleidsdocumentFactory(gemeente=plan.gemeente, bestand=ContentFile(PDF, name="nota.pdf"))
    download = reverse("admin:scanner_beleidsdocument_pdf", args=[document.pk])
    client.force_login(kernteamlid)
    assert client.get(download).status_code == 302  # to the admin's login
