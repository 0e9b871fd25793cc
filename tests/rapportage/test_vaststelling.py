import hashlib
import io
import re
from datetime import date, datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from bijeenkomsten.constants import BijeenkomstSoort
from rapportage.models import Ondertekening, Vaststelling
from rapportage.services import (
    nieuwe_conceptversie,
    ondertekenen,
    plan_vaststellen,
    vaststelling_controleren,
    versies_vergelijken,
)
from tests import factories
from uitvoeringsplan.constants import PlanStatus
from uitvoeringsplan.models import Actie, Vergrendeld

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


def test_an_adoption_recorded_afterwards_carries_its_own_date_in_the_record_snapshot_and_pdf(klaar, projectleider):
    moment = datetime(2024, 3, 14, 20, 30, tzinfo=timezone.get_current_timezone())
    vaststelling = plan_vaststellen(plan=klaar, door=projectleider, op=moment)
    assert vaststelling.vastgesteld_op == moment
    assert vaststelling.snapshot["plan"]["datum"] == "2024-03-14"
    with vaststelling.pdf.open("rb") as bestand:
        tekst = " ".join(pagina.extract_text() for pagina in PdfReader(bestand).pages)
    assert "14 maart 2024" in tekst


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
    client.post(url("vaststelling_ondertekenen", klaar, pk=vaststelling.pk), {"organisatie": organisatie.pk})
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


def test_a_stakeholder_keeps_the_adopted_versions_while_the_next_concept_is_written(
    client, klaar, projectleider, stakeholder
):
    vaststelling = plan_vaststellen(plan=klaar, door=projectleider)
    nieuwe_conceptversie(plan=klaar, door=projectleider)
    client.force_login(stakeholder)
    versies = client.get(url("versies", klaar))
    assert (
        versies.status_code == 200 and url("vaststelling_detail", klaar, pk=vaststelling.pk) in versies.content.decode()
    )
    assert "Tot die tijd geldt de vastgestelde versie 1." in versies.content.decode()
    thuis = client.get(url("plan_detail", klaar)).content.decode()
    assert "Lees de vastgestelde versie" in thuis and url("vaststelling_detail", klaar, pk=vaststelling.pk) in thuis
    assert client.get(url("vaststelling_detail", klaar, pk=vaststelling.pk)).status_code == 200
    pdf = client.get(url("vaststelling_pdf", klaar, pk=vaststelling.pk))
    assert hashlib.sha256(b"".join(pdf.streaming_content)).hexdigest() == vaststelling.sha256
    # The concept being written is not theirs to read yet, not even as a comparison.
    assert client.get(url("versies_vergelijken", klaar, pk=vaststelling.pk)).status_code == 403


def test_a_stakeholder_asking_for_the_next_concept_is_taken_to_the_adopted_version(
    client, klaar, projectleider, stakeholder
):
    vaststelling = plan_vaststellen(plan=klaar, door=projectleider)
    nieuwe_conceptversie(plan=klaar, door=projectleider)
    client.force_login(stakeholder)
    detail = url("vaststelling_detail", klaar, pk=vaststelling.pk)
    for pagina in ("plan_document", "plan_docx"):
        response = client.get(url(pagina, klaar))
        assert (response.status_code, response.url) == (302, detail)
    assert client.get(url("plan_pdf", klaar)).url == url("vaststelling_pdf", klaar, pk=vaststelling.pk)
    pagina = client.get(url("plan_document", klaar), follow=True).content.decode()
    assert "Tot die tijd geldt de vastgestelde versie 1." in pagina


def test_a_stakeholder_still_cannot_read_a_first_concept(client, plan, stakeholder):
    client.force_login(stakeholder)
    for pagina in ("plan_document", "plan_pdf", "plan_docx"):
        assert client.get(url(pagina, plan)).status_code == 403


def snapshot_met(**actie):
    return {
        "plan": {"inleiding": "Eerste alinea.\nTweede alinea."},
        "aanbevelingen": [
            {"titel": "A", "acties": [{"id": 1, "nummer": "1.1", "gesuggereerde_interventie": "X", **actie}]}
        ],
    }


def test_line_endings_alone_are_no_change():
    oud = snapshot_met(relevantie="Regel een\nregel twee")
    nieuw = snapshot_met(relevantie="Regel een\r\nregel twee")
    nieuw["plan"]["inleiding"] = "Eerste alinea.\r\nTweede alinea."
    assert versies_vergelijken(oud, nieuw) == []


