import datetime
import re

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from rapportage.constants import OpmerkingStatus
from rapportage.models import Notificatievoorkeur, Opmerking
from rapportage.services import opmerking_beantwoorden, plan_vaststellen, review_starten, vaststelling_controles
from tests import factories
from uitvoeringsplan.constants import PlanStatus, Rol
from uitvoeringsplan.models import Lidmaatschap

pytestmark = pytest.mark.django_db


def url(naam, plan, **kwargs):
    return reverse(naam, kwargs={"plan_pk": plan.pk, **kwargs})


@pytest.fixture
def actie(plan):
    return factories.CompleteActieFactory(invultabel__plan=plan, titel="Training vroegsignalering")


@pytest.fixture
def in_review(plan, actie):
    plan.status = PlanStatus.TER_REVIEW
    plan.review_deadline = timezone.localdate() + datetime.timedelta(days=10)
    plan.save()
    return plan


def test_putting_the_plan_up_for_review_emails_the_stakeholders(client, projectleider, stakeholder, plan, actie):
    Notificatievoorkeur.objects.create(
        user=factories.LidmaatschapFactory(plan=plan, rol=Rol.STAKEHOLDER).user, review_geopend=False
    )
    client.force_login(projectleider)
    deadline = timezone.localdate() + datetime.timedelta(days=14)
    client.post(url("review_starten", plan), {"review_deadline": deadline.isoformat()})
    plan.refresh_from_db()
    assert (plan.status, plan.review_deadline) == (PlanStatus.TER_REVIEW, deadline)
    assert [bericht.to for bericht in mail.outbox] == [[stakeholder.email]]  # the other one switched it off
    assert "reageren tot en met" in mail.outbox[0].body


def test_a_deadline_in_the_past_is_refused(client, projectleider, plan):
    client.force_login(projectleider)
    response = client.post(url("review_starten", plan), {"review_deadline": "2001-01-01"})
    assert "Kies een datum vanaf vandaag." in str(response.context["form"].errors)
    plan.refresh_from_db()
    assert plan.status == PlanStatus.CONCEPT


def test_only_the_projectleider_starts_the_review(client, kernteamlid, plan):
    client.force_login(kernteamlid)
    assert client.get(url("review", plan)).status_code == 200
    assert client.post(url("review_starten", plan), {"review_deadline": "2099-01-01"}).status_code == 403


def test_a_stakeholder_opening_the_draft_is_recorded_once(client, stakeholder, in_review):
    client.force_login(stakeholder)
    client.get(url("plan_document", in_review))
    eerste = Lidmaatschap.objects.get(user=stakeholder).concept_gezien_op
    client.get(url("plan_document", in_review))
    assert eerste is not None
    assert Lidmaatschap.objects.get(user=stakeholder).concept_gezien_op == eerste


def test_a_stakeholder_comments_on_an_actie_and_the_kernteam_is_told(
    client, stakeholder, kernteamlid, in_review, actie
):
    client.force_login(stakeholder)
    response = client.post(url("opmerking_plaatsen", in_review), {"actie": actie.pk, "tekst": "Ook voor de POH-GGZ?"})
    assert response.url.endswith(f"#actie-{actie.pk}")
    opmerking = Opmerking.objects.get()
    assert (opmerking.actie, opmerking.invultabel, opmerking.auteur) == (actie, actie.invultabel, stakeholder)
    assert [bericht.to for bericht in mail.outbox] == [[kernteamlid.email]]


@pytest.mark.parametrize("rol", [Rol.LEZER, Rol.KERNTEAMLID])
def test_only_stakeholders_comment(client, leden, in_review, actie, rol):
    client.force_login(leden[rol])
    assert client.post(url("opmerking_plaatsen", in_review), {"actie": actie.pk, "tekst": "x"}).status_code == 403


def test_stakeholders_cannot_comment_before_or_after_the_review(client, stakeholder, plan, actie):
    client.force_login(stakeholder)
    assert client.post(url("opmerking_plaatsen", plan), {"tekst": "te vroeg"}).status_code == 403
    plan.status = PlanStatus.VASTGESTELD
    plan.save()
    assert client.post(url("opmerking_plaatsen", plan), {"tekst": "te laat"}).status_code == 403
    assert not Opmerking.objects.exists()


