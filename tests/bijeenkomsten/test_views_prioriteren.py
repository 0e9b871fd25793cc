"""Prioritising at the startbijeenkomst: points per participant, an agreed ranking, who sees what."""

import re

import pytest

from bijeenkomsten.constants import BijeenkomstSoort, UitnodigingStatus
from tests import factories
from tests.bijeenkomsten.helpers import url
from uitvoeringsplan.constants import Rol

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("rol", [Rol.STAKEHOLDER, Rol.LEZER])
def test_readers_see_the_prioritisation_totals_but_not_who_gave_which_points(client, leden, in_review, ingrid, rol):
    bijeenkomst = factories.BijeenkomstFactory(plan=in_review, soort=BijeenkomstSoort.STARTBIJEENKOMST)
    factories.UitnodigingFactory(bijeenkomst=bijeenkomst, stakeholder=ingrid, status=UitnodigingStatus.AANWEZIG)
    aanbeveling = factories.InvultabelFactory(plan=in_review).aanbeveling
    bijeenkomst.prioriteringen.create(stakeholder=ingrid, aanbeveling=aanbeveling, punten=7)
    client.force_login(leden[rol])
    response = client.get(url("prioriteren", in_review, bijeenkomst_pk=bijeenkomst.pk))
    pagina = response.content.decode()
    assert response.context["rijen"] == [] and "Ingrid Kok" not in pagina and "Punten per deelnemer" not in pagina
    assert "7 punten" in pagina
    detail = client.get(url("bijeenkomst_detail", in_review, bijeenkomst_pk=bijeenkomst.pk)).content.decode()
    assert "7 punten" in detail
    assert url("aanwezigheid", in_review, bijeenkomst_pk=bijeenkomst.pk) not in detail
    assert url("presentielijst", in_review, bijeenkomst_pk=bijeenkomst.pk) not in detail


def test_points_that_are_not_numbers_are_refused_and_nothing_is_saved(client, kernteamlid, plan, ingrid):
    bijeenkomst = factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.STARTBIJEENKOMST)
    aanbeveling = factories.InvultabelFactory(plan=plan).aanbeveling
    factories.UitnodigingFactory(bijeenkomst=bijeenkomst, stakeholder=ingrid, status=UitnodigingStatus.AANWEZIG)
    client.force_login(kernteamlid)
    response = client.post(
        url("prioritering_punten", plan, bijeenkomst_pk=bijeenkomst.pk),
        {f"punten-{ingrid.pk}-{aanbeveling.pk}": "veel"},
    )
    assert "geef een aantal punten van 0 tot 20" in response.content.decode()
    assert not bijeenkomst.prioriteringen.exists()


@pytest.fixture
def gestemd(plan, ingrid):
    """A startbijeenkomst where Ingrid gave points to the plan's one aanbeveling."""
    bijeenkomst = factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.STARTBIJEENKOMST)
    aanbeveling = factories.InvultabelFactory(plan=plan).aanbeveling
    factories.UitnodigingFactory(bijeenkomst=bijeenkomst, stakeholder=ingrid, status=UitnodigingStatus.AANWEZIG)
    factories.PrioriteringFactory(bijeenkomst=bijeenkomst, aanbeveling=aanbeveling, stakeholder=ingrid, punten=5)
    return bijeenkomst


def test_an_empty_ranking_is_refused_and_keeps_the_dot_voting_points(client, kernteamlid, plan, gestemd):
    client.force_login(kernteamlid)
    response = client.post(url("prioritering_rangorde", plan, bijeenkomst_pk=gestemd.pk))
    assert "Geef minstens één aanbeveling een rang." in response.content.decode()
    assert list(gestemd.prioriteringen.values_list("punten", flat=True)) == [5]


def test_saving_a_ranking_asks_for_confirmation_because_it_replaces_the_points(client, kernteamlid, plan, gestemd):
    client.force_login(kernteamlid)
    pagina = client.get(url("prioriteren", plan, bijeenkomst_pk=gestemd.pk)).content.decode()
    knop = re.search(r"<button[^>]*>Rangorde opslaan</button>", pagina).group(0)
    assert 'data-bevestig="De rangorde vervangt alle punten van deze bijeenkomst. Doorgaan?"' in knop


