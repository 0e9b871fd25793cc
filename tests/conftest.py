"""Shared fixtures: a plan with one member per role, and people from elsewhere."""

import os

import pytest
from django.core.cache import cache

from uitvoeringsplan.constants import Rol

from . import factories

# Sync Playwright, Django's live_server and the ORM share a thread in the browser tests.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Uploads and generated PDFs of a test land in its own temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _lege_cache():
    """Counts of failed logins and the like do not carry over from one test to the next."""
    cache.clear()


@pytest.fixture
def plan(db):
    return factories.UitvoeringsplanFactory(gemeente__naam="Lindewaard")


def _lid(plan, rol, username):
    return factories.LidmaatschapFactory(plan=plan, rol=rol, user__username=username).user


@pytest.fixture
def projectleider(plan):
    return _lid(plan, Rol.PROJECTLEIDER, "pl")


@pytest.fixture
def kernteamlid(plan):
    return _lid(plan, Rol.KERNTEAMLID, "kt")


@pytest.fixture
def stakeholder(plan):
    return _lid(plan, Rol.STAKEHOLDER, "sh")


@pytest.fixture
def lezer(plan):
    return _lid(plan, Rol.LEZER, "lz")


@pytest.fixture
def buitenstaander(db):
    """Logged in, but a member of no plan at all."""
    return factories.UserFactory(username="buiten")


@pytest.fixture
def kernteamlid_elders(db):
    """A kernteamlid of another gemeente's plan: must never see `plan`."""
    return factories.LidmaatschapFactory(rol=Rol.KERNTEAMLID, user__username="elders").user


@pytest.fixture
def leden(projectleider, kernteamlid, stakeholder, lezer):
    return {
        Rol.PROJECTLEIDER: projectleider,
        Rol.KERNTEAMLID: kernteamlid,
        Rol.STAKEHOLDER: stakeholder,
        Rol.LEZER: lezer,
    }
