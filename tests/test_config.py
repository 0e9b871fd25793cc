"""Project-wide guarantees: login everywhere, deploy checks, CSP, history on every domain model."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver, reverse

BASE_DIR = Path(__file__).resolve().parent.parent
DOMEIN_APPS = [
    "scanner",
    "stakeholders",
    "uitvoeringsplan",
    "bijeenkomsten",
    "rapportage",
    "uitvoering",
    "cyclus",
    "regio",
]
# Pages that must open without logging in.
OPEN_PAGINAS = {
    "favicon",
    "login",
    "password_reset_confirm",
    "password_reset_complete",
    "wachtwoord_instellen",
    # A published plan (uitvoering/urls_openbaar.py); tests/uitvoering/test_openbaar.py walks them.
    "openbaar_plannen",
    "openbaar_plan",
    "openbaar_plan_pdf",
    "openbaar_plan_json",
    "openbaar_plan_csv",
}


def _routes(resolver: URLResolver, prefix: str = ""):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            if getattr(pattern, "app_name", None) == "admin":
                continue
            yield from _routes(pattern, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield pattern.name, prefix + str(pattern.pattern)


def _invullen(route: str) -> str:
    return "/" + re.sub(r"<(?:(\w+):)?\w+>", lambda m: "1" if m.group(1) == "int" else "x", route)


@pytest.mark.django_db
def test_every_page_sends_an_anonymous_visitor_to_the_login_page(client):
    routes = list(_routes(get_resolver()))
    assert len(routes) > 10
    for name, route in routes:
        if name in OPEN_PAGINAS:
            continue
        path = _invullen(route)
        response = client.get(path)
        assert response.status_code == 302, f"{name} ({path}) answered {response.status_code}"
        assert response.url.startswith("/account/inloggen/"), f"{name} ({path}) redirected to {response.url}"


@pytest.mark.django_db
def test_the_admin_is_closed_to_users_who_are_not_staff(client, projectleider):
    client.force_login(projectleider)
    response = client.get("/beheer/")
    assert response.status_code == 302
    assert "/beheer/login/" in response.url


def test_production_settings_pass_the_deploy_checks():
    env = {
        **{naam: waarde for naam, waarde in os.environ.items() if naam != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "x7" * 30 + "-not-a-real-secret-but-long-and-varied-enough",
        "ALLOWED_HOSTS": "uitvoeringsplan.example.nl",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_settings_refuse_a_missing_secret_key():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.production", "SECRET_KEY": ""}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=BASE_DIR, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


@pytest.mark.django_db
def test_pages_carry_a_content_security_policy_without_unsafe_inline(client, projectleider):
    client.force_login(projectleider)
    response = client.get("/")
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy


def test_every_domain_model_keeps_its_history():
    modellen = [
        model
        for app in DOMEIN_APPS
        for model in apps.get_app_config(app).get_models()
        if not model.__name__.startswith("Historical") and not model._meta.auto_created
    ]
    assert len(modellen) >= 20
    zonder = [model.__name__ for model in modellen if not hasattr(model, "history")]
    assert zonder == []


def test_every_domain_model_names_its_plural_itself():
    """Django's default plural adds an "s": wrong for "bijeenkomst", "actie", "invultabel"."""
    for app in DOMEIN_APPS:
        for model in apps.get_app_config(app).get_models():
            if model.__name__.startswith("Historical") or model._meta.auto_created:
                continue
            assert "verbose_name_plural" in model._meta.original_attrs, model.__name__


def test_every_domain_model_has_a_searchable_admin():
    from django.contrib import admin

    for app in DOMEIN_APPS:
        for model in apps.get_app_config(app).get_models():
            if model.__name__.startswith("Historical") or model._meta.auto_created:
                continue
            assert model in admin.site._registry, model.__name__
            assert admin.site._registry[model].search_fields, model.__name__


def test_after_five_wrong_passwords_even_the_right_one_waits(client, projectleider):
    projectleider.set_password("goed-wachtwoord")
    projectleider.save()
    for _ in range(5):
        response = client.post(reverse("login"), {"username": projectleider.username, "password": "fout"})
        assert "te vaak" not in response.content.decode()
    response = client.post(reverse("login"), {"username": projectleider.username, "password": "goed-wachtwoord"})
    assert response.status_code == 200
    assert "Er is te vaak een verkeerd wachtwoord ingevuld." in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_admin_login_has_the_same_brake():
    from django.contrib import admin

    from accounts.forms import InlogForm

    assert issubclass(admin.site.login_form, InlogForm)


def test_our_stylesheets_close_every_block_they_open():
    """A lost "}" silently swallows every rule after it (merges of appended sections are prone to it)."""
    for css in (Path(__file__).resolve().parent.parent / "static" / "css").glob("*.css"):
        tekst = css.read_text()
        assert tekst.count("{") == tekst.count("}"), css.name
