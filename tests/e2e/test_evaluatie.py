"""The evaluation in the browser: the kernteam evaluates an actie and writes the summary, the projectleider
adopts the evaluatierapport and downloads its PDF."""

import hashlib

from django.urls import reverse
from playwright.sync_api import expect

from uitvoering.evaluatie_document import evaluatie_document
from uitvoering.models import ActieEvaluatie, Evaluatievaststelling
from uitvoeringsplan.constants import PlanStatus
from uitvoeringsplan.models import Actie, Uitvoeringsplan


def test_an_evaluation_is_written_adopted_and_its_pdf_downloaded(demo, page, live_server, inloggen, console_fouten):
    plan = Uitvoeringsplan.objects.get(gemeente__cbs_code="GM9901", status=PlanStatus.IN_UITVOERING)
    # The demo's kernteam evaluated about half of the acties; this is the first still open.
    eerste = next(regel.actie for regel in evaluatie_document(plan).regels if not regel.geevalueerd)
    inloggen("projectleider")
    page.goto(live_server.url + reverse("uitvoering", args=[plan.pk]))
    page.get_by_role("navigation", name="Onderdelen van het plan").get_by_role("link", name="Evaluatie").click()
    expect(page.get_by_role("heading", name="Evaluatie", exact=True)).to_be_visible()

    # One actie’s evaluation.
    page.locator(f"#actie-{eerste.pk}").get_by_role("link", name="Evalueren").click()
    page.get_by_label("Deels").check()
    page.get_by_label("Wat heeft de actie opgeleverd?").fill("Veertien inwoners via de verwijsroute geholpen.")
    page.get_by_label("Wat is er geleerd?").fill("Vaste contactpersonen maken het verschil.")
    page.get_by_label("Aanpassen").check()
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text(f"De evaluatie van “{eerste.titel}” is opgeslagen.")).to_be_visible()
    kaart = page.locator(f"#actie-{eerste.pk}")
    expect(kaart).to_contain_text("Veertien inwoners via de verwijsroute geholpen.")
    expect(kaart).to_contain_text("Aanpassen")
    assert ActieEvaluatie.objects.get(actie=eerste).gewijzigd_door.username == "projectleider"

    # The plan's summary.
    page.get_by_role("link", name="Samenvatting bewerken").click()
    page.get_by_label("Samenvatting").fill("De controles werken, de verwijsroute loopt goed.")
    page.get_by_label("Conclusies").fill("Verwijsroute meenemen naar het nieuwe plan.")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text("De samenvatting van de evaluatie is opgeslagen.")).to_be_visible()

    # The concept report as a page and as PDF.
    page.get_by_role("link", name="Voorbeeld").click()
    expect(page.get_by_role("heading", name="Evaluatie per actie")).to_be_visible()
    concept = page.request.get(live_server.url + reverse("evaluatie_pdf", args=[plan.pk]))
    assert concept.headers["content-type"] == "application/pdf"
    assert concept.body().startswith(b"%PDF")

    # Not every actie is evaluated: adoption asks for a reason, then the plan is geëvalueerd.
    page.goto(live_server.url + reverse("evaluatie", args=[plan.pk]))
    expect(page.get_by_text("Acties zonder evaluatie")).to_be_visible()
    page.get_by_label("Reden om toch vast te stellen").fill("De andere acties lopen door in het nieuwe plan.")
    page.get_by_label("Ik begrijp dat de evaluatie daarna niet meer kan veranderen").check()
    page.get_by_role("button", name="Evaluatie vaststellen").click()
    expect(page.get_by_text("De evaluatie is vastgesteld. Het plan heeft nu de status “geëvalueerd”.")).to_be_visible()
    expect(page.get_by_role("link", name="Evalueren")).to_have_count(0)

    vaststelling = Evaluatievaststelling.objects.get(plan=plan)
    with page.expect_download() as download:
        page.get_by_role("link", name="PDF").click()
    inhoud = download.value.path().read_bytes()
    assert download.value.suggested_filename == "evaluatie-lindewaard-v1.pdf"
    assert hashlib.sha256(inhoud).hexdigest() == vaststelling.sha256

    # The cycle goes on: the evaluated plan leads to its next cycle, written from the newer Scanner,
    # with the comparison of the aanbevelingen and the acties it took over.
    volgende = Uitvoeringsplan.objects.get(vorige_cyclus=plan)
    page.get_by_role("link", name="Naar de volgende cyclus").click()
    page.wait_for_url(live_server.url + reverse("plan_detail", args=[volgende.pk]))
    figuur = page.locator(".up-cycli")
    expect(figuur).to_contain_text("Evaluatie · geëvalueerd · vorige cyclus")
    expect(figuur).to_contain_text("dit plan")
    page.get_by_role("link", name="Aanbevelingen vergelijken").click()
    expect(page.get_by_text("Het kernteam bevestigde de vergelijking op")).to_be_visible()
    page.get_by_role("link", name="Acties overnemen").first.click()
    expect(page.get_by_text("Overgenomen", exact=True)).to_have_count(3)
    assert Actie.objects.filter(invultabel__plan=volgende, herkomst__invultabel__plan=plan).count() == 3
    assert console_fouten == []
