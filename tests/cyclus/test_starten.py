"""Starting the next cycle: what the new plan takes over, and what is refused."""

import pytest
from django.core.exceptions import ValidationError

from cyclus.services import volgende_cyclus_starten
from tests import factories
from uitvoeringsplan.constants import PlanStatus, Rol
from uitvoeringsplan.models import Meting, Uitvoeringsplan


def starten(cyclus, door, **kwargs):
    return volgende_cyclus_starten(
        vorig_plan=cyclus["vorig"], titel="Uitvoeringsplan 2027–2030", scanner=cyclus["scanner"], door=door, **kwargs
    )


def test_the_new_plan_is_a_concept_linked_to_the_previous_one_with_an_invultabel_per_new_aanbeveling(
    cyclus, projectleider
):
    nieuw = starten(cyclus, projectleider)
    assert nieuw.status == PlanStatus.CONCEPT
    assert nieuw.vorige_cyclus == cyclus["vorig"]
    assert cyclus["vorig"].volgende_cyclus == nieuw
    assert nieuw.scanner == cyclus["scanner"]
    assert [i.aanbeveling for i in nieuw.invultabellen.order_by("volgorde")] == [
        cyclus["nieuw_roken"],
        cyclus["nieuw_apart"],
    ]
    assert not nieuw.invultabellen.filter(acties__isnull=False).exists()


def test_the_kernteam_and_the_beleidsdocumenten_come_along_but_not_stakeholders_or_lezers(
    cyclus, projectleider, kernteamlid, stakeholder, lezer
):
    nieuw = starten(cyclus, kernteamlid)
    rollen = dict(nieuw.lidmaatschappen.values_list("user__username", "rol"))
    assert rollen == {projectleider.username: Rol.PROJECTLEIDER, kernteamlid.username: Rol.KERNTEAMLID}
    assert list(nieuw.beleidsdocumenten.all()) == list(cyclus["vorig"].beleidsdocumenten.all())


def test_doelstellingen_come_along_with_their_indicators_and_every_meting_a_missing_one_stays_missing(
    cyclus, projectleider
):
    nieuw = starten(cyclus, projectleider)
    doel = nieuw.doelstellingen.get()
    assert doel.herkomst == cyclus["doel"]
    assert doel.titel == cyclus["doel"].titel
    indicator = doel.indicatoren.get()
    assert (indicator.naam, indicator.basiswaarde, indicator.basisjaar) == ("Jongeren die roken", 12, 2021)
    assert [(m.jaar, m.waarde, m.ontbreekt) for m in indicator.metingen.order_by("jaar")] == [
        (2022, 11, ""),
        (2023, None, "te_weinig_respondenten"),
    ]
    # The previous plan keeps its own.
    assert Meting.objects.filter(indicator__doelstelling=cyclus["doel"]).count() == 2


def test_a_second_next_cycle_from_the_same_plan_is_refused_and_creates_nothing(cyclus, projectleider):
    eerste = starten(cyclus, projectleider)
    with pytest.raises(ValidationError, match="al gestart"):
        starten(cyclus, projectleider)
    assert Uitvoeringsplan.objects.filter(vorige_cyclus=cyclus["vorig"]).get() == eerste


@pytest.mark.parametrize("status", [PlanStatus.CONCEPT, PlanStatus.TER_REVIEW, PlanStatus.VASTGESTELD])
def test_a_plan_that_is_not_in_uitvoering_or_evaluated_cannot_start_a_next_cycle(cyclus, projectleider, status):
    Uitvoeringsplan.objects.filter(pk=cyclus["vorig"].pk).update(status=status)
    with pytest.raises(ValidationError, match="in uitvoering of geëvalueerd"):
        starten(cyclus, projectleider)
    assert not Uitvoeringsplan.objects.filter(vorige_cyclus=cyclus["vorig"]).exists()


def test_a_scanner_of_another_gemeente_is_refused(cyclus, projectleider):
    vreemd = factories.ScannerFactory()
    with pytest.raises(ValidationError, match="Kies een Scanner"):
        volgende_cyclus_starten(vorig_plan=cyclus["vorig"], titel="X", scanner=vreemd, door=projectleider)
    assert not Uitvoeringsplan.objects.filter(vorige_cyclus=cyclus["vorig"]).exists()


def test_a_beleidsdocument_can_be_the_source_and_joins_the_beleidskader(cyclus, projectleider):
    document = factories.BeleidsdocumentFactory(gemeente=cyclus["vorig"].gemeente, titel="Lokale nota 2026")
    factories.AanbevelingFactory(gemeente=document.gemeente, beleidsdocument=document, scanner=None, nummer=1)
    nieuw = volgende_cyclus_starten(vorig_plan=cyclus["vorig"], titel="X", beleidsdocument=document, door=projectleider)
    assert nieuw.scanner is None
    assert document in nieuw.beleidsdocumenten.all()
    assert nieuw.invultabellen.get().aanbeveling.beleidsdocument == document
