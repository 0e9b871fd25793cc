import pytest
from django.core.exceptions import ValidationError

from tests import factories
from uitvoeringsplan.constants import PlanStatus
from uitvoeringsplan.services import invultabellen_ordenen
from uitvoeringsplan.workflow import status_wijzigen

pytestmark = pytest.mark.django_db


def test_a_concept_goes_to_review_and_back(plan, projectleider):
    status_wijzigen(plan=plan, naar=PlanStatus.TER_REVIEW, door=projectleider)
    assert plan.status == PlanStatus.TER_REVIEW
    status_wijzigen(plan=plan, naar=PlanStatus.CONCEPT, door=projectleider)
    assert plan.versie == 1
    assert plan.history.first().history_user == projectleider


def test_adoption_only_happens_through_its_service(plan, projectleider):
    status_wijzigen(plan=plan, naar=PlanStatus.TER_REVIEW, door=projectleider)
    with pytest.raises(ValidationError):
        status_wijzigen(plan=plan, naar=PlanStatus.VASTGESTELD, door=projectleider)
    status_wijzigen(plan=plan, naar=PlanStatus.VASTGESTELD, door=projectleider, via_service=True)
    assert plan.status == PlanStatus.VASTGESTELD


def test_a_concept_cannot_skip_the_review(plan, projectleider):
    with pytest.raises(ValidationError, match="kan niet naar"):
        status_wijzigen(plan=plan, naar=PlanStatus.IN_UITVOERING, door=projectleider)


def test_a_new_concept_after_adoption_gets_the_next_version(plan, projectleider):
    plan.status = PlanStatus.VASTGESTELD
    plan.save()
    status_wijzigen(plan=plan, naar=PlanStatus.CONCEPT, door=projectleider)
    plan.refresh_from_db()
    assert (plan.status, plan.versie) == (PlanStatus.CONCEPT, 2)


def test_ordering_the_invultabellen_keeps_the_previous_order_in_history(plan):
    eerste, tweede, derde = (factories.InvultabelFactory(plan=plan, volgorde=n) for n in (1, 2, 3))
    invultabellen_ordenen(plan=plan, aanbeveling_ids=[derde.aanbeveling_id, eerste.aanbeveling_id])
    assert list(plan.invultabellen.order_by("volgorde").values_list("pk", flat=True)) == [
        derde.pk,
        eerste.pk,
        tweede.pk,
    ]
    assert [h.volgorde for h in derde.history.all()] == [1, 3]
