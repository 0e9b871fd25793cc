from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.urls import reverse

from bijeenkomsten.constants import BijeenkomstSoort
from bijeenkomsten.models import Bijeenkomst, Uitnodiging
from rapportage.models import Opmerking
from scanner.models import Aanbeveling, Beleidsdocument
from stakeholders.models import Stakeholder
from uitvoeringsplan.geschiedenis import plan_geschiedenis
from uitvoeringsplan.models import Actie, Lidmaatschap, Uitvoeringsplan

pytestmark = pytest.mark.django_db


def tellingen():
    return {
        model.__name__: model.objects.count()
        for model in (
            Uitvoeringsplan,
            Aanbeveling,
            Actie,
            Stakeholder,
            Bijeenkomst,
            Uitnodiging,
            Opmerking,
            Lidmaatschap,
        )
    }


def test_the_demo_shows_every_part_of_the_product(settings):
    settings.DEBUG = True
    call_command("demo", verbosity=0)
    plan = Uitvoeringsplan.objects.get(gemeente__cbs_code="GM9901", status="ter_review")
    assert 5 <= plan.invultabellen.count() <= 6
    assert Stakeholder.objects.filter(gemeente=plan.gemeente).values("organisatie__sector").distinct().count() >= 10
    assert Stakeholder.objects.count() >= 15
    assert set(plan.bijeenkomsten.values_list("soort", flat=True)) >= {
        BijeenkomstSoort.STARTGESPREK,
        BijeenkomstSoort.STARTBIJEENKOMST,
        BijeenkomstSoort.INHOUDELIJK,
        BijeenkomstSoort.SLOTBIJEENKOMST,
    }
    assert Opmerking.objects.filter(plan=plan).count() >= 3
    assert {lid.user.username for lid in plan.lidmaatschappen.select_related("user")} >= {
        "projectleider",
        "kernteamlid",
        "stakeholder",
        "wethouder",
    }
    compleet = [actie for actie in Actie.objects.filter(invultabel__plan=plan) if actie.is_compleet]
    assert 0 < len(compleet) < Actie.objects.filter(invultabel__plan=plan).count()


def test_the_worked_example_is_filled_in_word_for_word(settings):
    settings.DEBUG = True
    call_command("demo", verbosity=0)
    actie = Actie.objects.get(titel__startswith="Training vroegsignalering")
    assert actie.invultabel.aanbeveling.titel == "Investeer in vroegsignalering alcohol- en drugsproblematiek"
    assert actie.periode_tekst == "Q1 2026, en daarna jaarlijks aanbieden."
    assert actie.relevantie.startswith("Om ergere problemen te voorkomen")
    assert "Leidinggevende x zorgt ervoor" in actie.wie_doet_wat
    assert actie.prioriteit == 1
    assert actie.is_compleet


def opgeslagen_bestanden(settings) -> list[Path]:
    return sorted(pad for pad in Path(settings.MEDIA_ROOT).rglob("*") if pad.is_file())


def test_running_the_demo_twice_changes_nothing(settings):
    settings.DEBUG = True
    call_command("demo", verbosity=0)
    eerst = tellingen()
    bestanden = opgeslagen_bestanden(settings)
    call_command("demo", verbosity=0)
    assert tellingen() == eerst
    assert opgeslagen_bestanden(settings) == bestanden


def test_the_demo_scanner_has_a_fictional_report_stored_like_an_upload(settings, client):
    settings.DEBUG = True
    call_command("demo", verbosity=0)
    plan = Uitvoeringsplan.objects.select_related("scanner").get(gemeente__cbs_code="GM9901", status="ter_review")
    rapport = plan.scanner.rapport
    assert rapport.name.startswith("scanners/")
    assert default_storage.exists(rapport.name)
    assert Path(rapport.path).is_relative_to(settings.MEDIA_ROOT)  # the test's own folder, not the repository's
    nota = Beleidsdocument.objects.get(gemeente=plan.gemeente, bestand__startswith="beleidsdocumenten/")
    assert default_storage.exists(nota.bestand.name)
    client.login(username="projectleider", password="demo")
    assert "Rapport (PDF)" in client.get(reverse("scanner_detail", args=[plan.pk])).content.decode()
    download = client.get(reverse("scanner_rapport", args=[plan.pk]))
    assert b"".join(download.streaming_content).startswith(b"%PDF-")


def test_the_demo_refuses_to_run_without_debug_unless_forced(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--force"):
        call_command("demo", verbosity=0)
    with pytest.raises(CommandError, match="eigen wachtwoord"):
        call_command("demo", "--force", verbosity=0)  # a superuser with a known password on a real server
    assert not Uitvoeringsplan.objects.exists()
    call_command("demo", "--force", "--password", "een-eigen-lang-wachtwoord", verbosity=0)
    assert Uitvoeringsplan.objects.exists()


def test_the_demo_builds_a_large_plan_for_benchmarks(settings):
    settings.DEBUG = True
    call_command("demo", "--acties", "40", verbosity=0)
    groot = Uitvoeringsplan.objects.get(gemeente__cbs_code="GM9902")
    assert Actie.objects.filter(invultabel__plan=groot).count() == 40
    assert all(
        actie.is_compleet
        for actie in Actie.objects.filter(invultabel__plan=groot).prefetch_related("verantwoordelijken")
    )


def test_demo_users_log_in_with_the_given_password(settings, client):
    settings.DEBUG = True
    call_command("demo", "--password", "geheim123", verbosity=0)
    assert client.login(username="projectleider", password="geheim123")
    assert Lidmaatschap.objects.filter(user__username="stakeholder").exists()
    assert Uitnodiging.objects.filter(status="aanwezig").exists()


def test_the_demo_review_is_consistent_and_its_history_names_people(settings):
    settings.DEBUG = True
    call_command("demo", verbosity=0)
    plan = Uitvoeringsplan.objects.get(gemeente__cbs_code="GM9901", status="ter_review")
    opmerkingen = list(Opmerking.objects.filter(plan=plan))
    assert all(o.beantwoord_op > o.aangemaakt_op for o in opmerkingen if o.beantwoord_op)
    for auteur in {o.auteur for o in opmerkingen}:
        gezien = Lidmaatschap.objects.get(plan=plan, user=auteur).concept_gezien_op
        assert gezien is not None and gezien < min(o.aangemaakt_op for o in opmerkingen if o.auteur == auteur)
    geschiedenis = plan_geschiedenis(plan)
    assert geschiedenis and all(gebeurtenis.wie != "onbekend" for gebeurtenis in geschiedenis)
    assert {o.history_user for o in Opmerking.history.filter(plan_id=plan.pk)} == {o.auteur for o in opmerkingen}
