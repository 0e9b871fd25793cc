"""The worksheet of an inhoudelijke bijeenkomst: proposed actions become draft acties."""

import pytest

from bijeenkomsten.constants import BijeenkomstSoort
from tests import factories
from tests.bijeenkomsten.helpers import url
from uitvoeringsplan.models import Actie

pytestmark = pytest.mark.django_db


def test_the_worksheet_saves_draft_acties_and_skips_empty_rows(client, kernteamlid, plan):
    bijeenkomst = factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.INHOUDELIJK)
    aanbeveling = factories.InvultabelFactory(plan=plan).aanbeveling
    bijeenkomst.aanbevelingen.add(aanbeveling)
    prefix = f"a{aanbeveling.pk}"
    client.force_login(kernteamlid)
    response = client.post(
        url("werkblad", plan, bijeenkomst_pk=bijeenkomst.pk),
        {
            f"{prefix}-TOTAL_FORMS": "3",
            f"{prefix}-INITIAL_FORMS": "0",
            f"{prefix}-0-titel": "Ouderavond in de brugklas",
            f"{prefix}-0-wie_doet_wat": "De school",
            f"{prefix}-0-start_kwartaal": "2027-3",
            f"{prefix}-1-relevantie": "",
        },
    )
    assert response.status_code == 302
    actie = Actie.objects.get()
    assert (actie.titel, list(actie.bijeenkomsten.all()), actie.periode_tekst) == (
        "Ouderavond in de brugklas",
        [bijeenkomst],
        "Q3 2027",
    )


def test_a_worksheet_row_without_an_action_is_explained(client, kernteamlid, plan):
    bijeenkomst = factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.INHOUDELIJK)
    aanbeveling = factories.InvultabelFactory(plan=plan).aanbeveling
    bijeenkomst.aanbevelingen.add(aanbeveling)
    prefix = f"a{aanbeveling.pk}"
    client.force_login(kernteamlid)
    response = client.post(
        url("werkblad", plan, bijeenkomst_pk=bijeenkomst.pk),
        {f"{prefix}-TOTAL_FORMS": "1", f"{prefix}-INITIAL_FORMS": "0", f"{prefix}-0-relevantie": "Zonder titel"},
    )
    assert "Beschrijf de actie in een paar woorden." in response.content.decode()
    assert not Actie.objects.exists()


@pytest.fixture
def werkblad(plan):
    bijeenkomst = factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.INHOUDELIJK)
    aanbeveling = factories.InvultabelFactory(plan=plan).aanbeveling
    bijeenkomst.aanbevelingen.add(aanbeveling)
    return bijeenkomst, f"a{aanbeveling.pk}"


def test_the_worksheet_gets_more_rows_and_keeps_what_was_typed(client, kernteamlid, plan, werkblad):
    bijeenkomst, prefix = werkblad
    client.force_login(kernteamlid)
    response = client.post(
        url("werkblad_meer_rijen", plan, bijeenkomst_pk=bijeenkomst.pk),
        {
            f"{prefix}-TOTAL_FORMS": "3",
            f"{prefix}-INITIAL_FORMS": "0",
            f"{prefix}-2-titel": "Ouderavond",
            "meer_rijen": prefix,
        },
    )
    [(_aanbeveling, formset)] = response.context["werkbladen"]
    assert len(formset.forms) == 6 and formset.forms[2]["titel"].value() == "Ouderavond"
    assert "autofocus" in str(formset.forms[3]["titel"])  # the cursor waits in the first new row
    assert "Ouderavond</textarea>" in response.content.decode()
    assert not Actie.objects.exists()


def test_a_worksheet_row_with_only_a_period_is_explained_not_dropped(client, kernteamlid, plan, werkblad):
    bijeenkomst, prefix = werkblad
    client.force_login(kernteamlid)
    response = client.post(
        url("werkblad", plan, bijeenkomst_pk=bijeenkomst.pk),
        {
            f"{prefix}-TOTAL_FORMS": "2",
            f"{prefix}-INITIAL_FORMS": "0",
            f"{prefix}-0-titel": "Ouderavond",
            f"{prefix}-1-start_kwartaal": "2027-3",
        },
    )
    assert "Er is een periode gekozen, maar geen actie" in response.content.decode()
    assert not Actie.objects.exists()


def test_the_more_rows_button_posts_to_its_own_url_and_saving_stays_on_the_worksheet(
    client, kernteamlid, plan, werkblad
):
    bijeenkomst, prefix = werkblad
    client.force_login(kernteamlid)
    response = client.post(
        url("werkblad_meer_rijen", plan, bijeenkomst_pk=bijeenkomst.pk),
        {f"{prefix}-TOTAL_FORMS": "3", f"{prefix}-INITIAL_FORMS": "0", "meer_rijen": prefix},
    )
    pagina = response.content.decode()
    assert f'<form method="post" action="{url("werkblad", plan, bijeenkomst_pk=bijeenkomst.pk)}"' in pagina
    assert f'formaction="{url("werkblad_meer_rijen", plan, bijeenkomst_pk=bijeenkomst.pk)}"' in pagina
    assert "Er zijn lege rijen bijgekomen." in pagina


def test_a_stakeholder_gets_no_more_rows_on_the_worksheet(client, stakeholder, plan, werkblad):
    bijeenkomst, prefix = werkblad
    client.force_login(stakeholder)
    response = client.post(url("werkblad_meer_rijen", plan, bijeenkomst_pk=bijeenkomst.pk), {"meer_rijen": prefix})
    assert response.status_code == 403
