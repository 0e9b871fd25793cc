"""Lindewaard's previous cycle: a plan adopted about two years ago, in uitvoering and published.

The plan goes the way a real one went: written from an older Scanner, put up for review, adopted
through `plan_vaststellen` (which renders its PDF/A), set in uitvoering, published, and followed
with voortgangsberichten through `voortgang_melden`. Its doelstellingen are written with the acties;
the metingen and a begun evaluation follow (demo/bouwen_doelen.py). Each step runs inside `gebeurd`,
which dates the history it wrote to the moment the step happened and names the projectleider where
no one else is named, so the history pages tell the same story as the berichten. All dates follow
from `vandaag`; the data is in demo/gegevens/vorige_cyclus.py, vorige_acties.py, doelen.py and
evaluatie.py.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta

from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from basis.kwartalen import kwartaal_grenzen, kwartaal_index
from bijeenkomsten.constants import BijeenkomstSoort, Kanaal, UitnodigingStatus
from bijeenkomsten.models import Agendapunt, Bijeenkomst, Prioritering, Uitnodiging
from cyclus.models import Koppeling, Vergelijking
from demo.aanbevelingen import aanbevelingen_aanmaken
from demo.bouwen_bijeenkomsten import bijeenkomst_met_agenda
from demo.bouwen_doelen import doelstellingen_bouwen, evaluatie_bouwen, metingen_bouwen
from demo.gegevens import evaluatie as evaluatiegegevens
from demo.gegevens import vorige_cyclus as gegevens
from demo.gegevens.mensen import KERNTEAM
from demo.gegevens.vorige_acties import ACTIES, Bericht
from rapportage.models import Ondertekening, Vaststelling
from rapportage.services import ondertekenen, plan_vaststellen
from scanner.models import Aanbeveling, Gemeente, Middel, Scanner
from stakeholders.models import Organisatie, Stakeholder
from uitvoering.models import ActieEvaluatie, Evaluatie, Publicatie, Voortgangsbericht
from uitvoering.services import publicatie_wijzigen, voortgang_melden
from uitvoeringsplan.constants import PlanStatus, Rol
from uitvoeringsplan.models import Actie, Doelstelling, Indicator, Invultabel, Lidmaatschap, Meting, Uitvoeringsplan
from uitvoeringsplan.workflow import status_wijzigen

# The models whose history a step of the previous cycle writes.
GESCHIEDENIS = (
    Scanner,
    Aanbeveling,
    Uitvoeringsplan,
    Lidmaatschap,
    Invultabel,
    Actie,
    Doelstelling,
    Indicator,
    Meting,
    Bijeenkomst,
    Agendapunt,
    Uitnodiging,
    Prioritering,
    Vaststelling,
    Ondertekening,
    Publicatie,
    Voortgangsbericht,
    Evaluatie,
    ActieEvaluatie,
    Vergelijking,
    Koppeling,
)


def vorige_cyclus_bouwen(
    *,
    gemeente: Gemeente,
    vandaag: date,
    middelen: dict[str, Middel],
    organisaties: dict[str, Organisatie],
    kernteam: list,
    esther,
    wethouder,
) -> Uitvoeringsplan:
    """Build the previous plan of the demo gemeente, step by step; `kernteam` as in demo_bouwen."""
    projectleider = kernteam[0]
    vastgesteld = _vaststellingsdag(vandaag)
    moment = _om(vastgesteld, gegevens.VASTGESTELD_OM)

    with gebeurd(moment - timedelta(days=gegevens.SCANNER_DAGEN), projectleider):
        scanner, aanbevelingen = _scanner(gemeente, vastgesteld - timedelta(days=gegevens.SCANNER_DAGEN), middelen)
    with gebeurd(moment - timedelta(days=gegevens.AANGEMAAKT_DAGEN), projectleider):
        plan = _plan(gemeente, vandaag, vastgesteld, scanner, aanbevelingen, kernteam, esther, wethouder)
    slotbijeenkomst = _bijeenkomsten(plan, vastgesteld, aanbevelingen, kernteam)
    with gebeurd(moment - timedelta(days=gegevens.OPGESTELD_DAGEN), projectleider):
        acties = _acties(plan, vandaag, aanbevelingen, organisaties)
        doelstellingen_bouwen(
            plan=plan, vandaag=vandaag, aanbevelingen=aanbevelingen, acties={a.titel: a for a, _b in acties}
        )
    with gebeurd(moment - timedelta(days=gegevens.REVIEW_DAGEN), projectleider):
        status_wijzigen(plan=plan, naar=PlanStatus.TER_REVIEW, door=projectleider)
    with gebeurd(moment, projectleider):
        vaststelling = plan_vaststellen(plan=plan, door=projectleider, bijeenkomst=slotbijeenkomst, op=moment)
        for organisatie, naam in gegevens.ONDERTEKENINGEN:
            ondertekenen(
                vaststelling=vaststelling,
                naam=naam,
                organisatie=organisatie,
                datum=vastgesteld,
                door=projectleider,
                zelf=False,
            )
    with gebeurd(_om(plan.datum_start_uitvoering), projectleider):
        status_wijzigen(plan=plan, naar=PlanStatus.IN_UITVOERING, door=projectleider)
    publicatie_op = moment + timedelta(days=gegevens.PUBLICATIE_DAGEN)
    with gebeurd(publicatie_op, projectleider):
        publicatie_wijzigen(plan=plan, openbaar=True, door=projectleider)
    Publicatie.objects.filter(plan=plan).update(gewijzigd_op=publicatie_op)
    _berichten(acties, vandaag, {user.username: user for user in [*kernteam, esther]}, projectleider)
    geevalueerd = _om(vandaag - timedelta(days=evaluatiegegevens.DAGEN), time(14))
    with gebeurd(geevalueerd, projectleider):
        metingen_bouwen(plan=plan, vandaag=vandaag)
        evaluatie_bouwen(plan=plan, door=projectleider, moment=geevalueerd)
    return plan


def _vaststellingsdag(vandaag: date) -> date:
    """The same day some years back (28 February for a 29th), or the working day before it."""
    jaar = vandaag.year - gegevens.VASTGESTELD_JAREN_GELEDEN
    return _werkdag(vandaag.replace(year=jaar, day=min(vandaag.day, 28) if vandaag.month == 2 else vandaag.day))


def _werkdag(dag: date) -> date:
    """`dag`, or the Friday before it when it falls in a weekend."""
    return dag - timedelta(days=max(0, dag.weekday() - 4))


def _om(dag: date, tijd: time = time(9)) -> datetime:
    return datetime.combine(dag, tijd, tzinfo=timezone.get_current_timezone())


def _kwartaal(vandaag: date, nummer: int) -> tuple[date, date]:
    """First and last day of the plan's quarter `nummer` (0 is the first); today is in HUIDIG_KWARTAAL."""
    jaar, rest = divmod(kwartaal_index(vandaag) - gegevens.HUIDIG_KWARTAAL + nummer, 4)
    return kwartaal_grenzen(f"{jaar}-{rest + 1}")


