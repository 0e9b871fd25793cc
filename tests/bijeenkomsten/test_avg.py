"""A person's AVG rights: everything stored about them as a file, and erasure, also from the history."""

import pytest

from bijeenkomsten.avg import stakeholder_account_nodig, stakeholder_gegevens, stakeholder_wissen
from bijeenkomsten.constants import UitnodigingStatus
from bijeenkomsten.models import Uitnodiging
from stakeholders.models import Stakeholder
from tests import factories
from uitvoeringsplan.constants import Rol
from uitvoeringsplan.models import Lidmaatschap

pytestmark = pytest.mark.django_db


def test_the_export_holds_everything_stored_about_a_person(plan):
    uitnodiging = factories.UitnodigingFactory(
        bijeenkomst__plan=plan, status=UitnodigingStatus.AANWEZIG, stakeholder__naam="Ingrid Kok"
    )
    stakeholder = uitnodiging.stakeholder
    stakeholder.telefoon = "06-99"
    stakeholder.save()
    gegevens = stakeholder_gegevens(stakeholder)
    assert gegevens["naam"] == "Ingrid Kok" and gegevens["telefoon"] == "06-99"
    assert gegevens["uitnodigingen"][0]["status"] == "Aanwezig"
    assert [h["soort"] for h in gegevens["geschiedenis"]] == ["gewijzigd", "aangemaakt"]


def test_erasure_removes_the_person_also_from_the_history_but_keeps_the_attendance(plan, projectleider):
    uitnodiging = factories.UitnodigingFactory(
        bijeenkomst__plan=plan,
        status=UitnodigingStatus.AANWEZIG,
        stakeholder__naam="Ingrid Kok",
        stakeholder__email="ingrid@college.example",
    )
    stakeholder = uitnodiging.stakeholder
    stakeholder.aanbevelingen.add(factories.AanbevelingFactory(scanner__gemeente=stakeholder.gemeente))
    stakeholder_wissen(stakeholder=stakeholder, door=projectleider)
    stakeholder.refresh_from_db()
    assert (stakeholder.naam, stakeholder.email, stakeholder.telefoon) == ("Verwijderde persoon", "", "")
    historisch = Stakeholder.history.filter(id=stakeholder.pk)
    assert not historisch.filter(naam="Ingrid Kok").exists()
    assert not historisch.filter(email="ingrid@college.example").exists()
    assert Uitnodiging.objects.filter(stakeholder=stakeholder, status=UitnodigingStatus.AANWEZIG).count() == 1


@pytest.fixture
def reviewer(plan):
    """A stakeholder from the register who was given an account to review the concept."""
    lid = factories.LidmaatschapFactory(
        plan=plan,
        rol=Rol.STAKEHOLDER,
        user__username="ingrid@college.example",
        user__first_name="Ingrid",
        user__last_name="Kok",
        user__email="ingrid@college.example",
    )
    return factories.StakeholderFactory(
        gemeente=plan.gemeente,
        organisatie__gemeente=plan.gemeente,
        naam="Ingrid Kok",
        email="ingrid@college.example",
        user=lid.user,
    )


def test_erasure_takes_away_the_review_access_and_anonymises_the_account(plan, projectleider, reviewer):
    account = reviewer.user
    ander_plan = factories.UitvoeringsplanFactory(gemeente=plan.gemeente)
    factories.LidmaatschapFactory(plan=ander_plan, user=account, rol=Rol.STAKEHOLDER)
    stakeholder_wissen(stakeholder=reviewer, door=projectleider)
    account.refresh_from_db()
    assert not Lidmaatschap.objects.filter(user=account).exists()
    assert not account.is_active and not account.has_usable_password()
    gegevens = f"{account.username} {account.get_full_name()} {account.email}"
    assert "Ingrid" not in gegevens and "Kok" not in gegevens and "college.example" not in gegevens
    assert Stakeholder.objects.get(pk=reviewer.pk).user is None


def test_erasure_keeps_an_account_that_also_has_a_kernteam_role(plan, projectleider, reviewer):
    account = reviewer.user
    factories.LidmaatschapFactory(user=account, rol=Rol.KERNTEAMLID)  # in another gemeente's plan
    assert stakeholder_account_nodig(reviewer)
    stakeholder_wissen(stakeholder=reviewer, door=projectleider)
    account.refresh_from_db()
    assert account.is_active and account.email == "ingrid@college.example"
    assert list(account.lidmaatschappen.values_list("rol", flat=True)) == [Rol.KERNTEAMLID]
