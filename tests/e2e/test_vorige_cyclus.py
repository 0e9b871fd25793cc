"""The demo stakeholder reports on the acties of her organisation in the previous plan, from the dashboard."""

import re

from playwright.sync_api import expect

from uitvoeringsplan.models import Actie


def esthers_actie(status: str) -> Actie:
    return (
        Actie.objects.select_related("invultabel__plan")
        .filter(
            invultabel__plan__status="in_uitvoering",
            verantwoordelijken__naam="Sociaal wijkteam Lindewaard",
            uitvoeringsstatus=status,
        )
        .first()
    )


def test_the_demo_stakeholder_starts_an_actie_in_one_click_from_the_dashboard(
    demo, page, live_server, inloggen, console_fouten
):
    actie = esthers_actie("gepland")
    inloggen("stakeholder")
    mijn_acties = page.get_by_role("region", name="Mijn acties")
    expect(mijn_acties.get_by_role("link", name=actie.titel, exact=True)).to_be_visible()
    mijn_acties.get_by_role("button", name=re.compile(f"^Gestart ?: {re.escape(actie.titel)}$")).click()
    expect(page.get_by_text(re.compile(r"is nu: Gestart"))).to_be_visible()
    expect(page).to_have_url(live_server.url + "/")
    actie.refresh_from_db()
    assert actie.uitvoeringsstatus == "gestart"
    assert actie.voortgangsberichten.first().auteur.username == "stakeholder"
    assert console_fouten == []


def test_putting_an_actie_on_hold_asks_for_the_reason_and_returns_to_the_dashboard(
    demo, page, live_server, inloggen, console_fouten
):
    actie = esthers_actie("gestart")
    inloggen("stakeholder")
    page.get_by_role("region", name="Mijn acties").get_by_role(
        "link", name=re.compile(f"^Bericht of andere status ?: {re.escape(actie.titel)}$")
    ).click()
    expect(page.get_by_role("heading", name=actie.titel)).to_be_visible()
    page.get_by_label("Nieuwe status").select_option(label="Uitgesteld")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text("Schrijf waarom de actie uitgesteld wordt.")).to_be_visible()
    page.get_by_label("Bericht", exact=True).fill("Het wijkteam is tot de zomer onderbezet.")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text(re.compile(r"is nu: Uitgesteld"))).to_be_visible()
    expect(page).to_have_url(live_server.url + "/")
    actie.refresh_from_db()
    assert actie.uitvoeringsstatus == "uitgesteld"
    assert console_fouten == []
