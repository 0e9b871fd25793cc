"""The uitvoeringsoverzicht: te laat and stil, counts per status, filters, the timeline, and its cost."""

import datetime

import pytest
from django.urls import reverse

from tests import factories
from uitvoering.services import voortgang_melden
from uitvoering.stand import aantallen_per_status, in_uitvoering, met_stand
from uitvoering.tijdlijn import tijdlijn
from uitvoeringsplan.constants import PlanStatus, Uitvoeringsstatus
from uitvoeringsplan.models import Actie

pytestmark = pytest.mark.django_db

DAG = datetime.timedelta(days=1)


def stand(actie, vandaag):
    return met_stand(Actie.objects.filter(pk=actie.pk), vandaag).get()


@pytest.mark.parametrize(
    ("status", "te_laat"),
    [
        (Uitvoeringsstatus.GEPLAND, True),
        (Uitvoeringsstatus.GESTART, True),
        (Uitvoeringsstatus.UITGESTELD, True),
        (Uitvoeringsstatus.AFGEROND, False),
        (Uitvoeringsstatus.GESTOPT, False),
    ],
)
def test_te_laat_means_the_period_ended_and_the_actie_is_not_finished(uitvoering, vandaag, status, te_laat):
    actie = uitvoering["late_actie"]
    Actie.objects.filter(pk=actie.pk).update(uitvoeringsstatus=status)
    assert stand(actie, vandaag).te_laat is te_laat


def test_an_actie_whose_period_ends_today_is_not_late_yet(uitvoering, vandaag):
    actie = uitvoering["late_actie"]
    Actie.objects.filter(pk=actie.pk).update(periode_eind=vandaag)
    assert not stand(actie, vandaag).te_laat
    assert stand(actie, vandaag + DAG).te_laat


def test_stil_means_eight_weeks_without_a_bericht(uitvoering, kernteamlid, vandaag, settings):
    actie = uitvoering["eigen_actie"]  # its period starts today
    assert not stand(actie, vandaag).stil
    assert not stand(actie, vandaag + datetime.timedelta(weeks=8)).stil
    assert stand(actie, vandaag + datetime.timedelta(weeks=8) + DAG).stil
    voortgang_melden(actie=actie, door=kernteamlid, tekst="Nog bezig", datum=vandaag + datetime.timedelta(weeks=4))
    assert not stand(actie, vandaag + datetime.timedelta(weeks=8) + DAG).stil
    assert stand(actie, vandaag + datetime.timedelta(weeks=12) + DAG).stil
    settings.UITVOERING_STIL_NA_WEKEN = 2  # the number of weeks is configurable
    assert stand(actie, vandaag + datetime.timedelta(weeks=6) + DAG).stil


def test_an_actie_that_has_not_started_or_is_finished_is_never_stil(uitvoering, vandaag):
    later = vandaag + datetime.timedelta(weeks=52)
    niet_begonnen = uitvoering["eigen_actie"]
    Actie.objects.filter(pk=niet_begonnen.pk).update(periode_start=later, periode_eind=later)
    assert not stand(niet_begonnen, vandaag + datetime.timedelta(weeks=20)).stil
    klaar = uitvoering["late_actie"]
    Actie.objects.filter(pk=klaar.pk).update(uitvoeringsstatus=Uitvoeringsstatus.AFGEROND)
    assert not stand(klaar, vandaag).stil


def test_counts_per_status_name_every_status(uitvoering):
    aantallen = aantallen_per_status(in_uitvoering(Actie.objects.van_plan(uitvoering["plan"])))
    assert aantallen == {"gepland": 1, "gestart": 2, "afgerond": 0, "uitgesteld": 0, "gestopt": 0}


def test_acties_without_a_status_are_not_in_uitvoering(uitvoering):
    plan = uitvoering["plan"]
    plan.status, plan.versie = PlanStatus.CONCEPT, 2
    plan.save()
    nieuw = factories.ActieFactory(invultabel=uitvoering["eigen_actie"].invultabel, titel="Nieuw in versie 2")
    assert nieuw not in in_uitvoering(Actie.objects.van_plan(plan))


