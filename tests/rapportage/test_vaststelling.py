import hashlib

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from rapportage.services import nieuwe_conceptversie, plan_vaststellen, vaststelling_controleren, versies_vergelijken
from tests import factories
from uitvoeringsplan.constants import PlanStatus
from uitvoeringsplan.models import Actie, Vaststelling, Vergrendeld

pytestmark = pytest.mark.django_db


def url(naam, plan, **kwargs):
    return reverse(naam, kwargs={"plan_pk": plan.pk, **kwargs})


@pytest.fixture
def klaar(plan):
    """A plan in review whose only aanbeveling has a complete actie and no open comment."""
    factories.CompleteActieFactory(invultabel__plan=plan, titel="Training vroegsignalering")
    plan.status = PlanStatus.TER_REVIEW
    plan.save()
    return plan


def test_adoption_freezes_the_plan_and_stores_a_verifiable_pdf(klaar, projectleider):
    vaststelling = plan_vaststellen(plan=klaar, door=projectleider)
    klaar.refresh_from_db()
    assert klaar.status == PlanStatus.VASTGESTELD
    with vaststelling.pdf.open("rb") as bestand:
        inhoud = bestand.read()
    assert inhoud.startswith(b"%PDF") and hashlib.sha256(inhoud).hexdigest() == vaststelling.sha256
    assert vaststelling_controleren(vaststelling)
    assert (
        vaststelling.snapshot["aanbevelingen"][0]["acties"][0]["gesuggereerde_interventie"]
        == "Training vroegsignalering"
    )
    assert vaststelling.versie == 1 and vaststelling.vastgesteld_door == projectleider


def test_a_changed_pdf_no_longer_verifies(klaar, projectleider):
    vaststelling = plan_vaststellen(plan=klaar, door=projectleider)
    with open(vaststelling.pdf.path, "ab") as bestand:
        bestand.write(b"% gewijzigd")
    assert not vaststelling_controleren(vaststelling)


def test_an_adopted_version_cannot_be_changed(klaar, projectleider):
    vaststelling = plan_vaststellen(plan=klaar, door=projectleider)
    vaststelling.snapshot = {}
    with pytest.raises(Vergrendeld):
        vaststelling.save()
    with pytest.raises(Vergrendeld):
        Vaststelling.objects.get().delete()
    actie = Actie.objects.get()
    actie.titel = "Anders"
    with pytest.raises(Vergrendeld):
        actie.save()


def test_adoption_with_failing_checks_needs_a_reason(plan, projectleider):
    factories.ActieFactory(invultabel__plan=plan)  # incomplete
    factories.OpmerkingFactory(plan=plan)  # unanswered
    plan.status = PlanStatus.TER_REVIEW
    plan.save()
    with pytest.raises(ValidationError, match="Geef aan waarom"):
        plan_vaststellen(plan=plan, door=projectleider)
    vaststelling = plan_vaststellen(plan=plan, door=projectleider, reden="De raad besluit volgende week.")
    assert vaststelling.reden_afwijking == "De raad besluit volgende week."


def test_the_adoption_page_shows_the_checks_and_asks_for_confirmation(client, projectleider, klaar):
    client.force_login(projectleider)
    pagina = client.get(url("vaststellen", klaar))
    assert all(controle.in_orde for controle in pagina.context["controles"][:2])
    assert "bevestiging" in client.post(url("vaststellen", klaar), {}).context["form"].errors
    response = client.post(url("vaststellen", klaar), {"bevestiging": "on"})
    vaststelling = Vaststelling.objects.get()
    assert response.url == url("vaststelling_detail", klaar, pk=vaststelling.pk)


@pytest.mark.parametrize("rol", ["kernteamlid", "stakeholder", "lezer"])
def test_only_the_projectleider_adopts(client, request, klaar, rol):
    client.force_login(request.getfixturevalue(rol))
    assert client.post(url("vaststellen", klaar), {"bevestiging": "on"}).status_code == 403
    assert not Vaststelling.objects.exists()


