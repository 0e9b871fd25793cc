"""The demo's Regio Lindeland: eight gemeenten, an organisation like the seed's, two jaarplannen, plans that differ."""

from datetime import date

import pytest
from django.utils import timezone

from demo.bouwen import demo_bouwen
from regio.constants import KLANKBORD, Groepsoort, Groepsrol, JaarplanStatus, Realisatie
from regio.models import Groep, Groepslid, Hoofdactiviteit, Jaarplan, LokaleImplementatie, Regio, Regioproject
from regio.rechten import RegioRecht, rechten_voor
from regio.services import jaarplanvaststelling_controleren
from uitvoeringsplan.constants import PlanStatus
from uitvoeringsplan.models import Indicator, Lidmaatschap, Meting, Uitvoeringsplan

pytestmark = pytest.mark.django_db

INDICATOR = "Jongeren die de afgelopen vier weken alcohol dronken"


def rechten(username: str, project: Regioproject) -> frozenset[RegioRecht]:
    """As `RegioMixin` computes them: the user's (soort, rol) places, and whether they are in a plan of the regio."""
    plaatsen = list(
        Groepslid.objects.filter(groep__project=project, user__username=username).values_list("groep__soort", "rol")
    )
    in_plan = Lidmaatschap.objects.filter(user__username=username, plan__gemeente__regios=project.regio).exists()
    return rechten_voor(plaatsen, plan_in_regio=in_plan)


# Today, and a leap day years ahead: a hard-coded year or an unshifted date shows up in the second.
# Building the demo takes many seconds, so one build per day checks every part of the region.
@pytest.mark.parametrize("vandaag", [None, date(2032, 2, 29)], ids=["vandaag", "schrikkeldag-2032"])
def test_the_demo_region_is_built_like_the_seed_and_relative_to_today(vandaag):
    demo_bouwen(wachtwoord="demo", vandaag=vandaag)
    vandaag = vandaag or timezone.localdate()
    for controle in CONTROLES:
        controle(vandaag)


def the_region_has_eight_gemeenten_and_a_four_year_project_in_its_third_year(vandaag):
    regio = Regio.objects.get(naam="Regio Lindeland")
    codes = set(regio.gemeenten.values_list("cbs_code", flat=True))
    assert len(codes) == 8 and "GM9901" in codes and "GM9902" not in codes
    project = regio.projecten.get()
    assert (project.startjaar, project.eindjaar) == (vandaag.year - 2, vandaag.year + 1)
    assert project.hoofdboodschap and project.omschrijving.startswith("De projectorganisatie bestaat uit")
    assert 3 <= project.hoofddoelstellingen.count() <= 4


def the_organisation_follows_the_seed(vandaag):
    groepen = list(Groep.objects.select_related("bovenliggend"))
    soorten = [groep.soort for groep in groepen]
    assert sorted(soorten) == sorted(
        [Groepsoort.STUURGROEP, Groepsoort.PROJECTTEAM, *[Groepsoort.WERKGROEP] * 3, *KLANKBORD]
    )
    [stuurgroep] = [groep for groep in groepen if groep.soort == Groepsoort.STUURGROEP]
    [projectteam] = [groep for groep in groepen if groep.soort == Groepsoort.PROJECTTEAM]
    werkgroepen = [groep for groep in groepen if groep.soort == Groepsoort.WERKGROEP]
    assert stuurgroep.bovenliggend is None and projectteam.bovenliggend == stuurgroep
    assert all(werkgroep.bovenliggend == projectteam for werkgroep in werkgroepen)
    assert {werkgroep.thema for werkgroep in werkgroepen} == {
        "Monitor",
        "Communicatie en Educatie",
        "Beleid, handhaving en veiligheid",
    }
    assert all(groep.bovenliggend is None for groep in groepen if groep.soort in KLANKBORD)
    assert all(groep.leden.exists() for groep in groepen)
    assert all(groep.leden.filter(rol=Groepsrol.TREKKER).count() == 1 for groep in werkgroepen)
    voetnoten = set(Groepslid.objects.exclude(voetnoot="").values_list("voetnoot", flat=True))
    assert voetnoten == {"Projectleider en ambtelijke inhoudelijke ondersteuning", "Focus op handhaving en veiligheid"}


def last_years_jaarplan_is_adopted_early_last_year_and_partly_realised(vandaag):
    vorig = Jaarplan.objects.get(jaar=vandaag.year - 1)
    assert vorig.status == JaarplanStatus.VASTGESTELD
    vaststelling = vorig.vaststelling
    assert timezone.localdate(vaststelling.vastgesteld_op).replace(day=1) == date(vandaag.year - 1, 2, 1)
    assert vaststelling.door.username == "stuurgroep"
    assert jaarplanvaststelling_controleren(vaststelling)
    assert 5 <= vorig.uitgangspunten.count() <= 6
    assert vorig.hoofddoelen.filter(deadline__year=vandaag.year - 1).exists()
    for groep in Groep.objects.filter(soort__in=[Groepsoort.PROJECTTEAM, Groepsoort.WERKGROEP]):
        assert 2 <= vorig.hoofddoelen.filter(groep=groep).count() <= 4
        assert 3 <= vorig.hoofdactiviteiten.filter(groep=groep).count() <= 5
    realisaties = list(vorig.hoofdactiviteiten.values_list("realisatie", flat=True))
    assert set(realisaties) == set(Realisatie.values)
    assert not vorig.hoofdactiviteiten.filter(realisatie_toelichting="").exists()
    assert vorig.hoofdactiviteiten.filter(gemeenten__isnull=False).exists()


