"""A plan in uitvoering with an evaluation begun, and a newer Scanner of the same gemeente.

`cyclus` is a dict: the previous plan `vorig`, its aanbevelingen `oud_roken` and `oud_ouders`, its
acties `doorzetten` (advice doorzetten, afgerond), `stoppen` (advice stoppen), `open_actie` (no
advice, gestart) and `klaar` (no advice, afgerond), its doelstelling `doel` with an indicator
whose 2023 value is missing, and the newer Scanner `scanner` with aanbevelingen `nieuw_roken`
(like `oud_roken`) and `nieuw_apart` (like nothing before).
"""

import datetime
from decimal import Decimal

import pytest

from tests import factories
from uitvoering.constants import Advies, DoelBereikt
from uitvoering.evaluatie import actie_evaluatie_opslaan
from uitvoeringsplan.constants import PlanStatus, Uitvoeringsstatus
from uitvoeringsplan.models.doelen import Indicatorbron, Ontbreekt


@pytest.fixture
def cyclus(plan, projectleider, kernteamlid, stakeholder, lezer):
    return cyclus_bouwen(plan, projectleider)


def cyclus_bouwen(plan, projectleider) -> dict:
    """The previous plan `plan` and the newer Scanner (see the module's docstring); the browser test uses it too."""
    gemeente = plan.gemeente
    oude_scanner = factories.ScannerFactory(gemeente=gemeente, titel="Scanner 2022")
    oud_roken = factories.AanbevelingFactory(
        gemeente=gemeente, scanner=oude_scanner, nummer=1, titel="Maak sportvelden en speelplaatsen rookvrij"
    )
    oud_ouders = factories.AanbevelingFactory(
        gemeente=gemeente, scanner=oude_scanner, nummer=2, titel="Geef ouders handvatten voor het gesprek over alcohol"
    )
    plan.scanner = oude_scanner
    plan.save()
    plan.beleidsdocumenten.add(factories.BeleidsdocumentFactory(gemeente=gemeente, titel="Nota gezondheid"))
    roken = factories.InvultabelFactory(plan=plan, aanbeveling=oud_roken, volgorde=1)
    ouders = factories.InvultabelFactory(plan=plan, aanbeveling=oud_ouders, volgorde=2)
    organisatie = factories.OrganisatieFactory(gemeente=gemeente, naam="GGD Lindeland")

    def actie(invultabel, titel, status):
        nieuw = factories.ActieFactory(
            invultabel=invultabel,
            titel=titel,
            uitvoeringsstatus=status,
            relevantie="Omdat het werkt.",
            periode_start=datetime.date(2023, 1, 1),
            periode_eind=datetime.date(2024, 12, 31),
            prioriteit=1,
        )
        nieuw.verantwoordelijken.add(organisatie)
        return nieuw

    acties = {
        "doorzetten": actie(roken, "Rookvrije sportvelden", Uitvoeringsstatus.AFGEROND),
        "stoppen": actie(roken, "Rookposters in de bushokjes", Uitvoeringsstatus.GESTART),
        "open_actie": actie(ouders, "Ouderavond op school", Uitvoeringsstatus.GESTART),
        "klaar": actie(ouders, "Folder voor ouders", Uitvoeringsstatus.AFGEROND),
    }
    doel = factories.DoelstellingFactory(plan=plan, titel="Minder jongeren roken")
    doel.acties.add(acties["doorzetten"])
    indicator = factories.IndicatorFactory(
        doelstelling=doel,
        naam="Jongeren die roken",
        eenheid="%",
        bron=Indicatorbron.GEZONDHEIDSMONITOR_JEUGD,
        basiswaarde=Decimal("12"),
        basisjaar=2021,
    )
    factories.MetingFactory(indicator=indicator, jaar=2022, waarde=Decimal("11"))
    factories.MetingFactory(indicator=indicator, jaar=2023, waarde=None, ontbreekt=Ontbreekt.TE_WEINIG_RESPONDENTEN)
    plan.status = PlanStatus.IN_UITVOERING
    plan.save()
    for naam, advies in (("doorzetten", Advies.DOORZETTEN), ("stoppen", Advies.STOPPEN)):
        actie_evaluatie_opslaan(
            actie=acties[naam], door=projectleider, doel_bereikt=DoelBereikt.DEELS, advies=advies, gezien_versie=0
        )
    scanner = factories.ScannerFactory(gemeente=gemeente, titel="Scanner 2026")
    nieuw_roken = factories.AanbevelingFactory(
        gemeente=gemeente, scanner=scanner, nummer=1, titel="Maak speelplaatsen, schoolpleinen en sportvelden rookvrij"
    )
    nieuw_apart = factories.AanbevelingFactory(
        gemeente=gemeente, scanner=scanner, nummer=2, titel="Vergroot de kennis van huisartsen over lachgas"
    )
    return {
        "vorig": plan,
        "oud_roken": oud_roken,
        "oud_ouders": oud_ouders,
        "doel": doel,
        "scanner": scanner,
        "nieuw_roken": nieuw_roken,
        "nieuw_apart": nieuw_apart,
        **acties,
    }
