"""Small helpers the view tests of the bijeenkomsten app share (fixtures are in conftest.py)."""

import datetime

from django.urls import reverse
from django.utils import timezone

OVER_EEN_MAAND = timezone.localdate() + datetime.timedelta(days=30)


def url(naam: str, plan, **kwargs) -> str:
    """The URL of a page of `plan`, e.g. url("bellijst", plan, bijeenkomst_pk=...)."""
    return reverse(naam, kwargs={"plan_pk": plan.pk, **kwargs})
