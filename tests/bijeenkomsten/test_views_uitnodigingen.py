"""Inviting: the call list, e-mailed invitations, attendance and the printed attendance list."""

import datetime
import io

import pytest
from django.core import mail
from django.utils import timezone

from bijeenkomsten.constants import UitnodigingStatus
from tests import factories
from tests.bijeenkomsten.helpers import OVER_EEN_MAAND, url

pytestmark = pytest.mark.django_db


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
