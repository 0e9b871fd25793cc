"""Status and voortgangsberichten per actie: who may report, the rules, and two people at once."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests import factories
from uitvoering.models import Voortgangsbericht
from uitvoering.services import StatusIntussenGewijzigd, voortgang_melden
from uitvoeringsplan.constants import PlanStatus, Rol, Uitvoeringsstatus

pytestmark = pytest.mark.django_db


def voortgang_url(actie):
    return reverse("actie_voortgang", args=[actie.invultabel.plan_id, actie.pk])


def melden(client, actie, **velden):
    return client.post(voortgang_url(actie), {"versie": actie.versie, **velden})


def test_a_new_status_is_a_dated_bericht_and_the_actie_takes_it(uitvoering, kernteamlid, vandaag):
    actie = uitvoering["eigen_actie"]
    bericht = voortgang_melden(actie=actie, door=kernteamlid, status=Uitvoeringsstatus.GESTART, tekst="Begonnen.")
    actie.refresh_from_db()
    assert actie.uitvoeringsstatus == Uitvoeringsstatus.GESTART
    assert (bericht.auteur, bericht.tekst, bericht.datum) == (kernteamlid, "Begonnen.", vandaag)
    assert actie.history.first().history_user == kernteamlid  # every change is in the history
    assert bericht.history.count() == 1


@pytest.mark.parametrize("status", [Uitvoeringsstatus.UITGESTELD, Uitvoeringsstatus.GESTOPT])
def test_putting_an_actie_on_hold_or_stopping_it_needs_a_reason(uitvoering, kernteamlid, status):
    actie = uitvoering["eigen_actie"]
    with pytest.raises(ValidationError):
        voortgang_melden(actie=actie, door=kernteamlid, status=status)
    actie.refresh_from_db()
    assert actie.uitvoeringsstatus == Uitvoeringsstatus.GEPLAND
    assert not Voortgangsbericht.objects.exists()


def test_the_form_says_next_to_the_field_why_a_reason_is_needed(client, uitvoering, kernteamlid):
    client.force_login(kernteamlid)
    response = melden(client, uitvoering["eigen_actie"], status=Uitvoeringsstatus.GESTOPT)
    assert response.status_code == 200
    assert response.context["form"].errors["tekst"] == ["Schrijf waarom de actie gestopt wordt."]
    assert not Voortgangsbericht.objects.exists()


def test_an_empty_bericht_is_refused(client, uitvoering, kernteamlid):
    client.force_login(kernteamlid)
    response = melden(client, uitvoering["eigen_actie"], tekst="   ")
    assert response.context["form"].errors["tekst"] == ["Schrijf een bericht of kies een nieuwe status."]
    assert not Voortgangsbericht.objects.exists()


def test_a_date_in_the_future_is_refused(client, uitvoering, kernteamlid, vandaag):
    client.force_login(kernteamlid)
    morgen = vandaag + datetime.timedelta(days=1)
    response = melden(client, uitvoering["eigen_actie"], tekst="Gedaan", datum=morgen.isoformat())
    assert "De datum ligt in de toekomst" in response.context["form"].errors["datum"][0]
    assert not Voortgangsbericht.objects.exists()


def test_a_bericht_may_carry_an_attachment_that_only_members_download(
    client, uitvoering, kernteamlid, kernteamlid_elders
):
    client.force_login(kernteamlid)
    bestand = SimpleUploadedFile("verslag.pdf", b"%PDF-1.4 verslag", content_type="application/pdf")
    response = melden(
        client, uitvoering["eigen_actie"], tekst="Verslag", bijlage=bestand, link="https://example.org/foto"
    )
    assert response.status_code == 302
    bericht = Voortgangsbericht.objects.get()
    assert bericht.link == "https://example.org/foto"
    bijlage_url = reverse("bericht_bijlage", args=[uitvoering["plan"].pk, bericht.pk])
    download = client.get(bijlage_url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == b"%PDF-1.4 verslag"
    assert "attachment" in download["Content-Disposition"]
    client.force_login(kernteamlid_elders)
    assert client.get(bijlage_url).status_code == 404


def test_an_attachment_of_another_type_is_refused(client, uitvoering, kernteamlid):
    client.force_login(kernteamlid)
    bestand = SimpleUploadedFile("script.exe", b"MZ", content_type="application/octet-stream")
    response = melden(client, uitvoering["eigen_actie"], tekst="Zie bijlage", bijlage=bestand)
    assert "bijlage" in response.context["form"].errors
    assert not Voortgangsbericht.objects.exists()


def test_every_kernteam_member_reports_on_every_actie(client, uitvoering, kernteamlid, projectleider):
    for user, actie in [(kernteamlid, uitvoering["andere_actie"]), (projectleider, uitvoering["eigen_actie"])]:
        client.force_login(user)
        assert melden(client, actie, status=Uitvoeringsstatus.AFGEROND).status_code == 302
        actie.refresh_from_db()
        assert actie.uitvoeringsstatus == Uitvoeringsstatus.AFGEROND


def test_a_stakeholder_reports_on_the_acties_of_their_own_organisation(client, uitvoering, stakeholder):
    client.force_login(stakeholder)
    actie = uitvoering["eigen_actie"]
    assert melden(client, actie, status=Uitvoeringsstatus.GESTART, tekst="Eerste avond gepland").status_code == 302
    actie.refresh_from_db()
    assert actie.uitvoeringsstatus == Uitvoeringsstatus.GESTART


def test_a_stakeholder_cannot_update_another_organisations_actie_by_post(client, uitvoering, stakeholder):
    client.force_login(stakeholder)
    actie = uitvoering["andere_actie"]
    response = melden(client, actie, status=Uitvoeringsstatus.GESTOPT, tekst="Weg ermee")
    assert response.status_code == 403
    assert "verantwoordelijk" in response.content.decode()
    actie.refresh_from_db()
    assert actie.uitvoeringsstatus == Uitvoeringsstatus.GESTART
    assert not Voortgangsbericht.objects.exists()
    # They may still read it, without the form.
    pagina = client.get(voortgang_url(actie))
    assert pagina.status_code == 200 and not pagina.context["mag_melden"]


def test_a_lezer_reads_but_never_reports(client, uitvoering, lezer):
    client.force_login(lezer)
    actie = uitvoering["eigen_actie"]
    assert client.get(voortgang_url(actie)).status_code == 200
    assert melden(client, actie, tekst="Ik ook").status_code == 403
    assert not Voortgangsbericht.objects.exists()


def test_another_gemeente_does_not_see_the_actie(client, uitvoering, kernteamlid_elders):
    client.force_login(kernteamlid_elders)
    assert client.get(voortgang_url(uitvoering["eigen_actie"])).status_code == 404
    assert melden(client, uitvoering["eigen_actie"], tekst="x").status_code == 404


def test_an_actie_of_another_plan_is_not_found_through_this_plan(client, uitvoering, kernteamlid):
    vreemde = factories.ActieFactory(uitvoeringsstatus=Uitvoeringsstatus.GEPLAND)
    client.force_login(kernteamlid)
    url = reverse("actie_voortgang", args=[uitvoering["plan"].pk, vreemde.pk])
    assert client.get(url).status_code == 404


def test_before_adoption_there_is_no_uitvoering(client, plan, kernteamlid):
    actie = factories.ActieFactory(invultabel__plan=plan)
    client.force_login(kernteamlid)
    response = client.get(reverse("uitvoering", args=[plan.pk]))
    assert response.status_code == 403
    assert "zodra het plan is vastgesteld" in response.content.decode()
    assert client.get(voortgang_url(actie)).status_code == 403


def test_the_uitvoering_goes_on_while_a_new_concept_version_is_written(client, uitvoering, stakeholder):
    plan = uitvoering["plan"]
    plan.status, plan.versie = PlanStatus.CONCEPT, 2
    plan.save()
    client.force_login(stakeholder)
    assert client.get(reverse("uitvoering", args=[plan.pk])).status_code == 200
    assert melden(client, uitvoering["eigen_actie"], status=Uitvoeringsstatus.GESTART).status_code == 302


def test_after_the_evaluation_nobody_reports_any_more(client, uitvoering, kernteamlid):
    plan = uitvoering["plan"]
    plan.status = PlanStatus.GEEVALUEERD
    plan.save()
    client.force_login(kernteamlid)
    assert client.get(voortgang_url(uitvoering["eigen_actie"])).status_code == 200
    assert melden(client, uitvoering["eigen_actie"], tekst="Nog iets").status_code == 403


def test_two_people_changing_the_status_at_once_lose_nothing(client, uitvoering, kernteamlid, stakeholder):
    actie = uitvoering["eigen_actie"]
    gezien = actie.versie
    # The stakeholder saves first ...
    client.force_login(stakeholder)
    assert melden(client, actie, status=Uitvoeringsstatus.GESTART, tekst="Wij zijn begonnen").status_code == 302
    # ... the kernteamlid, who loaded the page before that, gets the other change shown and keeps their text.
    client.force_login(kernteamlid)
    response = client.post(
        voortgang_url(actie), {"versie": gezien, "status": Uitvoeringsstatus.UITGESTELD, "tekst": "Geen budget"}
    )
    assert response.status_code == 409
    fout = response.context["form"].non_field_errors()[0]
    assert "Intussen heeft" in fout and "Gestart" in fout
    assert response.context["form"]["tekst"].value() == "Geen budget"
    assert response.context["form"]["versie"].value() == actie.versie + 1
    actie.refresh_from_db()
    assert actie.uitvoeringsstatus == Uitvoeringsstatus.GESTART
    # Sending it again, now knowing, saves it: both berichten are kept.
    assert melden(client, actie, status=Uitvoeringsstatus.UITGESTELD, tekst="Geen budget").status_code == 302
    assert list(actie.voortgangsberichten.values_list("status", flat=True)) == ["uitgesteld", "gestart"]


def test_the_service_refuses_a_stale_status_change(uitvoering, kernteamlid, projectleider):
    actie = uitvoering["eigen_actie"]
    voortgang_melden(actie=actie, door=projectleider, status=Uitvoeringsstatus.GESTART)
    with pytest.raises(StatusIntussenGewijzigd):
        voortgang_melden(actie=actie, door=kernteamlid, status=Uitvoeringsstatus.AFGEROND, gezien_versie=actie.versie)
    # A bericht without a status never conflicts.
    voortgang_melden(actie=actie, door=kernteamlid, tekst="Goed bezocht", gezien_versie=actie.versie)
    assert Voortgangsbericht.objects.count() == 2


def test_after_saving_the_user_returns_where_they_came_from(client, uitvoering, stakeholder):
    client.force_login(stakeholder)
    response = melden(client, uitvoering["eigen_actie"], status=Uitvoeringsstatus.GESTART, volgende="/")
    assert response.url == "/"
    response = melden(client, uitvoering["eigen_actie"], tekst="x", volgende="https://kwaad.example/")
    assert response.url == voortgang_url(uitvoering["eigen_actie"])


def test_adoption_puts_every_actie_in_uitvoering_as_gepland(plan, projectleider):
    from rapportage.services import plan_vaststellen

    actie = factories.CompleteActieFactory(invultabel__plan=plan)
    organisatie = factories.OrganisatieFactory(gemeente=plan.gemeente)
    actie.verantwoordelijken.add(organisatie)
    plan.status = PlanStatus.TER_REVIEW
    plan.save()
    plan_vaststellen(plan=plan, door=projectleider, reden="test")
    actie.refresh_from_db()
    assert actie.uitvoeringsstatus == Uitvoeringsstatus.GEPLAND
    bij_vaststelling = actie.history.first()
    assert bij_vaststelling.history_user == projectleider
    # The history record keeps the actie's organisations: adoption did not remove them.
    assert [rij.organisatie for rij in bij_vaststelling.verantwoordelijken.all()] == [organisatie]


def test_the_rights_of_the_uitvoering_follow_role_and_adoption():
    from uitvoeringsplan.rechten import Recht, rechten_voor

    def heeft(rol, status, ooit=True):
        return {
            r
            for r in (Recht.UITVOERING, Recht.VOORTGANG, Recht.VOORTGANG_EIGEN)
            if r in rechten_voor(rol, status, ooit_vastgesteld=ooit)
        }

    assert heeft(Rol.KERNTEAMLID, PlanStatus.IN_UITVOERING) == {Recht.UITVOERING, Recht.VOORTGANG}
    assert heeft(Rol.STAKEHOLDER, PlanStatus.CONCEPT) == {Recht.UITVOERING, Recht.VOORTGANG_EIGEN}
    assert heeft(Rol.LEZER, PlanStatus.VASTGESTELD) == {Recht.UITVOERING}
    assert heeft(Rol.PROJECTLEIDER, PlanStatus.CONCEPT, ooit=False) == set()
    assert heeft(Rol.KERNTEAMLID, PlanStatus.GEEVALUEERD) == {Recht.UITVOERING}
