"""The core of the regional project: its rights table, next year's draft, and adoption by the stuurgroep."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from regio.constants import Groepsoort, Groepsrol, JaarplanStatus
from regio.models import Hoofdactiviteit, Hoofddoel, Jaarplan, JaarplanVergrendeld, Uitgangspunt
from regio.querysets import projecten_voor
from regio.rechten import RegioRecht, rechten_voor
from regio.services import jaarplan_opstellen, jaarplan_vaststellen, jaarplanvaststelling_controleren


def test_the_stuurgroep_adopts_the_projectteam_and_trekkers_edit_and_the_rest_read():
    assert rechten_voor([(Groepsoort.STUURGROEP, Groepsrol.LID)]) == {RegioRecht.LEZEN, RegioRecht.VASTSTELLEN}
    assert rechten_voor([(Groepsoort.PROJECTTEAM, Groepsrol.LID)]) == {RegioRecht.LEZEN, RegioRecht.BEWERKEN}
    assert rechten_voor([(Groepsoort.WERKGROEP, Groepsrol.TREKKER)]) == {RegioRecht.LEZEN, RegioRecht.BEWERKEN}
    assert rechten_voor([(Groepsoort.WERKGROEP, Groepsrol.LID)]) == {RegioRecht.LEZEN}
    assert rechten_voor([(Groepsoort.KOPGROEP, Groepsrol.VOORZITTER)]) == {RegioRecht.LEZEN}
    assert rechten_voor([], plan_in_regio=True) == {RegioRecht.LEZEN}
    assert rechten_voor([]) == frozenset()


def test_group_members_and_plan_members_of_the_regions_gemeenten_find_the_project(
    regio, projectleider, buitenstaander, kernteamlid_elders
):
    project = regio["project"]
    assert list(projecten_voor(regio["werkgroeplid"])) == [project]
    assert list(projecten_voor(projectleider)) == [project]  # a member of a plan of Lindewaard
    assert not projecten_voor(buitenstaander).exists()
    assert not projecten_voor(kernteamlid_elders).exists()


def test_next_years_draft_carries_over_what_was_not_realised_and_copies_goals_and_uitgangspunten(regio, projectleider):
    nieuw = jaarplan_opstellen(project=regio["project"], jaar=2023, door=regio["projectleider_regio"])
    assert (nieuw.status, nieuw.opgesteld_uit) == (JaarplanStatus.CONCEPT, regio["jaarplan"])
    assert "activiteitenoverzicht 2022" in nieuw.inleiding
    assert [u.kop for u in nieuw.uitgangspunten.all()] == ["Resultaten monitor als inhoudelijk kompas"]
    doelen = {d.tekst: d.deadline for d in nieuw.hoofddoelen.all()}
    assert doelen == {"Draagvlak versterken": None, "Eerste analyses": datetime.date(2023, 5, 1)}
    doorgeschoven = {a.tekst: a.doorgeschoven_uit for a in nieuw.hoofdactiviteiten.all()}
    assert doorgeschoven == {
        "Rapport met aanbevelingen": regio["deels"],
        "Overhandigingsmoment": regio["niet"],
        "Advies aan de stuurgroep": regio["open"],
    }
    assert [g.naam for g in nieuw.hoofdactiviteiten.get(doorgeschoven_uit=regio["deels"]).gemeenten.all()] == [
        "Beekveld"
    ]
    # Last year's plan is untouched.
    assert regio["jaarplan"].hoofdactiviteiten.count() == 4


def test_a_second_draft_for_a_year_or_one_outside_the_project_is_refused(regio):
    jaarplan_opstellen(project=regio["project"], jaar=2023, door=regio["trekker"])
    with pytest.raises(ValidationError, match="al een jaarplan"):
        jaarplan_opstellen(project=regio["project"], jaar=2023, door=regio["trekker"])
    with pytest.raises(ValidationError, match="loopt van 2021"):
        jaarplan_opstellen(project=regio["project"], jaar=2026, door=regio["trekker"])
    assert Jaarplan.objects.count() == 2


def test_a_first_jaarplan_starts_empty(regio):
    eerste = jaarplan_opstellen(project=regio["project"], jaar=2021, door=regio["trekker"])
    assert eerste.opgesteld_uit is None
    assert not eerste.hoofdactiviteiten.exists()


def test_an_adopted_jaarplan_is_frozen_with_its_pdf_and_fingerprint_but_the_realisation_stays_open(regio):
    jaarplan = regio["jaarplan"]
    vaststelling = jaarplan_vaststellen(jaarplan=jaarplan, door=regio["voorzitter"])
    jaarplan.refresh_from_db()
    assert jaarplan.status == JaarplanStatus.VASTGESTELD
    assert jaarplanvaststelling_controleren(vaststelling)
    assert vaststelling.snapshot["deelgebieden"][1]["hoofddoelen"] == [
        {"tekst": "Eerste analyses", "deadline": "2022-05-01"}
    ]
    with pytest.raises(JaarplanVergrendeld):
        jaarplan.inleiding = "Anders"
        jaarplan.save()
    with pytest.raises(JaarplanVergrendeld):
        Uitgangspunt.objects.create(jaarplan=jaarplan, kop="Nieuw")
    with pytest.raises(JaarplanVergrendeld):
        Hoofddoel.objects.filter(jaarplan=jaarplan).first().delete()
    with pytest.raises(JaarplanVergrendeld):
        regio["deels"].tekst = "Anders"
        regio["deels"].save()
    with pytest.raises(JaarplanVergrendeld):
        vaststelling.save()
    regio["deels"].realisatie = "gerealiseerd"
    regio["deels"].save(update_fields=["realisatie", "realisatie_toelichting"])
    assert Hoofdactiviteit.objects.get(pk=regio["deels"].pk).realisatie == "gerealiseerd"
    with pytest.raises(ValidationError, match="al vastgesteld"):
        jaarplan_vaststellen(jaarplan=jaarplan, door=regio["voorzitter"])
