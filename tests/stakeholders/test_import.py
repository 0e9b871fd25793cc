"""Importing the stakeholder register from a CSV file: all or nothing, and twice changes nothing."""

import pytest

from stakeholders.models import Stakeholder
from stakeholders.services import stakeholders_importeren
from tests import factories

pytestmark = pytest.mark.django_db


CSV_GOED = (
    "organisatie;sector;naam;functie;email;telefoon;informeren;aanbevelingen\n"
    "Lindewaard College;onderwijs;Ingrid Kok;Zorgcoördinator;ingrid@college.example;06-11112222;email|nieuwsbrief;1\n"
    "Lindewaard College;onderwijs;Piet Jansen;Docent;piet@college.example;;;\n"
    "Politie Lindewaard;Politie;Rob Verbeek;Wijkagent;;;;\n"
)


def test_a_good_stakeholder_csv_is_imported_with_its_organisations(plan):
    factories.AanbevelingFactory(scanner__gemeente=plan.gemeente, nummer=1)
    uitslag = stakeholders_importeren(gemeente=plan.gemeente, tekst=CSV_GOED)
    assert (uitslag.nieuw, uitslag.fouten) == (3, [])
    ingrid = Stakeholder.objects.get(naam="Ingrid Kok")
    assert ingrid.informeren == ["email", "nieuwsbrief"] and ingrid.aanbevelingen.count() == 1
    assert plan.gemeente.organisaties.count() == 2
    assert Stakeholder.objects.get(naam="Rob Verbeek").organisatie.sector == "politie"


def test_a_stakeholder_csv_with_a_broken_row_imports_nothing_and_names_the_line(plan):
    factories.AanbevelingFactory(scanner__gemeente=plan.gemeente, nummer=1)
    tekst = CSV_GOED + "Sportclub;sport;Kees;;geen-email;;;\n;;Zonder organisatie;;;;;9\n"
    fouten = stakeholders_importeren(gemeente=plan.gemeente, tekst=tekst).fouten
    assert fouten[0].startswith("regel 5: ") and "e-mailadres" in fouten[0]
    assert fouten[1].startswith("regel 6: ") and "nummer “9”" in fouten[1]
    assert not Stakeholder.objects.exists()


def test_importing_the_same_file_twice_updates_instead_of_adding_duplicates(plan):
    factories.AanbevelingFactory(scanner__gemeente=plan.gemeente, nummer=1)
    stakeholders_importeren(gemeente=plan.gemeente, tekst=CSV_GOED)
    aangevuld = CSV_GOED.replace("Rob Verbeek;Wijkagent;;", "Rob Verbeek;Wijkagent;rob@politie.example;")
    uitslag = stakeholders_importeren(gemeente=plan.gemeente, tekst=aangevuld)
    assert (uitslag.nieuw, uitslag.bijgewerkt, uitslag.ongewijzigd, uitslag.fouten) == (0, 1, 2, [])
    assert Stakeholder.objects.count() == 3
    assert Stakeholder.objects.get(naam="Rob Verbeek").email == "rob@politie.example"


def test_a_namesake_with_another_email_address_is_a_different_person(plan):
    stakeholders_importeren(gemeente=plan.gemeente, tekst="organisatie;naam;email\nGGD;Jan de Vries;jan@ggd.example\n")
    uitslag = stakeholders_importeren(
        gemeente=plan.gemeente, tekst="organisatie;naam;email\nGGD;Jan de Vries;j.devries@ggd.example\n"
    )
    assert uitslag.nieuw == 1 and Stakeholder.objects.count() == 2


def test_empty_rows_from_excel_are_skipped(plan):
    tekst = "organisatie;naam;email\n;;\nGGD;Jan de Vries;\n;;\n"
    uitslag = stakeholders_importeren(gemeente=plan.gemeente, tekst=tekst)
    assert (uitslag.nieuw, uitslag.fouten) == (1, [])


def test_import_errors_name_the_fields_dutch_label_without_double_punctuation(plan):
    tekst = "organisatie;naam;email;telefoon\nGGD;;geen-email;12\n"
    [fout] = stakeholders_importeren(gemeente=plan.gemeente, tekst=tekst).fouten
    assert fout.startswith("regel 2: contactpersoon (kolom naam): dit veld is verplicht; ")
    assert "e-mailadres (kolom email): voer een geldig e-mailadres in" in fout
    assert "telefoonnummer (kolom telefoon): vul een telefoonnummer in" in fout
    assert ".;" not in fout and not fout.endswith("..")


def test_a_file_with_only_a_header_has_nothing_to_import(plan):
    assert stakeholders_importeren(gemeente=plan.gemeente, tekst="organisatie;naam;email\n").is_leeg