def test_amounts_in_the_comparison_are_written_the_dutch_way():
    oud = snapshot_met(fte="0.20", financieel_euro="1500.00")
    assert versies_vergelijken(oud, snapshot_met(fte="0.2", financieel_euro="1500")) == []
    [euro, fte] = sorted(
        versies_vergelijken(oud, snapshot_met(fte="0.50", financieel_euro="12500.00")), key=lambda v: v.veld
    )
    assert (fte.oud, fte.nieuw) == ("0,2", "0,5")
    assert (euro.oud, euro.nieuw) == ("€ 1.500", "€ 12.500")


@pytest.fixture
def twee_versies(klaar, projectleider):
    """Version 1 adopted, then version 2 with a changed actie title."""
    eerste = plan_vaststellen(plan=klaar, door=projectleider)
    nieuwe_conceptversie(plan=klaar, door=projectleider)
    actie = Actie.objects.get()
    actie.titel = "Training vroegsignalering, ook voor de POH-GGZ"
    actie.relevantie = "Nu ook voor de huisartsenpraktijk."
    actie.save()
    klaar.status = PlanStatus.TER_REVIEW
    klaar.save()
    tweede = plan_vaststellen(plan=klaar, door=projectleider, reden="Test")
    return eerste, tweede


def test_was_is_always_the_older_version(client, klaar, projectleider, twee_versies):
    eerste, tweede = twee_versies
    client.force_login(projectleider)
    vooruit = client.get(url("versies_vergelijken", klaar, pk=eerste.pk), {"met": tweede.pk}).context
    achteruit = client.get(url("versies_vergelijken", klaar, pk=tweede.pk), {"met": eerste.pk}).context
    for context in (vooruit, achteruit):
        assert (context["oud"], context["nieuw"]) == (eerste, tweede)
        titel = next(v for v in context["verschillen"] if v.veld == "1. Gesuggereerde interventie")
        assert (titel.oud, titel.nieuw) == (
            "Training vroegsignalering",
            "Training vroegsignalering, ook voor de POH-GGZ",
        )
    assert list(client.get(url("versies_vergelijken", klaar, pk=tweede.pk)).context["latere_versies"]) == []


def test_the_comparison_names_each_actie_once_and_labels_its_cells(client, klaar, projectleider, twee_versies):
    eerste, _tweede = twee_versies
    client.force_login(projectleider)
    html = client.get(url("versies_vergelijken", klaar, pk=eerste.pk)).content.decode()
    assert html.count("Actie 1.1: Training vroegsignalering, ook voor de POH-GGZ") == 1
    assert html.count('data-label="Was"') == html.count('data-label="Werd"') == 2


def test_a_stakeholder_signs_once_per_organisation(client, klaar, projectleider, stakeholder):
    vaststelling = plan_vaststellen(plan=klaar, door=projectleider)
    organisatie = factories.OrganisatieFactory(gemeente=klaar.gemeente, naam="Sociaal wijkteam")
    factories.StakeholderFactory(gemeente=klaar.gemeente, organisatie=organisatie, user=stakeholder)
    client.force_login(stakeholder)
    pagina = url("vaststelling_detail", klaar, pk=vaststelling.pk)
    assert client.get(pagina).context["eigen_organisaties"] == [organisatie]
    tekenen = url("vaststelling_ondertekenen", klaar, pk=vaststelling.pk)
    client.post(tekenen, {"organisatie": organisatie.pk})
    tweede = client.post(tekenen, {"organisatie": organisatie.pk}, follow=True)
    assert vaststelling.ondertekeningen.count() == 1
    assert "al ondertekend" in tweede.content.decode()
    assert tweede.context["eigen_organisaties"] == []
    assert "Ik onderteken namens" not in tweede.content.decode()


def test_the_service_refuses_a_second_signature_in_dutch(klaar, projectleider, stakeholder):
    vaststelling = plan_vaststellen(plan=klaar, door=projectleider)
    gegevens = {"vaststelling": vaststelling, "naam": "Esther", "organisatie": "Wijkteam", "datum": date(2026, 3, 1)}
    ondertekenen(**gegevens, door=stakeholder, zelf=True)
    with pytest.raises(ValidationError, match="al ondertekend"):
        ondertekenen(**gegevens, door=stakeholder, zelf=True)
    ondertekenen(**gegevens, door=projectleider, zelf=False)
    with pytest.raises(ValidationError, match="al vastgelegd"):
        ondertekenen(**{**gegevens, "naam": " esther "}, door=projectleider, zelf=False)
    assert vaststelling.ondertekeningen.count() == 2


