"""The doelstellingen of the demo's previous plan with their indicatoren and metingen, and its evaluation.

The doelstellingen and indicatoren are plan content, so they are written while the plan is still a
concept (and are part of the adopted snapshot); the metingen and the evaluation are uitvoering data,
entered by the kernteam a little while ago. The data is in demo/gegevens/doelen.py and evaluatie.py.
"""

from datetime import date
from decimal import Decimal

from demo.gegevens import doelen as gegevens
from demo.gegevens import evaluatie as evaluatiegegevens
from scanner.models import Aanbeveling
from uitvoering.evaluatie import actie_evaluatie_opslaan, evaluatie_samenvatting_opslaan
from uitvoering.models import ActieEvaluatie, Evaluatie
from uitvoeringsplan.models import Actie, Doelstelling, Indicator, Meting, Uitvoeringsplan
from uitvoeringsplan.models.doelen import Ontbreekt, plan_jaarbereik


def doelstellingen_bouwen(
    *, plan: Uitvoeringsplan, vandaag: date, aanbevelingen: dict[int, Aanbeveling], acties: dict[str, Actie]
) -> list[Doelstelling]:
    """The doelstellingen with their indicatoren, without metingen; the plan must still be editable."""
    streefjaar = plan_jaarbereik(plan).eind
    doelstellingen = []
    for volgorde, rij in enumerate(gegevens.DOELSTELLINGEN, start=1):
        doelstelling = Doelstelling(plan=plan, titel=rij.titel, omschrijving=rij.omschrijving, volgorde=volgorde)
        doelstelling.full_clean()
        doelstelling.save()
        doelstelling.aanbevelingen.set([aanbevelingen[nummer] for nummer in rij.aanbevelingen])
        doelstelling.acties.set([acties[titel] for titel in rij.acties])
        for positie, indicator in enumerate(rij.indicatoren, start=1):
            jaren_geleden, basiswaarde = indicator.basis
            nieuw = Indicator(
                doelstelling=doelstelling,
                naam=indicator.naam,
                eenheid=indicator.eenheid,
                doelgroep=indicator.doelgroep,
                bron=indicator.bron,
                bron_toelichting=indicator.bron_toelichting,
                lager_is_beter=indicator.lager_is_beter,
                basiswaarde=Decimal(basiswaarde),
                basisjaar=vandaag.year - jaren_geleden,
                streefwaarde=Decimal(indicator.streefwaarde),
                streefjaar=streefjaar,
                volgorde=positie,
            )
            nieuw.full_clean()
            nieuw.save()
        doelstellingen.append(doelstelling)
    return doelstellingen


def metingen_bouwen(*, plan: Uitvoeringsplan, vandaag: date) -> None:
    """The yearly values of every indicator up to this year; a missing one says why."""
    rijen = {(d.titel, i.naam): i for d in gegevens.DOELSTELLINGEN for i in d.indicatoren}
    for indicator in Indicator.objects.filter(doelstelling__plan=plan).select_related("doelstelling__plan"):
        for jaren_geleden, waarde in rijen[indicator.doelstelling.titel, indicator.naam].metingen:
            jaar = vandaag.year - jaren_geleden
            ontbreekt = waarde if waarde in Ontbreekt.values else ""
            meting = Meting(
                indicator=indicator,
                jaar=jaar,
                waarde=None if ontbreekt else Decimal(waarde),
                ontbreekt=ontbreekt,
                bron=f"{indicator.bron_toelichting} {jaar}",
            )
            meting.full_clean()
            meting.save()


def evaluatie_bouwen(*, plan: Uitvoeringsplan, door, moment) -> Evaluatie:
    """Half of the acties evaluated and the summary written; the evaluation stays open."""
    acties = {actie.titel: actie for actie in Actie.objects.van_plan(plan).select_related("invultabel__plan")}
    for titel, velden in evaluatiegegevens.ACTIES.items():
        actie_evaluatie_opslaan(actie=acties[titel], door=door, **velden)
    evaluatie = evaluatie_samenvatting_opslaan(
        plan=plan, door=door, samenvatting=evaluatiegegevens.SAMENVATTING, conclusies=evaluatiegegevens.CONCLUSIES
    )
    # `gewijzigd_op` is set on every save; the demo dates the evaluation back to when it was written.
    Evaluatie.objects.filter(pk=evaluatie.pk).update(gewijzigd_op=moment)
    ActieEvaluatie.objects.filter(evaluatie=evaluatie).update(gewijzigd_op=moment)
    return evaluatie
