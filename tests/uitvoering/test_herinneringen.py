"""The daily job: reminders about late and stale acties, the weekly overview, each reason mailed once.

In the `uitvoering` fixture only `late_actie` (of `eigen`, whose contact person is the stakeholder
`sh`) has a reason: its period ended a year ago (te laat) and it never had a bericht (stil).
"""

import datetime
import smtplib
from contextlib import contextmanager
from io import StringIO

import pytest
from django.conf import settings
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from rapportage.models import Notificatievoorkeur
from tests import factories
from uitvoering.herinneringen import al_verstuurd
from uitvoering.models import Herinnering
from uitvoering.services import voortgang_melden
from uitvoeringsplan.constants import PlanStatus, Rol, Uitvoeringsstatus

pytestmark = pytest.mark.django_db
DAG = datetime.timedelta(days=1)


class HalfKapotteMailserver(BaseEmailBackend):
    """Refuses mail to the stakeholder `sh`, delivers the rest to the test outbox."""

    def send_messages(self, email_messages):
        for bericht in email_messages:
            if "sh@example.org" in bericht.to:
                raise smtplib.SMTPRecipientsRefused({"sh@example.org": (550, b"Mailbox unavailable")})
            mail.outbox.append(bericht)
        return len(email_messages)


def draaien(*args) -> str:
    uit = StringIO()
    call_command("herinneringen", *args, stdout=uit, stderr=StringIO())
    return uit.getvalue()


def herinneringen(outbox) -> dict[str, str]:
    """The daily reminders sent, as {address: body}."""
    return {bericht.to[0]: bericht.body for bericht in outbox if bericht.subject.startswith("Herinnering")}


def weekoverzichten(outbox) -> list:
    return [bericht for bericht in outbox if bericht.subject.startswith("Weekoverzicht")]


def contactpersoon(organisatie, plan, rol=Rol.STAKEHOLDER, username="contact"):
    user = factories.LidmaatschapFactory(plan=plan, rol=rol, user__username=username).user
    factories.StakeholderFactory(organisatie=organisatie, user=user)
    return user


@contextmanager
def nieuwe_conceptversie(plan):
    """After adoption acties change only in a next concept version; adopting it locks them again."""
    plan.status, plan.versie = PlanStatus.CONCEPT, plan.versie + 1
    plan.save()
    yield
    plan.status = PlanStatus.IN_UITVOERING
    plan.save()


def absoluut(naam, *args) -> str:
    return settings.SITE_URL + reverse(naam, args=args)


def test_a_late_and_stale_actie_is_mailed_to_its_organisations_contact_person_only(uitvoering, mailoutbox, vandaag):
    plan, late = uitvoering["plan"], uitvoering["late_actie"]
    contactpersoon(uitvoering["andere"], plan, username="politie")
    uitvoer = draaien()
    ontvangen = herinneringen(mailoutbox)
    assert list(ontvangen) == ["sh@example.org"]  # not the other organisation, nor the kernteam
    tekst = ontvangen["sh@example.org"]
    assert "Training barpersoneel" in tekst
    assert "Te laat: de periode liep tot en met" in tekst
    assert "Stil: de actie begon op" in tekst
    assert absoluut("actie_voortgang", plan.pk, late.pk) in tekst
    assert absoluut("meldingen") in tekst
    assert "Voorlichting ouders" not in tekst and "Controles alcoholverkoop" not in tekst
    onderwerp = next(b.subject for b in mailoutbox if b.to == ["sh@example.org"])
    assert onderwerp == f"Herinnering: hoe staat het met 1 actie van {plan.titel}?"
    assert set(Herinnering.objects.values_list("ontvanger__username", "sleutel")) == {
        ("sh", f"te-laat:{late.pk}:{late.periode_eind.isoformat()}"),
        ("sh", f"stil:{late.pk}:{late.periode_start.isoformat()}"),
        ("pl", f"weekoverzicht:{plan.pk}:{vandaag:%G-W%V}"),
    }
    assert uitvoer.strip() == "2 e-mails verstuurd, 0 mislukt."


def test_a_lezer_of_the_organisation_is_not_asked_to_report(uitvoering, mailoutbox, lezer):
    factories.StakeholderFactory(organisatie=uitvoering["eigen"], user=lezer)
    draaien()
    assert list(herinneringen(mailoutbox)) == ["sh@example.org"]


def test_an_actie_nobody_of_its_organisation_can_be_reached_for_goes_to_the_projectleider(
    uitvoering, mailoutbox, vandaag
):
    andere = uitvoering["andere_actie"]
    with nieuwe_conceptversie(uitvoering["plan"]):
        andere.periode_start, andere.periode_eind = vandaag - 30 * DAG, vandaag - DAG
        andere.save()
        zonder = factories.ActieFactory(
            invultabel=andere.invultabel,
            titel="Folder voor sportclubs",
            uitvoeringsstatus=Uitvoeringsstatus.GEPLAND,
            periode_start=vandaag - 30 * DAG,
            periode_eind=vandaag - DAG,
        )
    draaien()
    ontvangen = herinneringen(mailoutbox)
    assert set(ontvangen) == {"sh@example.org", "pl@example.org"}
    assert "Controles alcoholverkoop" not in ontvangen["sh@example.org"]
    projectleider = ontvangen["pl@example.org"]
    assert "Niemand van Politie Lindewaard heeft een account in dit plan" in projectleider
    assert "Deze actie heeft geen verantwoordelijke organisatie" in projectleider
    assert zonder.titel in projectleider
    assert "Training barpersoneel" not in projectleider  # its organisation has someone