def test_the_timeline_spans_the_acties_and_today(uitvoering, vandaag):
    acties = list(met_stand(in_uitvoering(Actie.objects.van_plan(uitvoering["plan"])), vandaag))
    lijn = tijdlijn(acties, vandaag)
    # From the late actie's start, two years back, to a year ahead: 13 or 14 quarters.
    assert 12 <= len(lijn.kwartalen) <= 14
    assert lijn.kwartalen[0] == f"Q{(uitvoering['late_actie'].periode_start.month - 1) // 3 + 1} {vandaag.year - 2}"
    late = next(balk for balk in lijn.balken if balk.actie.pk == uitvoering["late_actie"].pk)
    assert late.x == 0 and late.breedte >= 40
    assert 0 < lijn.vandaag_x < lijn.breedte


def test_the_timeline_of_acties_without_a_period_has_no_bars(uitvoering, vandaag):
    Actie.objects.update(periode_start=None, periode_eind=None)
    lijn = tijdlijn(list(Actie.objects.all()), vandaag)
    assert lijn.kwartalen == [] and all(balk.breedte == 0 for balk in lijn.balken)


def overzicht(client, plan, **filters):
    return client.get(reverse("uitvoering", args=[plan.pk]), filters)


def test_the_overview_shows_counts_and_late_acties(client, uitvoering, lezer):
    client.force_login(lezer)
    response = overzicht(client, uitvoering["plan"])
    html = response.content.decode()
    assert response.status_code == 200
    assert response.context["aantal_te_laat"] == 1
    assert {status.value: n for status, n in response.context["aantallen"]}["gestart"] == 2
    assert "Training barpersoneel" in html and "te laat" in html
    assert 'class="up-vandaag"' in html


@pytest.mark.parametrize(
    ("filters", "titels"),
    [
        ({"te_laat": "on"}, ["Training barpersoneel"]),
        ({"status": "gepland"}, ["Voorlichting ouders"]),
        ({"organisatie": "andere"}, ["Controles alcoholverkoop"]),
        ({"organisatie": "eigen", "te_laat": "on"}, ["Training barpersoneel"]),
        ({"status": "bestaat-niet"}, ["Voorlichting ouders", "Controles alcoholverkoop", "Training barpersoneel"]),
    ],
)
def test_the_filters(client, uitvoering, kernteamlid, filters, titels):
    filters = {
        sleutel: uitvoering[waarde].pk if sleutel == "organisatie" else waarde for sleutel, waarde in filters.items()
    }
    client.force_login(kernteamlid)
    response = overzicht(client, uitvoering["plan"], **filters)
    assert [balk.actie.titel for balk in response.context["tijdlijn"].balken] == titels


def test_the_filter_on_aanbeveling(client, uitvoering, kernteamlid):
    andere_tabel = factories.InvultabelFactory.build(plan=uitvoering["plan"])
    andere_tabel.aanbeveling.scanner.save()
    andere_tabel.aanbeveling.save()
    client.force_login(kernteamlid)
    aanbeveling = uitvoering["eigen_actie"].invultabel.aanbeveling_id
    response = overzicht(client, uitvoering["plan"], aanbeveling=aanbeveling)
    assert len(response.context["tijdlijn"].balken) == 3
    assert overzicht(client, uitvoering["plan"], aanbeveling=aanbeveling + 999).context["tijdlijn"].balken


def test_the_overview_costs_the_same_number_of_queries_at_two_plan_sizes(
    client, uitvoering, kernteamlid, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(kernteamlid)
    plan = uitvoering["plan"]
    with CaptureQueriesContext(connection) as klein:
        assert overzicht(client, plan).status_code == 200
    plan.status = PlanStatus.CONCEPT
    plan.save()
    tabel = uitvoering["eigen_actie"].invultabel
    for nummer in range(20):
        actie = factories.ActieFactory(
            invultabel=tabel, uitvoeringsstatus=Uitvoeringsstatus.GESTART, periode_start=datetime.date(2026, 1, 1)
        )
        actie.verantwoordelijken.add(uitvoering["andere"] if nummer % 2 else uitvoering["eigen"])
        voortgang_melden(actie=actie, door=kernteamlid, tekst="bezig")
    plan.status = PlanStatus.IN_UITVOERING
    plan.save()
    with django_assert_num_queries(len(klein)):
        response = overzicht(client, plan)
    assert len(response.context["tijdlijn"].balken) == 23