def test_a_stakeholder_sees_only_their_own_comments(client, stakeholder, in_review):
    factories.OpmerkingFactory(plan=in_review, auteur=stakeholder, tekst="Mijn eigen opmerking")
    factories.OpmerkingFactory(plan=in_review, tekst="Opmerking van een ander")
    client.force_login(stakeholder)
    pagina = client.get(url("plan_document", in_review)).content.decode()
    assert "Mijn eigen opmerking" in pagina and "Opmerking van een ander" not in pagina


def test_an_actie_of_another_plan_cannot_be_commented_on(client, stakeholder, in_review):
    vreemd = factories.ActieFactory()
    client.force_login(stakeholder)
    assert client.post(url("opmerking_plaatsen", in_review), {"actie": vreemd.pk, "tekst": "x"}).status_code == 404


def test_the_kernteam_answers_and_the_commenter_is_told(client, kernteamlid, stakeholder, in_review):
    opmerking = factories.OpmerkingFactory(plan=in_review, auteur=stakeholder)
    client.force_login(kernteamlid)
    prefix = f"o{opmerking.pk}"
    response = client.post(
        url("opmerkingen", in_review),
        {"opmerking": opmerking.pk, f"{prefix}-status": "niet_overgenomen", f"{prefix}-antwoord": ""},
    )
    assert "Geef een reden" in response.content.decode()
    opmerking.refresh_from_db()
    assert opmerking.status == OpmerkingStatus.OPEN
    client.post(
        url("opmerkingen", in_review),
        {
            "opmerking": opmerking.pk,
            f"{prefix}-status": "niet_overgenomen",
            f"{prefix}-antwoord": "Past niet in het budget.",
        },
    )
    opmerking.refresh_from_db()
    assert (opmerking.status, opmerking.beantwoord_door) == (OpmerkingStatus.NIET_OVERGENOMEN, kernteamlid)
    assert mail.outbox[-1].to == [stakeholder.email] and "Past niet in het budget." in mail.outbox[-1].body
    client.force_login(stakeholder)
    assert "Past niet in het budget." in client.get(url("plan_document", in_review)).content.decode()


def test_the_comment_overview_is_for_the_kernteam(client, stakeholder, lezer, in_review):
    for user in (stakeholder, lezer):
        client.force_login(user)
        assert client.get(url("opmerkingen", in_review)).status_code == 403


def test_the_comment_overview_keeps_its_query_count(client, kernteamlid, in_review, django_assert_max_num_queries):
    factories.OpmerkingFactory(plan=in_review)
    client.force_login(kernteamlid)
    with django_assert_max_num_queries(20) as klein:
        client.get(url("opmerkingen", in_review), {"toon": "alle"})
    for actie in factories.ActieFactory.create_batch(10, invultabel__plan=in_review):
        factories.OpmerkingFactory(plan=in_review, actie=actie, invultabel=actie.invultabel)
    with django_assert_max_num_queries(len(klein)):
        client.get(url("opmerkingen", in_review), {"toon": "alle"})


def test_a_stakeholder_sees_the_acties_of_their_organisation(client, stakeholder, in_review, actie):
    organisatie = factories.OrganisatieFactory(gemeente=in_review.gemeente, naam="Sociaal wijkteam")
    factories.StakeholderFactory(gemeente=in_review.gemeente, organisatie=organisatie, user=stakeholder)
    actie.verantwoordelijken.add(organisatie)
    factories.CompleteActieFactory(invultabel=actie.invultabel, titel="Niet van ons")
    client.force_login(stakeholder)
    response = client.get(url("mijn_organisatie", in_review))
    assert [a.titel for a in response.context["acties"]] == ["Training vroegsignalering"]


def test_inviting_a_stakeholder_from_the_register_gives_an_account_and_a_link(client, projectleider, plan):
    persoon = factories.StakeholderFactory(
        gemeente=plan.gemeente, organisatie__gemeente=plan.gemeente, naam="Ingrid Kok", email="ingrid@school.example"
    )
    client.force_login(projectleider)
    client.post(url("review_uitnodigen", plan), {"stakeholder": persoon.pk})
    persoon.refresh_from_db()
    lid = Lidmaatschap.objects.get(plan=plan, user=persoon.user)
    assert (lid.rol, persoon.user.email, persoon.user.has_usable_password()) == (
        Rol.STAKEHOLDER,
        "ingrid@school.example",
        False,
    )
    assert re.search(r"/account/wachtwoord-instellen/\S+/\S+/", mail.outbox[0].body)
    client.post(url("review_toegang_intrekken", plan), {"lidmaatschap": lid.pk})
    assert not Lidmaatschap.objects.filter(pk=lid.pk).exists()


