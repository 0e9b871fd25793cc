"""Browser tests: Playwright driving Debian's Chromium against Django's live_server."""

import os

import pytest
from django.core.management import call_command

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


@pytest.fixture
def demo(transactional_db, settings):
    settings.DEBUG = True
    call_command("demo", verbosity=0)


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
