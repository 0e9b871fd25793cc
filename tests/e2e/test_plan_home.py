from playwright.sync_api import expect


def test_the_projectleider_logs_in_and_sees_the_six_steps_of_the_demo_plan(
    demo, page, live_server, inloggen, console_fouten
):
    inloggen("projectleider")
    expect(page.get_by_role("heading", name="Mijn plannen")).to_be_visible()
    page.get_by_role("link", name="Uitvoeringsplan middelenpreventie Lindewaard").click()

    stappen = page.locator(".up-stap h3")
    for titel in (
        "Stel een kernteam samen",
        "Startgesprek kernteam",
        "Startbijeenkomst met lokale stakeholders",
        "Inhoudelijke bijeenkomst(en)",
        "Uitvoeringsplan opstellen",
        "Slotbijeenkomst: vaststellen",
    ):
        expect(stappen.filter(has_text=titel)).to_have_count(1)
    expect(page.locator(".up-stap.klaar")).to_have_count(5)
    expect(page.get_by_role("img", name="Cyclisch werken met de Scanner-methodiek")).to_be_visible()
    expect(page.locator(".up-cyclus .knoop.huidig")).to_contain_text("Opstellen")
    assert console_fouten == []


def test_a_wrong_password_is_refused_in_dutch(demo, page, live_server):
    page.goto(live_server.url + "/")
    page.get_by_label("Gebruikersnaam").fill("projectleider")
    page.get_by_label("Wachtwoord").fill("fout")
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("alert")).to_contain_text("gebruikersnaam")


def test_logging_out_returns_to_the_login_page(demo, page, live_server, inloggen):
    inloggen("wethouder")
    page.get_by_role("button", name="Peter Smit").click()
    page.get_by_role("button", name="Uitloggen").click()
    expect(page.get_by_role("heading", name="Inloggen")).to_be_visible()
