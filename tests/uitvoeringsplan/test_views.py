import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from scanner.models import Gemeente
from tests import factories
from uitvoeringsplan.constants import PlanStatus, Rol
from uitvoeringsplan.models import Lidmaatschap, Uitvoeringsplan

pytestmark = pytest.mark.django_db


def plan_url(naam, plan, **kwargs):
    return reverse(naam, kwargs={"plan_pk": plan.pk, **kwargs})


def test_a_stakeholder_reads_the_plan_once_it_is_in_review(client, stakeholder, plan):
    plan.status = PlanStatus.TER_REVIEW
    plan.save()
    client.force_login(stakeholder)
    assert client.get(plan_url("scanner_detail", plan)).status_code == 200
    assert client.get(plan_url("scanner_create", plan)).status_code == 403


@pytest.mark.parametrize("rol", [Rol.STAKEHOLDER, Rol.LEZER])
def test_readers_cannot_edit_the_plan(client, leden, plan, rol):
    plan.status = PlanStatus.TER_REVIEW
    plan.save()
    client.force_login(leden[rol])
    response = client.post(plan_url("plan_update", plan), {"titel": "Gekaapt", "inleiding": ""})
    assert response.status_code == 403
    plan.refresh_from_db()
    assert plan.titel != "Gekaapt"


def test_the_kernteam_edits_the_introduction(client, kernteamlid, plan):
    client.force_login(kernteamlid)
    response = client.post(plan_url("plan_update", plan), {"titel": plan.titel, "inleiding": "Waarom dit plan."})
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.inleiding == "Waarom dit plan."


def test_nobody_edits_an_adopted_plan_and_the_page_says_why(client, projectleider, plan):
    plan.status = PlanStatus.VASTGESTELD
    plan.save()
    client.force_login(projectleider)
    response = client.post(plan_url("plan_update", plan), {"titel": "Nieuw", "inleiding": ""})
    assert response.status_code == 403
    assert "vastgesteld" in response.content.decode()


def test_creating_a_plan_needs_the_projectleider_permission(client, kernteamlid):
    client.force_login(kernteamlid)
    assert client.get(reverse("plan_create")).status_code == 403


@pytest.fixture
def maker(db):
    user = factories.UserFactory(username="maker")
    user.user_permissions.add(Permission.objects.get(codename="add_uitvoeringsplan"))
    return user


def test_creating_a_plan_for_a_new_gemeente_makes_me_its_projectleider(client, maker):
    client.force_login(maker)
    response = client.post(
        reverse("plan_create"),
        {"nieuwe_gemeente": "Dorpshaven", "cbs_code": "gm0123", "titel": "Ons plan", "bron": "scanner"},
    )
    plan = Uitvoeringsplan.objects.get(titel="Ons plan")
    assert response.url == plan_url("scanner_detail", plan)
    assert plan.gemeente.cbs_code == "GM0123"
    assert Lidmaatschap.objects.get(plan=plan, user=maker).rol == Rol.PROJECTLEIDER


def test_a_plan_from_a_beleidsplan_continues_with_the_beleidsdocument(client, maker):
    gemeente = factories.LidmaatschapFactory(user=maker, rol=Rol.PROJECTLEIDER).plan.gemeente
    client.force_login(maker)
    response = client.post(
        reverse("plan_create"), {"gemeente": gemeente.pk, "titel": "Plan", "bron": "beleidsdocument"}
    )
    assert response.url == plan_url("beleidsdocument_create", Uitvoeringsplan.objects.get(titel="Plan"))


@pytest.mark.parametrize(
    ("gegevens", "veld", "melding"),
    [
        ({"titel": "Plan", "bron": "scanner"}, "nieuwe_gemeente", "Kies een bestaande gemeente"),
        ({"nieuwe_gemeente": "X", "cbs_code": "123", "titel": "Plan", "bron": "scanner"}, "cbs_code", "GM gevolgd"),
        ({"nieuwe_gemeente": "X", "cbs_code": "gm0363x", "titel": "Plan", "bron": "scanner"}, "cbs_code", "GM gevolgd"),
        ({"nieuwe_gemeente": "X", "cbs_code": "", "titel": "Plan", "bron": "scanner"}, "cbs_code", "Vul de CBS-code"),
    ],
)
def test_a_plan_without_a_valid_gemeente_is_refused_next_to_the_field(client, maker, gegevens, veld, melding):
    client.force_login(maker)
    response = client.post(reverse("plan_create"), gegevens)
    assert response.status_code == 200
    assert melding in str(response.context["form"].errors[veld])
    assert not Uitvoeringsplan.objects.exists()
    assert not Gemeente.objects.filter(naam="X").exists()


def test_a_plan_cannot_be_started_in_a_gemeente_someone_does_not_work_for(client, maker, plan):
    """Starting a plan there would open that gemeente's stakeholder register to them."""
    client.force_login(maker)
    formulier = client.get(reverse("plan_create")).context["form"]
    assert plan.gemeente not in formulier.fields["gemeente"].queryset
    response = client.post(
        reverse("plan_create"), {"gemeente": plan.gemeente.pk, "titel": "Overname", "bron": "scanner"}
    )
    assert "gemeente" in response.context["form"].errors
    response = client.post(
        reverse("plan_create"),
        {"nieuwe_gemeente": "Namaak", "cbs_code": plan.gemeente.cbs_code, "titel": "Overname", "bron": "scanner"},
    )
    assert "Vraag de projectleider of de beheerder" in str(response.context["form"].errors["cbs_code"])
    assert not Uitvoeringsplan.objects.filter(titel="Overname").exists()
    assert not Lidmaatschap.objects.filter(user=maker).exists()


def test_the_projectleider_starts_the_next_plan_of_their_own_gemeente(client, projectleider, plan):
    projectleider.user_permissions.add(Permission.objects.get(codename="add_uitvoeringsplan"))
    client.force_login(projectleider)
    client.post(reverse("plan_create"), {"gemeente": plan.gemeente.pk, "titel": "Volgende cyclus", "bron": "scanner"})
    assert Uitvoeringsplan.objects.get(titel="Volgende cyclus").gemeente == plan.gemeente
