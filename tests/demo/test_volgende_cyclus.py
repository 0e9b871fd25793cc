"""The demo's previous plan measures its doelstellingen and is being evaluated; the current plan is its next cycle."""

from datetime import date

import pytest
from django.utils import timezone

from bijeenkomsten.constants import BijeenkomstSoort
from bijeenkomsten.services import prioritering_uitslag
from cyclus.models import Vergelijking
from demo.bouwen import demo_bouwen
from demo.gegevens import volgende_cyclus
from rapportage.models import Vaststelling
from uitvoering.constants import Advies
from uitvoering.models import ActieEvaluatie, Evaluatie
from uitvoeringsplan.constants import PlanStatus
from uitvoeringsplan.models import Actie, Doelstelling, Indicator, Meting, Uitvoeringsplan
from uitvoeringsplan.models.doelen import Indicatorbron, plan_jaarbereik

pytestmark = pytest.mark.django_db


def plannen() -> tuple[Uitvoeringsplan, Uitvoeringsplan]:
    """The current plan and the previous one."""
    huidig = Uitvoeringsplan.objects.get(gemeente__cbs_code="GM9901", status=PlanStatus.TER_REVIEW)
    vorig = Uitvoeringsplan.objects.get(gemeente__cbs_code="GM9901", status=PlanStatus.IN_UITVOERING)
    return huidig, vorig


def metingen(indicator: Indicator) -> list[tuple]:
    return list(indicator.metingen.values_list("jaar", "waarde", "ontbreekt", "bron"))


# Today, and a leap day years ahead: a hard-coded year shows up in the second.
@pytest.mark.parametrize("vandaag", [None, date(2032, 2, 29)], ids=["vandaag", "schrikkeldag-2032"])
def test_the_previous_plan_measures_its_doelstellingen_and_its_evaluation_is_begun(vandaag):
    demo_bouwen(wachtwoord="demo", vandaag=vandaag)
    vandaag = vandaag or timezone.localdate()
    _huidig, vorig = plannen()
    bereik = plan_jaarbereik(vorig)

    doelstellingen = list(Doelstelling.objects.filter(plan=vorig).prefetch_related("aanbevelingen", "acties"))
    assert 2 <= len(doelstellingen) <= 3
    for doelstelling in doelstellingen:
        assert doelstelling.omschrijving
        assert {a.pk for a in doelstelling.aanbevelingen.all()} <= set(
            vorig.invultabellen.values_list("aanbeveling", flat=True)
        )
        assert doelstelling.aanbevelingen.exists() and doelstelling.acties.exists()
        assert all(actie.invultabel.plan_id == vorig.pk for actie in doelstelling.acties.all())
        assert 1 <= doelstelling.indicatoren.count() <= 2
    indicatoren = list(Indicator.objects.filter(doelstelling__plan=vorig))
    assert {Indicatorbron.GEZONDHEIDSMONITOR_JEUGD, Indicatorbron.GEZONDHEIDSMONITOR_VOLWASSENEN} <= {
        indicator.bron for indicator in indicatoren
    }
    for indicator in indicatoren:
        assert bereik.vroegste <= indicator.basisjaar < vorig.datum_start_uitvoering.year
        assert indicator.streefjaar == bereik.eind == vorig.datum_start_uitvoering.year + 3
        jaren = [jaar for jaar, *_rest in metingen(indicator)]
        assert jaren and max(jaren) == vandaag.year and min(jaren) > indicator.basisjaar
    alle = Meting.objects.filter(indicator__doelstelling__plan=vorig)
    assert all(bereik.vroegste <= meting.jaar <= bereik.laatste for meting in alle)
    assert alle.filter(waarde__isnull=False).exists()
    ontbrekend = alle.filter(waarde__isnull=True)
    assert {meting.ontbreekt for meting in ontbrekend} == {"te_weinig_respondenten", "nog_niet_bekend"}

    # The adopted plan held its doelstellingen; the metingen came after adoption.
    snapshot = Vaststelling.objects.get(plan=vorig).snapshot
    assert [d["titel"] for d in snapshot["doelstellingen"]] == [d.titel for d in doelstellingen]

    evaluatie = Evaluatie.objects.get(plan=vorig)
    assert not evaluatie.afgesloten and evaluatie.samenvatting
    geevalueerd = ActieEvaluatie.objects.filter(evaluatie=evaluatie)
    aantal_acties = Actie.objects.van_plan(vorig).count()
    assert aantal_acties / 3 <= geevalueerd.count() < aantal_acties
    assert {e.advies for e in geevalueerd} == set(Advies.values)
    assert all(e.doel_bereikt and e.resultaten and e.geleerd for e in geevalueerd)
    assert all(e.gewijzigd_door.username == "projectleider" for e in geevalueerd)
    assert all(timezone.localdate(e.gewijzigd_op) < vandaag for e in [evaluatie, *geevalueerd])
    assert vorig.status == PlanStatus.IN_UITVOERING