def test_the_projectleider_removes_a_mistyped_paper_signature_and_the_history_keeps_it(
    client, klaar, projectleider, stakeholder
):
    vaststelling = plan_vaststellen(plan=klaar, door=projectleider)
    papier = ondertekenen(
        vaststelling=vaststelling, naam="Jna", organisatie="GGD", datum=date(2026, 3, 1), door=projectleider, zelf=False
    )
    zelf = ondertekenen(
        vaststelling=vaststelling,
        naam="Esther",
        organisatie="Wijkteam",
        datum=date(2026, 3, 1),
        door=stakeholder,
        zelf=True,
    )
    client.force_login(projectleider)
    verwijderen = url("ondertekening_verwijderen", klaar, pk=vaststelling.pk)
    client.post(verwijderen, {"ondertekening": papier.pk})
    weigering = client.post(verwijderen, {"ondertekening": zelf.pk}, follow=True)
    assert list(vaststelling.ondertekeningen.all()) == [zelf]
    assert "Alleen een handtekening die van papier is overgenomen" in weigering.content.decode()
    verwijderd = Ondertekening.history.get(id=papier.pk, history_type="-")
    assert (verwijderd.naam, verwijderd.history_user) == ("Jna", projectleider)
    client.force_login(stakeholder)
    assert client.post(verwijderen, {"ondertekening": zelf.pk}).status_code == 403


def test_the_adoption_form_names_slotbijeenkomsten_by_date_and_picks_the_only_one(client, klaar, projectleider):
    slot = factories.BijeenkomstFactory(
        plan=klaar, soort=BijeenkomstSoort.SLOTBIJEENKOMST, datum=date(2026, 12, 15), titel="Vaststellen"
    )
    client.force_login(projectleider)
    form = client.get(url("vaststellen", klaar)).context["form"]
    assert form["bijeenkomst"].value() == slot.pk
    assert [label for _waarde, label in form.fields["bijeenkomst"].choices][1:] == [
        "dinsdag 15 december 2026 — Vaststellen"
    ]
    client.post(url("vaststellen", klaar), {"bevestiging": "on", "bijeenkomst": slot.pk})
    detail = client.get(url("vaststelling_detail", klaar, pk=Vaststelling.objects.get().pk)).content.decode()
    assert "Tijdens de slotbijeenkomst van dinsdag 15 december 2026: Vaststellen." in detail


def test_the_signature_date_has_room_for_the_whole_date(client, klaar, projectleider):
    vaststelling = plan_vaststellen(plan=klaar, door=projectleider)
    client.force_login(projectleider)
    html = client.get(url("vaststelling_detail", klaar, pk=vaststelling.pk)).content.decode()
    kolom = re.search(r'<div class="([^"]*)">\s*<div id="div_id_datum"', html).group(1)
    assert "col-md-3" not in kolom and "col-md-6" in kolom


def test_an_adopted_plan_shows_its_adopted_version_with_pdf_and_signatures(client, klaar, projectleider):
    vaststelling = plan_vaststellen(plan=klaar, door=projectleider)
    ondertekenen(
        vaststelling=vaststelling,
        naam="Jan Smit",
        organisatie="GGD",
        datum=date(2026, 3, 1),
        door=projectleider,
        zelf=False,
    )
    client.force_login(projectleider)
    pagina = client.get(url("plan_document", klaar))
    html = pagina.content.decode()
    assert pagina.context["vaststelling"] == vaststelling
    assert "Dit is de vastgestelde versie 1" in html
    assert url("vaststelling_pdf", klaar, pk=vaststelling.pk) in html
    assert "Jan Smit" in html
    assert client.get(url("plan_pdf", klaar)).url == url("vaststelling_pdf", klaar, pk=vaststelling.pk)

    from docx import Document

    document = Document(io.BytesIO(client.get(url("plan_docx", klaar)).content))
    tekst = "\n".join(p.text for p in document.paragraphs)
    cellen = [cel.text for tabel in document.tables for rij in tabel.rows for cel in rij.cells]
    assert "Vastgesteld op" in tekst and "CONCEPT" not in tekst
    assert "Jan Smit" in cellen
