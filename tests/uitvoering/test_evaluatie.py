"""The evaluation (issue 12 §2): per actie and per plan, who writes it, the report, and its adoption."""

import hashlib

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests import factories
from uitvoering.constants import Advies, DoelBereikt
from uitvoering.evaluatie import (
    EvaluatieIntussenGewijzigd,
    actie_evaluatie_opslaan,
    evaluatie_controles,
    evaluatie_samenvatting_opslaan,
    evaluatie_vaststellen,
    evaluatievaststelling_controleren,
)
from uitvoering.evaluatie_document import evaluatie_document
from uitvoering.models import ActieEvaluatie, Evaluatie, Evaluatievaststelling, Voortgangsbericht
from uitvoering.services import voortgang_melden
from uitvoeringsplan.constants import PlanStatus, Uitvoeringsstatus
from uitvoeringsplan.models import Vergrendeld
from uitvoeringsplan.workflow import status_wijzigen

pytestmark = pytest.mark.django_db

ACTIES = ["eigen_actie", "andere_actie", "late_actie"]


def url(naam, plan, *args):
    return reverse(naam, args=[plan.pk, *args])


def evalueer(actie, door, **velden):
    gegevens = {"doel_bereikt": DoelBereikt.JA, "resultaten": "120 ouders bereikt.", "advies": Advies.DOORZETTEN}
    return actie_evaluatie_opslaan(actie=actie, door=door, **{**gegevens, **velden})


def alles_geevalueerd(uitvoering, door):
    for naam in ACTIES:
        evalueer(uitvoering[naam], door)
    evaluatie_samenvatting_opslaan(
        plan=uitvoering["plan"], door=door, samenvatting="Het meeste is gelukt.", conclusies="Doorgaan."
    )


# The rules of the services


def test_an_actie_evaluation_is_saved_with_its_author_and_history(uitvoering, kernteamlid):
    actie = uitvoering["eigen_actie"]
    opgeslagen = evalueer(actie, kernteamlid, geleerd="  Vroeg beginnen.  ")
    assert (opgeslagen.doel_bereikt, opgeslagen.geleerd, opgeslagen.versie) == (DoelBereikt.JA, "Vroeg beginnen.", 1)
    assert opgeslagen.gewijzigd_door == kernteamlid
    assert opgeslagen.history.first().history_user == kernteamlid
    assert opgeslagen.evaluatie.plan == uitvoering["plan"]
    assert opgeslagen.is_compleet


def test_the_plan_has_one_open_evaluation_that_every_save_shares(uitvoering, kernteamlid):
    evalueer(uitvoering["eigen_actie"], kernteamlid)
    evalueer(uitvoering["andere_actie"], kernteamlid)
    evaluatie_samenvatting_opslaan(plan=uitvoering["plan"], door=kernteamlid, samenvatting="s", conclusies="c")
    assert Evaluatie.objects.count() == 1
    assert Evaluatie.objects.get().acties.count() == 2


def test_a_second_open_evaluation_of_the_same_plan_is_refused(uitvoering):
    Evaluatie.objects.create(plan=uitvoering["plan"])
    with pytest.raises(ValidationError):
        Evaluatie(plan=uitvoering["plan"]).full_clean()


def test_saving_over_a_newer_evaluation_is_refused_and_returns_the_other_one(uitvoering, kernteamlid, projectleider):
    actie = uitvoering["eigen_actie"]
    evalueer(actie, kernteamlid, gezien_versie=0)
    with pytest.raises(EvaluatieIntussenGewijzigd) as conflict:
        evalueer(actie, projectleider, advies=Advies.STOPPEN, gezien_versie=0)
    assert conflict.value.actie_evaluatie.gewijzigd_door == kernteamlid
    assert ActieEvaluatie.objects.get().advies == Advies.DOORZETTEN
    assert evalueer(actie, projectleider, advies=Advies.STOPPEN, gezien_versie=1).versie == 2


def test_the_evaluation_is_written_only_while_the_plan_is_in_uitvoering(uitvoering, kernteamlid):
    plan = uitvoering["plan"]
    plan.status = PlanStatus.VASTGESTELD
    plan.save()
    with pytest.raises(ValidationError, match="in uitvoering"):
        evalueer(uitvoering["eigen_actie"], kernteamlid)