def test_aanbevelingen_carry_their_own_number_on_every_page(client, kernteamlid, plan, ingrid):
    for volgorde, nummer in enumerate((1, 3, 2), start=1):
        factories.InvultabelFactory(
            plan=plan, volgorde=volgorde, aanbeveling__nummer=nummer, aanbeveling__titel=f"Titel {nummer}"
        )
    bijeenkomst = factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.STARTBIJEENKOMST)
    factories.UitnodigingFactory(bijeenkomst=bijeenkomst, stakeholder=ingrid, status=UitnodigingStatus.AANWEZIG)
    client.force_login(kernteamlid)
    prioriteren = client.get(url("prioriteren", plan, bijeenkomst_pk=bijeenkomst.pk))
    assert re.findall(r'class="up-kolomkop" title="[^"]*">([^<]*)<', prioriteren.content.decode()) == [
        "1. Titel 1",
        "2. Titel 2",
        "3. Titel 3",
    ]
    for pagina in (url("bijeenkomst_create", plan), url("stakeholder_create", plan)):
        keuzes = client.get(pagina).context["form"].fields["aanbevelingen"].choices
        assert [str(label) for _waarde, label in keuzes] == ["1. Titel 1", "2. Titel 2", "3. Titel 3"]


def test_a_zero_entered_in_the_points_table_comes_back_as_zero(client, kernteamlid, plan, ingrid):
    bijeenkomst = factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.STARTBIJEENKOMST)
    factories.UitnodigingFactory(bijeenkomst=bijeenkomst, stakeholder=ingrid, status=UitnodigingStatus.AANWEZIG)
    eerste, tweede = (factories.InvultabelFactory(plan=plan).aanbeveling for _ in range(2))
    client.force_login(kernteamlid)
    prioriteren = url("prioriteren", plan, bijeenkomst_pk=bijeenkomst.pk)
    cellen = dict(client.get(prioriteren).context["rijen"][0][1])
    assert cellen == {eerste: "", tweede: ""}  # nothing entered yet
    client.post(
        url("prioritering_punten", plan, bijeenkomst_pk=bijeenkomst.pk),
        {f"punten-{ingrid.pk}-{eerste.pk}": "5", f"punten-{ingrid.pk}-{tweede.pk}": "0"},
    )
    pagina = client.get(prioriteren)
    assert dict(pagina.context["rijen"][0][1]) == {eerste: 5, tweede: 0}
    assert f'name="punten-{ingrid.pk}-{tweede.pk}" value="0"' in pagina.content.decode()


def test_the_points_table_explanation_is_outside_the_scrolling_container(client, kernteamlid, plan, ingrid):
    bijeenkomst = factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.STARTBIJEENKOMST)
    factories.UitnodigingFactory(bijeenkomst=bijeenkomst, stakeholder=ingrid, status=UitnodigingStatus.AANWEZIG)
    factories.InvultabelFactory(plan=plan)
    client.force_login(kernteamlid)
    pagina = client.get(url("prioriteren", plan, bijeenkomst_pk=bijeenkomst.pk)).content.decode()
    uitleg = pagina.index('id="puntentabel-uitleg"')
    assert "<caption" not in pagina and uitleg < pagina.index('class="table-responsive"')
    assert 'aria-describedby="puntentabel-uitleg"' in pagina


def test_the_points_and_the_ranking_are_each_saved_by_their_own_url(client, kernteamlid, plan, gestemd, ingrid):
    aanbeveling = gestemd.prioriteringen.get().aanbeveling
    client.force_login(kernteamlid)
    pagina = client.get(url("prioriteren", plan, bijeenkomst_pk=gestemd.pk)).content.decode()
    assert f'action="{url("prioritering_punten", plan, bijeenkomst_pk=gestemd.pk)}"' in pagina
    assert f'action="{url("prioritering_rangorde", plan, bijeenkomst_pk=gestemd.pk)}"' in pagina
    assert 'name="methode"' not in pagina
    assert client.post(url("prioriteren", plan, bijeenkomst_pk=gestemd.pk)).status_code == 405

    response = client.post(
        url("prioritering_punten", plan, bijeenkomst_pk=gestemd.pk), {f"punten-{ingrid.pk}-{aanbeveling.pk}": "8"}
    )
    assert response.url == url("prioriteren", plan, bijeenkomst_pk=gestemd.pk)
    assert list(gestemd.prioriteringen.values_list("stakeholder", "punten", "rang")) == [(ingrid.pk, 8, None)]
    client.post(url("prioritering_rangorde", plan, bijeenkomst_pk=gestemd.pk), {f"rang-{aanbeveling.pk}": "1"})
    assert list(gestemd.prioriteringen.values_list("stakeholder", "punten", "rang")) == [(None, None, 1)]


@pytest.mark.parametrize("naam", ["prioritering_punten", "prioritering_rangorde"])
def test_a_lezer_cannot_save_a_prioritisation(client, lezer, plan, gestemd, naam):
    aanbeveling = gestemd.prioriteringen.get().aanbeveling
    client.force_login(lezer)
    response = client.post(url(naam, plan, bijeenkomst_pk=gestemd.pk), {f"rang-{aanbeveling.pk}": "1"})
    assert response.status_code == 403
    assert list(gestemd.prioriteringen.values_list("punten", flat=True)) == [5]
