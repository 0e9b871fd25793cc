"""The regional jaarplan in the browser: next year's draft from last year, edited by the projectteam,
adopted by the voorzitter of the stuurgroep, and its stored PDF/A downloaded with the recorded SHA-256."""

import hashlib
import re

from playwright.sync_api import expect

from regio.models import Hoofdactiviteit, Jaarplan
from tests.regio.conftest import regio_bouwen


def test_next_years_jaarplan_is_drafted_edited_adopted_and_downloaded(
    transactional_db, plan, page, live_server, inloggen, console_fouten
):
    regio = regio_bouwen(plan)
    project = regio["project"]
    inloggen("projectleider_regio", "geheim-wachtwoord")
    page.goto(f"{live_server.url}/regio/projecten/{project.pk}/jaarplannen/")
    page.get_by_role("button", name="Jaarplan 2023 opstellen").click()
    expect(page.get_by_text("Het concept jaarplan 2023 is opgesteld uit het jaarplan 2022.")).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile("^Jaarplan 2023"))).to_be_visible()
    monitor = page.locator(f"#deelgebied-{regio['monitor'].pk}")
    expect(monitor.get_by_text("doorgeschoven uit 2022")).to_have_count(3)

    # A new hoofdactiviteit for the werkgroep Monitor.
    monitor.get_by_role("link", name=re.compile("Hoofdactiviteit toevoegen")).click()
    expect(page.get_by_label("Deelgebied")).to_have_value(str(regio["monitor"].pk))
    page.get_by_label("Hoofdactiviteit").fill("Monitor 2 voorbereiden met de GGD")
    page.get_by_label("Trekker").fill("GGD")
    page.get_by_label("Periode").fill("Q3–Q4")
    page.get_by_label("Beekveld").check()
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text("De hoofdactiviteit is opgeslagen.")).to_be_visible()
    expect(monitor).to_contain_text("Monitor 2 voorbereiden met de GGD")

    # The uitgangspunt copied from 2022 gets this year's text.
    page.get_by_role("link", name=re.compile("Bewerken.*Resultaten monitor")).click()
    page.get_by_label("Tekst").fill("De resultaten uit de monitor worden ons inhoudelijk kompas.")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator("#uitgangspunten")).to_contain_text("worden ons inhoudelijk kompas")

    # The voorzitter of the stuurgroep adopts it.
    page.context.clear_cookies()
    inloggen("voorzitter", "geheim-wachtwoord")
    page.goto(f"{live_server.url}/regio/projecten/{project.pk}/jaarplannen/2023/")
    page.get_by_role("link", name="Vaststellen").click()
    expect(page.get_by_text("Werkgroep Communicatie en Educatie heeft nog geen hoofddoel.")).to_be_visible()
    page.get_by_label("De stuurgroep heeft dit jaarplan vastgesteld.").check()
    page.get_by_role("button", name="Vaststellen").click()
    expect(page.get_by_text("Het jaarplan 2023 is vastgesteld.")).to_be_visible()
    expect(page.get_by_text(re.compile("^Vastgesteld door de stuurgroep op"))).to_be_visible()
    page.get_by_role("button", name="PDF controleren").click()
    expect(page.get_by_text("De bewaarde PDF is precies de vastgestelde versie.")).to_be_visible()

    jaarplan = Jaarplan.objects.select_related("vaststelling").get(project=project, jaar=2023)
    pdf_url = page.get_by_role("link", name="Vastgestelde PDF downloaden").get_attribute("href")
    pdf = page.request.get(live_server.url + pdf_url).body()
    assert pdf.startswith(b"%PDF")
    assert hashlib.sha256(pdf).hexdigest() == jaarplan.vaststelling.sha256
    assert Hoofdactiviteit.objects.filter(jaarplan=jaarplan, tekst__startswith="Monitor 2").exists()
    assert console_fouten == []