@contextmanager
def gebeurd(moment: datetime, door, modellen: tuple = GESCHIEDENIS) -> Iterator[None]:
    """Date the history of `modellen` written inside the block to `moment`; records that name no one name `door`.

    Records of earlier steps were dated back already, so "written since the block began" is exactly
    this step's.
    """
    begin = timezone.now()
    yield
    for model in modellen:
        records = model.history.filter(history_date__gte=begin)
        records.filter(history_user__isnull=True).update(history_user=door)
        records.update(history_date=moment)


def _scanner(gemeente, datum: date, middelen) -> tuple[Scanner, dict[int, Aanbeveling]]:
    scanner = Scanner.objects.create(
        gemeente=gemeente, titel=gegevens.SCANNER_TITEL.format(jaar=datum.year), datum=datum, **gegevens.SCANNER
    )
    scanner.middelen.set([middelen[code] for code in gegevens.SCANNER_MIDDELEN])
    aanbevelingen = aanbevelingen_aanmaken(scanner=scanner, rijen=gegevens.AANBEVELINGEN, middelen=middelen)
    return scanner, aanbevelingen


def _plan(gemeente, vandaag, vastgesteld, scanner, aanbevelingen, kernteam, esther, wethouder) -> Uitvoeringsplan:
    """The plan with the demo's kernteam, Esther as stakeholder and the wethouder as lezer."""
    projectleider, kernteamlid, ggd, beleidsmedewerker = kernteam
    start = _kwartaal(vandaag, 0)[0]
    eind = _kwartaal(vandaag, gegevens.KWARTALEN - 1)[1]
    opdracht = vastgesteld - timedelta(days=gegevens.OPDRACHT_DAGEN)
    plan = Uitvoeringsplan.objects.create(
        gemeente=gemeente,
        titel=gegevens.TITEL.format(eerste_jaar=start.year, laatste_jaar=eind.year),
        scanner=scanner,
        opdracht_datum=opdracht,
        opdracht_kenmerk=gegevens.OPDRACHT_KENMERK.format(jaar=opdracht.year),
        datum_plan_gereed=vastgesteld - timedelta(days=gegevens.PLAN_GEREED_DAGEN),
        datum_start_uitvoering=start,
        review_deadline=vastgesteld - timedelta(days=gegevens.REVIEW_DEADLINE_DAGEN),
        rol_agenda=projectleider,
        rol_planning=beleidsmedewerker,
        rol_stakeholdercontact=kernteamlid,
        rol_verwerking=ggd,
        **gegevens.PLAN,
    )
    for persoon, user in zip(KERNTEAM, kernteam, strict=True):
        Lidmaatschap.objects.create(
            plan=plan, user=user, rol=persoon.rol, functie=persoon.functie, functie_omschrijving=persoon.omschrijving
        )
    gezien = vastgesteld - timedelta(days=gegevens.CONCEPT_GEZIEN_DAGEN)
    Lidmaatschap.objects.create(plan=plan, user=esther, rol=Rol.STAKEHOLDER, concept_gezien_op=_om(gezien, time(20)))
    Lidmaatschap.objects.create(plan=plan, user=wethouder, rol=Rol.LEZER)
    for positie, nummer in enumerate(gegevens.VOLGORDE, start=1):
        Invultabel.objects.create(plan=plan, aanbeveling=aanbevelingen[nummer], volgorde=positie)
    return plan


