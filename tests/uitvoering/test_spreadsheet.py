"""The spreadsheet round trip: the download, every check of an upload, the preview, and all or nothing."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from openpyxl import Workbook, load_workbook

from tests import factories
from uitvoering.models import Voortgangsbericht
from uitvoering.services import voortgang_melden
from uitvoering.spreadsheet_upload import spreadsheet_lezen
from uitvoeringsplan.constants import PlanStatus, Uitvoeringsstatus
from uitvoeringsplan.models import Actie

pytestmark = pytest.mark.django_db

STATUS, BERICHT, VERSIE = "F", "H", "I"


def url(naam, plan):
    return reverse(f"uitvoering_spreadsheet_{naam}", args=[plan.pk])


def downloaden(client, plan):
    response = client.get(url("downloaden", plan))
    assert response.status_code == 200
    return load_workbook(io.BytesIO(response.content))


def als_bytes(boek) -> bytes:
    uitvoer = io.BytesIO()
    boek.save(uitvoer)
    return uitvoer.getvalue()


def rij(boek, actie) -> int:
    """The row of `actie` in the sheet "Acties"."""
    for nummer in range(2, boek["Acties"].max_row + 1):
        if boek["Acties"][f"A{nummer}"].value == actie.pk:
            return nummer
    raise AssertionError(f"actie {actie.pk} is not in the sheet")


def invullen(boek, actie, **kolommen):
    for kolom, waarde in kolommen.items():
        boek["Acties"][f"{kolom}{rij(boek, actie)}"] = waarde
    return boek


def uploaden(client, plan, inhoud: bytes, naam="uitvoering-lindewaard.xlsx"):
    return client.post(url("uploaden", plan), {"bestand": SimpleUploadedFile(naam, inhoud)})


def fouten(response) -> list[str]:
    return [str(fout) for fout in response.context["fouten"]]


def statussen(uitvoering) -> dict[str, str]:
    return {sleutel: Actie.objects.get(pk=uitvoering[sleutel].pk).uitvoeringsstatus for sleutel in ACTIES}


ACTIES = ("eigen_actie", "andere_actie", "late_actie")


@pytest.fixture
def kernteam(client, uitvoering, kernteamlid):
    client.force_login(kernteamlid)
    return client


@pytest.fixture
def niets_gewijzigd(uitvoering, client):
    """After the test: no bericht was saved, no status changed, and no changes wait for confirmation."""
    voor = statussen(uitvoering)
    yield
    assert not Voortgangsbericht.objects.exists()
    assert statussen(uitvoering) == voor
    assert not any(sleutel.startswith("uitvoering-spreadsheet") for sleutel, _waarde in client.session.items())


# The download


def test_the_download_has_one_row_per_actie_with_dutch_headers_and_grey_read_only_columns(kernteam, uitvoering):
    response = kernteam.get(url("downloaden", uitvoering["plan"]))
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response["Content-Disposition"].startswith('attachment; filename="uitvoering-lindewaard-')
    boek = load_workbook(io.BytesIO(response.content))
    assert boek.sheetnames == ["Acties", "Toelichting"]
    blad = boek["Acties"]
    assert [cel.value for cel in blad[1]] == [
        "Id",
        "Aanbeveling",
        "Actie",
        "Verantwoordelijke",
        "Periode",
        "Status",
        "Laatste voortgangsbericht",
        "Nieuw voortgangsbericht",
        "Versie",
    ]
    assert all(cel.font.b for cel in blad[1])
    assert blad.freeze_panes == "A2"
    assert blad.max_row == 4
    actie = uitvoering["eigen_actie"]
    nummer = rij(boek, actie)
    assert blad[f"C{nummer}"].value == "Voorlichting ouders"
    assert blad[f"D{nummer}"].value == "Jongerenwerk De Linde"
    assert blad[f"F{nummer}"].value == "Gepland"
    assert blad[f"H{nummer}"].value is None
    assert blad[f"I{nummer}"].value == actie.versie
    grijs = {cel.column_letter for cel in blad[nummer] if cel.fill.fgColor.rgb.endswith("E9ECEF")}
    assert grijs == {"A", "B", "C", "D", "E", "G", "I"}
    (keuzelijst,) = blad.data_validations.dataValidation
    assert keuzelijst.formula1 == '"Gepland,Gestart,Afgerond,Uitgesteld,Gestopt"'
    assert str(keuzelijst.sqref) == "F2:F4"
    assert "Uitgesteld of Gestopt" in " ".join(str(cel.value) for cel in boek["Toelichting"]["A"])


def test_the_download_shows_the_last_bericht_but_never_a_persons_name(kernteam, uitvoering, projectleider):
    projectleider.first_name, projectleider.last_name = "Petra", "Leidsma"
    projectleider.save()
    voortgang_melden(actie=uitvoering["late_actie"], door=projectleider, tekst="Tweede training gepland")
    boek = downloaden(kernteam, uitvoering["plan"])
    cellen = " ".join(str(cel.value) for blad in boek for regel in blad.iter_rows() for cel in regel)
    assert "Tweede training gepland" in boek["Acties"][f"G{rij(boek, uitvoering['late_actie'])}"].value
    assert "Petra" not in cellen and "Leidsma" not in cellen
    assert boek.properties.creator == "Uitvoeringsplan"


def test_a_title_that_looks_like_a_formula_is_written_as_text_and_comes_back_unchanged(kernteam, uitvoering):
    Actie.objects.filter(pk=uitvoering["eigen_actie"].pk).update(titel="=SOM(A1:A3)")
    boek = downloaden(kernteam, uitvoering["plan"])
    assert boek["Acties"][f"C{rij(boek, uitvoering['eigen_actie'])}"].data_type == "s"
    invullen(boek, uitvoering["eigen_actie"], **{STATUS: "Gestart"})
    response = uploaden(kernteam, uitvoering["plan"], als_bytes(boek))
    assert [w.actie for w in response.context["wijzigingen"]] == [uitvoering["eigen_actie"]]


def test_the_download_takes_the_same_number_of_queries_for_a_larger_plan(kernteam, uitvoering):
    def tellen():
        with CaptureQueriesContext(connection) as queries:
            downloaden(kernteam, uitvoering["plan"])
        return len(queries)

    klein = tellen()
    invultabel = uitvoering["eigen_actie"].invultabel
    # The plan is locked: add acties the way a later adoption would have, past Actie.save().
    extra = Actie.objects.bulk_create(
        Actie(invultabel=invultabel, titel=f"Extra {nummer}", uitvoeringsstatus="gepland") for nummer in range(5)
    )
    Actie.verantwoordelijken.through.objects.bulk_create(
        Actie.verantwoordelijken.through(actie=actie, organisatie=uitvoering["andere"]) for actie in extra
    )
    assert tellen() == klein


# The round trip through the views


def test_the_upload_shows_every_change_and_saves_nothing_until_it_is_confirmed(kernteam, uitvoering, kernteamlid):
    plan = uitvoering["plan"]
    boek = downloaden(kernteam, plan)
    invullen(boek, uitvoering["eigen_actie"], **{STATUS: "Gestart", BERICHT: "Eerste ouderavond gehouden"})
    invullen(boek, uitvoering["late_actie"], **{STATUS: "Uitgesteld", BERICHT: "Geen trainer beschikbaar"})
    invullen(boek, uitvoering["andere_actie"], **{BERICHT: "Twee controles gedaan"})

    response = uploaden(kernteam, plan, als_bytes(boek))
    assert response.status_code == 200
    assert [(w.actie.titel, w.status, w.tekst) for w in response.context["wijzigingen"]] == [
        ("Voorlichting ouders", "gestart", "Eerste ouderavond gehouden"),
        ("Controles alcoholverkoop", "", "Twee controles gedaan"),
        ("Training barpersoneel", "uitgesteld", "Geen trainer beschikbaar"),
    ]
    inhoud = response.content.decode()
    assert "Wijzigingen opslaan" in inhoud and "Eerste ouderavond gehouden" in inhoud
    assert not Voortgangsbericht.objects.exists()

    response = kernteam.post(url("opslaan", plan), {"token": response.context["token"]})
    assert response.status_code == 302 and response["Location"] == reverse("uitvoering", args=[plan.pk])
    assert statussen(uitvoering) == {"eigen_actie": "gestart", "andere_actie": "gestart", "late_actie": "uitgesteld"}
    assert Voortgangsbericht.objects.count() == 3
    assert set(Voortgangsbericht.objects.values_list("auteur", flat=True)) == {kernteamlid.pk}


def test_confirming_twice_saves_the_changes_once(kernteam, uitvoering):
    plan = uitvoering["plan"]
    boek = invullen(downloaden(kernteam, plan), uitvoering["andere_actie"], **{BERICHT: "Twee controles gedaan"})
    token = uploaden(kernteam, plan, als_bytes(boek)).context["token"]
    kernteam.post(url("opslaan", plan), {"token": token})
    response = kernteam.post(url("opslaan", plan), {"token": token}, follow=True)
    assert Voortgangsbericht.objects.count() == 1
    assert "al opgeslagen of geannuleerd" in response.content.decode()


def test_cancelling_the_preview_saves_nothing(kernteam, uitvoering, niets_gewijzigd):
    plan = uitvoering["plan"]
    boek = invullen(downloaden(kernteam, plan), uitvoering["eigen_actie"], **{STATUS: "Afgerond"})
    token = uploaden(kernteam, plan, als_bytes(boek)).context["token"]
    assert kernteam.post(url("annuleren", plan)).status_code == 302
    kernteam.post(url("opslaan", plan), {"token": token})


def test_a_sheet_without_changes_says_so(kernteam, uitvoering, niets_gewijzigd):
    response = uploaden(kernteam, uitvoering["plan"], als_bytes(downloaden(kernteam, uitvoering["plan"])))
    assert response.context["wijzigingen"] == []
    inhoud = response.content.decode()
    assert "staan geen wijzigingen" in inhoud
    assert "Wijzigingen opslaan" not in inhoud


def test_if_a_status_changes_between_preview_and_confirmation_nothing_is_saved(kernteam, uitvoering, projectleider):
    plan = uitvoering["plan"]
    boek = downloaden(kernteam, plan)
    invullen(boek, uitvoering["andere_actie"], **{BERICHT: "Twee controles gedaan"})
    invullen(boek, uitvoering["eigen_actie"], **{STATUS: "Gestart"})
    token = uploaden(kernteam, plan, als_bytes(boek)).context["token"]
    projectleider.first_name, projectleider.last_name = "Petra", "Leidsma"
    projectleider.save()
    voortgang_melden(actie=uitvoering["eigen_actie"], door=projectleider, status=Uitvoeringsstatus.AFGEROND)

    response = kernteam.post(url("opslaan", plan), {"token": token}, follow=True)
    assert "Er is niets opgeslagen" in response.content.decode()
    assert "Petra Leidsma" in response.content.decode()
    assert list(Voortgangsbericht.objects.values_list("auteur", flat=True)) == [projectleider.pk]
    assert statussen(uitvoering)["eigen_actie"] == "afgerond"


# Every check of an upload: an error per row and cell, and nothing changed


def test_an_unknown_id_is_refused(kernteam, uitvoering, niets_gewijzigd):
    boek = downloaden(kernteam, uitvoering["plan"])
    nummer = rij(boek, uitvoering["eigen_actie"])
    boek["Acties"][f"A{nummer}"] = 999999
    assert fouten(uploaden(kernteam, uitvoering["plan"], als_bytes(boek)))[0] == (
        f"Rij {nummer}, kolom A (Id): er is geen actie met id 999999 in dit plan. Heb je het id gewijzigd? "
        "Zet het terug of download de spreadsheet opnieuw."
    )


def test_an_edited_id_pointing_to_another_actie_shows_the_columns_that_no_longer_match(
    kernteam, uitvoering, niets_gewijzigd
):
    boek = downloaden(kernteam, uitvoering["plan"])
    nummer, andere = rij(boek, uitvoering["eigen_actie"]), rij(boek, uitvoering["andere_actie"])
    boek["Acties"][f"A{nummer}"] = uitvoering["andere_actie"].pk
    boek["Acties"][f"A{andere}"] = None
    resultaat = fouten(uploaden(kernteam, uitvoering["plan"], als_bytes(boek)))
    assert (
        f"Rij {nummer}, kolom C (Actie): deze kolom kun je niet wijzigen. In het plan staat: “Controles "
        in " ".join(resultaat)
    )
    assert any("het id ontbreekt" in fout for fout in resultaat)


@pytest.mark.parametrize("waarde", ["twaalf", "1²", "12345678901234567890", -3, 2.5])
def test_an_id_that_is_not_a_number_is_refused(kernteam, uitvoering, niets_gewijzigd, waarde):
    boek = downloaden(kernteam, uitvoering["plan"])
    boek["Acties"]["A2"] = waarde
    assert fouten(uploaden(kernteam, uitvoering["plan"], als_bytes(boek))) == [
        f"Rij 2, kolom A (Id): “{waarde}” is geen id van een actie. Verander het id niet."
    ]


def test_an_id_of_another_plan_is_refused(kernteam, uitvoering, niets_gewijzigd):
    elders = factories.ActieFactory(titel="Elders", uitvoeringsstatus="gepland")
    boek = downloaden(kernteam, uitvoering["plan"])
    boek["Acties"]["A2"] = elders.pk
    assert f"Rij 2, kolom A (Id): actie {elders.pk} hoort bij een ander uitvoeringsplan." in " ".join(
        fouten(uploaden(kernteam, uitvoering["plan"], als_bytes(boek)))
    )


def test_a_spreadsheet_downloaded_from_another_plan_is_refused(client, kernteam, uitvoering, niets_gewijzigd):
    ander = factories.LidmaatschapFactory(rol="kernteamlid", user__username="ander").plan
    actie = factories.ActieFactory(invultabel__plan=ander, titel="Elders", uitvoeringsstatus="gepland")
    ander.status = PlanStatus.IN_UITVOERING
    ander.save()
    client.force_login(ander.lidmaatschappen.get().user)
    boek = invullen(downloaden(client, ander), actie, **{STATUS: "Gestart"})
    client.force_login(uitvoering["plan"].lidmaatschappen.get(user__username="kt").user)
    resultaat = fouten(uploaden(client, uitvoering["plan"], als_bytes(boek)))
    assert resultaat == [
        "Dit bestand is gedownload bij een ander uitvoeringsplan. Download de spreadsheet bij dit plan, vul die in "
        "en upload hem opnieuw. Er is niets opgeslagen."
    ]
    boek.properties.identifier = None  # a program that drops the file's properties: the ids still tell
    assert "hoort bij een ander uitvoeringsplan" in fouten(uploaden(client, uitvoering["plan"], als_bytes(boek)))[0]
    assert Actie.objects.get(pk=actie.pk).uitvoeringsstatus == "gepland"


@pytest.mark.parametrize(
    ("kolom", "waarde", "fout"),
    [
        ("B", "Een andere aanbeveling", "kolom B (Aanbeveling): deze kolom kun je niet wijzigen."),
        ("C", "Voorlichting aan ouders", "kolom C (Actie): deze kolom kun je niet wijzigen. In het plan staat: "),
        ("D", "Politie Lindewaard", "kolom D (Verantwoordelijke): deze kolom kun je niet wijzigen."),
        ("E", "Q1 2099", "kolom E (Periode): deze kolom kun je niet wijzigen."),
        (VERSIE, 99, "kolom I (Versie): deze kolom kun je niet wijzigen."),
        (VERSIE, "twee", "kolom I (Versie): deze kolom kun je niet wijzigen."),
    ],
)
def test_a_changed_read_only_column_is_refused(kernteam, uitvoering, niets_gewijzigd, kolom, waarde, fout):
    boek = downloaden(kernteam, uitvoering["plan"])
    invullen(boek, uitvoering["eigen_actie"], **{kolom: waarde, STATUS: "Gestart"})
    resultaat = fouten(uploaden(kernteam, uitvoering["plan"], als_bytes(boek)))
    assert len(resultaat) == 1
    assert resultaat[0].startswith(f"Rij {rij(boek, uitvoering['eigen_actie'])}, {fout}")


def test_a_status_that_is_not_one_of_the_five_is_refused(kernteam, uitvoering, niets_gewijzigd):
    boek = invullen(downloaden(kernteam, uitvoering["plan"]), uitvoering["eigen_actie"], **{STATUS: "Klaar"})
    assert fouten(uploaden(kernteam, uitvoering["plan"], als_bytes(boek))) == [
        f"Rij {rij(boek, uitvoering['eigen_actie'])}, kolom F (Status): “Klaar” is geen status. "
        "Kies Gepland, Gestart, Afgerond, Uitgesteld of Gestopt."
    ]


def test_a_status_in_small_letters_is_understood_and_an_empty_status_keeps_it(kernteam, uitvoering):
    boek = downloaden(kernteam, uitvoering["plan"])
    invullen(boek, uitvoering["eigen_actie"], **{STATUS: " afgerond "})
    invullen(boek, uitvoering["andere_actie"], **{STATUS: None, BERICHT: "Loopt"})
    wijzigingen = uploaden(kernteam, uitvoering["plan"], als_bytes(boek)).context["wijzigingen"]
    assert [(w.actie, w.status) for w in wijzigingen] == [
        (uitvoering["eigen_actie"], "afgerond"),
        (uitvoering["andere_actie"], ""),
    ]


@pytest.mark.parametrize("status", ["Uitgesteld", "Gestopt"])
def test_putting_an_actie_on_hold_or_stopping_it_needs_a_reason(kernteam, uitvoering, niets_gewijzigd, status):
    boek = invullen(downloaden(kernteam, uitvoering["plan"]), uitvoering["eigen_actie"], **{STATUS: status})
    assert fouten(uploaden(kernteam, uitvoering["plan"], als_bytes(boek))) == [
        f"Rij {rij(boek, uitvoering['eigen_actie'])}, kolom H (Nieuw voortgangsbericht): schrijf waarom de actie "
        f"{status.lower()} wordt. Bij Uitgesteld en Gestopt is een reden verplicht."
    ]


@pytest.mark.parametrize(("kolom", "kop"), [(STATUS, "Status"), (BERICHT, "Nieuw voortgangsbericht"), ("K", "")])
def test_a_formula_is_refused(kernteam, uitvoering, niets_gewijzigd, kolom, kop):
    boek = invullen(
        downloaden(kernteam, uitvoering["plan"]), uitvoering["eigen_actie"], **{kolom: '=CONCAT("Ge","start")'}
    )
    plaats = f"kolom {kolom} ({kop})" if kop else f"kolom {kolom}"
    assert fouten(uploaden(kernteam, uitvoering["plan"], als_bytes(boek))) == [
        f"Rij {rij(boek, uitvoering['eigen_actie'])}, {plaats}: hier staat een formule. Typ alleen gewone tekst; "
        "formules worden niet verwerkt."
    ]


def test_a_text_that_starts_with_an_equals_sign_counts_as_a_formula(kernteam, uitvoering, niets_gewijzigd):
    boek = downloaden(kernteam, uitvoering["plan"])
    invullen(boek, uitvoering["eigen_actie"], **{BERICHT: "=1+1"})
    boek["Acties"][f"{BERICHT}{rij(boek, uitvoering['eigen_actie'])}"].data_type = "s"
    assert "hier staat een formule" in fouten(uploaden(kernteam, uitvoering["plan"], als_bytes(boek)))[0]


def test_a_stale_sheet_that_changes_a_status_names_who_changed_it_meanwhile(kernteam, uitvoering, projectleider):
    boek = downloaden(kernteam, uitvoering["plan"])
    projectleider.first_name, projectleider.last_name = "Petra", "Leidsma"
    projectleider.save()
    voortgang_melden(actie=uitvoering["eigen_actie"], door=projectleider, status=Uitvoeringsstatus.GESTART)
    invullen(boek, uitvoering["eigen_actie"], **{STATUS: "Afgerond"})
    invullen(boek, uitvoering["andere_actie"], **{BERICHT: "Twee controles gedaan"})
    response = uploaden(kernteam, uitvoering["plan"], als_bytes(boek))
    assert fouten(response) == [
        f"Rij {rij(boek, uitvoering['eigen_actie'])}, kolom F (Status): intussen heeft Petra Leidsma de status "
        f"gewijzigd naar “Gestart” ({date_format(timezone.localdate(), 'j F Y')}). Download de spreadsheet opnieuw "
        "en kijk of je keuze nog klopt."
    ]
    assert Voortgangsbericht.objects.count() == 1
    assert statussen(uitvoering)["eigen_actie"] == "gestart"


def test_a_stale_sheet_may_still_add_a_bericht_to_an_actie_whose_status_it_leaves(kernteam, uitvoering, projectleider):
    boek = downloaden(kernteam, uitvoering["plan"])
    voortgang_melden(actie=uitvoering["andere_actie"], door=projectleider, tekst="Eerste controle")
    voortgang_melden(actie=uitvoering["eigen_actie"], door=projectleider, status=Uitvoeringsstatus.GESTART)
    invullen(boek, uitvoering["andere_actie"], **{BERICHT: "Tweede controle"})
    invullen(boek, uitvoering["eigen_actie"], **{BERICHT: "Zaal geregeld"})  # its status still says Gepland
    response = uploaden(kernteam, uitvoering["plan"], als_bytes(boek))
    assert [(w.actie, w.status, w.tekst) for w in response.context["wijzigingen"]] == [
        (uitvoering["eigen_actie"], "", "Zaal geregeld"),
        (uitvoering["andere_actie"], "", "Tweede controle"),
    ]
    kernteam.post(url("opslaan", uitvoering["plan"]), {"token": response.context["token"]})
    assert statussen(uitvoering)["eigen_actie"] == "gestart"
    assert Voortgangsbericht.objects.count() == 4


def test_an_id_may_not_be_removed_or_used_twice(kernteam, uitvoering, niets_gewijzigd):
    boek = downloaden(kernteam, uitvoering["plan"])
    eerste, tweede = rij(boek, uitvoering["eigen_actie"]), rij(boek, uitvoering["andere_actie"])
    boek["Acties"][f"A{tweede}"] = uitvoering["eigen_actie"].pk
    boek["Acties"]["A7"], boek["Acties"]["H7"] = None, "Een nieuwe actie"
    resultaat = fouten(uploaden(kernteam, uitvoering["plan"], als_bytes(boek)))
    assert resultaat[0] == (
        f"Rij {tweede}, kolom A (Id): actie {uitvoering['eigen_actie'].pk} staat ook al in rij {eerste}. "
        "Elke actie mag maar één keer in het bestand staan."
    )
    assert resultaat[-1] == (
        "Rij 7, kolom A (Id): het id ontbreekt. Voeg geen rijen toe: een nieuwe actie maak je in het plan zelf."
    )


def test_a_changed_header_is_refused(kernteam, uitvoering, niets_gewijzigd):
    boek = downloaden(kernteam, uitvoering["plan"])
    boek["Acties"]["F1"] = "Stand"
    assert fouten(uploaden(kernteam, uitvoering["plan"], als_bytes(boek))) == [
        "Rij 1, kolom F: hier hoort de kop “Status” te staan, maar er staat “Stand”. Verander de kopregel en de "
        "volgorde van de kolommen niet."
    ]


def test_empty_rows_deleted_rows_and_trailing_rows_are_fine(kernteam, uitvoering):
    boek = downloaden(kernteam, uitvoering["plan"])
    blad = boek["Acties"]
    blad.delete_rows(rij(boek, uitvoering["andere_actie"]))
    blad.insert_rows(3, amount=2)
    blad["H40"] = "   "
    invullen(boek, uitvoering["late_actie"], **{STATUS: "Afgerond"})
    wijzigingen = uploaden(kernteam, uitvoering["plan"], als_bytes(boek)).context["wijzigingen"]
    assert [(w.actie, w.status) for w in wijzigingen] == [(uitvoering["late_actie"], "afgerond")]


def test_one_bad_row_stops_the_good_ones_too(kernteam, uitvoering, niets_gewijzigd):
    boek = downloaden(kernteam, uitvoering["plan"])
    invullen(boek, uitvoering["eigen_actie"], **{STATUS: "Gestart", BERICHT: "Goed"})
    invullen(boek, uitvoering["andere_actie"], **{STATUS: "Bijna klaar"})
    response = uploaden(kernteam, uitvoering["plan"], als_bytes(boek))
    assert len(fouten(response)) == 1
    assert "wijzigingen" not in response.context
    assert "Er is niets opgeslagen" in response.content.decode()


# The file itself

GEEN_XLSX = (
    "Dit is geen Excel-bestand (.xlsx). Upload de spreadsheet die je hier hebt gedownload, opgeslagen als .xlsx."
)


def zip_met(*namen: str) -> bytes:
    uitvoer = io.BytesIO()
    with zipfile.ZipFile(uitvoer, "w") as archief:
        for naam in namen:
            archief.writestr(naam, "<niets/>")
    return uitvoer.getvalue()


@pytest.mark.parametrize(
    ("naam", "inhoud"),
    [
        ("uitvoering.csv", b"Id;Status\n1;Gestart\n"),
        ("uitvoering.xlsx", b"Id;Status\n1;Gestart\n"),  # a CSV renamed
        ("uitvoering.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100),
        ("uitvoering.xlsx", b"%PDF-1.4 geen spreadsheet"),
        ("uitvoering.xlsx", zip_met("mimetype", "content.xml")),  # an OpenDocument file, renamed
        ("uitvoering.xlsx", zip_met("xl/workbook.xml")),  # a damaged workbook
        ("uitvoering.xlsx", b"PK\x03\x04 kapot"),
    ],
)
def test_another_kind_of_file_is_refused(kernteam, uitvoering, niets_gewijzigd, naam, inhoud):
    assert fouten(uploaden(kernteam, uitvoering["plan"], inhoud, naam=naam)) == [GEEN_XLSX]


def test_a_workbook_without_the_sheet_acties_is_refused(kernteam, uitvoering, niets_gewijzigd):
    assert fouten(uploaden(kernteam, uitvoering["plan"], als_bytes(Workbook()))) == [
        "Het werkblad “Acties” ontbreekt. Upload de spreadsheet die je hier hebt gedownload."
    ]


def test_a_file_over_10_mb_is_refused_before_it_is_opened(kernteam, uitvoering, niets_gewijzigd):
    inhoud = als_bytes(downloaden(kernteam, uitvoering["plan"]))
    groot = inhoud + b"\0" * (10 * 1024 * 1024 + 1 - len(inhoud))
    assert fouten(uploaden(kernteam, uitvoering["plan"], groot)) == [
        "Het bestand is 10,0\xa0MB; het mag hoogstens 10 MB zijn. Er is niets opgeslagen."
    ]


def test_the_reader_itself_never_writes(uitvoering, niets_gewijzigd):
    boek = Workbook()
    boek.active.title = "Acties"
    uitslag = spreadsheet_lezen(io.BytesIO(als_bytes(boek)), naam="a.xlsx", grootte=10, plan=uitvoering["plan"])
    assert [str(fout) for fout in uitslag.fouten] == ["Er staan geen acties in het werkblad “Acties”."]
    assert uitslag.wijzigingen == []


# Who may


@pytest.mark.parametrize("naam", ["downloaden", "uploaden"])
@pytest.mark.parametrize("wie", ["stakeholder", "lezer"])
def test_only_the_kernteam_may_download_or_upload(client, uitvoering, request, naam, wie):
    client.force_login(request.getfixturevalue(wie))
    assert client.get(url(naam, uitvoering["plan"])).status_code == 403
    assert client.post(url(naam, uitvoering["plan"])).status_code == 403


@pytest.mark.parametrize("naam", ["opslaan", "annuleren"])
@pytest.mark.parametrize("wie", ["stakeholder", "lezer"])
def test_only_the_kernteam_may_confirm_or_cancel(client, uitvoering, request, naam, wie):
    client.force_login(request.getfixturevalue(wie))
    assert client.post(url(naam, uitvoering["plan"]), {"token": "x"}).status_code == 403


@pytest.mark.parametrize("naam", ["downloaden", "uploaden", "opslaan", "annuleren"])
def test_a_kernteamlid_of_another_gemeente_gets_404(client, uitvoering, kernteamlid_elders, naam):
    client.force_login(kernteamlid_elders)
    assert client.post(url(naam, uitvoering["plan"])).status_code == 404


def test_the_projectleider_may_too(client, uitvoering, projectleider):
    client.force_login(projectleider)
    assert client.get(url("downloaden", uitvoering["plan"])).status_code == 200
    assert client.get(url("uploaden", uitvoering["plan"])).status_code == 200


def test_confirming_and_cancelling_are_post_only(kernteam, uitvoering):
    assert kernteam.get(url("opslaan", uitvoering["plan"])).status_code == 405
    assert kernteam.get(url("annuleren", uitvoering["plan"])).status_code == 405


def test_before_the_first_adoption_there_is_no_spreadsheet(client, plan, kernteamlid):
    client.force_login(kernteamlid)
    assert client.get(url("downloaden", plan)).status_code == 403


def test_the_buttons_show_only_for_the_kernteam(client, uitvoering, kernteamlid, lezer):
    overzicht = reverse("uitvoering", args=[uitvoering["plan"].pk])
    client.force_login(kernteamlid)
    inhoud = client.get(overzicht).content.decode()
    assert "Spreadsheet downloaden" in inhoud and url("uploaden", uitvoering["plan"]) in inhoud
    client.force_login(lezer)
    assert "Spreadsheet downloaden" not in client.get(overzicht).content.decode()
