"""The demo's previous cycle: adopted about two years ago, in uitvoering, late here and there, and published."""

from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from bijeenkomsten.constants import BijeenkomstSoort
from bijeenkomsten.models import Bijeenkomst
from dashboard.voortgang import voortgang_van
from demo.bouwen import demo_bouwen
from rapportage.models import Vaststelling
from scanner.models import Scanner
from uitvoering.models import Voortgangsbericht
from uitvoering.stand import met_stand
from uitvoeringsplan.constants import KERNTEAM_ROLLEN, PlanStatus, Uitvoeringsstatus
from uitvoeringsplan.models import Actie, Uitvoeringsplan

pytestmark = pytest.mark.django_db

WIJKTEAM = "Sociaal wijkteam Lindewaard"  # Esther de Groot's organisation


def vorig_plan() -> Uitvoeringsplan:
    return Uitvoeringsplan.objects.get(gemeente__cbs_code="GM9901", status=PlanStatus.IN_UITVOERING)


# Today, and a leap day years ahead: a hard-coded year or an unshifted date shows up in the second.
@pytest.mark.parametrize("vandaag", [None, date(2032, 2, 29)], ids=["vandaag", "schrikkeldag-2032"])
def test_the_previous_plan_was_adopted_two_years_ago_and_is_under_way_with_some_acties_late(vandaag):
    demo_bouwen(wachtwoord="demo", vandaag=vandaag)
    vandaag = vandaag or timezone.localdate()
    plan = vorig_plan()
    huidig = Uitvoeringsplan.objects.get(gemeente__cbs_code="GM9901", status=PlanStatus.TER_REVIEW)
    assert not huidig.vaststellingen.exists()
    assert Scanner.objects.filter(gemeente=plan.gemeente).latest("datum") == huidig.scanner != plan.scanner

    vaststelling = Vaststelling.objects.get(plan=plan)
    twee_jaar_geleden = vandaag - timedelta(days=730)
    assert abs(timezone.localdate(vaststelling.vastgesteld_op) - twee_jaar_geleden) < timedelta(weeks=3)
    assert vaststelling.snapshot["plan"]["datum"] == timezone.localdate(vaststelling.vastgesteld_op).isoformat()
    assert plan.scanner.datum < timezone.localdate(vaststelling.vastgesteld_op) < plan.datum_start_uitvoering
    assert plan.publicatie.openbaar

    start = plan.datum_start_uitvoering
    eind = start.replace(year=start.year + 4) - timedelta(days=1)
    assert start < vandaag < eind
    assert plan.titel.endswith(f"{start.year}–{eind.year}")
    acties = list(
        met_stand(Actie.objects.filter(invultabel__plan=plan), vandaag).prefetch_related("verantwoordelijken")
    )
    assert 6 <= len(acties) <= 9
    assert all(start <= actie.periode_start <= actie.periode_eind <= eind for actie in acties)

    statussen = {actie.titel: actie.uitvoeringsstatus for actie in acties}
    assert {Uitvoeringsstatus.GEPLAND, Uitvoeringsstatus.GESTART, Uitvoeringsstatus.AFGEROND} <= set(statussen.values())
    assert sum(actie.te_laat for actie in acties) >= 2
    assert any(actie.stil for actie in acties)
    [uitgesteld] = [actie for actie in acties if actie.uitvoeringsstatus == Uitvoeringsstatus.UITGESTELD]
    assert uitgesteld.voortgangsberichten.get(status=Uitvoeringsstatus.UITGESTELD).tekst

    berichten = Voortgangsbericht.objects.filter(actie__invultabel__plan=plan).select_related("auteur")
    assert all(timezone.localdate(vaststelling.vastgesteld_op) < bericht.datum <= vandaag for bericht in berichten)
    rollen = dict(plan.lidmaatschappen.values_list("user__username", "rol"))
    assert {rollen[bericht.auteur.username] for bericht in berichten} >= {*KERNTEAM_ROLLEN, "stakeholder"}
    assert rollen["stakeholder"] == "stakeholder" and rollen["wethouder"] == "lezer"

    van_esther = [actie for actie in acties if WIJKTEAM in {o.naam for o in actie.verantwoordelijken.all()}]
    assert any(actie.uitvoeringsstatus == Uitvoeringsstatus.GEPLAND and not actie.te_laat for actie in van_esther)
    assert any(actie.uitvoeringsstatus == Uitvoeringsstatus.GESTART and not actie.te_laat for actie in van_esther)
    assert any(actie.te_laat for actie in van_esther)


def test_the_previous_plan_went_through_every_step_and_its_history_tells_when_and_by_whom(settings):
    settings.DEBUG = True
    call_command("demo", verbosity=0)
    plan = vorig_plan()
    assert all(stap.klaar for stap in voortgang_van([plan])[plan.pk].stappen)
    vaststelling = plan.vaststellingen.get()
    assert vaststelling.bijeenkomst == plan.bijeenkomsten.get(soort=BijeenkomstSoort.SLOTBIJEENKOMST)
    assert vaststelling.ondertekeningen.exists()
    vastgesteld_op = vaststelling.vastgesteld_op
    assert all(b.history_date <= vastgesteld_op for b in Bijeenkomst.history.filter(plan_id=plan.pk))
    records = Actie.history.filter(invultabel__plan=plan)
    assert not records.filter(history_user__isnull=True).exists()
    assert not records.filter(history_date__date__gt=timezone.localdate()).exists()
    gestart = records.filter(uitvoeringsstatus=Uitvoeringsstatus.GESTART, history_type="~").earliest("history_date")
    assert gestart.history_date > vastgesteld_op
    eerste_bericht = Voortgangsbericht.objects.filter(status=Uitvoeringsstatus.GESTART, actie_id=gestart.id).get()
    assert timezone.localdate(gestart.history_date) == eerste_bericht.datum
    assert plan.history.filter(status=PlanStatus.VASTGESTELD).get().history_date == vastgesteld_op


def test_the_demo_stakeholder_starts_an_actie_of_her_own_organisation(settings, client):
    settings.DEBUG = True
    call_command("demo", verbosity=0)
    plan = vorig_plan()
    actie = Actie.objects.get(
        invultabel__plan=plan, verantwoordelijken__naam=WIJKTEAM, uitvoeringsstatus=Uitvoeringsstatus.GEPLAND
    )
    client.login(username="stakeholder", password="demo")
    assert plan.titel in client.get(reverse("dashboard")).content.decode()
    assert actie.titel in client.get(reverse("uitvoering", args=[plan.pk])).content.decode()
    response = client.post(
        reverse("actie_voortgang", args=[plan.pk, actie.pk]),
        {
            "status": Uitvoeringsstatus.GESTART,
            "tekst": "De instructie voor het wijkteam is gepland.",
            "versie": actie.versie,
        },
    )
    assert response.status_code == 302
    actie.refresh_from_db()
    assert actie.uitvoeringsstatus == Uitvoeringsstatus.GESTART
    assert actie.voortgangsberichten.first().auteur.username == "stakeholder"