def _bijeenkomsten(plan, vastgesteld: date, aanbevelingen, kernteam) -> Bijeenkomst:
    """The traject's meetings with who came; returns the last, the slotbijeenkomst."""
    projectleider, kernteamlid = kernteam[:2]
    stakeholders = list(Stakeholder.objects.filter(gemeente=plan.gemeente).select_related("organisatie"))
    for dagen, soort, titel, locatie, starttijd, nummers in gegevens.BIJEENKOMSTEN:
        datum = _werkdag(vastgesteld - timedelta(days=dagen))
        with gebeurd(_om(datum, starttijd), projectleider):
            bijeenkomst = bijeenkomst_met_agenda(
                plan, datum, soort=soort, dagen=0, titel=titel, locatie=locatie, starttijd=starttijd
            )
            bijeenkomst.aanbevelingen.set([aanbevelingen[nummer] for nummer in nummers])
            aanwezigheid = _aanwezigheid(soort, nummers, stakeholders)
            bulk_create_with_history(
                [
                    Uitnodiging(
                        bijeenkomst=bijeenkomst,
                        stakeholder=stakeholder,
                        status=status,
                        kanaal=Kanaal.GEBELD,
                        bellen_door=kernteamlid,
                        uitgenodigd_door=kernteamlid,
                    )
                    for stakeholder, status in aanwezigheid.items()
                ],
                Uitnodiging,
            )
            if soort == BijeenkomstSoort.STARTBIJEENKOMST:
                aanwezig = [s for s, status in aanwezigheid.items() if status == UitnodigingStatus.AANWEZIG]
                _stickers(bijeenkomst, aanbevelingen, aanwezig)
    return bijeenkomst


