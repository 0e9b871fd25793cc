"""Each button on the review and versions pages posts to a view of its own: who may press it, and only by POST."""

import datetime
from datetime import date

import pytest
from django.urls import reverse
from django.utils import timezone

from rapportage.models import Ondertekening, Vaststelling
from tests import factories
from uitvoeringsplan.constants import PlanStatus, Rol
from uitvoeringsplan.models import Lidmaatschap

pytestmark = pytest.mark.django_db

REVIEW_COMMANDOS = [
    "review_starten",
    "review_deadline",
    "review_stoppen",
    "review_uitnodigen",
    "review_toegang_intrekken",
]
VERSIE_COMMANDOS = ["nieuwe_conceptversie", "uitvoering_starten"]
TIEN_DAGEN = datetime.timedelta(days=10)


def url(naam, plan, **kwargs):
    return reverse(naam, kwargs={"plan_pk": plan.pk, **kwargs})


@pytest.fixture
def in_review(plan):
    plan.status = PlanStatus.TER_REVIEW
    plan.review_deadline = timezone.localdate() + TIEN_DAGEN
    plan.save()
    return plan


def vastgesteld(plan, door) -> Vaststelling:
    """An adopted version without its PDF: these commands never open it."""
    plan.status = PlanStatus.VASTGESTELD
    plan.save()
    return Vaststelling.objects.create(
        plan=plan, versie=1, vastgesteld_op=timezone.now(), vastgesteld_door=door, snapshot={}, sha256="0" * 64
    )


@pytest.mark.parametrize("naam", REVIEW_COMMANDOS + VERSIE_COMMANDOS)
def test_a_get_on_a_command_of_the_plan_is_not_allowed(client, projectleider, in_review, naam):
    client.force_login(projectleider)
    assert client.get(url(naam, in_review)).status_code == 405
    in_review.refresh_from_db()
    assert in_review.status == PlanStatus.TER_REVIEW


@pytest.mark.parametrize(
    ("naam", "gebruiker"),
    [("vaststelling_ondertekenen", "stakeholder"), ("ondertekening_verwijderen", "projectleider")],
)
def test_a_get_on_a_command_of_an_adopted_version_is_not_allowed(client, request, plan, projectleider, naam, gebruiker):
    vaststelling = vastgesteld(plan, projectleider)
    client.force_login(request.getfixturevalue(gebruiker))
    assert client.get(url(naam, plan, pk=vaststelling.pk)).status_code == 405


@pytest.mark.parametrize("naam", REVIEW_COMMANDOS + VERSIE_COMMANDOS)
@pytest.mark.parametrize("rol", [Rol.KERNTEAMLID, Rol.STAKEHOLDER, Rol.LEZER])
def test_only_the_projectleider_gives_the_commands_of_the_plan(client, leden, in_review, naam, rol):
    lid = Lidmaatschap.objects.get(user=leden[Rol.STAKEHOLDER])
    client.force_login(leden[rol])
    response = client.post(url(naam, in_review), {"review_deadline": "2099-01-01", "lidmaatschap": lid.pk})
    assert response.status_code == 403
    in_review.refresh_from_db()
    assert (in_review.status, in_review.review_deadline) == (PlanStatus.TER_REVIEW, timezone.localdate() + TIEN_DAGEN)
    assert Lidmaatschap.objects.filter(pk=lid.pk).exists()


def test_a_kernteamlid_of_another_plan_gets_404_on_a_command(client, kernteamlid_elders, in_review):
    client.force_login(kernteamlid_elders)
    assert client.post(url("review_stoppen", in_review)).status_code == 404
    in_review.refresh_from_db()
    assert in_review.status == PlanStatus.TER_REVIEW


def test_the_projectleider_moves_the_deadline(client, projectleider, in_review):
    client.force_login(projectleider)
    response = client.post(url("review_deadline", in_review), {"review_deadline": "2099-01-01"}, follow=True)
    in_review.refresh_from_db()
    assert in_review.review_deadline == date(2099, 1, 1)
    assert "De deadline is aangepast." in response.content.decode()


def test_a_deadline_in_the_past_shows_the_review_page_with_the_error(client, projectleider, in_review):
    voor = in_review.review_deadline
    client.force_login(projectleider)
    response = client.post(url("review_deadline", in_review), {"review_deadline": "2001-01-01"})
    assert response.status_code == 200
    assert "Kies een datum vanaf vandaag." in response.content.decode()
    in_review.refresh_from_db()
    assert in_review.review_deadline == voor


def test_the_deadline_of_a_plan_not_in_review_stays_as_it_is(client, projectleider, plan):
    client.force_login(projectleider)
    response = client.post(url("review_deadline", plan), {"review_deadline": "2099-01-01"})
    assert response.url == url("review", plan)
    plan.refresh_from_db()
    assert plan.review_deadline != date(2099, 1, 1)