def test_the_checks_name_the_acties_without_evaluation_and_the_missing_summary(uitvoering, kernteamlid):
    evalueer(uitvoering["eigen_actie"], kernteamlid)
    evalueer(uitvoering["andere_actie"], kernteamlid, advies="")  # without advice it does not count
    acties, samenvatting, conclusies = evaluatie_controles(uitvoering["plan"])
    assert not acties.in_orde
    assert "Controles alcoholverkoop" in acties.tekst and "Training barpersoneel" in acties.tekst
    assert "Voorlichting ouders" not in acties.tekst
    assert (samenvatting.in_orde, samenvatting.blokkerend) == (False, True)
    assert (conclusies.in_orde, conclusies.blokkerend) == (False, False)


def test_adoption_without_passing_checks_needs_a_reason(uitvoering, projectleider):
    with pytest.raises(ValidationError) as fout:
        evaluatie_vaststellen(plan=uitvoering["plan"], door=projectleider)
    assert "reden" in fout.value.message_dict
    uitvoering["plan"].refresh_from_db()
    assert uitvoering["plan"].status == PlanStatus.IN_UITVOERING
    vaststelling = evaluatie_vaststellen(plan=uitvoering["plan"], door=projectleider, reden="Termijn verstreken.")
    assert vaststelling.reden_afwijking == "Termijn verstreken."


def test_adoption_freezes_the_report_with_its_pdf_and_hash_and_the_plan_is_geevalueerd(uitvoering, projectleider):
    alles_geevalueerd(uitvoering, projectleider)
    plan = uitvoering["plan"]
    vaststelling = evaluatie_vaststellen(plan=plan, door=projectleider)
    plan.refresh_from_db()
    assert plan.status == PlanStatus.GEEVALUEERD
    assert vaststelling.evaluatie.afgesloten
    with vaststelling.pdf.open("rb") as bestand:
        inhoud = bestand.read()
    assert inhoud.startswith(b"%PDF") and hashlib.sha256(inhoud).hexdigest() == vaststelling.sha256
    assert evaluatievaststelling_controleren(vaststelling)
    assert vaststelling.snapshot["samenvatting"] == "Het meeste is gelukt."
    assert [actie["titel"] for actie in vaststelling.snapshot["acties"]] == [
        "Voorlichting ouders",
        "Controles alcoholverkoop",
        "Training barpersoneel",
    ]
    assert vaststelling.snapshot["acties"][0]["advies"] == Advies.DOORZETTEN
    assert vaststelling.snapshot["indicatoren"] == []


def test_an_adopted_evaluation_never_changes(uitvoering, projectleider):
    alles_geevalueerd(uitvoering, projectleider)
    vaststelling = evaluatie_vaststellen(plan=uitvoering["plan"], door=projectleider)
    with pytest.raises(Vergrendeld):
        vaststelling.save()
    with pytest.raises(Vergrendeld):
        vaststelling.delete()
    evaluatie = vaststelling.evaluatie
    evaluatie.samenvatting = "Anders"
    with pytest.raises(Vergrendeld):
        evaluatie.save()
    with pytest.raises(Vergrendeld):
        evaluatie.delete()
    actie_evaluatie = evaluatie.acties.first()
    actie_evaluatie.advies = Advies.STOPPEN
    with pytest.raises(Vergrendeld):
        actie_evaluatie.save()
    with pytest.raises(ValidationError, match="vastgesteld"):
        evalueer(uitvoering["eigen_actie"], projectleider)
    with pytest.raises(ValidationError):
        evaluatie_vaststellen(plan=uitvoering["plan"], door=projectleider, reden="nog eens")
    assert Evaluatievaststelling.objects.count() == 1


def test_after_adoption_no_voortgang_can_be_reported(uitvoering, projectleider):
    alles_geevalueerd(uitvoering, projectleider)
    evaluatie_vaststellen(plan=uitvoering["plan"], door=projectleider)
    with pytest.raises(ValidationError, match="De evaluatie van dit plan is vastgesteld"):
        voortgang_melden(actie=uitvoering["eigen_actie"], door=projectleider, status=Uitvoeringsstatus.AFGEROND)
    assert not Voortgangsbericht.objects.exists()


def test_only_the_adoption_service_makes_a_plan_geevalueerd(uitvoering, projectleider):
    with pytest.raises(ValidationError):
        status_wijzigen(plan=uitvoering["plan"], naar=PlanStatus.GEEVALUEERD, door=projectleider)


