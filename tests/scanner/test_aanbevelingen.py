import pytest

from scanner.models import Aanbeveling
from scanner.services import aanbevelingen_uit_tekst
from tests import factories
from uitvoeringsplan.services import aanbevelingen_opnemen


def test_pasted_lines_lose_their_numbering_and_bullets():
    tekst = """
    1. Investeer in vroegsignalering
    2) Versterk de naleving van de leeftijdsgrens
    - Betrek ouders
    • Maak evenementen veilig
    (5) Bereik kwetsbare jongeren

    a. Zet in op scholen
    """
    assert aanbevelingen_uit_tekst(tekst) == [
        "Investeer in vroegsignalering",
        "Versterk de naleving van de leeftijdsgrens",
        "Betrek ouders",
        "Maak evenementen veilig",
        "Bereik kwetsbare jongeren",
        "Zet in op scholen",
    ]


def test_a_number_inside_a_line_stays():
    assert aanbevelingen_uit_tekst("Bereik 16-jarigen") == ["Bereik 16-jarigen"]


@pytest.mark.django_db
def test_new_aanbevelingen_are_numbered_after_the_existing_ones_and_join_the_plan():
    plan = factories.UitvoeringsplanFactory()
    scanner = factories.ScannerFactory(gemeente=plan.gemeente)
    factories.AanbevelingFactory(scanner=scanner, nummer=4)
    nieuw = aanbevelingen_opnemen(plan=plan, bron=scanner, titels=["Vijf", "Zes"])
    assert [(a.nummer, a.titel) for a in nieuw] == [(5, "Vijf"), (6, "Zes")]
    assert list(plan.invultabellen.values_list("aanbeveling__titel", "volgorde")) == [("Vijf", 1), ("Zes", 2)]
    assert Aanbeveling.history.filter(titel="Vijf").count() == 1