def test_the_projectleider_stops_the_review(client, projectleider, in_review):
    client.force_login(projectleider)
    response = client.post(url("review_stoppen", in_review))
    assert response.url == url("review", in_review)
    in_review.refresh_from_db()
    assert in_review.status == PlanStatus.CONCEPT


def test_the_projectleider_starts_a_new_concept_version(client, projectleider, plan):
    vastgesteld(plan, projectleider)
    client.force_login(projectleider)
    response = client.post(url("nieuwe_conceptversie", plan), follow=True)
    plan.refresh_from_db()
    assert (plan.status, plan.versie) == (PlanStatus.CONCEPT, 2)
    assert "Versie 2 is gestart als concept." in response.content.decode()


def test_the_projectleider_starts_the_execution(client, projectleider, lezer, plan):
    vastgesteld(plan, projectleider)
    client.force_login(lezer)
    assert client.post(url("uitvoering_starten", plan)).status_code == 403
    client.force_login(projectleider)
    client.post(url("uitvoering_starten", plan))
    plan.refresh_from_db()
    assert plan.status == PlanStatus.IN_UITVOERING


@pytest.mark.parametrize("rol", [Rol.PROJECTLEIDER, Rol.KERNTEAMLID, Rol.LEZER])
def test_only_a_stakeholder_signs_themselves(client, leden, plan, rol):
    vaststelling = vastgesteld(plan, leden[Rol.PROJECTLEIDER])
    organisatie = factories.OrganisatieFactory(gemeente=plan.gemeente)
    factories.StakeholderFactory(gemeente=plan.gemeente, organisatie=organisatie, user=leden[rol])
    client.force_login(leden[rol])
    response = client.post(url("vaststelling_ondertekenen", plan, pk=vaststelling.pk), {"organisatie": organisatie.pk})
    assert response.status_code == 403
    assert "Alleen stakeholders ondertekenen zelf" in response.content.decode()
    assert not Ondertekening.objects.exists()


def test_a_stakeholder_signs_only_for_their_own_organisation(client, projectleider, stakeholder, plan):
    vaststelling = vastgesteld(plan, projectleider)
    vreemd = factories.OrganisatieFactory(gemeente=plan.gemeente)
    client.force_login(stakeholder)
    response = client.post(url("vaststelling_ondertekenen", plan, pk=vaststelling.pk), {"organisatie": vreemd.pk})
    assert response.status_code == 404
    assert not Ondertekening.objects.exists()


@pytest.mark.parametrize("rol", [Rol.KERNTEAMLID, Rol.STAKEHOLDER, Rol.LEZER])
def test_only_the_projectleider_removes_a_paper_signature(client, leden, plan, rol):
    vaststelling = vastgesteld(plan, leden[Rol.PROJECTLEIDER])
    papier = Ondertekening.objects.create(
        vaststelling=vaststelling, naam="Jna", organisatie="GGD", datum=date(2026, 3, 1), bron="papier"
    )
    client.force_login(leden[rol])
    verwijderen = url("ondertekening_verwijderen", plan, pk=vaststelling.pk)
    assert client.post(verwijderen, {"ondertekening": papier.pk}).status_code == 403
    assert Ondertekening.objects.filter(pk=papier.pk).exists()


def test_the_pages_post_each_button_to_its_own_command(client, projectleider, stakeholder, plan):
    client.force_login(projectleider)
    factories.StakeholderFactory(gemeente=plan.gemeente, organisatie__gemeente=plan.gemeente, email="a@b.example")
    factories.StakeholderFactory(gemeente=plan.gemeente, organisatie__gemeente=plan.gemeente, user=stakeholder)
    concept = client.get(url("review", plan)).content.decode()
    for naam in ["review_starten", "review_uitnodigen"]:
        assert f'action="{url(naam, plan)}"' in concept
    plan.status = PlanStatus.TER_REVIEW
    plan.save()
    in_review = client.get(url("review", plan)).content.decode()
    for naam in ["review_deadline", "review_stoppen", "review_toegang_intrekken"]:
        assert f'action="{url(naam, plan)}"' in in_review
    vaststelling = vastgesteld(plan, projectleider)
    versies = client.get(url("versies", plan)).content.decode()
    assert f'action="{url("nieuwe_conceptversie", plan)}"' in versies
    assert f'action="{url("uitvoering_starten", plan)}"' in versies
    for pagina in (concept, in_review, versies):
        assert 'name="actie"' not in pagina
    Ondertekening.objects.create(
        vaststelling=vaststelling, naam="Jna", organisatie="GGD", datum=date(2026, 3, 1), bron="papier"
    )
    detail = client.get(url("vaststelling_detail", plan, pk=vaststelling.pk)).content.decode()
    assert f'action="{url("ondertekening_verwijderen", plan, pk=vaststelling.pk)}"' in detail