def test_the_document_numbers_acties_as_the_plan_and_counts_their_berichten(uitvoering, kernteamlid):
    voortgang_melden(actie=uitvoering["andere_actie"], door=kernteamlid, tekst="Eerste ronde.")
    voortgang_melden(actie=uitvoering["andere_actie"], door=kernteamlid, tekst="Tweede ronde.")
    doc = evaluatie_document(uitvoering["plan"])
    regels = {regel.actie.titel: regel for regel in doc.regels}
    assert [regel.nummer for regel in doc.regels] == ["1.1", "1.2", "1.3"]
    assert regels["Controles alcoholverkoop"].aantal_berichten == 2
    assert regels["Controles alcoholverkoop"].laatste_bericht is not None
    assert regels["Voorlichting ouders"].aantal_berichten == 0
    assert doc.indicatoren == []


# The pages and who may use them


@pytest.mark.parametrize("wie", ["projectleider", "kernteamlid", "stakeholder", "lezer"])
def test_every_member_reads_the_evaluation_page(client, uitvoering, wie, request):
    client.force_login(request.getfixturevalue(wie))
    response = client.get(url("evaluatie", uitvoering["plan"]))
    assert response.status_code == 200
    assert response.context["mag_bewerken"] is (wie in {"projectleider", "kernteamlid"})
    assert ("controles" in response.context) is (wie == "projectleider")
    assert b"Voorlichting ouders" in response.content


def test_another_gemeentes_kernteamlid_gets_404(client, uitvoering, kernteamlid_elders):
    client.force_login(kernteamlid_elders)
    assert client.get(url("evaluatie", uitvoering["plan"])).status_code == 404
    assert client.get(url("evaluatie_pdf", uitvoering["plan"])).status_code == 404


def test_the_evaluation_page_waits_for_adoption_and_the_nav_shows_it_then(client, plan, kernteamlid):
    client.force_login(kernteamlid)
    assert client.get(url("evaluatie", plan)).status_code == 403
    assert url("evaluatie", plan).encode() not in client.get(url("plan_detail", plan)).content
    plan.status = PlanStatus.IN_UITVOERING
    plan.save()
    response = client.get(url("uitvoering", plan))
    assert url("evaluatie", plan).encode() in response.content


def test_the_kernteam_evaluates_an_actie_on_its_page(client, uitvoering, kernteamlid):
    client.force_login(kernteamlid)
    actie = uitvoering["eigen_actie"]
    pagina = client.get(url("actie_evaluatie", uitvoering["plan"], actie.pk))
    assert pagina.status_code == 200
    response = client.post(
        url("actie_evaluatie", uitvoering["plan"], actie.pk),
        {"versie": 0, "doel_bereikt": "deels", "resultaten": "Twee avonden.", "geleerd": "", "advies": "aanpassen"},
    )
    assert response.status_code == 302
    assert response["Location"].endswith(f"#actie-{actie.pk}")
    opgeslagen = ActieEvaluatie.objects.get()
    assert (opgeslagen.doel_bereikt, opgeslagen.advies, opgeslagen.gewijzigd_door) == (
        DoelBereikt.DEELS,
        Advies.AANPASSEN,
        kernteamlid,
    )


def test_the_second_saver_sees_the_other_change_and_keeps_their_input(client, uitvoering, kernteamlid, projectleider):
    actie = uitvoering["eigen_actie"]
    evalueer(actie, kernteamlid, resultaten="Van het kernteamlid.")
    client.force_login(projectleider)
    response = client.post(
        url("actie_evaluatie", uitvoering["plan"], actie.pk),
        {"versie": 0, "doel_bereikt": "nee", "resultaten": "Van de projectleider.", "advies": "stoppen"},
    )
    assert response.status_code == 409
    assert "Intussen heeft" in response.context["form"].non_field_errors()[0]
    assert response.context["form"]["resultaten"].value() == "Van de projectleider."
    assert response.context["form"]["versie"].value() == 1
    assert b"Van het kernteamlid." in response.content
    assert ActieEvaluatie.objects.get().resultaten == "Van het kernteamlid."


@pytest.mark.parametrize("wie", ["stakeholder", "lezer"])
def test_stakeholders_and_readers_do_not_write_the_evaluation(client, uitvoering, wie, request):
    client.force_login(request.getfixturevalue(wie))
    actie = uitvoering["eigen_actie"]
    plan = uitvoering["plan"]
    assert client.get(url("actie_evaluatie", plan, actie.pk)).status_code == 403
    assert client.post(url("actie_evaluatie", plan, actie.pk), {"versie": 0}).status_code == 403
    assert client.post(url("evaluatie_samenvatting", plan), {"samenvatting": "x"}).status_code == 403
    assert client.post(url("evaluatie_vaststellen", plan), {"bevestiging": "on", "reden": "x"}).status_code == 403
    assert not Evaluatie.objects.exists()