def test_a_stakeholder_without_an_email_address_cannot_be_invited(client, projectleider, plan):
    persoon = factories.StakeholderFactory(gemeente=plan.gemeente, organisatie__gemeente=plan.gemeente, email="")
    client.force_login(projectleider)
    response = client.post(url("review_uitnodigen", plan), {"stakeholder": persoon.pk}, follow=True)
    assert "geen e-mailadres" in response.content.decode()
    assert not Lidmaatschap.objects.filter(plan=plan, rol=Rol.STAKEHOLDER).exists()


def test_reminders_go_to_stakeholders_who_have_not_opened_the_draft(in_review, stakeholder):
    gezien = factories.LidmaatschapFactory(plan=in_review, rol=Rol.STAKEHOLDER, concept_gezien_op=timezone.now())
    in_review.review_deadline = timezone.localdate() + datetime.timedelta(days=3)
    in_review.save()
    call_command("review_herinneringen", verbosity=0)
    assert [bericht.to for bericht in mail.outbox] == [[stakeholder.email]]
    assert gezien.user.email not in mail.outbox[0].to


def test_notification_preferences_are_kept_per_user(client, stakeholder):
    client.force_login(stakeholder)
    client.post(reverse("meldingen"), {"review_geopend": "on", "antwoord": ""})
    voorkeur = Notificatievoorkeur.objects.get(user=stakeholder)
    assert (voorkeur.review_geopend, voorkeur.antwoord, voorkeur.herinnering) == (True, False, False)


def test_the_kernteam_keeps_the_review_and_the_comments_after_adoption(
    client, projectleider, kernteamlid, stakeholder, in_review
):
    opmerking = factories.OpmerkingFactory(plan=in_review, auteur=stakeholder, tekst="Ook de POH-GGZ?")
    opmerking_beantwoorden(
        opmerking=opmerking, status=OpmerkingStatus.VERWERKT, antwoord="Staat erin.", door=kernteamlid
    )
    plan_vaststellen(plan=in_review, door=projectleider)
    client.force_login(projectleider)
    review = client.get(url("review", in_review))
    assert review.status_code == 200
    assert "de review is voorbij" in review.content.decode()
    assert f'href="{url("review", in_review)}"' in client.get(url("plan_detail", in_review)).content.decode()
    lid = Lidmaatschap.objects.get(user=stakeholder)
    client.post(url("review_toegang_intrekken", in_review), {"lidmaatschap": lid.pk})
    assert not Lidmaatschap.objects.filter(pk=lid.pk).exists()
    client.force_login(kernteamlid)
    overzicht = client.get(url("opmerkingen", in_review), {"toon": "alle"})
    assert overzicht.status_code == 200 and "Staat erin." in overzicht.content.decode()
    assert "Antwoord opslaan" not in overzicht.content.decode()
    prefix = f"o{opmerking.pk}"
    antwoord = {"opmerking": opmerking.pk, f"{prefix}-status": "verwerkt", f"{prefix}-antwoord": "Later"}
    assert client.post(url("opmerkingen", in_review), antwoord).status_code == 403


def test_starting_a_new_review_asks_again_who_has_seen_the_concept(projectleider, plan, actie):
    gezien = factories.LidmaatschapFactory(plan=plan, rol=Rol.STAKEHOLDER, concept_gezien_op=timezone.now())
    review_starten(plan=plan, deadline=timezone.localdate() + datetime.timedelta(days=7), door=projectleider)
    gezien.refresh_from_db()
    assert gezien.concept_gezien_op is None
    assert vaststelling_controles(plan)[2].tekst == "1 stakeholder heeft het concept nog niet geopend."