def _aanwezigheid(soort: str, nummers: list[int], stakeholders: list[Stakeholder]) -> dict[Stakeholder, str]:
    """Who was invited and whether they came: at an inhoudelijke bijeenkomst the organisations responsible
    for the acties of its aanbevelingen, at the slotbijeenkomst those of every actie."""
    if soort == BijeenkomstSoort.STARTGESPREK:
        return {}
    if soort == BijeenkomstSoort.STARTBIJEENKOMST:
        return {
            s: UitnodigingStatus.AFWEZIG if s.naam in gegevens.STARTBIJEENKOMST_AFWEZIG else UitnodigingStatus.AANWEZIG
            for s in stakeholders
        }
    organisaties = {
        naam for nummer in nummers or ACTIES for actie in ACTIES[nummer] for naam in actie["verantwoordelijken"]
    }
    return {s: UitnodigingStatus.AANWEZIG for s in stakeholders if s.organisatie.naam in organisaties}


def _stickers(startbijeenkomst, aanbevelingen, aanwezig) -> None:
    bulk_create_with_history(
        [
            Prioritering(
                bijeenkomst=startbijeenkomst,
                aanbeveling=aanbevelingen[nummer],
                stakeholder=stakeholder,
                punten=punten + ((positie + nummer) % 4 == 0),
            )
            for positie, stakeholder in enumerate(aanwezig)
            for nummer, punten in gegevens.PUNTEN.items()
        ],
        Prioritering,
    )


def _acties(plan, vandaag, aanbevelingen, organisaties) -> list[tuple[Actie, list[Bericht]]]:
    """Every actie with the berichten still to report on it."""
    invultabellen = {invultabel.aanbeveling_id: invultabel for invultabel in plan.invultabellen.all()}
    acties = []
    for nummer, lijst in ACTIES.items():
        aanbeveling = aanbevelingen[nummer]
        for volgorde, velden in enumerate(lijst, start=1):
            velden = dict(velden)
            verantwoordelijken = velden.pop("verantwoordelijken")
            berichten = velden.pop("berichten")
            eerste, laatste = velden.pop("periode")
            actie = Actie.objects.create(
                invultabel=invultabellen[aanbeveling.pk],
                volgorde=volgorde,
                periode_start=_kwartaal(vandaag, eerste)[0],
                periode_eind=_kwartaal(vandaag, laatste)[1],
                herhalend=bool(velden.get("herhaling")),
                **velden,
            )
            actie.verantwoordelijken.set([organisaties[naam] for naam in verantwoordelijken])
            actie.middelen.set(aanbeveling.middelen.all())
            acties.append((actie, berichten))
    return acties


def _berichten(acties, vandaag: date, auteurs: dict, projectleider) -> None:
    """Every voortgangsbericht in the order they were written, each dated to its day."""
    alle = [(actie, bericht) for actie, berichten in acties for bericht in berichten]
    for actie, bericht in sorted(alle, key=lambda paar: -paar[1].dagen_geleden):
        datum = vandaag - timedelta(days=bericht.dagen_geleden)
        moment = _om(datum, time(10))
        with gebeurd(moment, projectleider):
            geplaatst = voortgang_melden(
                actie=actie, door=auteurs[bericht.auteur], tekst=bericht.tekst, status=bericht.status, datum=datum
            )
        Voortgangsbericht.objects.filter(pk=geplaatst.pk).update(aangemaakt_op=moment)
