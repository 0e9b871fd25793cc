"""WCAG 2.1 AA checks with axe-core in a real browser, on the main pages of every role."""

from pathlib import Path

import pytest

AXE = Path(__file__).parent / "vendor" / "axe.min.js"  # axe-core 4.14, MPL 2.0

PAGINAS = {
    "projectleider": [
        "/",
        "/plannen/{plan}/",
        "/plannen/{plan}/scanner/",
        "/plannen/{plan}/beleid/",
        "/plannen/nieuw/",
        "/plannen/{plan}/kernteam/",
        "/plannen/{plan}/draagvlak/",
        "/plannen/{plan}/startgesprek/afspraken/",
        "/plannen/{plan}/review/",
        "/plannen/{plan}/opmerkingen/",
        "/plannen/{plan}/vaststellen/",
        "/plannen/{plan}/versies/",
        "/plannen/{vorig}/uitvoering/",
        "/plannen/{vorig}/uitvoering/?te_laat=on",
        "/plannen/{vorig}/uitvoering/acties/{eigen_actie}/",
        "/plannen/{vorig}/evaluatie/",
        "/plannen/{vorig}/evaluatie/acties/{eigen_actie}/",
        "/plannen/{vorig}/evaluatie/samenvatting/",
        "/plannen/{vorig}/evaluatie/rapport/",
        "/plannen/{vorig}/volgende-cyclus/",
        "/plannen/{plan}/vorige-cyclus/vergelijking/",
        "/plannen/{plan}/vorige-cyclus/acties/",
        "/plannen/{vorig}/doelen/",
        "/plannen/{vorig}/doelen/indicatoren/{indicator}/",
        "/openbaar/",
        "/openbaar/plannen/{vorig}/",
    ],
    "kernteamlid": [
        "/plannen/{plan}/aanbevelingen/",
        "/plannen/{plan}/invultabellen/{invultabel}/",
        "/plannen/{plan}/acties/{actie}/bewerken/",
        "/plannen/{plan}/acties/{actie}/geschiedenis/",
        "/plannen/{plan}/stakeholders/",
        "/plannen/{plan}/bijeenkomsten/",
        "/plannen/{plan}/bijeenkomsten/{startbijeenkomst}/",
        "/plannen/{plan}/bijeenkomsten/{startbijeenkomst}/prioriteren/",
        "/plannen/{plan}/bijeenkomsten/{slot}/bellijst/",
        "/plannen/{plan}/bijeenkomsten/{inhoudelijk}/werkblad/",
        "/plannen/{plan}/geschiedenis/",
        "/plannen/{plan}/doelen/",
        "/plannen/{plan}/doelen/nieuw/",
        "/plannen/{plan}/doelen/indicatoren/{indicator_nieuw}/",
        "/interventies/",
        "/plannen/{vorig}/uitvoering/spreadsheet/uploaden/",
    ],
    "stakeholder": [
        "/",
        "/plannen/{plan}/",
        "/plannen/{plan}/plan/",
        "/plannen/{plan}/mijn-organisatie/",
        "/plannen/{vorig}/uitvoering/",
        "/plannen/{vorig}/uitvoering/acties/{eigen_actie}/",
        "/plannen/{vorig}/evaluatie/",
    ],
    "wethouder": ["/account/wachtwoord/", "/account/meldingen/", "/", "/plannen/{vorig}/uitvoering/"],
    # The demo region: its trekker edits, so every form is on the page.
    "trekker": [
        "/regio/",
        "/regio/projecten/{project}/",
        "/regio/projecten/{project}/organisatie/",
        "/regio/projecten/{project}/organisatie/groepen/nieuw/",
        "/regio/projecten/{project}/gemeenten/",
        "/regio/projecten/{project}/lokale-implementatie/",
    ],
    "beekdal": ["/regio/projecten/{project}/gemeenten/", "/regio/projecten/{project}/lokale-implementatie/"],
}


