"""Fixtures the view tests of the bijeenkomsten app share: a plan under review and one stakeholder."""

import pytest

from tests import factories
from uitvoeringsplan.constants import PlanStatus


@pytest.fixture
def in_review(plan):
    plan.status = PlanStatus.TER_REVIEW
    plan.save()
    return plan


@pytest.fixture
def ingrid(plan):
    return factories.StakeholderFactory(
        gemeente=plan.gemeente,
        organisatie__gemeente=plan.gemeente,
        naam="Ingrid Kok",
        email="ingrid@college.example",
        telefoon="06-11112222",
    )
