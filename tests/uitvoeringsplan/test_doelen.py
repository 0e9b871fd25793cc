"""Doelstellingen, indicatoren and metingen: the rules of each, who may do what, and the pages' cost."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests import factories
from uitvoeringsplan.constants import PlanStatus
from uitvoeringsplan.models import Doelstelling, Indicator, Meting, Vergrendeld
from uitvoeringsplan.models.doelen import Indicatorbron, Ontbreekt, plan_jaarbereik

pytestmark = pytest.mark.django_db


@pytest.fixture
def doelplan(plan):
    plan.datum_start_uitvoering = datetime.date(2026, 1, 1)
    plan.save()
    return plan


@pytest.fixture
def indicator(doelplan):
    return factories.IndicatorFactory(doelstelling=factories.DoelstellingFactory(plan=doelplan), naam="Maanddrinkers")


def zet_status(plan, status):
    plan.status = status
    plan.save()


def indicator_gegevens(**extra):
    return {
        "naam": "Scholieren die maandelijks drinken",
        "eenheid": "%",
        "doelgroep": "Klas 4",
        "bron": Indicatorbron.GEZONDHEIDSMONITOR_JEUGD,
        "lager_is_beter": "on",
        "basiswaarde": "31,5",
        "basisjaar": "2023",
        "streefwaarde": "20",
        "streefjaar": "2029",
        **extra,
    }


# The rules on the models


def test_the_plan_runs_from_the_start_of_the_uitvoering_for_four_years_or_to_its_last_actie(doelplan):
    assert plan_jaarbereik(doelplan).start == 2026 and plan_jaarbereik(doelplan).eind == 2029
    factories.ActieFactory(
        invultabel__plan=doelplan, periode_start=datetime.date(2027, 1, 1), periode_eind=datetime.date(2031, 6, 30)
    )
    bereik = plan_jaarbereik(doelplan)
    assert (bereik.vroegste, bereik.start, bereik.eind, bereik.laatste) == (2016, 2026, 2031, 2033)


def test_without_a_start_date_the_first_actie_starts_the_plan(plan):
    factories.ActieFactory(invultabel__plan=plan, periode_start=datetime.date(2027, 4, 1))
    assert plan_jaarbereik(plan).start == 2027


def test_a_missing_value_needs_a_reason_and_a_value_needs_none(indicator):
    with pytest.raises(ValidationError) as fout:
        Meting(indicator=indicator, jaar=2025, waarde=None).full_clean()
    assert "ontbreekt" in fout.value.message_dict
    with pytest.raises(ValidationError):
        Meting(indicator=indicator, jaar=2025, waarde=3, ontbreekt=Ontbreekt.NIET_GEMETEN).full_clean()
    Meting(indicator=indicator, jaar=2025, waarde=None, ontbreekt=Ontbreekt.TE_WEINIG_RESPONDENTEN).full_clean()


def test_the_database_refuses_a_meting_without_value_or_reason(indicator):
    with pytest.raises(IntegrityError), transaction.atomic():
        Meting.objects.create(indicator=indicator, jaar=2025, waarde=None)


def test_a_year_outside_the_plan_is_refused(indicator):
    with pytest.raises(ValidationError) as fout:
        Meting(indicator=indicator, jaar=2034, waarde=1).full_clean()
    assert "2016 tot en met 2031" in str(fout.value.message_dict["jaar"])
    indicator.basisjaar = 2015
    indicator.streefjaar = 2032
    with pytest.raises(ValidationError) as fout:
        indicator.full_clean()
    assert set(fout.value.message_dict) == {"basisjaar", "streefjaar"}


def test_a_target_value_needs_its_year_and_other_needs_a_name(indicator):
    indicator.streefjaar = None
    indicator.bron = Indicatorbron.ANDERS
    with pytest.raises(ValidationError) as fout:
        indicator.full_clean()
    assert set(fout.value.message_dict) == {"streefjaar", "bron_toelichting"}


def test_doelstellingen_and_indicatoren_are_locked_after_adoption_but_metingen_are_not(indicator, doelplan):
    zet_status(doelplan, PlanStatus.VASTGESTELD)
    indicator.doelstelling.plan.refresh_from_db()
    with pytest.raises(Vergrendeld):
        indicator.save()
    with pytest.raises(Vergrendeld):
        indicator.doelstelling.delete()
    Meting.objects.create(indicator=indicator, jaar=2026, waarde=25)


def test_the_chart_shows_a_missing_value_as_a_gap_not_as_zero(indicator):
    factories.MetingFactory(indicator=indicator, jaar=2024, waarde=29)
    factories.MetingFactory(indicator=indicator, jaar=2025, waarde=None, ontbreekt=Ontbreekt.TE_WEINIG_RESPONDENTEN)
    factories.MetingFactory(indicator=indicator, jaar=2026, waarde=26)
    grafiek = indicator.grafiek()
    assert [gat.jaar for gat in grafiek.gaten] == [2025]
    assert [punt.jaar for punt in grafiek.punten] == [2024, 2026]
    assert grafiek.basis.jaar == 2023 and grafiek.streef.jaar == 2028
    teksten = [rij["tekst"] for rij in indicator.waarden()]
    assert teksten == ["30%", "29%", "ontbreekt: te weinig respondenten", "26%", "20%"]


# Who may do what


def test_the_kernteam_writes_a_doelstelling_linked_to_the_plans_aanbevelingen_and_acties(client, kernteamlid, doelplan):
    actie = factories.ActieFactory(invultabel__plan=doelplan)
    vreemde_actie = factories.ActieFactory()
    client.force_login(kernteamlid)
    url = reverse("doelstelling_create", kwargs={"plan_pk": doelplan.pk})
    gegevens = {"titel": "Minder drinken", "omschrijving": "SMART", "acties": [vreemde_actie.pk]}
    response = client.post(url, gegevens)
    assert response.status_code == 200 and not Doelstelling.objects.exists()
    gegevens.update(acties=[actie.pk], aanbevelingen=[actie.invultabel.aanbeveling_id])
    response = client.post(url, gegevens)
    doelstelling = Doelstelling.objects.get()
    assert response.status_code == 302
    assert list(doelstelling.acties.all()) == [actie]
    assert list(doelstelling.aanbevelingen.all()) == [actie.invultabel.aanbeveling]
    assert doelstelling.history.exists()


def test_the_kernteam_adds_an_indicator_with_dutch_numbers(client, kernteamlid, indicator):
    client.force_login(kernteamlid)
    url = reverse(
        "indicator_create",
        kwargs={"plan_pk": indicator.doelstelling.plan_id, "doelstelling_pk": indicator.doelstelling_id},
    )
    response = client.post(url, indicator_gegevens())
    nieuw = Indicator.objects.exclude(pk=indicator.pk).get()
    assert response.status_code == 302
    assert str(nieuw.basiswaarde) == "31.50"


@pytest.mark.parametrize(
    ("veld", "waarde", "melding"),
    [
        ("basiswaarde", "veel", "Vul een getal in"),
        ("basisjaar", "2012", "Kies een jaar van 2016 tot en met 2026"),
        ("streefjaar", "2040", "Kies een jaar van 2026 tot en met 2031"),
    ],
)
def test_bad_indicator_input_gets_a_dutch_message_beside_the_field_and_changes_nothing(
    client, kernteamlid, indicator, veld, waarde, melding
):
    client.force_login(kernteamlid)
    url = reverse("indicator_update", kwargs={"plan_pk": indicator.doelstelling.plan_id, "pk": indicator.pk})
    response = client.post(url, indicator_gegevens(**{veld: waarde}))
    assert response.status_code == 200
    assert melding in " ".join(response.context["form"].errors[veld])
    indicator.refresh_from_db()
    assert indicator.naam == "Maanddrinkers"


def meting_url(indicator):
    return reverse("meting_create", kwargs={"plan_pk": indicator.doelstelling.plan_id, "indicator_pk": indicator.pk})


@pytest.mark.parametrize(
    ("gegevens", "veld", "melding"),
    [
        ({"jaar": "2025", "waarde": "twaalf"}, "waarde", "Vul een getal in"),
        ({"jaar": "2040", "waarde": "12"}, "jaar", "Kies een jaar van 2016 tot en met 2031"),
        ({"jaar": "2025", "waarde": ""}, "ontbreekt", "kies waarom de waarde ontbreekt"),
        ({"jaar": "2024", "waarde": "3"}, "jaar", "al een meting"),
    ],
)
def test_bad_meting_input_gets_a_dutch_message_and_changes_nothing(
    client, kernteamlid, indicator, gegevens, veld, melding
):
    factories.MetingFactory(indicator=indicator, jaar=2024, waarde=28)
    client.force_login(kernteamlid)
    response = client.post(meting_url(indicator), gegevens)
    assert response.status_code == 200
    assert melding in " ".join(response.context["form"].errors[veld])
    assert Meting.objects.count() == 1


def test_after_adoption_the_kernteam_still_adds_metingen_but_not_doelstellingen(client, kernteamlid, indicator):
    plan = indicator.doelstelling.plan
    zet_status(plan, PlanStatus.VASTGESTELD)
    client.force_login(kernteamlid)
    assert client.get(reverse("doelstelling_create", kwargs={"plan_pk": plan.pk})).status_code == 403
    update = reverse("indicator_update", kwargs={"plan_pk": plan.pk, "pk": indicator.pk})
    assert client.post(update, indicator_gegevens()).status_code == 403
    response = client.post(meting_url(indicator), {"jaar": "2026", "waarde": "", "ontbreekt": "te_weinig_respondenten"})
    assert response.status_code == 302
    meting = Meting.objects.get()
    assert meting.waarde is None
    bewerken = reverse("meting_update", kwargs={"plan_pk": plan.pk, "pk": meting.pk})
    assert client.post(bewerken, {"jaar": "2026", "waarde": "12,5"}).status_code == 302
    meting.refresh_from_db()
    assert str(meting.waarde) == "12.50" and meting.history.count() == 2


def test_after_the_evaluation_nobody_adds_metingen(client, kernteamlid, indicator):
    zet_status(indicator.doelstelling.plan, PlanStatus.GEEVALUEERD)
    client.force_login(kernteamlid)
    assert client.post(meting_url(indicator), {"jaar": "2026", "waarde": "3"}).status_code == 403


@pytest.mark.parametrize("rol", ["stakeholder", "lezer"])
def test_stakeholders_and_lezers_read_the_doelen_but_change_nothing(client, request, rol, indicator):
    plan = indicator.doelstelling.plan
    zet_status(plan, PlanStatus.IN_UITVOERING)
    client.force_login(request.getfixturevalue(rol))
    assert client.get(reverse("doelen", kwargs={"plan_pk": plan.pk})).status_code == 200
    detail = client.get(reverse("indicator_detail", kwargs={"plan_pk": plan.pk, "pk": indicator.pk}))
    assert detail.status_code == 200 and "form" not in detail.context
    assert client.post(meting_url(indicator), {"jaar": "2026", "waarde": "3"}).status_code == 403
    assert client.get(reverse("doelstelling_create", kwargs={"plan_pk": plan.pk})).status_code == 403
    verwijderen = reverse("indicator_verwijderen", kwargs={"plan_pk": plan.pk, "pk": indicator.pk})
    assert client.post(verwijderen).status_code == 403
    assert Meting.objects.count() == 0 and Indicator.objects.count() == 1


def test_another_gemeente_gets_404_on_every_doelen_page(client, kernteamlid_elders, indicator):
    meting = factories.MetingFactory(indicator=indicator, jaar=2024)
    plan_pk = indicator.doelstelling.plan_id
    client.force_login(kernteamlid_elders)
    eigen_plan = kernteamlid_elders.lidmaatschappen.get().plan_id
    urls = [
        reverse("doelen", kwargs={"plan_pk": plan_pk}),
        reverse("indicator_detail", kwargs={"plan_pk": plan_pk, "pk": indicator.pk}),
        reverse("meting_update", kwargs={"plan_pk": plan_pk, "pk": meting.pk}),
        # Through their own plan, someone else's objects do not exist either.
        reverse("indicator_detail", kwargs={"plan_pk": eigen_plan, "pk": indicator.pk}),
        reverse("doelstelling_update", kwargs={"plan_pk": eigen_plan, "pk": indicator.doelstelling_id}),
        reverse("meting_verwijderen", kwargs={"plan_pk": eigen_plan, "pk": meting.pk}),
    ]
    for url in urls:
        assert client.get(url).status_code == 404, url


def test_deleting_a_doelstelling_takes_its_indicatoren_along(client, kernteamlid, indicator):
    client.force_login(kernteamlid)
    url = reverse(
        "doelstelling_verwijderen", kwargs={"plan_pk": indicator.doelstelling.plan_id, "pk": indicator.doelstelling_id}
    )
    assert client.post(url).status_code == 302
    assert not Indicator.objects.exists()


# The pages


def test_the_indicator_page_draws_the_chart_with_a_text_alternative(client, lezer, indicator):
    factories.MetingFactory(indicator=indicator, jaar=2025, waarde=None, ontbreekt=Ontbreekt.TE_WEINIG_RESPONDENTEN)
    client.force_login(lezer)
    response = client.get(
        reverse("indicator_detail", kwargs={"plan_pk": indicator.doelstelling.plan_id, "pk": indicator.pk})
    )
    html = response.content.decode()
    assert 'role="img"' in html and "<desc" in html
    assert "2025, meting: ontbreekt: te weinig respondenten." in html
    assert "style=" not in html.split("<main", 1)[-1]
    svg = html.split('<svg class="indicator-svg"', 1)[1].split("</svg>", 1)[0]
    assert re.findall(r'(?:x|y|x1|x2|y1|y2|cx|cy|width|height)="[^"]*,', svg) == []  # no decimal comma in SVG
    assert 'aria-current="page" href="' + reverse("doelen", kwargs={"plan_pk": indicator.doelstelling.plan_id}) in html


def bouw(plan, aantal):
    for _ in range(aantal):
        doelstelling = factories.DoelstellingFactory(plan=plan)
        doelstelling.acties.add(factories.ActieFactory(invultabel__plan=plan))
        for _ in range(2):
            indicator = factories.IndicatorFactory(doelstelling=doelstelling)
            factories.MetingFactory(indicator=indicator, jaar=2024)
            factories.MetingFactory(indicator=indicator, jaar=2025, waarde=None, ontbreekt=Ontbreekt.NIET_GEMETEN)


@pytest.mark.parametrize("pagina", ["doelen", "indicator_detail"])
def test_the_doelen_pages_cost_the_same_number_of_queries_at_two_plan_sizes(
    client, kernteamlid, doelplan, django_assert_num_queries, pagina
):
    bouw(doelplan, 1)
    indicator = Indicator.objects.get(pk=Indicator.objects.order_by("pk").values("pk")[:1])
    kwargs = {"plan_pk": doelplan.pk} | ({"pk": indicator.pk} if pagina == "indicator_detail" else {})
    client.force_login(kernteamlid)
    client.get(reverse(pagina, kwargs=kwargs))
    with CaptureQueriesContext(connection) as klein:
        assert client.get(reverse(pagina, kwargs=kwargs)).status_code == 200
    bouw(doelplan, 5)
    for meting in range(6):
        factories.MetingFactory(indicator=indicator, jaar=2016 + meting)
    with django_assert_num_queries(len(klein)):
        client.get(reverse(pagina, kwargs=kwargs))