def toegankelijkheidsfouten(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    resultaat = page.evaluate(
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
    )
    return [
        f"{fout['id']} ({fout['impact']}): {fout['help']} — "
        + "; ".join(f"{knoop['target']}: {knoop.get('failureSummary', '')[:160]}" for knoop in fout["nodes"][:2])
        for fout in resultaat["violations"]
    ]


@pytest.fixture
def axe_context(browser, browser_context_args):
    # axe is injected as a script; the page's own CSP would (rightly) refuse it.
    context = browser.new_context(**browser_context_args, bypass_csp=True)
    yield context
    context.close()


@pytest.mark.parametrize("gebruiker", PAGINAS)
def test_the_main_pages_pass_the_wcag_checks(demo, live_server, axe_context, gebruiker):
    from uitvoeringsplan.models import Actie, Indicator, Uitvoeringsplan

    plan = Uitvoeringsplan.objects.get(gemeente__cbs_code="GM9901", status="ter_review")
    actie = Actie.objects.get(invultabel__plan=plan, titel__startswith="Training vroegsignalering")
    vorig = Uitvoeringsplan.objects.get(gemeente__cbs_code="GM9901", status="in_uitvoering")
    wijkteam = "Sociaal wijkteam Lindewaard"  # the demo stakeholder's organisation
    eigen_actie = Actie.objects.filter(invultabel__plan=vorig, verantwoordelijken__naam=wijkteam).first()
    indicatoren = Indicator.objects.order_by("pk")
    from regio.models import Regioproject

    sleutels = {
        "project": Regioproject.objects.get().pk,
        "indicator": indicatoren.filter(doelstelling__plan=vorig).first().pk,
        "indicator_nieuw": indicatoren.filter(doelstelling__plan=plan).first().pk,
        "plan": plan.pk,
        "vorig": vorig.pk,
        "eigen_actie": eigen_actie.pk,
        "invultabel": actie.invultabel_id,
        "actie": actie.pk,
        "startbijeenkomst": plan.bijeenkomsten.get(soort="startbijeenkomst").pk,
        "slot": plan.bijeenkomsten.get(soort="slotbijeenkomst").pk,
        "inhoudelijk": plan.bijeenkomsten.filter(soort="inhoudelijk").first().pk,
    }
    page = axe_context.new_page()
    page.goto(live_server.url + "/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(gebruiker)
    page.get_by_label("Wachtwoord").fill("demo")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(live_server.url + "/")
    fouten = {}
    for pad in PAGINAS[gebruiker]:
        page.goto(live_server.url + pad.format(**sleutels))
        if gevonden := toegankelijkheidsfouten(page):
            fouten[pad] = gevonden
    assert not fouten, "\n".join(f"{pad}: {melding}" for pad, lijst in fouten.items() for melding in lijst)


def test_the_spreadsheet_preview_and_its_errors_pass_the_wcag_checks(demo, live_server, axe_context, tmp_path):
    """Pages that only a POST reaches: the preview of an uploaded sheet, and the errors per row."""
    from openpyxl import load_workbook

    from uitvoering.spreadsheet import acties_voor_spreadsheet, spreadsheet_maken
    from uitvoeringsplan.models import Uitvoeringsplan

    vorig = Uitvoeringsplan.objects.get(gemeente__cbs_code="GM9901", status="in_uitvoering")
    goed, fout = tmp_path / "goed.xlsx", tmp_path / "fout.xlsx"
    for pad, status in [(goed, "Afgerond"), (fout, "Klaar")]:
        pad.write_bytes(spreadsheet_maken(vorig, acties_voor_spreadsheet(vorig)))
        boek = load_workbook(pad)
        boek["Acties"]["F2"] = status
        boek["Acties"]["H2"] = "Klaar voor dit jaar."
        boek.save(pad)
    page = axe_context.new_page()
    page.goto(live_server.url + "/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill("kernteamlid")
    page.get_by_label("Wachtwoord").fill("demo")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(live_server.url + "/")
    fouten = {}
    for pad in (goed, fout):
        page.goto(live_server.url + f"/plannen/{vorig.pk}/uitvoering/spreadsheet/uploaden/")
        page.get_by_label("Spreadsheet (.xlsx)").set_input_files(pad)
        page.get_by_role("button", name="Controleren").click()
        page.wait_for_load_state()
        if gevonden := toegankelijkheidsfouten(page):
            fouten[pad.name] = gevonden
    assert not fouten, "\n".join(f"{pad}: {melding}" for pad, lijst in fouten.items() for melding in lijst)


def test_the_next_cycle_pages_pass_the_wcag_checks(transactional_db, plan, projectleider, live_server, axe_context):
    """Starting a next cycle (with its form, also with errors), the comparison and taking acties over."""
    from tests.cyclus.conftest import cyclus_bouwen
    from uitvoeringsplan.models import Uitvoeringsplan

    vorig = cyclus_bouwen(plan, projectleider)["vorig"]
    page = axe_context.new_page()
    page.goto(live_server.url + "/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(projectleider.username)
    page.get_by_label("Wachtwoord").fill("geheim-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(live_server.url + "/")
    fouten = {}

    def controleer(naam: str) -> None:
        if gevonden := toegankelijkheidsfouten(page):
            fouten[naam] = gevonden

    page.goto(f"{live_server.url}/plannen/{vorig.pk}/volgende-cyclus/")
    controleer("starten")
    page.get_by_role("radio", name="Een nieuwe Scanner, die ik hieronder vastleg").check()
    page.get_by_role("button", name="Volgende cyclus starten").click()
    controleer("starten met fouten")
    page.goto(f"{live_server.url}/plannen/{vorig.pk}/volgende-cyclus/")
    page.get_by_role("button", name="Volgende cyclus starten").click()
    nieuw = Uitvoeringsplan.objects.get(vorige_cyclus=vorig)
    controleer("vergelijking")
    page.goto(f"{live_server.url}/plannen/{nieuw.pk}/vorige-cyclus/acties/")
    page.get_by_role("button", name="Aangevinkte acties overnemen").click()
    controleer("acties met fouten")
    page.goto(f"{live_server.url}/plannen/{nieuw.pk}/")
    controleer("plan home van de volgende cyclus")
    page.goto(f"{live_server.url}/plannen/{vorig.pk}/")
    controleer("plan home van de vorige cyclus")
    assert not fouten, "\n".join(f"{pad}: {melding}" for pad, lijst in fouten.items() for melding in lijst)


def test_the_regional_jaarplan_pages_pass_the_wcag_checks(transactional_db, plan, live_server, axe_context):
    """The jaarplannen, a jaarplan while it is edited and once adopted, its forms (also with errors), the
    activiteitenoverzicht, the adoption and the comparison."""
    from tests.regio.conftest import regio_bouwen

    regio = regio_bouwen(plan)
    basis = f"{live_server.url}/regio/projecten/{regio['project'].pk}/jaarplannen/"
    fouten = {}

    def inloggen(gebruiker: str):
        page = axe_context.new_page()
        page.goto(live_server.url + "/account/inloggen/")
        page.get_by_label("Gebruikersnaam").fill(gebruiker)
        page.get_by_label("Wachtwoord").fill("geheim-wachtwoord")
        page.get_by_role("button", name="Inloggen").click()
        page.wait_for_url(live_server.url + "/")
        return page

    def controleer(page, naam: str) -> None:
        if gevonden := toegankelijkheidsfouten(page):
            fouten[naam] = gevonden

    page = inloggen("projectleider_regio")
    page.goto(basis)
    controleer(page, "jaarplannen")
    page.get_by_role("button", name="Jaarplan 2023 opstellen").click()
    page.wait_for_url(basis + "2023/")
    controleer(page, "jaarplan (bewerken)")
    page.goto(basis + "2023/tekst/")
    controleer(page, "teksten")
    page.goto(basis + "2023/hoofdactiviteiten/nieuw/")
    controleer(page, "hoofdactiviteit")
    page.get_by_role("button", name="Opslaan").click()
    controleer(page, "hoofdactiviteit met fouten")
    page.goto(basis + "2022/activiteitenoverzicht/")
    for knop in page.locator("details summary").all():
        knop.click()
    controleer(page, "activiteitenoverzicht")
    page.goto(basis + "2023/vergelijken/")
    controleer(page, "vergelijken")
    page.close()
    axe_context.clear_cookies()

    page = inloggen("voorzitter")
    page.goto(basis + "2023/vaststelling/")
    controleer(page, "vaststellen")
    page.get_by_role("button", name="Vaststellen").click()
    controleer(page, "vaststellen met fouten")
    page.get_by_label("De stuurgroep heeft dit jaarplan vastgesteld.").check()
    page.get_by_role("button", name="Vaststellen").click()
    page.get_by_role("button", name="PDF controleren").click()
    controleer(page, "vastgesteld")
    page.goto(basis + "2023/")
    controleer(page, "jaarplan (vastgesteld)")
    assert fouten == {}