def test_the_current_plan_continues_the_previous_cycle():
    demo_bouwen(wachtwoord="demo")
    huidig, vorig = plannen()
    assert huidig.vorige_cyclus == vorig

    vergelijking = Vergelijking.objects.get(plan=huidig)
    assert vergelijking.bevestigd_door.username == "projectleider"
    koppelingen = list(vergelijking.koppelingen.select_related("nieuwe", "vorige"))
    assert {(k.nieuwe.nummer, k.vorige.nummer) for k in koppelingen} == set(volgende_cyclus.KOPPELINGEN.items())
    assert all((k.nieuwe.scanner, k.vorige.scanner) == (huidig.scanner, vorig.scanner) for k in koppelingen)

    overgenomen = Actie.objects.van_plan(huidig).filter(herkomst__isnull=False).select_related("herkomst__invultabel")
    assert {actie.titel: actie.herkomst.titel for actie in overgenomen} == volgende_cyclus.OVERGENOMEN_ACTIES
    assert all(actie.herkomst.invultabel.plan_id == vorig.pk for actie in overgenomen)
    # The evaluation advised to go on with them, as they are or changed.
    adviezen = {e.actie_id: e.advies for e in ActieEvaluatie.objects.filter(evaluatie__plan=vorig)}
    assert {adviezen[actie.herkomst_id] for actie in overgenomen} <= {Advies.DOORZETTEN, Advies.AANPASSEN}
    for actie in overgenomen:
        assert actie.history.first().history_user.username == "projectleider"

    kopieen = list(Doelstelling.objects.filter(plan=huidig).select_related("herkomst"))
    assert len(kopieen) == Doelstelling.objects.filter(plan=vorig).count()
    for kopie in kopieen:
        assert kopie.herkomst.plan_id == vorig.pk and kopie.titel == kopie.herkomst.titel
        assert kopie.history.first().history_user.username == "projectleider"
        oude = list(kopie.herkomst.indicatoren.all())
        nieuwe = list(kopie.indicatoren.all())
        assert [i.naam for i in nieuwe] == [i.naam for i in oude]
        assert [metingen(i) for i in nieuwe] == [metingen(i) for i in oude]
        assert all(actie.invultabel.plan_id == huidig.pk for actie in kopie.acties.all())
    assert any(kopie.acties.exists() and kopie.aanbevelingen.exists() for kopie in kopieen)


def volgorde_en_uitslag(plan: Uitvoeringsplan) -> tuple[list[int], list[int]]:
    """The plan's aanbevelingen in plan order, and in the order of its startbijeenkomst's vote (by number)."""
    startbijeenkomst = plan.bijeenkomsten.get(soort=BijeenkomstSoort.STARTBIJEENKOMST)
    uitslag = [u.aanbeveling.nummer for u in prioritering_uitslag(startbijeenkomst)]
    volgorde = list(plan.invultabellen.order_by("volgorde").values_list("aanbeveling__nummer", flat=True))
    return volgorde, uitslag


def test_each_plan_follows_the_vote_of_its_own_startbijeenkomst():
    demo_bouwen(wachtwoord="demo")
    huidig, vorig = plannen()
    volgorde, uitslag = volgorde_en_uitslag(huidig)
    assert volgorde == uitslag
    assert volgorde[0] == 1 and len(volgorde) == 6
    # In the previous cycle not every aanbeveling got stickers; those follow the ones that did.
    volgorde, uitslag = volgorde_en_uitslag(vorig)
    assert volgorde[: len(uitslag)] == uitslag and len(uitslag) < len(volgorde)