def test_an_actie_of_another_plan_is_a_404(client, uitvoering, kernteamlid):
    client.force_login(kernteamlid)
    vreemd = factories.ActieFactory(uitvoeringsstatus=Uitvoeringsstatus.GEPLAND)
    assert client.get(url("actie_evaluatie", uitvoering["plan"], vreemd.pk)).status_code == 404


def test_the_kernteam_writes_the_summary(client, uitvoering, kernteamlid):
    client.force_login(kernteamlid)
    response = client.post(
        url("evaluatie_samenvatting", uitvoering["plan"]), {"samenvatting": "Goed jaar.", "conclusies": "Verder."}
    )
    assert response.status_code == 302
    assert Evaluatie.objects.get().samenvatting == "Goed jaar."
    assert b"Goed jaar." in client.get(url("evaluatie", uitvoering["plan"])).content


def test_only_the_projectleider_adopts_and_only_by_post(client, uitvoering, kernteamlid, projectleider):
    plan = uitvoering["plan"]
    client.force_login(kernteamlid)
    assert client.post(url("evaluatie_vaststellen", plan), {"bevestiging": "on", "reden": "x"}).status_code == 403
    client.force_login(projectleider)
    assert client.get(url("evaluatie_vaststellen", plan)).status_code == 405
    assert not Evaluatievaststelling.objects.exists()


def test_adopting_with_failing_checks_asks_for_a_reason_on_the_page(client, uitvoering, projectleider):
    client.force_login(projectleider)
    response = client.post(url("evaluatie_vaststellen", uitvoering["plan"]), {"bevestiging": "on"})
    assert response.status_code == 400
    assert "reden" in response.context["vaststellen_form"].errors
    response = client.post(
        url("evaluatie_vaststellen", uitvoering["plan"]), {"bevestiging": "on", "reden": "Termijn is om."}
    )
    assert response.status_code == 302
    assert Evaluatievaststelling.objects.get().reden_afwijking == "Termijn is om."


def test_the_projectleider_adopts_and_everything_is_locked_with_a_clear_message(
    client, uitvoering, projectleider, kernteamlid
):
    alles_geevalueerd(uitvoering, kernteamlid)
    plan = uitvoering["plan"]
    client.force_login(projectleider)
    response = client.post(url("evaluatie_vaststellen", plan), {"bevestiging": "on"}, follow=True)
    assert "geëvalueerd" in response.content.decode()
    plan.refresh_from_db()
    assert plan.status == PlanStatus.GEEVALUEERD
    assert response.context["mag_bewerken"] is False
    pdf = client.get(url("evaluatie_pdf", plan))
    vaststelling = Evaluatievaststelling.objects.get()
    assert hashlib.sha256(b"".join(pdf.streaming_content)).hexdigest() == vaststelling.sha256

    client.force_login(kernteamlid)
    actie = uitvoering["eigen_actie"]
    geweigerd = client.post(url("actie_evaluatie", plan, actie.pk), {"versie": 1, "advies": "stoppen"})
    assert geweigerd.status_code == 403
    assert "De evaluatie van dit plan is vastgesteld" in geweigerd.content.decode()
    voortgang = client.post(
        reverse("actie_voortgang", args=[plan.pk, actie.pk]), {"versie": actie.versie, "status": "afgerond"}
    )
    assert voortgang.status_code == 403
    assert "De evaluatie van dit plan is vastgesteld" in voortgang.content.decode()
    assert (
        "De evaluatie van dit plan is vastgesteld"
        in client.get(reverse("actie_voortgang", args=[plan.pk, actie.pk])).content.decode()
    )


def test_the_pdf_check_after_adoption(client, uitvoering, projectleider):
    alles_geevalueerd(uitvoering, projectleider)
    evaluatie_vaststellen(plan=uitvoering["plan"], door=projectleider)
    client.force_login(projectleider)
    response = client.post(url("evaluatie_controleren", uitvoering["plan"]), follow=True)
    assert "de vingerafdruk klopt" in response.content.decode()


def test_the_report_page_and_the_concept_pdf(client, uitvoering, lezer, kernteamlid):
    evalueer(uitvoering["eigen_actie"], kernteamlid, resultaten="Zaal vol.")
    client.force_login(lezer)
    rapport = client.get(url("evaluatie_rapport", uitvoering["plan"]))
    assert rapport.status_code == 200
    inhoud = rapport.content.decode()
    assert "Inhoud" in inhoud and "Zaal vol." in inhoud and "Evaluatie per actie" in inhoud
    pdf = client.get(url("evaluatie_pdf", uitvoering["plan"]))
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    assert "concept" in pdf["Content-Disposition"]


