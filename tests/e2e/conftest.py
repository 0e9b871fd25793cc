"""Browser tests: Playwright driving Debian's Chromium against Django's live_server."""

import os
import shutil
import sqlite3

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "nl-NL", "timezone_id": "Europe/Amsterdam"}


@pytest.fixture(scope="session")
def _demo_kopie(tmp_path_factory):
    """Where the first test's demo is kept, so the next ones copy it instead of building it again."""
    return tmp_path_factory.mktemp("demo")


@pytest.fixture
def demo(transactional_db, settings, _demo_kopie):
    """The Lindewaard demo. Built once per run; on SQLite each further test gets a copy of it.

    Building it renders the PDF/A of an adopted plan, which takes seconds; a copy of the database
    (through SQLite's backup API, safe in WAL mode) and of the stored files takes milliseconds.
    """
    settings.DEBUG = True
    if connection.vendor != "sqlite":
        call_command("demo", verbosity=0)
        return
    database, kopie, bestanden = connection.settings_dict["NAME"], _demo_kopie / "demo.sqlite3", _demo_kopie / "media"
    if kopie.exists():
        connection.close()
        with sqlite3.connect(kopie) as bron, sqlite3.connect(database) as doel:
            bron.backup(doel)
        shutil.copytree(bestanden, settings.MEDIA_ROOT, dirs_exist_ok=True)
        ContentType.objects.clear_cache()
        return
    call_command("demo", verbosity=0)
    connection.close()
    with sqlite3.connect(database) as bron, sqlite3.connect(kopie) as doel:
        bron.backup(doel)
    shutil.copytree(settings.MEDIA_ROOT, bestanden)


@pytest.fixture
def console_fouten(page):
    """Errors the browser reports (a CSP violation, a failing script): the test asserts there are none."""
    fouten = []
    page.on("console", lambda bericht: fouten.append(bericht.text) if bericht.type == "error" else None)
    page.on("pageerror", lambda fout: fouten.append(str(fout)))
    return fouten


@pytest.fixture
def inloggen(page, live_server):
    def inloggen(gebruiker: str, wachtwoord: str = "demo") -> None:
        page.goto(live_server.url + "/")
        page.get_by_label("Gebruikersnaam").fill(gebruiker)
        page.get_by_label("Wachtwoord").fill(wachtwoord)
        page.get_by_role("button", name="Inloggen").click()
        page.wait_for_url(live_server.url + "/")

    return inloggen
