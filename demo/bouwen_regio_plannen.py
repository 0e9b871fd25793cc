"""The Uitvoeringsplannen of five other gemeenten of Regio Lindeland (data in demo/gegevens/regio_plannen.py).

Each plan has its own Scanner with the same four aanbevelingen, a projectleider with an account, the
shared monitor indicator, and complete acties. A plan in uitvoering went the way Lindewaard's did:
ter review, adopted through `plan_vaststellen` (which renders its PDF/A), in uitvoering from the next
quarter, and a voortgangsbericht for each actie whose status changed. Each step is dated by `gebeurd`.
"""

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.utils import timezone

from basis.kwartalen import kwartaal_grenzen, kwartaal_index
from demo.aanbevelingen import aanbevelingen_aanmaken
from demo.bouwen_vorige_cyclus import gebeurd
from demo.gebruikers import gebruiker
from demo.gegevens import regio as regiogegevens
from demo.gegevens import regio_plannen as gegevens
from rapportage.services import plan_vaststellen
from scanner.constants import Uitvoerder
from scanner.models import Gemeente, Middel, Scanner
from uitvoering.models import Voortgangsbericht
from uitvoering.services import voortgang_melden
from uitvoeringsplan.constants import Haalbaarheid, Kernteamfunctie, PlanStatus, Rol
from uitvoeringsplan.models import Actie, Doelstelling, Indicator, Invultabel, Lidmaatschap, Meting, Uitvoeringsplan
from uitvoeringsplan.models.doelen import plan_jaarbereik
from uitvoeringsplan.workflow import status_wijzigen

SCANNER_DAGEN = 200  # before the plan was created
AANGEMAAKT_DAGEN = 150  # before adoption
REVIEW_DAGEN = 30  # before adoption


