import pytest

from uitvoeringsplan.constants import PlanStatus, Rol
from uitvoeringsplan.rechten import Recht, rechten_voor


@pytest.mark.parametrize("status", [PlanStatus.CONCEPT, PlanStatus.TER_REVIEW])
def test_the_kernteam_edits_while_the_plan_is_written_and_reviewed(status):
    assert Recht.BEWERKEN in rechten_voor(Rol.PROJECTLEIDER, status)
    assert Recht.BEWERKEN in rechten_voor(Rol.KERNTEAMLID, status)


@pytest.mark.parametrize("status", [PlanStatus.VASTGESTELD, PlanStatus.IN_UITVOERING, PlanStatus.GEEVALUEERD])
def test_nobody_edits_an_adopted_plan(status):
    for rol in Rol.values:
        assert Recht.BEWERKEN not in rechten_voor(rol, status)


def test_only_the_projectleider_manages_members_and_status():
    assert Recht.BEHEREN in rechten_voor(Rol.PROJECTLEIDER, PlanStatus.CONCEPT)
    for rol in (Rol.KERNTEAMLID, Rol.STAKEHOLDER, Rol.LEZER):
        assert Recht.BEHEREN not in rechten_voor(rol, PlanStatus.CONCEPT)


def test_a_stakeholder_reads_the_plan_only_from_the_review_onwards():
    assert Recht.LEZEN not in rechten_voor(Rol.STAKEHOLDER, PlanStatus.CONCEPT)
    assert Recht.LEZEN in rechten_voor(Rol.STAKEHOLDER, PlanStatus.TER_REVIEW)
    assert Recht.LEZEN in rechten_voor(Rol.STAKEHOLDER, PlanStatus.VASTGESTELD)


def test_a_stakeholder_comments_only_during_the_review():
    assert Recht.OPMERKEN in rechten_voor(Rol.STAKEHOLDER, PlanStatus.TER_REVIEW)
    assert Recht.OPMERKEN not in rechten_voor(Rol.STAKEHOLDER, PlanStatus.CONCEPT)
    assert Recht.OPMERKEN not in rechten_voor(Rol.STAKEHOLDER, PlanStatus.VASTGESTELD)


def test_only_the_kernteam_sees_contact_details():
    assert Recht.CONTACTGEGEVENS in rechten_voor(Rol.KERNTEAMLID, PlanStatus.CONCEPT)
    assert Recht.CONTACTGEGEVENS not in rechten_voor(Rol.STAKEHOLDER, PlanStatus.TER_REVIEW)
    assert Recht.CONTACTGEGEVENS not in rechten_voor(Rol.LEZER, PlanStatus.TER_REVIEW)


def test_a_lezer_only_reads():
    assert rechten_voor(Rol.LEZER, PlanStatus.CONCEPT) == {Recht.LEZEN, Recht.VERSIES, Recht.REGISTER}


def test_only_the_kernteam_and_lezers_read_the_stakeholder_register():
    assert [rol for rol in Rol.values if Recht.REGISTER in rechten_voor(rol, PlanStatus.TER_REVIEW)] == [
        Rol.PROJECTLEIDER,
        Rol.KERNTEAMLID,
        Rol.LEZER,
    ]


@pytest.mark.parametrize("status", PlanStatus.values)
def test_every_member_reads_the_adopted_versions_in_every_status(status):
    for rol in Rol.values:
        assert Recht.VERSIES in rechten_voor(rol, status)


@pytest.mark.parametrize("status", PlanStatus.values)
def test_only_the_kernteam_follows_the_review_also_after_adoption(status):
    assert Recht.REVIEW in rechten_voor(Rol.PROJECTLEIDER, status)
    assert Recht.REVIEW in rechten_voor(Rol.KERNTEAMLID, status)
    assert Recht.REVIEW not in rechten_voor(Rol.STAKEHOLDER, status)
    assert Recht.REVIEW not in rechten_voor(Rol.LEZER, status)