def test_a_contact_person_without_an_e_mail_address_counts_as_unreachable(uitvoering, mailoutbox, stakeholder):
    stakeholder.email = ""
    stakeholder.save()
    draaien()
    assert list(herinneringen(mailoutbox)) == ["pl@example.org"]


def test_who_switched_the_reminders_off_gets_none_and_is_not_replaced(uitvoering, mailoutbox, stakeholder):
    Notificatievoorkeur.objects.create(user=stakeholder, uitvoering=False)
    draaien()
    assert herinneringen(mailoutbox) == {}
    assert not Herinnering.objects.filter(ontvanger=stakeholder).exists()


@pytest.mark.parametrize("dagen_later", [0, 1])
def test_a_second_run_the_same_or_the_next_day_sends_nothing_new(uitvoering, mailoutbox, vandaag, dagen_later):
    draaien()
    mailoutbox.clear()
    uitvoer = draaien(f"--vandaag={(vandaag + dagen_later * DAG).isoformat()}")
    assert herinneringen(mailoutbox) == {}
    if (vandaag + dagen_later * DAG).isocalendar().week == vandaag.isocalendar().week:
        assert mailoutbox == []
        assert uitvoer.strip() == "0 e-mails verstuurd, 0 mislukt."


def test_a_moved_period_is_a_new_reason(uitvoering, mailoutbox, vandaag):
    draaien()
    mailoutbox.clear()
    late = uitvoering["late_actie"]
    with nieuwe_conceptversie(uitvoering["plan"]):
        late.periode_eind = vandaag - 10 * DAG
        late.save()
    draaien()
    tekst = herinneringen(mailoutbox)["sh@example.org"]
    assert "Te laat: de periode liep tot en met" in tekst
    assert "Stil:" not in tekst  # that reason was mailed already and has not changed


def test_a_new_stale_spell_after_a_bericht_is_a_new_reason(uitvoering, mailoutbox, vandaag, stakeholder):
    draaien()
    mailoutbox.clear()
    late = uitvoering["late_actie"]
    voortgang_melden(actie=late, door=stakeholder, tekst="Eerste training gegeven.", datum=vandaag - 100 * DAG)
    draaien()
    tekst = herinneringen(mailoutbox)["sh@example.org"]
    assert "Stil: het laatste voortgangsbericht is van" in tekst
    assert "Te laat:" not in tekst


def test_the_weekly_overview_goes_to_each_projectleider_once_a_week(uitvoering, mailoutbox, vandaag, stakeholder):
    plan = uitvoering["plan"]
    tweede = factories.LidmaatschapFactory(plan=plan, rol=Rol.PROJECTLEIDER, user__username="pl2").user
    maandag = vandaag - vandaag.weekday() * DAG
    voortgang_melden(
        actie=uitvoering["andere_actie"], door=stakeholder, tekst="Tien controles gedaan.", datum=maandag - 2 * DAG
    )
    voortgang_melden(actie=uitvoering["late_actie"], door=stakeholder, tekst="Oud nieuws.", datum=maandag - 10 * DAG)
    draaien(f"--vandaag={maandag.isoformat()}")
    overzichten = weekoverzichten(mailoutbox)
    assert sorted(b.to[0] for b in overzichten) == ["pl2@example.org", "pl@example.org"]
    week = maandag.isocalendar().week
    assert overzichten[0].subject == f"Weekoverzicht uitvoering {plan.titel}, week {week}"
    tekst = overzichten[0].body
    assert "Acties per status (3 acties in totaal):\n- Gepland: 1\n- Gestart: 2\n" in tekst
    assert "Te laat (1)" in tekst and "- Training barpersoneel (tot en met" in tekst
    assert "Stil (0)" in tekst  # late_actie had a bericht 10 days ago
    assert "Voortgangsberichten sinds" in tekst and "(1):" in tekst
    assert "Controles alcoholverkoop" in tekst and "Tien controles gedaan." in tekst
    assert "Oud nieuws." not in tekst
    assert absoluut("uitvoering", plan.pk) in tekst
    assert absoluut("actie_voortgang", plan.pk, uitvoering["late_actie"].pk) in tekst

    mailoutbox.clear()
    draaien(f"--vandaag={(maandag + DAG).isoformat()}")
    assert weekoverzichten(mailoutbox) == []
    draaien(f"--vandaag={(maandag + 7 * DAG).isoformat()}")
    assert sorted(b.to[0] for b in weekoverzichten(mailoutbox)) == ["pl2@example.org", "pl@example.org"]
    assert Herinnering.objects.filter(ontvanger=tweede, sleutel__startswith="weekoverzicht:").count() == 2