def test_a_new_concept_version_leaves_the_adopted_one_alone_and_shows_what_changed(client, klaar, projectleider):
    eerste = plan_vaststellen(plan=klaar, door=projectleider)
    nieuwe_conceptversie(plan=klaar, door=projectleider)
    klaar.refresh_from_db()
    assert (klaar.status, klaar.versie) == (PlanStatus.CONCEPT, 2)
    actie = Actie.objects.get()
    actie.titel = "Training vroegsignalering, ook voor de POH-GGZ"
    actie.save()
    client.force_login(projectleider)
    verschillen = client.get(url("versies_vergelijken", klaar, pk=eerste.pk)).context["verschillen"]
    assert [(v.veld, v.oud, v.nieuw) for v in verschillen] == [
        ("1. Gesuggereerde interventie", "Training vroegsignalering", "Training vroegsignalering, ook voor de POH-GGZ")
    ]
    eerste.refresh_from_db()
    assert eerste.snapshot["aanbevelingen"][0]["acties"][0]["gesuggereerde_interventie"] == "Training vroegsignalering"


def test_comparing_snapshots_names_added_and_removed_acties():
    oud = {
        "plan": {},
        "aanbevelingen": [{"titel": "A", "acties": [{"id": 1, "nummer": "1.1", "gesuggereerde_interventie": "Weg"}]}],
    }
    nieuw = {
        "plan": {},
        "aanbevelingen": [{"titel": "A", "acties": [{"id": 2, "nummer": "1.1", "gesuggereerde_interventie": "Nieuw"}]}],
    }
    assert [(v.onderwerp, v.nieuw) for v in versies_vergelijken(oud, nieuw)] == [
        ("Actie 1.1: Nieuw", "toegevoegd"),
        ("Actie 1.1: Weg", "verwijderd"),
    ]


def test_signatures_from_paper_and_by_stakeholders_themselves(client, klaar, projectleider, stakeholder, lezer):
    vaststelling = plan_vaststellen(plan=klaar, door=projectleider)
    client.force_login(projectleider)
    client.post(
        url("vaststelling_detail", klaar, pk=vaststelling.pk),
        {"naam": "Jan", "organisatie": "GGD", "datum": "2026-03-01"},
    )
    organisatie = factories.OrganisatieFactory(gemeente=klaar.gemeente, naam="Sociaal wijkteam")
    factories.StakeholderFactory(gemeente=klaar.gemeente, organisatie=organisatie, user=stakeholder)
    client.force_login(stakeholder)
    client.post(url("vaststelling_detail", klaar, pk=vaststelling.pk), {"actie": "zelf", "organisatie": organisatie.pk})
    assert sorted(vaststelling.ondertekeningen.values_list("organisatie", "bron")) == [
        ("GGD", "papier"),
        ("Sociaal wijkteam", "applicatie"),
    ]
    client.force_login(lezer)
    assert (
        client.post(
            url("vaststelling_detail", klaar, pk=vaststelling.pk),
            {"naam": "X", "organisatie": "Y", "datum": "2026-03-01"},
        ).status_code
        == 403
    )


def test_every_adopted_version_stays_downloadable_and_checkable(client, klaar, projectleider, lezer):
    vaststelling = plan_vaststellen(plan=klaar, door=projectleider)
    client.force_login(lezer)
    response = client.get(url("vaststelling_pdf", klaar, pk=vaststelling.pk))
    assert hashlib.sha256(b"".join(response.streaming_content)).hexdigest() == vaststelling.sha256
    controle = client.post(url("vaststelling_controleren", klaar, pk=vaststelling.pk))
    assert controle.url.endswith("?controle=ok#controle")


def test_another_plans_version_is_not_found(client, kernteamlid, plan):
    vreemd = factories.UitvoeringsplanFactory()
    andere = Vaststelling.objects.create(
        plan=vreemd,
        versie=1,
        vastgesteld_op="2026-01-01T12:00Z",
        vastgesteld_door=kernteamlid,
        snapshot={},
        sha256="0" * 64,
    )
    client.force_login(kernteamlid)
    assert client.get(url("vaststelling_detail", plan, pk=andere.pk)).status_code == 404
    assert client.get(url("vaststelling_pdf", plan, pk=andere.pk)).status_code == 404
