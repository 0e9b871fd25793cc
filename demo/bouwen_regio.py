"""Regio Lindeland: Lindewaard and seven other fictional gemeenten, their regional project and its jaarplannen.

Built after Lindewaard, in the order it happened, each step dated by `gebeurd` so the history tells
the story: the project and its organisation were set up at the start of its first year; last year's
jaarplan was written in January and adopted by the stuurgroep in February (`jaarplan_vaststellen`,
with its PDF/A); its realisation was filled in at the end of last year, and this year's concept was
drafted from it (`jaarplan_opstellen`) and lightly edited. Two acties of Lindewaard's current plan
carry out a regional hoofdactiviteit (`LokaleImplementatie`). The plans of five other gemeenten are
built by bouwen_regio_plannen.py. The data is in demo/gegevens/regio.py and regio_jaarplan.py.
"""

from datetime import date, datetime, time, timedelta

from django.utils import timezone

from demo.bouwen_regio_plannen import regio_plannen_bouwen
from demo.bouwen_vorige_cyclus import gebeurd
from demo.gebruikers import gebruiker
from demo.gegevens import regio as gegevens
from demo.gegevens import regio_jaarplan as jaarplangegevens
from demo.gegevens.mensen import STUURGROEP_ACCOUNT, TREKKER_ACCOUNT
from regio.models import (
    Groep,
    Groepslid,
    Hoofdactiviteit,
    Hoofddoel,
    Hoofddoelstelling,
    Jaarplan,
    Jaarplanvaststelling,
    LokaleImplementatie,
    Regio,
    Regioproject,
    Uitgangspunt,
)
from regio.services import jaarplan_opstellen, jaarplan_vaststellen
from scanner.models import Gemeente, Middel
from uitvoeringsplan.models import Actie, Uitvoeringsplan

# The models whose history a step of the region writes.
GESCHIEDENIS = (
    Gemeente,
    Regio,
    Regioproject,
    Hoofddoelstelling,
    Groep,
    Groepslid,
    Jaarplan,
    Uitgangspunt,
    Hoofddoel,
    Hoofdactiviteit,
    Jaarplanvaststelling,
    LokaleImplementatie,
)

# Acties of Lindewaard's current plan that carry out a hoofdactiviteit of this year's jaarplan: title → its start.
LOKALE_IMPLEMENTATIES = {
    "Drugsbeleid voor evenementen opnemen in de vergunningsvoorwaarden": "De regionale handreiking drugs",
    "Lessen over alcohol, roken en drugs in klas 1 tot en met 3": "Afhankelijk van de prioriteiten",
}


def regio_bouwen(
    *,
    lindewaard: Gemeente,
    plan: Uitvoeringsplan,
    vandaag: date,
    wachtwoord: str,
    middelen: dict[str, Middel],
    projectleider,
    wethouder,
) -> Regioproject:
    """Build the region around Lindewaard; `plan` is Lindewaard's current plan, `projectleider` leads the project."""
    stuurgroeplid = gebruiker(STUURGROEP_ACCOUNT, wachtwoord, "beekdal.example")
    trekker = gebruiker(TREKKER_ACCOUNT, wachtwoord, "ggd-lindeland.example")
    accounts = {"projectleider": projectleider, "wethouder": wethouder, "stuurgroep": stuurgroeplid, "trekker": trekker}
    vorig_jaar = vandaag.year - 1
    startjaar = vandaag.year - gegevens.STARTJAAR_GELEDEN

    with gebeurd(_om(date(startjaar, 1, 10)), projectleider, GESCHIEDENIS):
        gemeenten = {lindewaard.naam: lindewaard}
        for naam, cbs_code in gegevens.GEMEENTEN.items():
            gemeenten[naam] = Gemeente.objects.create(naam=naam, cbs_code=cbs_code)
        project = _project(startjaar, gemeenten)
        groepen = _organisatie(project, gemeenten, accounts)

    with gebeurd(_om(date(vorig_jaar, *jaarplangegevens.GESCHREVEN)), projectleider, GESCHIEDENIS):
        vorig = jaarplan_opstellen(project=project, jaar=vorig_jaar, door=projectleider)
        _jaarplan_schrijven(vorig, groepen, gemeenten)
    vastgesteld = _om(date(vorig_jaar, *jaarplangegevens.VASTGESTELD), time(16))
    with gebeurd(vastgesteld, stuurgroeplid, GESCHIEDENIS):
        jaarplan_vaststellen(jaarplan=vorig, door=stuurgroeplid, op=vastgesteld)
    with gebeurd(_om(date(vorig_jaar, *jaarplangegevens.GEREALISEERD)), projectleider, GESCHIEDENIS):
        _realisatie_invullen(vorig)

    with gebeurd(_om(_opgesteld_op(vandaag)), projectleider, GESCHIEDENIS):
        huidig = jaarplan_opstellen(project=project, jaar=vandaag.year, door=projectleider)
        _jaarplan_bijwerken(huidig)
        _lokaal_implementeren(plan, huidig, projectleider)

    regio_plannen_bouwen(
        gemeenten=gemeenten,
        vandaag=vandaag,
        wachtwoord=wachtwoord,
        middelen=middelen,
        lezers={"Beekdal": stuurgroeplid},  # the voorzitter of the stuurgroep is wethouder in Beekdal
    )
    return project


def _om(dag: date, tijd: time = time(10)) -> datetime:
    return datetime.combine(dag, tijd, tzinfo=timezone.get_current_timezone())


def _opgesteld_op(vandaag: date) -> date:
    """This year's concept was drafted in the first days of the year, or yesterday early in January."""
    return min(date(vandaag.year, 1, 5), vandaag - timedelta(days=1))


