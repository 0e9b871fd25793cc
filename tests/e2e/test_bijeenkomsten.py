from playwright.sync_api import expect

from uitvoeringsplan.models import Uitvoeringsplan


def test_a_startbijeenkomst_from_planning_to_the_new_order_of_the_aanbevelingen(
    demo, page, live_server, inloggen, console_fouten
):
    plan = Uitvoeringsplan.objects.get(gemeente__cbs_code="GM9901", status="ter_review")
    oude_eerste = plan.invultabellen.order_by("volgorde").first().aanbeveling.titel
    inloggen("kernteamlid")
    page.goto(f"{live_server.url}/plannen/{plan.pk}/bijeenkomsten/")
    page.get_by_role("button", name="Bijeenkomst plannen").click()
    page.get_by_role("link", name="Startbijeenkomst", exact=True).click()
    page.get_by_label("Titel").fill("Tweede startbijeenkomst")
    page.get_by_label("Datum").fill("2027-01-20")
    page.get_by_label("Begintijd").fill("15:00")
    page.get_by_label("Eindtijd").fill("17:30")
    page.get_by_role("button", name="Bijeenkomst plannen").click()
    expect(page.get_by_role("heading", name="Tweede startbijeenkomst")).to_be_visible()
    expect(page.locator("#agenda li")).to_have_count(7)

    page.get_by_role("link", name="Uitnodigen", exact=True).click()
    for naam in ("Ingrid Kok", "Rob Verbeek", "Henk Peters"):
        page.get_by_label(naam).check()
    page.get_by_role("button", name="Op de bellijst zetten").click()
    expect(page.get_by_text("3 stakeholders staan op de bellijst.")).to_be_visible()
    for naam in ("Ingrid Kok", "Rob Verbeek", "Henk Peters"):
        page.get_by_role("button", name=f"Gebeld: komt — {naam}").click()
    expect(page.get_by_text("Iedereen is gebeld")).to_be_visible()
    page.get_by_role("button", name="Terug naar nog te benaderen — Henk Peters").click()  # a misclick undone
    expect(page.get_by_role("heading", name="Nog 1 te bellen")).to_be_visible()
    page.get_by_role("button", name="Gebeld: komt — Henk Peters").click()
    expect(page.get_by_text("Iedereen is gebeld")).to_be_visible()

    page.get_by_role("link", name="Tweede startbijeenkomst").click()
    page.get_by_role("link", name="Aanwezigheid", exact=True).click()
    for naam in ("Ingrid Kok", "Rob Verbeek", "Henk Peters"):
        page.get_by_role("button", name=f"Aanwezig — {naam}", exact=True).click()
    expect(page.get_by_text("3 van 3 uitgenodigden aanwezig")).to_be_visible()

    page.get_by_role("link", name="Tweede startbijeenkomst").click()
    page.get_by_role("link", name="Prioriteren", exact=True).click()
    laatste = plan.invultabellen.order_by("volgorde").last().aanbeveling.titel
    for naam in ("Ingrid Kok", "Rob Verbeek", "Henk Peters"):
        page.get_by_label(f"Punten van {naam} voor {laatste}").fill("5")
    page.get_by_role("button", name="Punten opslaan").click()
    expect(page.get_by_text("De prioritering is opgeslagen.")).to_be_visible()
    page.once("dialog", lambda dialoog: dialoog.accept())
    page.get_by_role("button", name="Volgorde toepassen op het plan").click()
    expect(page.get_by_role("heading", name="Aanbevelingen en invultabellen")).to_be_visible()
    expect(page.locator(".up-aanbevelingen h2").first).to_contain_text(laatste)
    assert plan.invultabellen.order_by("volgorde").first().aanbeveling.titel == laatste != oude_eerste
    assert console_fouten == []


def test_a_worksheet_during_an_inhoudelijke_bijeenkomst_becomes_draft_acties(demo, page, live_server, inloggen):
    plan = Uitvoeringsplan.objects.get(gemeente__cbs_code="GM9901", status="ter_review")
    bijeenkomst = plan.bijeenkomsten.filter(soort="inhoudelijk", aanbevelingen__nummer=4).get()
    inloggen("ggd")
    page.goto(f"{live_server.url}/plannen/{plan.pk}/bijeenkomsten/{bijeenkomst.pk}/")
    page.get_by_role("link", name="Werkblad invullen").click()
    eerste = page.locator("fieldset", has_text="Voorgestelde actie 1")
    eerste.get_by_label("1. Welke actie, maatregel en/of interventie is relevant voor de aanbeveling?").fill(
        "Oudercursus over grenzen stellen"
    )
    eerste.get_by_label("8. Wie is verantwoordelijk voor de uitvoering?").fill("Centrum voor Jeugd en Gezin")
    periode = eerste.get_by_role("group", name="7. Over welke periode willen we de actie uitvoeren?")
    periode.get_by_label("Start").select_option(label="Q1 2027")
    page.get_by_role("button", name="Nog 3 voorgestelde acties").click()
    expect(page.locator("fieldset.up-werkbladrij")).to_have_count(6)
    expect(
        eerste.get_by_label("1. Welke actie, maatregel en/of interventie is relevant voor de aanbeveling?")
    ).to_have_value("Oudercursus over grenzen stellen")
    tweede = page.locator("fieldset", has_text="Voorgestelde actie 5")
    tweede.get_by_label("1. Welke actie, maatregel en/of interventie is relevant voor de aanbeveling?").fill(
        "Informatieavond op de basisschool"
    )
    page.get_by_role("button", name="Acties opslaan in de invultabel").click()
    expect(page.get_by_text("2 conceptacties staan nu in de invultabellen.")).to_be_visible()
    expect(page.locator("#concepten")).to_contain_text("Oudercursus over grenzen stellen")
    page.get_by_role("link", name="Oudercursus over grenzen stellen").click()
    expect(page.locator("article.up-actie", has_text="Oudercursus over grenzen stellen")).to_contain_text(
        "concept uit een bijeenkomst"
    )
    assert bijeenkomst.acties.count() == 2
