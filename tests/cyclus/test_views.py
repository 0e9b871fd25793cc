"""The pages of the next cycle: who may open them, what they save, and what bad input does."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cyclus.models import Vergelijking
from cyclus.services import volgende_cyclus_starten
from scanner.models import Middel, Scanner
from tests import factories
from uitvoeringsplan.constants import PlanStatus, Rol
from uitvoeringsplan.models import Actie, Uitvoeringsplan


def url(naam, plan):
    return reverse(naam, args=[plan.pk])


def start_gegevens(cyclus, **extra):
    return {"titel": "Uitvoeringsplan 2027–2030", "bron": f"scanner-{cyclus['scanner'].pk}", **extra}


@pytest.fixture
def nieuw(cyclus, projectleider):
    return volgende_cyclus_starten(
        vorig_plan=cyclus["vorig"], titel="Nieuw", scanner=cyclus["scanner"], door=projectleider
    )


@pytest.mark.parametrize(
    ("gebruiker", "verwacht"),
    [("projectleider", 200), ("kernteamlid", 200), ("stakeholder", 403), ("lezer", 403), ("buitenstaander", 404)],
)
def test_only_the_kernteam_opens_the_start_page(client, cyclus, request, gebruiker, verwacht):
    client.force_login(request.getfixturevalue(gebruiker))
    assert client.get(url("volgende_cyclus_starten", cyclus["vorig"])).status_code == verwacht


def test_a_plan_still_being_written_has_no_next_cycle_to_start(client, plan, projectleider):
    client.force_login(projectleider)
    assert client.get(url("volgende_cyclus_starten", plan)).status_code == 403
    assert "Volgende cyclus" not in client.get(url("plan_detail", plan)).content.decode()


def test_the_start_page_offers_the_newer_scanner_and_not_the_plans_own(client, cyclus, projectleider):
    client.force_login(projectleider)
    html = client.get(url("volgende_cyclus_starten", cyclus["vorig"])).content.decode()
    assert "Scanner: Scanner 2026, " in html
    assert "Scanner: Scanner 2022" not in html
    assert "Een nieuwe Scanner, die ik hieronder vastleg" in html


def test_starting_from_a_scanner_creates_the_plan_and_opens_the_comparison(client, cyclus, kernteamlid):
    client.force_login(kernteamlid)
    response = client.post(url("volgende_cyclus_starten", cyclus["vorig"]), start_gegevens(cyclus))
    nieuw = Uitvoeringsplan.objects.get(vorige_cyclus=cyclus["vorig"])
    assert response.status_code == 302
    assert response["Location"] == url("cyclus_vergelijking", nieuw)
    assert nieuw.titel == "Uitvoeringsplan 2027–2030"
    assert nieuw.lidmaatschappen.get(user=kernteamlid).rol == Rol.KERNTEAMLID


def test_starting_from_a_new_scanner_records_it_with_its_pasted_aanbevelingen(client, cyclus, projectleider):
    client.force_login(projectleider)
    gegevens = start_gegevens(
        cyclus,
        bron="nieuw",
        **{
            "scanner-titel": "Scanner 2027",
            "scanner-uitvoerder": "ggd",
            "scanner-datum": "2027-02-01",
            "scanner-middelen": [Middel.standaard()["alcohol"].pk],
            "plak-aanbevelingen": "1. Rookvrije schoolpleinen\n2. Minder lachgas",
        },
    )
    response = client.post(url("volgende_cyclus_starten", cyclus["vorig"]), gegevens)
    assert response.status_code == 302
    nieuw = Uitvoeringsplan.objects.get(vorige_cyclus=cyclus["vorig"])
    assert nieuw.scanner.titel == "Scanner 2027"
    assert [i.aanbeveling.titel for i in nieuw.invultabellen.order_by("volgorde")] == [
        "Rookvrije schoolpleinen",
        "Minder lachgas",
    ]


def test_a_new_scanner_without_aanbevelingen_gets_a_message_by_the_field_and_nothing_is_made(
    client, cyclus, projectleider
):
    client.force_login(projectleider)
    aantal = Scanner.objects.count()
    response = client.post(
        url("volgende_cyclus_starten", cyclus["vorig"]),
        start_gegevens(cyclus, bron="nieuw", **{"scanner-titel": "", "plak-aanbevelingen": ""}),
    )
    assert response.status_code == 200
    assert "Plak minstens één aanbeveling." in response.content.decode()
    assert response.context["scanner_form"].errors["titel"]
    assert Scanner.objects.count() == aantal
    assert not Uitvoeringsplan.objects.filter(vorige_cyclus=cyclus["vorig"]).exists()


@pytest.mark.parametrize("bron", ["", "scanner-999999999999999999999", "beleid-x", ["nieuw", "beleid-x"]])
def test_a_missing_or_unknown_source_is_refused_by_the_field(client, cyclus, projectleider, bron):
    client.force_login(projectleider)
    response = client.post(url("volgende_cyclus_starten", cyclus["vorig"]), start_gegevens(cyclus, bron=bron))
    assert response.status_code == 200
    assert response.context["form"].errors["bron"]
    assert not Uitvoeringsplan.objects.filter(vorige_cyclus=cyclus["vorig"]).exists()


def test_a_second_start_is_refused_with_a_link_to_the_next_cycle(client, cyclus, projectleider, nieuw):
    client.force_login(projectleider)
    pagina = client.get(url("volgende_cyclus_starten", cyclus["vorig"])).content.decode()
    assert "al gestart" in pagina
    assert url("plan_detail", nieuw) in pagina
    response = client.post(url("volgende_cyclus_starten", cyclus["vorig"]), start_gegevens(cyclus), follow=True)
    assert "al gestart" in response.content.decode()
    assert Uitvoeringsplan.objects.filter(vorige_cyclus=cyclus["vorig"]).count() == 1


def test_the_comparison_is_a_page_of_a_next_cycle_only(client, plan, projectleider):
    client.force_login(projectleider)
    assert client.get(url("cyclus_vergelijking", plan)).status_code == 404
    assert client.get(url("cyclus_acties", plan)).status_code == 404


def test_the_comparison_shows_the_suggestion_and_the_kernteam_confirms_it(client, cyclus, projectleider, nieuw):
    client.force_login(projectleider)
    html = client.get(url("cyclus_vergelijking", nieuw)).content.decode()
    assert "Terugkerend: Maak sportvelden en speelplaatsen rookvrij" in html
    assert "Geef ouders handvatten" in html  # vervallen
    response = client.post(
        url("cyclus_vergelijking", nieuw),
        {f"nieuw-{cyclus['nieuw_roken'].pk}": cyclus["oud_roken"].pk, f"nieuw-{cyclus['nieuw_apart'].pk}": ""},
    )
    assert response["Location"] == url("cyclus_acties", nieuw)
    koppeling = Vergelijking.objects.get(plan=nieuw).koppelingen.get()
    assert (koppeling.nieuwe, koppeling.vorige) == (cyclus["nieuw_roken"], cyclus["oud_roken"])


def test_one_previous_aanbeveling_twice_gets_a_message_by_the_field(client, cyclus, projectleider, nieuw):
    client.force_login(projectleider)
    response = client.post(
        url("cyclus_vergelijking", nieuw),
        {
            f"nieuw-{cyclus['nieuw_roken'].pk}": cyclus["oud_roken"].pk,
            f"nieuw-{cyclus['nieuw_apart'].pk}": cyclus["oud_roken"].pk,
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors[f"nieuw-{cyclus['nieuw_apart'].pk}"]
    assert not Vergelijking.objects.exists()


def test_a_reader_of_the_new_plan_sees_the_comparison_but_cannot_confirm_it(client, cyclus, nieuw, lezer):
    factories.LidmaatschapFactory(plan=nieuw, user=lezer, rol=Rol.LEZER)
    client.force_login(lezer)
    assert client.get(url("cyclus_vergelijking", nieuw)).status_code == 200
    assert client.get(url("cyclus_acties", nieuw)).status_code == 200
    assert client.post(url("cyclus_vergelijking", nieuw), {}).status_code == 403
    assert client.post(url("cyclus_acties", nieuw), {}).status_code == 403
    assert not Vergelijking.objects.exists()


def test_the_acties_page_ticks_by_advice_and_takes_the_ticked_over(client, cyclus, projectleider, nieuw):
    client.force_login(projectleider)
    form = client.get(url("cyclus_acties", nieuw)).context["form"]
    aangevinkt = {k.actie.titel for k, over, _plaats in form.velden() if over.value()}
    assert aangevinkt == {"Rookvrije sportvelden", "Ouderavond op school"}
    plaats = cyclus["nieuw_roken"].pk
    response = client.post(
        url("cyclus_acties", nieuw),
        {f"over-{cyclus['doorzetten'].pk}": "on", f"plaats-{cyclus['doorzetten'].pk}": plaats},
    )
    assert response["Location"] == url("aanbevelingen", nieuw)
    assert Actie.objects.get(invultabel__plan=nieuw).herkomst == cyclus["doorzetten"]
    # Taken over once: the page shows it as done and offers no checkbox for it any more.
    opnieuw = client.get(url("cyclus_acties", nieuw))
    assert f"over-{cyclus['doorzetten'].pk}" not in opnieuw.context["form"].fields
    assert "Overgenomen" in opnieuw.content.decode()


@pytest.mark.parametrize(
    "gegevens",
    [
        {},
        {"over-{pk}": "on", "plaats-{pk}": ""},
        {"over-{pk}": "on", "plaats-{pk}": "999999999999999999999999"},
        {"over-{pk}": "on", "plaats-{pk}": "abc"},
    ],
)
def test_nothing_ticked_or_no_valid_place_gets_a_message_and_takes_nothing_over(
    client, cyclus, projectleider, nieuw, gegevens
):
    client.force_login(projectleider)
    pk = cyclus["doorzetten"].pk
    response = client.post(url("cyclus_acties", nieuw), {k.format(pk=pk): v for k, v in gegevens.items()})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not Actie.objects.filter(invultabel__plan=nieuw).exists()


def test_after_the_new_plan_leaves_concept_nothing_more_is_taken_over(client, cyclus, projectleider, nieuw):
    Uitvoeringsplan.objects.filter(pk=nieuw.pk).update(status=PlanStatus.VASTGESTELD)
    client.force_login(projectleider)
    pk = cyclus["doorzetten"].pk
    response = client.post(url("cyclus_acties", nieuw), {f"over-{pk}": "on", f"plaats-{pk}": cyclus["nieuw_roken"].pk})
    assert response.status_code == 403
    assert not Actie.objects.filter(invultabel__plan=nieuw).exists()


def test_the_acties_page_costs_the_same_number_of_queries_at_two_plan_sizes(
    client, cyclus, projectleider, nieuw, django_assert_num_queries
):
    client.force_login(projectleider)
    with CaptureQueriesContext(connection) as klein:
        assert client.get(url("cyclus_acties", nieuw)).status_code == 200
    vorig = cyclus["vorig"]
    Uitvoeringsplan.objects.filter(pk=vorig.pk).update(status=PlanStatus.CONCEPT)
    tabel = cyclus["doorzetten"].invultabel
    tabel.plan.refresh_from_db()
    for nummer in range(12):
        factories.ActieFactory(invultabel=tabel, titel=f"Extra {nummer}")
    with django_assert_num_queries(len(klein)):
        response = client.get(url("cyclus_acties", nieuw))
    assert len(response.context["form"].velden()) == 16