def test_the_evaluation_page_costs_the_same_number_of_queries_at_two_plan_sizes(
    client, uitvoering, projectleider, kernteamlid, django_assert_num_queries
):
    plan = uitvoering["plan"]
    evalueer(uitvoering["eigen_actie"], kernteamlid)
    client.force_login(projectleider)
    with CaptureQueriesContext(connection) as klein:
        assert client.get(url("evaluatie", plan)).status_code == 200
    plan.status = PlanStatus.CONCEPT
    plan.save()
    tabel = uitvoering["eigen_actie"].invultabel
    for _nummer in range(15):
        actie = factories.ActieFactory(invultabel=tabel, uitvoeringsstatus=Uitvoeringsstatus.GESTART)
        actie.verantwoordelijken.add(uitvoering["eigen"])
        Voortgangsbericht.objects.create(actie=actie, auteur=kernteamlid, tekst="bezig")
    plan.status = PlanStatus.IN_UITVOERING
    plan.save()
    for actie in tabel.acties.all()[5:]:
        evalueer(actie, kernteamlid)
    with django_assert_num_queries(len(klein)):
        response = client.get(url("evaluatie", plan))
    assert len(response.context["doc"].regels) == 18


def test_the_spreadsheet_upload_after_adoption_says_why_it_is_closed(client, uitvoering, projectleider, kernteamlid):
    alles_geevalueerd(uitvoering, projectleider)
    evaluatie_vaststellen(plan=uitvoering["plan"], door=projectleider)
    client.force_login(kernteamlid)
    response = client.get(reverse("uitvoering_spreadsheet_uploaden", args=[uitvoering["plan"].pk]))
    assert response.status_code == 403
    assert "De evaluatie van dit plan is vastgesteld" in response.content.decode()


def test_the_admin_shows_an_adopted_evaluation_read_only(rf, uitvoering, projectleider, admin_user):
    from django.contrib import admin

    alles_geevalueerd(uitvoering, projectleider)
    vaststelling = evaluatie_vaststellen(plan=uitvoering["plan"], door=projectleider)
    verzoek = rf.get("/")
    verzoek.user = admin_user
    assert not admin.site._registry[Evaluatievaststelling].has_change_permission(verzoek, vaststelling)
    assert not admin.site._registry[Evaluatievaststelling].has_delete_permission(verzoek, vaststelling)
    assert not admin.site._registry[Evaluatie].has_change_permission(verzoek, vaststelling.evaluatie)
    actie_evaluatie = vaststelling.evaluatie.acties.first()
    assert not admin.site._registry[ActieEvaluatie].has_delete_permission(verzoek, actie_evaluatie)
    open_evaluatie = ActieEvaluatie(evaluatie=Evaluatie(afgesloten=False))
    assert admin.site._registry[ActieEvaluatie].has_change_permission(verzoek, open_evaluatie)


def test_the_evaluation_sets_each_indicators_nulmeting_beside_its_last_measured_value(
    client, uitvoering, projectleider, kernteamlid
):
    from uitvoeringsplan.models import Uitvoeringsplan

    plan = uitvoering["plan"]
    Uitvoeringsplan.objects.filter(pk=plan.pk).update(status=PlanStatus.CONCEPT)  # doelen belong to the plan text
    plan.refresh_from_db()
    indicator = factories.IndicatorFactory(
        doelstelling__plan=plan, naam="Maandelijks alcoholgebruik klas 4", basiswaarde=30, basisjaar=2023
    )
    Uitvoeringsplan.objects.filter(pk=plan.pk).update(status=PlanStatus.IN_UITVOERING)
    factories.MetingFactory(indicator=indicator, jaar=2024, waarde=27)
    factories.MetingFactory(indicator=indicator, jaar=2025, waarde=None, ontbreekt="te_weinig_respondenten")
    plan.refresh_from_db()

    stand = evaluatie_document(plan).indicatoren[0]
    assert (stand.naam, stand.nulmeting, stand.laatste_meting) == (
        "Maandelijks alcoholgebruik klas 4",
        "30% (2023)",
        "27% (2024)",
    )
    client.force_login(kernteamlid)
    html = client.get(url("evaluatie", plan)).content.decode()
    assert "27% (2024)" in html and 'class="indicator-svg"' in html
    alles_geevalueerd(uitvoering, projectleider)
    vaststelling = evaluatie_vaststellen(plan=plan, door=projectleider)
    assert vaststelling.snapshot["indicatoren"][0]["laatste_meting"] == "27% (2024)"
