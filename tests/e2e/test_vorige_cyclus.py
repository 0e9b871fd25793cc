import re

from playwright.sync_api import expect

from uitvoeringsplan.models import Actie


def test_the_demo_stakeholder_starts_an_actie_of_her_organisation_from_the_dashboard(
    demo, page, live_server, inloggen, console_fouten
):
    actie = Actie.objects.select_related("invultabel__plan").get(
        invultabel__plan__status="in_uitvoering",
        verantwoordelijken__naam="Sociaal wijkteam Lindewaard",
        uitvoeringsstatus="gepland",
    )
    inloggen("stakeholder")
    page.get_by_role("link", name=actie.invultabel.plan.titel).click()
    page.get_by_role("link", name="Uitvoering", exact=True).click()
    page.get_by_role("link", name=actie.titel).click()
    expect(page.get_by_role("heading", name=actie.titel)).to_be_visible()
    page.get_by_label("Nieuwe status").select_option(label="Gestart")
    page.get_by_label("Bericht", exact=True).fill(
        "De instructie voor het wijkteam staat in de agenda van het teamoverleg."
    )
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text(re.compile(r"is nu: Gestart"))).to_be_visible()
    actie.refresh_from_db()
    assert actie.uitvoeringsstatus == "gestart"
    assert actie.voortgangsberichten.first().auteur.username == "stakeholder"
    assert console_fouten == []