def test_a_projectleider_who_switched_the_weekly_overview_off_gets_none(uitvoering, mailoutbox, projectleider):
    Notificatievoorkeur.objects.create(user=projectleider, weekoverzicht=False)
    draaien()
    assert weekoverzichten(mailoutbox) == []
    assert list(herinneringen(mailoutbox)) == ["sh@example.org"]


def test_a_failing_mail_server_records_nothing_so_the_next_run_tries_again(uitvoering, mailoutbox, settings):
    settings.MAILERS = {"default": {"BACKEND": "tests.mailserver.KapotteMailserver"}}
    with pytest.raises(CommandError, match="0 e-mails verstuurd, 2 mislukt"):
        draaien()
    assert not Herinnering.objects.exists()
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    assert draaien().strip() == "2 e-mails verstuurd, 0 mislukt."


def test_one_refused_address_does_not_stop_the_others(uitvoering, mailoutbox, settings, stakeholder, projectleider):
    settings.MAILERS = {"default": {"BACKEND": "tests.uitvoering.test_herinneringen.HalfKapotteMailserver"}}
    fouten = StringIO()
    with pytest.raises(CommandError, match="1 e-mail verstuurd, 1 mislukt"):
        call_command("herinneringen", stdout=StringIO(), stderr=fouten)
    assert "Niet verstuurd aan sh@example.org" in fouten.getvalue()
    assert [b.to for b in mailoutbox] == [["pl@example.org"]]
    assert not Herinnering.objects.filter(ontvanger=stakeholder).exists()
    assert Herinnering.objects.filter(ontvanger=projectleider).count() == 1


def test_a_dry_run_shows_what_would_be_sent_and_sends_and_records_nothing(uitvoering, mailoutbox):
    uitvoer = draaien("--droog")
    assert mailoutbox == []
    assert not Herinnering.objects.exists()
    assert f"sh@example.org: Herinnering: hoe staat het met 1 actie van {uitvoering['plan'].titel}?" in uitvoer
    assert "Droog: 2 e-mails zouden worden verstuurd; er is niets verstuurd of bewaard." in uitvoer


@pytest.mark.parametrize(
    ("status", "versie", "verstuurd"),
    [
        (PlanStatus.CONCEPT, 1, False),  # never adopted
        (PlanStatus.TER_REVIEW, 1, False),
        (PlanStatus.GEEVALUEERD, 2, False),  # the uitvoering is over
        (PlanStatus.VASTGESTELD, 2, True),
        (PlanStatus.CONCEPT, 2, True),  # a next concept version: the adopted one is still carried out
    ],
)
def test_only_plans_whose_voortgang_can_be_reported_send_anything(uitvoering, mailoutbox, status, versie, verstuurd):
    plan = uitvoering["plan"]
    plan.status, plan.versie = status, versie
    plan.save()
    draaien()
    assert bool(mailoutbox) is verstuurd


def test_with_verbosity_0_the_job_is_silent_unless_something_failed(uitvoering, mailoutbox):
    assert draaien("-v", "0") == ""
    assert len(mailoutbox) == 2


def test_a_date_that_is_not_a_date_is_refused(uitvoering):
    with pytest.raises(CommandError, match="geen datum als JJJJ-MM-DD"):
        draaien("--vandaag=maandag")


def test_the_job_needs_as_many_queries_for_a_large_plan_as_for_a_small_one(uitvoering, vandaag):
    """Every actie late and stale, half of them without a contact person (so for the projectleider)."""
    invultabel = uitvoering["late_actie"].invultabel

    def acties_erbij(aantal):
        with nieuwe_conceptversie(uitvoering["plan"]):
            for nummer in range(aantal):
                actie = factories.ActieFactory(
                    invultabel=invultabel,
                    titel=f"Actie {nummer}",
                    uitvoeringsstatus=Uitvoeringsstatus.GESTART,
                    periode_start=vandaag - 300 * DAG,
                    periode_eind=vandaag - DAG,
                )
                actie.verantwoordelijken.add(uitvoering["eigen" if nummer % 2 else "andere"])

    def queries():
        Herinnering.objects.all().delete()
        with CaptureQueriesContext(connection) as vastgelegd:
            draaien()
        return len(vastgelegd.captured_queries)

    acties_erbij(2)
    klein = queries()
    acties_erbij(30)
    groot = queries()
    # 7 reads (the last: the plans' indicatoren); a preference per mail (3); the overview's counts and
    # berichten (2); 4 per mail sent (12)
    assert klein == groot == 24
    assert herinneringen(mail.outbox)["pl@example.org"].count("Schrijf een voortgangsbericht:") == 16


def test_already_sent_reasons_are_found_however_many_keys_are_asked_at_once(stakeholder):
    for sleutel in ["a", "b", "c"]:
        Herinnering.objects.create(ontvanger=stakeholder, sleutel=sleutel)
    assert al_verstuurd({stakeholder.pk}, {"a", "b", "c", "d"}, per_keer=2) == {
        (stakeholder.pk, "a"),
        (stakeholder.pk, "b"),
        (stakeholder.pk, "c"),
    }