def this_years_jaarplan_is_a_concept_drafted_from_last_years(vandaag):
    huidig = Jaarplan.objects.get(jaar=vandaag.year)
    vorig = Jaarplan.objects.get(jaar=vandaag.year - 1)
    assert huidig.status == JaarplanStatus.CONCEPT and huidig.opgesteld_uit == vorig
    niet_af = vorig.hoofdactiviteiten.exclude(realisatie=Realisatie.GEREALISEERD)
    doorgeschoven = huidig.hoofdactiviteiten.filter(doorgeschoven_uit__isnull=False)
    assert set(doorgeschoven.values_list("doorgeschoven_uit", flat=True)) == set(niet_af.values_list("pk", flat=True))
    assert huidig.uitgangspunten.count() == vorig.uitgangspunten.count() + 1
    assert huidig.inleiding != vorig.inleiding and str(vandaag.year) in huidig.inleiding
    assert huidig.hoofddoelen.filter(deadline__year=vandaag.year).exists()


def two_of_lindewaards_acties_carry_out_a_hoofdactiviteit_of_this_year(vandaag):
    implementaties = LokaleImplementatie.objects.select_related("actie__invultabel__plan__gemeente", "hoofdactiviteit")
    assert len(implementaties) == 2
    for implementatie in implementaties:
        assert implementatie.actie.invultabel.plan.gemeente.cbs_code == "GM9901"
        assert implementatie.hoofdactiviteit.jaarplan.jaar == vandaag.year
        assert implementatie.door.username == "projectleider"


def the_demo_users_have_their_regional_rights(vandaag):
    project = Regioproject.objects.get()
    assert rechten("stuurgroep", project) == {RegioRecht.LEZEN, RegioRecht.VASTSTELLEN}
    assert rechten("trekker", project) == {RegioRecht.LEZEN, RegioRecht.BEWERKEN}
    assert rechten("projectleider", project) == {RegioRecht.LEZEN, RegioRecht.BEWERKEN}
    assert rechten("beekdal", project) == {RegioRecht.LEZEN}  # through the plan of a gemeente of the regio
    assert rechten("stakeholder", project) == {RegioRecht.LEZEN}  # a reader of Lindewaard's plan
    assert Groepslid.objects.get(user__username="stuurgroep").rol == Groepsrol.VOORZITTER
    assert Groepslid.objects.get(user__username="trekker").groep.thema == "Monitor"


def other_gemeenten_have_plans_in_different_stages(vandaag):
    plannen = Uitvoeringsplan.objects.filter(gemeente__regios__naam="Regio Lindeland").exclude(
        gemeente__cbs_code="GM9901"
    )
    statussen = sorted(plannen.values_list("status", flat=True))
    assert statussen == sorted(
        [
            PlanStatus.CONCEPT,
            PlanStatus.CONCEPT,
            PlanStatus.TER_REVIEW,
            PlanStatus.IN_UITVOERING,
            PlanStatus.IN_UITVOERING,
        ]
    )
    for plan in plannen.filter(status=PlanStatus.IN_UITVOERING):
        assert timezone.localdate(plan.vaststellingen.get().vastgesteld_op) < plan.datum_start_uitvoering <= vandaag
        assert len(set(plan.invultabellen.values_list("acties__uitvoeringsstatus", flat=True))) >= 3
    assert len({plan.budget_euro for plan in plannen}) == len(plannen)
    assert all(3 <= sum(i.acties.count() for i in plan.invultabellen.all()) <= 8 for plan in plannen)


def the_monitor_indicator_is_shared_by_several_gemeenten_with_one_missing_value(vandaag):
    indicatoren = Indicator.objects.filter(naam=INDICATOR, eenheid="%")
    gemeenten = set(indicatoren.values_list("doelstelling__plan__gemeente", flat=True))
    assert len(gemeenten) >= 4
    monitorjaar = vandaag.year - 2
    metingen = Meting.objects.filter(indicator__in=indicatoren, jaar=monitorjaar)
    waarden = [meting.waarde for meting in metingen if meting.waarde is not None]
    assert len(set(waarden)) >= 3
    [ontbrekend] = [meting for meting in metingen if meting.waarde is None]
    assert ontbrekend.ontbreekt == "te_weinig_respondenten"


def hoofdactiviteiten_name_only_gemeenten_of_the_region(vandaag):
    regio = Regio.objects.get()
    buiten = Hoofdactiviteit.objects.exclude(gemeenten__isnull=True).exclude(gemeenten__in=regio.gemeenten.all())
    assert not buiten.exists()


CONTROLES = [
    the_region_has_eight_gemeenten_and_a_four_year_project_in_its_third_year,
    the_organisation_follows_the_seed,
    last_years_jaarplan_is_adopted_early_last_year_and_partly_realised,
    this_years_jaarplan_is_a_concept_drafted_from_last_years,
    two_of_lindewaards_acties_carry_out_a_hoofdactiviteit_of_this_year,
    the_demo_users_have_their_regional_rights,
    other_gemeenten_have_plans_in_different_stages,
    the_monitor_indicator_is_shared_by_several_gemeenten_with_one_missing_value,
    hoofdactiviteiten_name_only_gemeenten_of_the_region,
]
