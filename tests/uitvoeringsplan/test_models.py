import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from rapportage.constants import OpmerkingStatus
from rapportage.models import Vaststelling
from tests import factories
from uitvoeringsplan.constants import Rol
from uitvoeringsplan.models import Uitvoeringsplan, Vergrendeld
from uitvoeringsplan.services import actie_dupliceren

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "velden",
    [
        {"kosten_euro": Decimal("-1")},
        {"fte": Decimal("-0.1")},
        {"prioriteit": 0},
        {"periode_start": datetime.date(2027, 4, 1), "periode_eind": datetime.date(2027, 3, 31)},
    ],
)
def test_the_database_refuses_an_impossible_actie(velden):
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.ActieFactory(**velden)


def test_clean_explains_an_end_before_the_start_next_to_the_field():
    actie = factories.ActieFactory.build(
        invultabel=factories.InvultabelFactory(),
        periode_start=datetime.date(2027, 4, 1),
        periode_eind=datetime.date(2027, 1, 1),
    )
    with pytest.raises(ValidationError) as fout:
        actie.full_clean()
    assert "periode_eind" in fout.value.message_dict


def test_an_aanbeveling_has_one_invultabel_per_plan():
    invultabel = factories.InvultabelFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.InvultabelFactory(plan=invultabel.plan, aanbeveling=invultabel.aanbeveling)


def test_a_user_is_a_member_of_a_plan_once():
    lid = factories.LidmaatschapFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.LidmaatschapFactory(plan=lid.plan, user=lid.user, rol=Rol.LEZER)


def test_a_comment_not_taken_over_needs_a_reason():
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.OpmerkingFactory(status=OpmerkingStatus.NIET_OVERGENOMEN, antwoord="")


def test_negative_budget_is_refused():
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.UitvoeringsplanFactory(budget_euro=Decimal("-5"))


def test_an_empty_actie_names_every_row_but_the_first():
    actie = factories.ActieFactory()
    assert actie.ontbrekende_rijen == [
        "2. Relevantie",
        "3. Haalbaarheid",
        "4. Benodigde middelen",
        "5. Effectiviteit",
        "6. Obstakels",
        "7. Periode",
        "8. Verantwoordelijke",
        "9. Prioriteit + overwegingen",
    ]
    assert not actie.is_compleet


def test_a_complete_actie_misses_nothing():
    actie = factories.CompleteActieFactory()
    assert actie.ontbrekende_rijen == []
    assert actie.is_compleet


def test_the_period_reads_like_the_worked_example():
    actie = factories.ActieFactory.build(
        periode_start=datetime.date(2026, 1, 1),
        periode_eind=datetime.date(2026, 3, 31),
        herhalend=True,
        herhaling="en daarna jaarlijks aanbieden.",
    )
    assert actie.periode_tekst == "Q1 2026, en daarna jaarlijks aanbieden."


def test_a_period_over_several_quarters_names_both_ends():
    actie = factories.ActieFactory.build(
        periode_start=datetime.date(2027, 4, 1), periode_eind=datetime.date(2027, 12, 31)
    )
    assert actie.periode_tekst == "Q2 2027 t/m Q4 2027"


def test_a_period_in_dates_is_written_out_in_dutch():
    actie = factories.ActieFactory.build(
        periode_in_kwartalen=False, periode_start=datetime.date(2027, 3, 1), periode_eind=datetime.date(2027, 6, 30)
    )
    assert actie.periode_tekst == "1 maart 2027 t/m 30 juni 2027"


def test_an_adopted_version_cannot_be_changed_or_deleted(projectleider, plan):
    vaststelling = Vaststelling.objects.create(
        plan=plan,
        versie=1,
        vastgesteld_op=datetime.datetime(2026, 5, 1, 12, tzinfo=datetime.UTC),
        vastgesteld_door=projectleider,
        snapshot={"titel": plan.titel},
        sha256="0" * 64,
    )
    vaststelling.snapshot = {"titel": "anders"}
    with pytest.raises(Vergrendeld):
        vaststelling.save()
    with pytest.raises(Vergrendeld):
        vaststelling.delete()
    assert Vaststelling.objects.get().snapshot == {"titel": plan.titel}


def test_for_user_returns_only_the_plans_of_which_the_user_is_a_member(projectleider, plan, kernteamlid_elders):
    assert list(Uitvoeringsplan.objects.for_user(projectleider)) == [plan]
    assert plan not in Uitvoeringsplan.objects.for_user(kernteamlid_elders)
    assert Uitvoeringsplan.objects.for_user(projectleider).get().mijn_rol == Rol.PROJECTLEIDER


def test_every_change_is_recorded_in_the_history():
    actie = factories.ActieFactory(titel="Eerste versie")
    actie.titel = "Tweede versie"
    actie.save()
    assert [h.titel for h in actie.history.all()] == ["Tweede versie", "Eerste versie"]


@pytest.mark.django_db
def test_a_copy_of_a_worksheet_actie_still_says_where_it_started(kernteamlid):
    actie = factories.ActieFactory(uit_werkblad=True)
    kopie = actie_dupliceren(actie=actie, door=kernteamlid)
    assert (kopie.pk != actie.pk, kopie.uit_werkblad, kopie.titel) == (True, True, f"Kopie van {actie.titel}")
