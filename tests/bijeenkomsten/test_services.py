"""Services of the meetings: agenda, invitations and their e-mail, prioritisation, the worksheet."""

import datetime
import smtplib

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from bijeenkomsten.constants import BijeenkomstSoort, Kanaal, UitnodigingStatus
from bijeenkomsten.ics import agenda_ics
from bijeenkomsten.models import Bijeenkomst
from bijeenkomsten.services import (
    bijeenkomst_aanmaken,
    prioritering_opslaan,
    prioritering_toepassen,
    prioritering_uitslag,
    rangorde_opslaan,
    stakeholders_uitnodigen,
    uitnodiging_bijwerken,
    uitnodiging_mailen,
    werkblad_opslaan,
    werkblad_verwerken,
)
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("soort", "aantal", "eerste"),
    [
        (BijeenkomstSoort.STARTGESPREK, 5, "De planning"),
        (BijeenkomstSoort.STARTBIJEENKOMST, 7, "Kennismaking inclusief functie en bijdrage aan preventie"),
        (BijeenkomstSoort.INHOUDELIJK, 2, "Deel 1: uitleg door een expert"),
        (BijeenkomstSoort.SLOTBIJEENKOMST, 4, "Presentatie van het Uitvoeringsplan door de projectleider"),
    ],
)
def test_a_new_meeting_starts_with_the_handreikings_agenda_for_its_kind(plan, soort, aantal, eerste):
    bijeenkomst = bijeenkomst_aanmaken(bijeenkomst=Bijeenkomst(plan=plan, soort=soort, datum=datetime.date(2027, 2, 1)))
    punten = list(bijeenkomst.agendapunten.all())
    assert len(punten) == aantal
    assert punten[0].titel == eerste
    assert [p.volgorde for p in punten] == list(range(1, aantal + 1))


def test_inviting_puts_people_on_the_call_list_once(plan, kernteamlid):
    bijeenkomst = factories.BijeenkomstFactory(plan=plan)
    mensen = factories.StakeholderFactory.create_batch(3, gemeente=plan.gemeente, organisatie__gemeente=plan.gemeente)
    assert stakeholders_uitnodigen(bijeenkomst=bijeenkomst, stakeholders=mensen[:2], bellen_door=kernteamlid) == 2
    assert stakeholders_uitnodigen(bijeenkomst=bijeenkomst, stakeholders=mensen, bellen_door=None) == 1
    assert set(bijeenkomst.uitnodigingen.values_list("status", flat=True)) == {UitnodigingStatus.TE_BENADEREN}
    assert bijeenkomst.uitnodigingen.filter(bellen_door=kernteamlid).count() == 2


def test_an_emailed_invitation_carries_the_meeting_as_ics_and_is_recorded(plan, kernteamlid):
    bijeenkomst = bijeenkomst_aanmaken(
        bijeenkomst=Bijeenkomst(
            plan=plan,
            soort=BijeenkomstSoort.STARTBIJEENKOMST,
            datum=datetime.date(2027, 3, 4),
            starttijd=datetime.time(15),
            eindtijd=datetime.time(17),
            locatie="Theater, foyer",
        )
    )
    uitnodiging = factories.UitnodigingFactory(bijeenkomst=bijeenkomst, stakeholder__email="jan@school.example")
    uitnodiging_mailen(uitnodiging=uitnodiging, door=kernteamlid)
    bericht = mail.outbox[0]
    assert bericht.to == ["jan@school.example"]
    assert "donderdag 4 maart 2027, 15:00–17:00" in bericht.body
    naam, inhoud, soort = bericht.attachments[0]
    assert (naam, soort) == ("uitnodiging.ics", "text/calendar")
    assert "DTSTART:20270304T140000Z" in inhoud and "LOCATION:Theater\\, foyer" in inhoud
    uitnodiging.refresh_from_db()
    assert (uitnodiging.status, uitnodiging.kanaal, uitnodiging.uitgenodigd_door) == (
        UitnodigingStatus.UITGENODIGD,
        Kanaal.EMAIL,
        kernteamlid,
    )


