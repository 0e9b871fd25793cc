"""The comparison of the aanbevelingen and taking acties over into the next cycle."""

import pytest
from django.core.exceptions import ValidationError

from cyclus.models import Koppeling
from cyclus.services import acties_overnemen, vergelijking_bevestigen, volgende_cyclus_starten
from cyclus.vergelijken import kandidaten, standaard_overnemen, vergelijking
from uitvoering.constants import Advies
from uitvoeringsplan.constants import Uitvoeringsstatus
from uitvoeringsplan.models import Actie


@pytest.fixture
def nieuw(cyclus, projectleider):
    return volgende_cyclus_starten(
        vorig_plan=cyclus["vorig"], titel="Nieuw", scanner=cyclus["scanner"], door=projectleider
    )


def test_until_confirmed_the_comparison_suggests_pairs_by_text_similarity(cyclus, nieuw):
    overzicht = vergelijking(nieuw)
    assert not overzicht.bevestigd
    assert [(r.nieuwe, r.vorige) for r in overzicht.rijen] == [
        (cyclus["nieuw_roken"], cyclus["oud_roken"]),
        (cyclus["nieuw_apart"], None),
    ]
    assert overzicht.nieuw == [cyclus["nieuw_apart"]]
    assert overzicht.vervallen == [cyclus["oud_ouders"]]


def test_the_confirmed_comparison_replaces_the_suggestion(cyclus, nieuw, projectleider):
    vergelijking_bevestigen(
        plan=nieuw, koppelingen={cyclus["nieuw_apart"].pk: cyclus["oud_ouders"].pk}, door=projectleider
    )
    overzicht = vergelijking(nieuw)
    assert overzicht.bevestigd
    assert overzicht.terugkerend[0].nieuwe == cyclus["nieuw_apart"]
    assert overzicht.nieuw == [cyclus["nieuw_roken"]]
    assert overzicht.vervallen == [cyclus["oud_roken"]]
    # Confirming again replaces the pairs, and both confirmations are in the history.
    vergelijking_bevestigen(plan=nieuw, koppelingen={}, door=projectleider)
    assert not Koppeling.objects.exists()
    assert Koppeling.history.count() == 2
    assert len(vergelijking(nieuw).nieuw) == 2


def test_a_pair_with_an_aanbeveling_of_another_plan_or_twice_the_same_is_refused(cyclus, nieuw, projectleider):
    with pytest.raises(ValidationError):
        vergelijking_bevestigen(
            plan=nieuw, koppelingen={cyclus["oud_roken"].pk: cyclus["oud_roken"].pk}, door=projectleider
        )
    with pytest.raises(ValidationError, match="hoogstens één keer"):
        vergelijking_bevestigen(
            plan=nieuw,
            koppelingen={
                cyclus["nieuw_roken"].pk: cyclus["oud_roken"].pk,
                cyclus["nieuw_apart"].pk: cyclus["oud_roken"].pk,
            },
            door=projectleider,
        )
    assert not hasattr(nieuw, "vergelijking") or not nieuw.vergelijking.koppelingen.exists()


@pytest.mark.parametrize(
    ("status", "advies", "verwacht"),
    [
        (Uitvoeringsstatus.AFGEROND, Advies.DOORZETTEN, True),
        (Uitvoeringsstatus.GESTART, Advies.AANPASSEN, True),
        (Uitvoeringsstatus.GESTART, Advies.STOPPEN, False),
        (Uitvoeringsstatus.GESTART, "", True),
        (Uitvoeringsstatus.UITGESTELD, "", True),
        (Uitvoeringsstatus.AFGEROND, "", False),
        (Uitvoeringsstatus.GESTOPT, "", False),
    ],
)
def test_the_default_follows_the_advice_and_otherwise_whether_the_actie_is_finished(status, advies, verwacht):
    assert standaard_overnemen(status, advies) is verwacht


def test_the_candidates_carry_the_advice_the_default_and_a_suggested_place(cyclus, nieuw):
    per_titel = {k.actie.titel: k for k in kandidaten(nieuw, vergelijking(nieuw))}
    assert {titel: k.standaard for titel, k in per_titel.items()} == {
        "Rookvrije sportvelden": True,
        "Rookposters in de bushokjes": False,
        "Ouderavond op school": True,
        "Folder voor ouders": False,
    }
    assert per_titel["Rookvrije sportvelden"].advies == Advies.DOORZETTEN
    assert per_titel["Rookvrije sportvelden"].voorstel == cyclus["nieuw_roken"].pk


def test_a_taken_over_actie_keeps_its_rows_and_origin_and_gets_a_new_period_and_priority(cyclus, nieuw, projectleider):
    oud = cyclus["doorzetten"]
    [kopie] = acties_overnemen(plan=nieuw, plaatsing={oud.pk: cyclus["nieuw_apart"].pk}, door=projectleider)
    assert kopie.herkomst == oud
    assert kopie.invultabel.plan == nieuw
    assert kopie.invultabel.aanbeveling == cyclus["nieuw_apart"]
    assert (kopie.titel, kopie.relevantie) == (oud.titel, oud.relevantie)
    assert list(kopie.verantwoordelijken.all()) == list(oud.verantwoordelijken.all())
    assert (kopie.periode_start, kopie.prioriteit, kopie.uitvoeringsstatus, kopie.versie) == (None, None, "", 1)
    # It serves the copy of the doelstelling its origin served.
    assert list(kopie.doelstellingen.all()) == [nieuw.doelstellingen.get(herkomst=cyclus["doel"])]
    assert {record.history_user for record in kopie.history.all()} == {projectleider}
    # The original is untouched.
    oud.refresh_from_db()
    assert oud.uitvoeringsstatus == Uitvoeringsstatus.AFGEROND


def test_an_actie_is_taken_over_once_and_only_from_the_previous_cycle(cyclus, nieuw, projectleider):
    plaats = cyclus["nieuw_roken"].pk
    acties_overnemen(plan=nieuw, plaatsing={cyclus["open_actie"].pk: plaats}, door=projectleider)
    with pytest.raises(ValidationError, match="al overgenomen"):
        acties_overnemen(plan=nieuw, plaatsing={cyclus["open_actie"].pk: plaats}, door=projectleider)
    eigen = Actie.objects.get(invultabel__plan=nieuw)
    with pytest.raises(ValidationError):
        acties_overnemen(plan=nieuw, plaatsing={eigen.pk: plaats}, door=projectleider)
    with pytest.raises(ValidationError):
        acties_overnemen(plan=nieuw, plaatsing={cyclus["klaar"].pk: cyclus["oud_roken"].pk}, door=projectleider)
    assert Actie.objects.filter(invultabel__plan=nieuw).count() == 1
