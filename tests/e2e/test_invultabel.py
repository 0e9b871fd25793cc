import re

import pytest
from playwright.sync_api import expect

from demo.gegevens.acties import WERKVOORBEELD
from uitvoeringsplan.models import Actie, Invultabel


@pytest.fixture
def lege_invultabel(demo):
    return Invultabel.objects.get(aanbeveling__titel="Bereik kwetsbare jongeren via het jongerenwerk")


def test_a_kernteamlid_fills_all_nine_rows_of_a_new_actie(page, live_server, inloggen, lege_invultabel, console_fouten):
    inloggen("kernteamlid")
    page.goto(f"{live_server.url}/plannen/{lege_invultabel.plan_id}/invultabellen/{lege_invultabel.pk}/")
    page.get_by_role("link", name="Actie toevoegen").first.click()

    page.get_by_label("Welke actie(s), interventie(s) of maatregel(en) willen we inzetten?").fill(
        "Ambulant jongerenwerk spreekt jongeren aan op hangplekken"
    )
    page.get_by_label("Waarom is de gesuggereerde interventie relevant voor de aanbeveling?").fill(
        "Deze jongeren komen niet naar voorlichting; het jongerenwerk kent ze wel."
    )
    page.get_by_label("Goed haalbaar").check()
    page.get_by_label("Toelichting op de haalbaarheid").fill("Twee jongerenwerkers hebben uren vrij.")
    page.get_by_label("Wat is er nodig om de gesuggereerde interventie uit te voeren?").fill("- Scholing\n- Uren")
    page.get_by_label("a. Financieel: kosten in euro").fill("7500")
    page.get_by_label("b. Aantal fte").fill("0.4")
    page.get_by_label("Wat is de verwachte effectiviteit van de maatregel?").fill("Vroeg contact voorkomt escalatie.")
    page.get_by_label("Welke obstakels verwachten we?").fill("Wantrouwen bij jongeren.")
    page.get_by_label("Hoe kunnen die worden overwonnen?").fill("Vaste gezichten op vaste plekken.")
    page.get_by_label("Start (kwartaal)").select_option(label="Q2 2027")
    page.get_by_label("Einde (kwartaal)").select_option(label="Q4 2027")
    page.get_by_label("Jongerenwerk De Schakel").check()
    page.get_by_label("Wie doet wat?").fill("De Schakel voert uit; de GGD levert de scholing.")
    page.get_by_label("Welke prioriteit geven we aan het inzetten van deze interventie?").fill("1")
    page.get_by_label("En waarom? (overwegingen)").fill("Zonder contact geen preventie.")
    page.get_by_role("button", name="Actie opslaan").click()

    expect(page.get_by_text("De actie is opgeslagen.")).to_be_visible()
    actie = page.locator("article.up-actie").first
    expect(actie).to_contain_text("Ambulant jongerenwerk spreekt jongeren aan op hangplekken")
    expect(actie).to_contain_text("Q2 2027 t/m Q4 2027")
    expect(actie).to_contain_text("€ 7.500,00")
    expect(actie.get_by_text("compleet", exact=True)).to_be_visible()
    assert Actie.objects.get(invultabel=lege_invultabel).is_compleet
    assert console_fouten == []


def test_the_worked_example_typed_in_the_browser_reads_back_as_in_the_handreiking(
    page, live_server, inloggen, lege_invultabel
):
    """The handreiking's own example (bijlage), typed row by row with the labels, word for word."""
    inloggen("kernteamlid")
    page.goto(f"{live_server.url}/plannen/{lege_invultabel.plan_id}/invultabellen/{lege_invultabel.pk}/")
    page.get_by_role("link", name="Actie toevoegen").first.click()
    teksten = {
        "titel": "Welke actie(s), interventie(s) of maatregel(en) willen we inzetten?",
        "relevantie": "Waarom is de gesuggereerde interventie relevant voor de aanbeveling?",
        "haalbaarheid_toelichting": "Toelichting op de haalbaarheid",
        "benodigde_middelen": "Wat is er nodig om de gesuggereerde interventie uit te voeren?",
        "effectiviteit": "Wat is de verwachte effectiviteit van de maatregel?",
        "obstakels": "Welke obstakels verwachten we?",
        "obstakels_aanpak": "Hoe kunnen die worden overwonnen?",
        "herhaling": "Hoe keert de actie terug?",
        "wie_doet_wat": "Wie doet wat?",
        "prioriteit_overwegingen": "En waarom? (overwegingen)",
        "doelgroep": "Doelgroep",
    }
    for veld, label in teksten.items():
        page.get_by_label(label, exact=veld == "doelgroep").fill(WERKVOORBEELD[veld])
    page.get_by_label("Goed haalbaar").check()
    page.get_by_label("Start (kwartaal)").select_option(label="Q1 2026")
    page.get_by_label("De actie keert terug").check()
    for organisatie in ("Sociaal wijkteam Lindewaard", "Verslavingszorg Lindestroom", "Welzijn Lindewaard"):
        page.get_by_label(organisatie).check()
    page.get_by_label("Welke prioriteit geven we aan het inzetten van deze interventie?").fill("1")
    page.get_by_label("Vorm van preventie").select_option(label="Geïndiceerde preventie")
    page.get_by_role("button", name="Actie opslaan").click()

    expect(page.get_by_text("De actie is opgeslagen.")).to_be_visible()
    actie = Actie.objects.get(invultabel=lege_invultabel)
    for veld in [*teksten, "haalbaarheid", "herhalend", "prioriteit", "preventievorm", "periode_start"]:
        assert getattr(actie, veld) == WERKVOORBEELD[veld], veld
    blok = page.locator("article.up-actie").first
    expect(blok.locator(".up-rij-7")).to_contain_text("Q1 2026, en daarna jaarlijks aanbieden.")
    expect(blok.locator(".up-rij-3")).to_contain_text("Goed haalbaar. " + WERKVOORBEELD["haalbaarheid_toelichting"])
    expect(blok.locator(".up-rij-9")).to_contain_text("Prioriteit 1. " + WERKVOORBEELD["prioriteit_overwegingen"])
    expect(blok.get_by_text("compleet", exact=True)).to_be_visible()