def test_ics_lines_are_folded_at_75_octets(plan):
    bijeenkomst = factories.BijeenkomstFactory(plan=plan, titel="Een heel lange titel " * 9)
    inhoud = agenda_ics(bijeenkomst, agendapunten=[])
    assert all(len(regel.encode()) <= 75 for regel in inhoud.split("\r\n"))
    assert inhoud.startswith("BEGIN:VCALENDAR\r\n") and inhoud.endswith("END:VCALENDAR\r\n")


@pytest.fixture
def startbijeenkomst(plan):
    bijeenkomst = factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.STARTBIJEENKOMST)
    invultabellen = [factories.InvultabelFactory(plan=plan, volgorde=n) for n in (1, 2, 3)]
    deelnemers = factories.StakeholderFactory.create_batch(
        2, gemeente=plan.gemeente, organisatie__gemeente=plan.gemeente
    )
    return bijeenkomst, [i.aanbeveling for i in invultabellen], deelnemers


def test_dot_voting_orders_the_plans_aanbevelingen_and_keeps_the_old_order(startbijeenkomst, kernteamlid, plan):
    bijeenkomst, (a, b, c), (jan, piet) = startbijeenkomst
    prioritering_opslaan(
        bijeenkomst=bijeenkomst,
        punten={(jan.pk, a.pk): 1, (jan.pk, c.pk): 3, (piet.pk, b.pk): 2, (piet.pk, c.pk): 1},
        door=kernteamlid,
    )
    assert [(u.aanbeveling, u.totaal, u.deelnemers) for u in prioritering_uitslag(bijeenkomst)] == [
        (c, 4, 2),
        (b, 2, 1),
        (a, 1, 1),
    ]
    prioritering_toepassen(bijeenkomst=bijeenkomst)
    assert list(plan.invultabellen.order_by("volgorde").values_list("aanbeveling", flat=True)) == [c.pk, b.pk, a.pk]
    eerste = plan.invultabellen.get(aanbeveling=a)
    assert [h.volgorde for h in eerste.history.all()][-1] == 1  # the previous position is in the history


def test_changing_the_points_replaces_the_earlier_ones(startbijeenkomst, kernteamlid):
    bijeenkomst, (a, b, _c), (jan, _piet) = startbijeenkomst
    prioritering_opslaan(bijeenkomst=bijeenkomst, punten={(jan.pk, a.pk): 3}, door=kernteamlid)
    prioritering_opslaan(bijeenkomst=bijeenkomst, punten={(jan.pk, a.pk): 0, (jan.pk, b.pk): 2}, door=kernteamlid)
    assert list(bijeenkomst.prioriteringen.values_list("aanbeveling", "punten")) == [(b.pk, 2)]


def test_an_agreed_ranking_replaces_the_points(startbijeenkomst, kernteamlid):
    bijeenkomst, (a, b, c), (jan, _piet) = startbijeenkomst
    prioritering_opslaan(bijeenkomst=bijeenkomst, punten={(jan.pk, a.pk): 5}, door=kernteamlid)
    rangorde_opslaan(bijeenkomst=bijeenkomst, rangen={b.pk: 1, c.pk: 2, a.pk: 3}, door=kernteamlid)
    assert [u.aanbeveling for u in prioritering_uitslag(bijeenkomst)] == [b, c, a]


def test_the_worksheet_turns_proposals_into_draft_acties_marked_with_the_meeting(plan, kernteamlid):
    bijeenkomst = factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.INHOUDELIJK)
    aanbeveling = factories.AanbevelingFactory(scanner__gemeente=plan.gemeente)  # not yet in the plan
    acties = werkblad_verwerken(
        bijeenkomst=bijeenkomst,
        aanbeveling=aanbeveling,
        voorstellen=[{"titel": "Ouderavond", "relevantie": "Ouders doen ertoe"}, {"titel": "Flyer"}],
        door=kernteamlid,
    )
    assert [(a.titel, list(a.bijeenkomsten.all()), a.invultabel.aanbeveling, a.uit_werkblad) for a in acties] == [
        ("Ouderavond", [bijeenkomst], aanbeveling, True),
        ("Flyer", [bijeenkomst], aanbeveling, True),
    ]
    assert acties[0].history.first().history_user == kernteamlid


