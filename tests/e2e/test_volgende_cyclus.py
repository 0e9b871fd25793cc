"""The kernteam starts the next cycle in the browser: from the plan home of a plan in uitvoering, through
the comparison of the aanbevelingen, to acties taken over with a link to their origin."""

import re

from playwright.sync_api import expect

from tests.cyclus.conftest import cyclus_bouwen
from uitvoeringsplan.models import Actie, Uitvoeringsplan


def test_a_next_cycle_is_started_with_carried_over_acties(
    transactional_db, plan, projectleider, kernteamlid, page, live_server, inloggen, console_fouten
):
    cyclus = cyclus_bouwen(plan, projectleider)
    vorig = cyclus["vorig"]
    inloggen(projectleider.username, "geheim-wachtwoord")
    page.goto(f"{live_server.url}/plannen/{vorig.pk}/")
    page.get_by_role("link", name="Volgende cyclus starten").click()

    # The newer Scanner is chosen already; the title is filled in.
    expect(page.get_by_role("radio", name=re.compile("Scanner: Scanner 2026"))).to_be_checked()
    page.get_by_label("Titel van het nieuwe plan").fill("Uitvoeringsplan Lindewaard 2027–2030")
    page.get_by_role("button", name="Volgende cyclus starten").click()
    expect(page.get_by_text("De volgende cyclus is gestart.")).to_be_visible()
    nieuw = Uitvoeringsplan.objects.get(vorige_cyclus=vorig)

    # The suggested comparison: the rookvrij aanbeveling returns, the one on ouders has dropped out.
    expect(page.get_by_role("heading", name="Aanbevelingen vergelijken met de vorige cyclus")).to_be_visible()
    keuze = page.get_by_label(re.compile("In de vorige cyclus: Maak speelplaatsen"))
    expect(keuze).to_have_value(str(cyclus["oud_roken"].pk))
    expect(page.get_by_role("region", name=re.compile("^Vervallen"))).to_contain_text("Geef ouders handvatten")
    page.get_by_role("button", name="Vergelijking bevestigen").click()
    expect(
        page.get_by_text("De vergelijking is bevestigd: 1 aanbeveling keert terug uit de vorige cyclus.")
    ).to_be_visible()

    # Ticked by the evaluation's advice and the status; the ouderavond needs a place.
    expect(page.get_by_role("checkbox", name="Rookvrije sportvelden")).to_be_checked()
    expect(page.get_by_role("checkbox", name="Rookposters in de bushokjes")).not_to_be_checked()
    expect(page.get_by_role("checkbox", name="Folder voor ouders")).not_to_be_checked()
    page.get_by_role("button", name="Aangevinkte acties overnemen").click()
    expect(page.get_by_text("Kies onder welke aanbeveling deze actie komt.").first).to_be_visible()
    page.get_by_label(re.compile(r"^Onder aanbeveling ?: Ouderavond op school")).select_option(
        label="2. Vergroot de kennis van huisartsen over lachgas"
    )
    page.get_by_role("button", name="Aangevinkte acties overnemen").click()
    expect(page.get_by_text("2 acties zijn overgenomen.")).to_be_visible()

    overgenomen = Actie.objects.filter(invultabel__plan=nieuw).select_related("herkomst")
    assert {actie.herkomst for actie in overgenomen} == {cyclus["doorzetten"], cyclus["open_actie"]}
    kopie = overgenomen.get(herkomst=cyclus["doorzetten"])
    page.goto(f"{live_server.url}/plannen/{nieuw.pk}/invultabellen/{kopie.invultabel_id}/")
    kaart = page.locator(f"#actie-{kopie.pk}")
    expect(kaart).to_contain_text("uit de vorige cyclus")
    kaart.get_by_role("link", name="Rookvrije sportvelden", exact=True).click()
    expect(page.locator(f"#actie-{cyclus['doorzetten'].pk}")).to_contain_text("Rookvrije sportvelden")
    assert page.url.startswith(f"{live_server.url}/plannen/{vorig.pk}/")

    # The cycle figure of the new plan links back to the previous cycle.
    page.goto(f"{live_server.url}/plannen/{nieuw.pk}/")
    page.get_by_role("link", name="Vorige cyclus").last.click()
    page.wait_for_url(f"{live_server.url}/plannen/{vorig.pk}/")
    assert console_fouten == []