def test_the_checks_before_adoption_name_what_is_missing_in_proper_dutch(plan):
    for titel in ("Vroegsignalering", "Schoolbeleid"):
        factories.ActieFactory(invultabel__plan=plan, invultabel__aanbeveling__titel=titel)
    factories.OpmerkingFactory(plan=plan)
    acties, opmerkingen, _gezien = vaststelling_controles(plan)
    assert acties.tekst == "Aanbevelingen zonder complete actie: Vroegsignalering; Schoolbeleid."
    assert opmerkingen.tekst == "1 opmerking is nog niet beantwoord."
    factories.OpmerkingFactory(plan=plan)
    assert vaststelling_controles(plan)[1].tekst == "2 opmerkingen zijn nog niet beantwoord."


def test_the_review_notice_asks_for_comments_at_the_latest_on_the_deadline(client, stakeholder, in_review):
    client.force_login(stakeholder)
    html = client.get(url("plan_document", in_review)).content.decode()
    assert "Plaats je opmerkingen uiterlijk op" in html and "Plaats je opmerkingen vóór" not in html


def test_the_plan_page_offers_the_pdf_and_the_word_file(client, kernteamlid, plan):
    client.force_login(kernteamlid)
    html = client.get(url("plan_document", plan)).content.decode()
    assert f'href="{url("plan_pdf", plan)}"' in html and f'href="{url("plan_docx", plan)}"' in html
    assert "Word (.docx)" in html


def test_someone_with_an_account_is_invited_with_the_deadline_and_a_link_to_the_concept(
    client, projectleider, in_review
):
    persoon = factories.StakeholderFactory(
        gemeente=in_review.gemeente,
        organisatie__gemeente=in_review.gemeente,
        user=factories.UserFactory(email="karin@ggd.example"),
        email="karin@ggd.example",
    )
    client.force_login(projectleider)
    client.post(url("review_uitnodigen", in_review), {"stakeholder": persoon.pk})
    body = mail.outbox[-1].body
    assert date_format(in_review.review_deadline, "l j F Y") in body
    assert settings.SITE_URL + url("plan_document", in_review) in body
    assert settings.SITE_URL + in_review.get_absolute_url() + "\n" not in body


def test_the_kernteam_reaches_the_acties_per_organisation_from_the_review(client, kernteamlid, in_review):
    client.force_login(kernteamlid)
    assert f'href="{url("mijn_organisatie", in_review)}"' in client.get(url("review", in_review)).content.decode()


def test_the_acties_of_my_organisation_carry_their_number_and_a_way_to_comment(client, stakeholder, in_review, actie):
    organisatie = factories.OrganisatieFactory(gemeente=in_review.gemeente)
    factories.StakeholderFactory(gemeente=in_review.gemeente, organisatie=organisatie, user=stakeholder)
    tweede = factories.CompleteActieFactory(invultabel=actie.invultabel, titel="Ook van ons")
    tweede.verantwoordelijken.add(organisatie)
    client.force_login(stakeholder)
    html = client.get(url("mijn_organisatie", in_review)).content.decode()
    assert "Actie 1.2: Ook van ons" in html
    assert f'href="{url("plan_document", in_review)}#actie-{tweede.pk}"' in html and "Opmerking plaatsen" in html


def test_starting_the_review_without_stakeholders_says_how_to_invite_them(client, projectleider, plan, actie):
    client.force_login(projectleider)
    deadline = timezone.localdate() + datetime.timedelta(days=14)
    response = client.post(url("review_starten", plan), {"review_deadline": deadline.isoformat()}, follow=True)
    tekst = response.content.decode()
    assert "Nog geen enkele stakeholder heeft toegang tot het plan" in tekst
    assert "Stakeholders toegang geven" in tekst
    assert "0 stakeholders" not in tekst


def test_the_answer_mail_introduces_its_link_and_signs_off(kernteamlid, stakeholder, in_review):
    opmerking = factories.OpmerkingFactory(plan=in_review, auteur=stakeholder, tekst="Ook de POH-GGZ?")
    opmerking_beantwoorden(
        opmerking=opmerking, status=OpmerkingStatus.VERWERKT, antwoord="Staat erin.", door=kernteamlid
    )
    [bericht] = mail.outbox
    regels = bericht.body.splitlines()
    link = next(i for i, regel in enumerate(regels) if regel.startswith("http"))
    assert regels[link - 1] == "Lees het antwoord en de andere opmerkingen in het plan:"
    assert regels[link + 2 : link + 4] == ["Met vriendelijke groet,", "Het kernteam"]