def test_the_whole_worksheet_is_saved_at_once_or_not_at_all(plan, kernteamlid):
    bijeenkomst = factories.BijeenkomstFactory(plan=plan, soort=BijeenkomstSoort.INHOUDELIJK)
    eerste, tweede = (factories.InvultabelFactory(plan=plan).aanbeveling for _ in range(2))
    acties = werkblad_opslaan(
        bijeenkomst=bijeenkomst, voorstellen={eerste: [{"titel": "Ouderavond"}], tweede: []}, door=kernteamlid
    )
    assert [(a.titel, a.invultabel.aanbeveling) for a in acties] == [("Ouderavond", eerste)]
    with pytest.raises(ValidationError):
        werkblad_opslaan(
            bijeenkomst=bijeenkomst,
            voorstellen={eerste: [{"titel": "Flyer"}], tweede: [{"titel": "x" * 501}]},
            door=kernteamlid,
        )
    assert list(bijeenkomst.acties.values_list("titel", flat=True)) == ["Ouderavond"]


def test_the_database_rule_on_end_times_says_what_is_expected(plan):
    bijeenkomst = factories.BijeenkomstFactory.build(plan=plan, starttijd=datetime.time(15), eindtijd=datetime.time(14))
    with pytest.raises(ValidationError) as fout:
        bijeenkomst.validate_constraints()
    assert fout.value.messages == ["De eindtijd moet later zijn dan de begintijd."]


def test_a_mail_server_error_leaves_the_invitation_as_not_emailed(plan, kernteamlid, settings):
    settings.MAILERS = {"default": {"BACKEND": "tests.mailserver.KapotteMailserver"}}
    uitnodiging = factories.UitnodigingFactory(
        bijeenkomst__plan=plan, bijeenkomst__datum=timezone.localdate() + datetime.timedelta(days=30)
    )
    with pytest.raises(smtplib.SMTPException):
        uitnodiging_mailen(uitnodiging=uitnodiging, door=kernteamlid)
    uitnodiging.refresh_from_db()
    assert (uitnodiging.status, uitnodiging.kanaal, uitnodiging.uitgenodigd_op) == (
        UitnodigingStatus.TE_BENADEREN,
        "",
        None,
    )


def test_putting_someone_back_on_the_call_list_forgets_the_earlier_result(plan, kernteamlid):
    uitnodiging = factories.UitnodigingFactory(bijeenkomst__plan=plan)
    uitnodiging_bijwerken(
        uitnodiging=uitnodiging, status=UitnodigingStatus.AANGEMELD, kanaal="gebeld", door=kernteamlid
    )
    uitnodiging_bijwerken(uitnodiging=uitnodiging, status=UitnodigingStatus.TE_BENADEREN, door=kernteamlid)
    uitnodiging.refresh_from_db()
    assert (uitnodiging.status, uitnodiging.kanaal, uitnodiging.uitgenodigd_door) == ("te_benaderen", "", None)
    assert uitnodiging.history.filter(status="aangemeld", kanaal="gebeld").exists()


def test_an_invitation_for_a_meeting_that_has_passed_is_refused(plan, kernteamlid):
    uitnodiging = factories.UitnodigingFactory(
        bijeenkomst__plan=plan, bijeenkomst__datum=timezone.localdate() - datetime.timedelta(days=1)
    )
    with pytest.raises(ValidationError, match="is al geweest"):
        uitnodiging_mailen(uitnodiging=uitnodiging, door=kernteamlid)
    assert not mail.outbox