def _jaartallen(tekst: str, jaar: int) -> str:
    return tekst.format(jaar=jaar, vorig=jaar - 1, volgend=jaar + 1)


def _project(startjaar: int, gemeenten: dict[str, Gemeente]) -> Regioproject:
    regio = Regio.objects.create(naam=gegevens.REGIO)
    regio.gemeenten.set(gemeenten.values())
    project = Regioproject(
        regio=regio,
        naam=gegevens.PROJECT,
        startjaar=startjaar,
        eindjaar=startjaar + gegevens.LOOPTIJD - 1,
        hoofdboodschap=gegevens.HOOFDBOODSCHAP,
        omschrijving=gegevens.OMSCHRIJVING,
    )
    project.full_clean()
    project.save()
    for volgorde, tekst in enumerate(gegevens.HOOFDDOELSTELLINGEN, start=1):
        Hoofddoelstelling.objects.create(project=project, tekst=tekst, volgorde=volgorde)
    return project


def _organisatie(project: Regioproject, gemeenten: dict[str, Gemeente], accounts: dict) -> dict[str, Groep]:
    """The groups by key, in the seed's order, each with its members."""
    groepen = {}
    for volgorde, rij in enumerate(gegevens.GROEPEN, start=1):
        groep = Groep(
            project=project,
            naam=rij.naam,
            soort=rij.soort,
            thema=rij.thema,
            bovenliggend=groepen.get(rij.boven),
            volgorde=volgorde,
        )
        groep.full_clean()
        groep.save()
        groepen[rij.sleutel] = groep
        for positie, lid in enumerate(rij.leden, start=1):
            Groepslid.objects.create(
                groep=groep,
                naam=lid.naam,
                organisatie=lid.organisatie,
                gemeente=gemeenten.get(lid.gemeente),
                rol=lid.rol,
                voetnoot=lid.voetnoot,
                user=accounts.get(lid.account),
                volgorde=positie,
            )
    return groepen


def _jaarplan_schrijven(jaarplan: Jaarplan, groepen: dict[str, Groep], gemeenten: dict[str, Gemeente]) -> None:
    """Last year's jaarplan as the projectteam wrote it, without realisation yet."""
    jaar = jaarplan.jaar
    jaarplan.inleiding = _jaartallen(jaarplangegevens.INLEIDING, jaar)
    jaarplan.uitgangspunten_inleiding = _jaartallen(jaarplangegevens.UITGANGSPUNTEN_INLEIDING, jaar)
    jaarplan.save()
    for volgorde, (kop, tekst) in enumerate(jaarplangegevens.UITGANGSPUNTEN, start=1):
        Uitgangspunt.objects.create(jaarplan=jaarplan, kop=kop, tekst=_jaartallen(tekst, jaar), volgorde=volgorde)
    for sleutel, deelgebied in jaarplangegevens.DEELGEBIEDEN.items():
        groep = groepen[sleutel]
        for volgorde, (tekst, deadline) in enumerate(deelgebied.hoofddoelen, start=1):
            Hoofddoel.objects.create(
                jaarplan=jaarplan,
                groep=groep,
                tekst=tekst,
                deadline=date(jaar, *deadline) if deadline else None,
                volgorde=volgorde,
            )
        for volgorde, activiteit in enumerate(deelgebied.hoofdactiviteiten, start=1):
            nieuw = Hoofdactiviteit.objects.create(
                jaarplan=jaarplan,
                groep=groep,
                tekst=activiteit.tekst,
                trekker=activiteit.trekker,
                periode=activiteit.periode,
                volgorde=volgorde,
            )
            nieuw.gemeenten.set([gemeenten[naam] for naam in activiteit.gemeenten])


def _realisatie_invullen(jaarplan: Jaarplan) -> None:
    """At the end of the year the projectteam fills in what became of each activity; the content stays locked."""
    rijen = {
        (sleutel, volgorde): activiteit
        for sleutel, deelgebied in jaarplangegevens.DEELGEBIEDEN.items()
        for volgorde, activiteit in enumerate(deelgebied.hoofdactiviteiten, start=1)
    }
    sleutels = {rij.naam: rij.sleutel for rij in gegevens.GROEPEN}
    for activiteit in jaarplan.hoofdactiviteiten.select_related("groep"):
        rij = rijen[sleutels[activiteit.groep.naam], activiteit.volgorde]
        activiteit.realisatie = rij.realisatie
        activiteit.realisatie_toelichting = rij.toelichting
        activiteit.save(update_fields=["realisatie", "realisatie_toelichting"])


def _jaarplan_bijwerken(jaarplan: Jaarplan) -> None:
    """The projectleider's first edits of the drafted concept: a new introduction and one more uitgangspunt."""
    jaarplan.inleiding = _jaartallen(jaarplangegevens.NIEUWE_INLEIDING, jaarplan.jaar)
    jaarplan.save()
    kop, tekst = jaarplangegevens.NIEUW_UITGANGSPUNT
    volgorde = max(jaarplan.uitgangspunten.values_list("volgorde", flat=True), default=0) + 1
    Uitgangspunt.objects.create(jaarplan=jaarplan, kop=kop, tekst=tekst, volgorde=volgorde)


def _lokaal_implementeren(plan: Uitvoeringsplan, jaarplan: Jaarplan, door) -> None:
    """Lindewaard carries out two carried-over hoofdactiviteiten of the werkgroepen with acties of its current plan."""
    for titel, begin in LOKALE_IMPLEMENTATIES.items():
        activiteit = jaarplan.hoofdactiviteiten.get(tekst__startswith=begin)
        actie = Actie.objects.get(invultabel__plan=plan, titel=titel)
        LokaleImplementatie.objects.create(hoofdactiviteit=activiteit, actie=actie, door=door)
