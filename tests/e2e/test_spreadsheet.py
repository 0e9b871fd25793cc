from django.urls import reverse
from openpyxl import load_workbook
from playwright.sync_api import expect

from uitvoering.models import Voortgangsbericht
from uitvoeringsplan.constants import PlanStatus
from uitvoeringsplan.models import Actie, Uitvoeringsplan


def plan_in_uitvoering() -> Uitvoeringsplan:
    """The demo's previous plan, adopted two years ago and in uitvoering."""
    return Uitvoeringsplan.objects.get(gemeente__cbs_code="GM9901", status=PlanStatus.IN_UITVOERING)


def test_the_kernteam_round_trips_the_spreadsheet(demo, page, live_server, inloggen, console_fouten, tmp_path):
    plan = plan_in_uitvoering()
    al = Voortgangsbericht.objects.count()  # the demo's own berichten
    eerste, tweede = Actie.objects.van_plan(plan).order_by("invultabel__volgorde", "volgorde", "pk")[:2]
    inloggen("kernteamlid")
    page.goto(live_server.url + reverse("uitvoering", args=[plan.pk]))

    with page.expect_download() as download:
        page.get_by_role("link", name="Spreadsheet downloaden").click()
    assert download.value.suggested_filename.startswith("uitvoering-lindewaard-")
    bestand = tmp_path / download.value.suggested_filename
    download.value.save_as(bestand)

    # The kernteam fills in a status and notes in Excel.
    boek = load_workbook(bestand)
    blad = boek["Acties"]
    rijen = {blad[f"A{nummer}"].value: nummer for nummer in range(2, blad.max_row + 1)}
    blad[f"F{rijen[eerste.pk]}"] = "Gestart"
    blad[f"H{rijen[eerste.pk]}"] = "De eerste ouderavond is gehouden."
    blad[f"F{rijen[tweede.pk]}"] = "Uitgesteld"
    blad[f"H{rijen[tweede.pk]}"] = "Wacht op de subsidie van de provincie."
    boek.save(bestand)

    page.get_by_role("link", name="Spreadsheet uploaden").click()
    page.get_by_label("Spreadsheet (.xlsx)").set_input_files(bestand)
    page.get_by_role("button", name="Controleren").click()

    expect(page.get_by_role("heading", name="Wijzigingen controleren")).to_be_visible()
    voorbeeld = page.locator("table.up-spreadsheet-voorbeeld tbody tr")
    expect(voorbeeld).to_have_count(2)
    expect(voorbeeld.filter(has_text=eerste.titel)).to_contain_text("Gestart")
    expect(voorbeeld.filter(has_text=tweede.titel)).to_contain_text("Wacht op de subsidie van de provincie.")
    assert Voortgangsbericht.objects.count() == al

    page.get_by_role("button", name="Wijzigingen opslaan").click()
    expect(page.get_by_text("2 wijzigingen zijn opgeslagen.")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text=eerste.titel).first).to_contain_text("Gestart")
    expect(page.get_by_role("row").filter(has_text=tweede.titel).first).to_contain_text("Uitgesteld")
    assert Voortgangsbericht.objects.count() == al + 2
    assert console_fouten == []


def test_a_mistake_in_the_sheet_is_shown_per_row_and_nothing_is_saved(demo, page, live_server, inloggen, tmp_path):
    plan = plan_in_uitvoering()
    al = Voortgangsbericht.objects.count()
    inloggen("kernteamlid")
    with page.expect_download() as download:
        page.goto(live_server.url + reverse("uitvoering", args=[plan.pk]))
        page.get_by_role("link", name="Spreadsheet downloaden").click()
    bestand = tmp_path / "uitvoering.xlsx"
    download.value.save_as(bestand)
    boek = load_workbook(bestand)
    boek["Acties"]["F2"] = "Klaar"
    boek.save(bestand)

    page.get_by_role("link", name="Spreadsheet uploaden").click()
    page.get_by_label("Spreadsheet (.xlsx)").set_input_files(bestand)
    page.get_by_role("button", name="Controleren").click()
    expect(page.get_by_role("alert")).to_contain_text("Rij 2, kolom F (Status): “Klaar” is geen status.")
    assert Voortgangsbericht.objects.count() == al