def test_two_people_edit_one_actie_and_the_second_resolves_the_conflict(
    browser, browser_context_args, live_server, demo
):
    actie = Actie.objects.get(titel__startswith="Training leeftijdscontrole")
    adres = f"{live_server.url}/plannen/{actie.invultabel.plan_id}/acties/{actie.pk}/bewerken/"
    paginas = []
    for gebruiker in ("projectleider", "kernteamlid"):
        context = browser.new_context(**browser_context_args)
        pagina = context.new_page()
        pagina.goto(live_server.url + "/")
        pagina.get_by_label("Gebruikersnaam").fill(gebruiker)
        pagina.get_by_label("Wachtwoord").fill("demo")
        pagina.get_by_role("button", name="Inloggen").click()
        pagina.goto(adres)
        paginas.append(pagina)
    eerste, tweede = paginas
    relevantie = "Waarom is de gesuggereerde interventie relevant voor de aanbeveling?"
    eerste.get_by_label(relevantie).fill("Tekst van de projectleider")
    eerste.get_by_role("button", name="Actie opslaan").click()
    expect(eerste.get_by_text("De actie is opgeslagen.")).to_be_visible()

    tweede.get_by_label(relevantie).fill("Tekst van het kernteamlid")
    tweede.get_by_label("Wie doet wat?").fill("KHN regelt de trainers.")
    tweede.get_by_role("button", name="Actie opslaan").click()
    expect(tweede.get_by_role("heading", name="Iemand anders heeft deze actie ook gewijzigd")).to_be_visible()
    expect(tweede.get_by_text("Tekst van de projectleider")).to_be_visible()
    expect(tweede.get_by_text("Tekst van het kernteamlid")).to_be_visible()
    expect(tweede.get_by_text("Jouw wijzigingen blijven bewaard bij: Wie doet wat?")).to_be_visible()
    tweede.locator("fieldset", has_text="Waarom is de gesuggereerde").get_by_label("Wat er nu is opgeslagen").check()
    tweede.get_by_role("button", name="Deze keuzes opslaan").click()
    expect(tweede.get_by_text("De actie is opgeslagen.")).to_be_visible()

    actie.refresh_from_db()
    assert actie.relevantie == "Tekst van de projectleider"
    assert actie.wie_doet_wat == "KHN regelt de trainers."
    assert actie.versie == 3


def test_a_stakeholder_reads_the_invultabel_but_cannot_edit(page, live_server, inloggen, demo):
    actie = Actie.objects.get(titel__startswith="Training vroegsignalering")
    inloggen("stakeholder")
    page.goto(f"{live_server.url}/plannen/{actie.invultabel.plan_id}/invultabellen/{actie.invultabel_id}/")
    expect(page.get_by_text("Q1 2026, en daarna jaarlijks aanbieden.")).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("^Bewerken"))).to_have_count(0)
    expect(page.get_by_role("link", name="Actie toevoegen")).to_have_count(0)
    response = page.goto(f"{live_server.url}/plannen/{actie.invultabel.plan_id}/acties/{actie.pk}/bewerken/")
    assert response.status == 403


def test_the_kernteam_drags_an_aanbeveling_to_the_top(page, live_server, inloggen, demo, console_fouten):
    plan = Invultabel.objects.filter(plan__status="ter_review").select_related("plan").first().plan
    laatste = plan.invultabellen.select_related("aanbeveling").last()
    inloggen("kernteamlid")
    page.goto(f"{live_server.url}/plannen/{plan.pk}/aanbevelingen/")
    page.locator(f"#invultabel-{laatste.pk}").drag_to(page.locator("ol.up-aanbevelingen > li").first)
    expect(page.get_by_text("De volgorde van de aanbevelingen is opgeslagen.")).to_be_visible()
    expect(page.locator("ol.up-aanbevelingen > li").first).to_contain_text(laatste.aanbeveling.titel)
    assert plan.invultabellen.first() == laatste
    assert console_fouten == []