def regio_plannen_bouwen(
    *,
    gemeenten: dict[str, Gemeente],
    vandaag: date,
    wachtwoord: str,
    middelen: dict[str, Middel],
    lezers: dict[str, object],
) -> list[Uitvoeringsplan]:
    """Every plan of gegevens.PLANNEN; `lezers` are accounts that read the plan of a gemeente (by name)."""
    monitorjaar = vandaag.year - regiogegevens.STARTJAAR_GELEDEN
    plannen = []
    for rij in gegevens.PLANNEN:
        gemeente = gemeenten[rij.gemeente]
        projectleider = gebruiker(rij.projectleider, wachtwoord, f"{gemeente.naam.lower()}.example")
        if rij.vastgesteld_dagen is None:
            aangemaakt = vandaag - timedelta(days=AANGEMAAKT_DAGEN // 3)
            start = date(vandaag.year + 1, 1, 1)
        else:
            vastgesteld = _om(vandaag - timedelta(days=rij.vastgesteld_dagen), time(16))
            aangemaakt = vastgesteld.date() - timedelta(days=AANGEMAAKT_DAGEN)
            start = _kwartaal(vastgesteld.date(), 1)[0]
        with gebeurd(_om(aangemaakt), projectleider):
            plan = _plan(rij, gemeente, projectleider, aangemaakt, start, middelen)
            if lezer := lezers.get(rij.gemeente):
                Lidmaatschap.objects.create(plan=plan, user=lezer, rol=Rol.LEZER)
            _monitor(plan, rij.monitorwaarde, monitorjaar)
        if rij.status == PlanStatus.CONCEPT:
            plannen.append(plan)
            continue
        review = vastgesteld - timedelta(days=REVIEW_DAGEN) if rij.vastgesteld_dagen else _om(vandaag, time(9))
        with gebeurd(review, projectleider):
            status_wijzigen(plan=plan, naar=PlanStatus.TER_REVIEW, door=projectleider)
        if rij.status == PlanStatus.IN_UITVOERING:
            with gebeurd(vastgesteld, projectleider):
                plan_vaststellen(plan=plan, door=projectleider, op=vastgesteld)
            with gebeurd(_om(start), projectleider):
                status_wijzigen(plan=plan, naar=PlanStatus.IN_UITVOERING, door=projectleider)
            _voortgang(plan, rij, vandaag, projectleider)
        plannen.append(plan)
    return plannen


def _om(dag: date, tijd: time = time(10)) -> datetime:
    return datetime.combine(dag, tijd, tzinfo=timezone.get_current_timezone())


def _kwartaal(start: date, nummer: int) -> tuple[date, date]:
    """First and last day of quarter `nummer` counted from the quarter `start` falls in (0)."""
    jaar, rest = divmod(kwartaal_index(start) + nummer, 4)
    return kwartaal_grenzen(f"{jaar}-{rest + 1}")


def _plan(rij, gemeente, projectleider, aangemaakt: date, start: date, middelen) -> Uitvoeringsplan:
    scanner = Scanner.objects.create(
        gemeente=gemeente,
        titel=f"Scanner Alcohol en Drugs {gemeente.naam}",
        uitvoerder=Uitvoerder.GGD,
        uitvoerder_naam=regiogegevens.GGD,
        datum=aangemaakt - timedelta(days=SCANNER_DAGEN - AANGEMAAKT_DAGEN),
    )
    scanner.middelen.set([middelen["alcohol"], middelen["drugs"]])
    aanbevelingen = aanbevelingen_aanmaken(scanner=scanner, rijen=gegevens.AANBEVELINGEN, middelen=middelen)
    eind = _kwartaal(start, 15)[1]
    plan = Uitvoeringsplan.objects.create(
        gemeente=gemeente,
        titel=f"Uitvoeringsplan alcohol- en drugspreventie {gemeente.naam} {start.year}–{eind.year}",
        scanner=scanner,
        datum_start_uitvoering=start,
        budget_euro=Decimal(rij.budget),
        rol_agenda=projectleider,
        inleiding=f"Dit plan werkt de aanbevelingen uit de Scanner van {gemeente.naam} uit, in samenhang met het "
        f"regionale project {regiogegevens.PROJECT}.",
    )
    Lidmaatschap.objects.create(
        plan=plan,
        user=projectleider,
        rol=Rol.PROJECTLEIDER,
        functie=Kernteamfunctie.PROJECTLEIDER,
        functie_omschrijving=f"Beleidsmedewerker gezondheid, gemeente {gemeente.naam}",
    )
    gebruikt = sorted({actie.aanbeveling for actie in rij.acties})
    invultabellen = {
        nummer: Invultabel.objects.create(plan=plan, aanbeveling=aanbevelingen[nummer], volgorde=positie)
        for positie, nummer in enumerate(gebruikt, start=1)
    }
    for volgorde, actie in enumerate(rij.acties, start=1):
        eerste, laatste = actie.periode
        nieuw = Actie.objects.create(
            invultabel=invultabellen[actie.aanbeveling],
            volgorde=volgorde,
            titel=actie.titel,
            haalbaarheid=Haalbaarheid.GOED if actie.kosten < 5000 else Haalbaarheid.REDELIJK,
            kosten_euro=Decimal(actie.kosten),
            periode_start=_kwartaal(start, eerste)[0],
            periode_eind=_kwartaal(start, laatste)[1],
            prioriteit=actie.prioriteit,
            **gegevens.ACTIETEKSTEN[actie.aanbeveling],
        )
        nieuw.middelen.set(aanbevelingen[actie.aanbeveling].middelen.all())
    return plan


def _monitor(plan: Uitvoeringsplan, waarde: str | None, jaar: int) -> None:
    """The doelstelling with the regional monitor's indicator and its value of the project's first year."""
    titel, omschrijving = gegevens.DOELSTELLING
    doelstelling = Doelstelling.objects.create(plan=plan, titel=titel, omschrijving=omschrijving, volgorde=1)
    ontbreekt = waarde == gegevens.TE_WEINIG_RESPONDENTEN
    basis = None if ontbreekt or waarde is None else Decimal(waarde)
    indicator = Indicator(
        doelstelling=doelstelling,
        basiswaarde=basis,
        basisjaar=jaar if basis is not None else None,
        streefwaarde=basis - gegevens.STREEFWAARDE_LAGER if basis is not None else None,
        streefjaar=plan_jaarbereik(plan).eind if basis is not None else None,
        volgorde=1,
        **gegevens.INDICATOR,
    )
    indicator.full_clean()
    indicator.save()
    if waarde is not None:
        meting = Meting(
            indicator=indicator,
            jaar=jaar,
            waarde=basis,
            ontbreekt=gegevens.TE_WEINIG_RESPONDENTEN if ontbreekt else "",
            bron=f"{gegevens.INDICATOR['bron_toelichting']} {jaar}",
        )
        meting.full_clean()
        meting.save()


def _voortgang(plan: Uitvoeringsplan, rij, vandaag: date, projectleider) -> None:
    """A dated voortgangsbericht for each actie whose status changed since the adoption, oldest first."""
    acties = {actie.titel: actie for actie in Actie.objects.van_plan(plan)}
    gemeld = [actie for actie in rij.acties if actie.status and actie.status != gegevens.GEPLAND]
    for positie, actie in enumerate(gemeld):
        datum = max(vandaag - timedelta(days=14 * (len(gemeld) - positie)), plan.datum_start_uitvoering)
        moment = _om(datum)
        with gebeurd(moment, projectleider):
            bericht = voortgang_melden(
                actie=acties[actie.titel],
                door=projectleider,
                tekst=gegevens.BERICHTEN[actie.status],
                status=actie.status,
                datum=datum,
            )
        Voortgangsbericht.objects.filter(pk=bericht.pk).update(aangemaakt_op=moment)
