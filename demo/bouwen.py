"""A realistic, fictional gemeente that shows every part of the product.

Lindewaard does not exist; its people and organisations are invented. The action
"Training vroegsignalering" is the handreiking's own worked example, word for word.
Meeting dates are relative to the day the demo is built, so there is always a meeting
ahead and a review deadline to meet. The Scanner's report and one beleidsdocument are small
fictional PDFs from demobestanden/, stored like real uploads.

What Lindewaard is made of lives in demo/gegevens/ as plain values; this module turns it
into objects, in a fixed order so that two builds give the same rows. The current plan is the next
cycle of a previous plan, which is built after it (bouwen_vorige_cyclus.py) and then linked to it
(bouwen_volgende_cyclus.py). Last comes the region around Lindewaard, with its regional project and the
plans of other gemeenten (bouwen_regio.py).
"""

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from basis.kwartalen import kwartaal_grenzen
from bijeenkomsten.models import Agendapunt, Bijeenkomst, Prioritering, Uitnodiging
from bijeenkomsten.services import prioritering_toepassen
from demo.aanbevelingen import aanbevelingen_aanmaken
from demo.bouwen_bijeenkomsten import bijeenkomsten_bouwen
from demo.bouwen_regio import regio_bouwen
from demo.bouwen_volgende_cyclus import volgende_cyclus_koppelen
from demo.bouwen_vorige_cyclus import vorige_cyclus_bouwen
from demo.gebruikers import gebruiker as _gebruiker
from demo.gegevens import benchmark, interventies, opmerkingen
from demo.gegevens import plan as plangegevens
from demo.gegevens import scanner as scannergegevens
from demo.gegevens.acties import (
    MEER_ACTIES,
    WERKVOORBEELD,
    WERKVOORBEELD_MIDDELEN,
    WERKVOORBEELD_VERANTWOORDELIJKEN,
)
from demo.gegevens.mensen import BEHEERDER, KERNTEAM, STAKEHOLDER_ACCOUNT, WETHOUDER
from demo.gegevens.stakeholders import GEMEENTE_ORGANISATIE, STAKEHOLDERS
from rapportage.models import Opmerking
from scanner.constants import Uitvoerder
from scanner.models import Aanbeveling, Beleidsdocument, Gemeente, Middel, Scanner
from stakeholders.constants import Sector
from stakeholders.models import Organisatie, Stakeholder
from uitvoeringsplan.constants import Haalbaarheid, PlanStatus, Preventievorm, Rol
from uitvoeringsplan.models import Actie, Interventie, Invultabel, Lidmaatschap, Uitvoeringsplan, Wethouderoverleg

DEMO_CBS_CODE = "GM9901"
BENCHMARK_CBS_CODE = "GM9902"
PROJECTLEIDERS = "Projectleiders"
DEMOBESTANDEN = Path(__file__).resolve().parent / "demobestanden"


def kwartaal(jaar: int, nummer: int) -> tuple[date, date]:
    return kwartaal_grenzen(f"{jaar}-{nummer}")


def demobestand(naam: str) -> ContentFile:
    """A fictional PDF from demobestanden/; saving the model stores it through the default storage."""
    return ContentFile((DEMOBESTANDEN / naam).read_bytes(), name=naam)


def projectleiders_groep() -> Group:
    groep, _nieuw = Group.objects.get_or_create(name=PROJECTLEIDERS)
    groep.permissions.add(Permission.objects.get(codename="add_uitvoeringsplan"))
    return groep


@transaction.atomic
def demo_bouwen(*, wachtwoord: str, vandaag: date | None = None) -> bool:
    """Build the Lindewaard demo. Returns False (and changes nothing) when it is already there."""
    if Gemeente.objects.filter(cbs_code=DEMO_CBS_CODE).exists():
        return False
    vandaag = vandaag or timezone.localdate()
    jaar = vandaag.year + 1
    middelen = Middel.standaard()

    gemeente = Gemeente.objects.create(naam=scannergegevens.GEMEENTE, cbs_code=DEMO_CBS_CODE)
    kernteam = [_gebruiker(persoon, wachtwoord) for persoon in KERNTEAM]
    projectleider, kernteamlid, ggd, beleidsmedewerker = kernteam
    projectleider.groups.add(projectleiders_groep())
    esther = _gebruiker(STAKEHOLDER_ACCOUNT, wachtwoord)
    wethouder = _gebruiker(WETHOUDER, wachtwoord)
    beheerder = _gebruiker(BEHEERDER, wachtwoord)
    beheerder.is_staff = beheerder.is_superuser = True
    beheerder.save()

    scanner, aanbevelingen, ph_plan = _scanner(gemeente, vandaag, middelen)

    plan = Uitvoeringsplan.objects.create(
        gemeente=gemeente,
        titel=plangegevens.TITEL.format(eerste_jaar=jaar, tweede_jaar=jaar + 1),
        status=PlanStatus.TER_REVIEW,
        scanner=scanner,
        opdracht_datum=vandaag - timedelta(days=150),
        opdracht_kenmerk=plangegevens.OPDRACHT_KENMERK.format(jaar=vandaag.year),
        datum_plan_gereed=vandaag + timedelta(days=28),
        datum_start_uitvoering=date(jaar, 1, 1),
        rol_agenda=projectleider,
        rol_planning=beleidsmedewerker,
        rol_stakeholdercontact=kernteamlid,
        rol_verwerking=ggd,
        review_deadline=vandaag + timedelta(days=14),
        **plangegevens.PLAN,
    )
    plan.beleidsdocumenten.add(ph_plan)
    for persoon, user in zip(KERNTEAM, kernteam, strict=True):
        Lidmaatschap.objects.create(
            plan=plan, user=user, rol=persoon.rol, functie=persoon.functie, functie_omschrijving=persoon.omschrijving
        )
    # Esther read the concept the day it was put up for review, before she commented (see _opmerkingen).
    Lidmaatschap.objects.create(
        plan=plan, user=esther, rol=Rol.STAKEHOLDER, concept_gezien_op=timezone.now() - timedelta(days=6)
    )
    Lidmaatschap.objects.create(plan=plan, user=wethouder, rol=Rol.LEZER)
    for dagen, onderwerp, verslag in plangegevens.WETHOUDEROVERLEGGEN:
        Wethouderoverleg.objects.create(
            plan=plan, datum=vandaag + timedelta(days=dagen), onderwerp=onderwerp, verslag=verslag
        )

    organisaties, stakeholders = _stakeholders(gemeente, aanbevelingen, esther)
    invultabellen = {
        nummer: Invultabel.objects.create(plan=plan, aanbeveling=aanbeveling, volgorde=nummer)
        for nummer, aanbeveling in aanbevelingen.items()
    }
    bijeenkomsten = bijeenkomsten_bouwen(
        plan=plan, vandaag=vandaag, aanbevelingen=aanbevelingen, stakeholders=stakeholders, kernteam=kernteam
    )
    # The plan takes the order in which the startbijeenkomst prioritised the aanbevelingen.
    prioritering_toepassen(bijeenkomst=bijeenkomsten["startbijeenkomst"])
    acties = _acties(jaar, middelen, aanbevelingen, organisaties, invultabellen, bijeenkomsten)
    _opmerkingen(plan, esther, {user.username: user for user in kernteam}, invultabellen, acties)
    _interventies(middelen)
    _geschiedenis_toeschrijven(plan, projectleider)
    vorig = vorige_cyclus_bouwen(
        gemeente=gemeente,
        vandaag=vandaag,
        middelen=middelen,
        organisaties=organisaties,
        kernteam=kernteam,
        esther=esther,
        wethouder=wethouder,
    )
    volgende_cyclus_koppelen(plan=plan, vorig=vorig, door=projectleider)
    regio_bouwen(
        lindewaard=gemeente,
        plan=plan,
        vandaag=vandaag,
        wachtwoord=wachtwoord,
        middelen=middelen,
        projectleider=projectleider,
        wethouder=wethouder,
    )
    return True


def _scanner(gemeente, vandaag, middelen) -> tuple[Scanner, dict[int, Aanbeveling], Beleidsdocument]:
    """The Scanner with its report and aanbevelingen, and the two policy documents; returns the PH-plan."""
    scanner = Scanner.objects.create(
        gemeente=gemeente,
        datum=vandaag - timedelta(days=200),
        rapport=demobestand(scannergegevens.SCANNER_RAPPORT),
        **scannergegevens.SCANNER,
    )
    scanner.middelen.set([middelen[code] for code in scannergegevens.SCANNER_MIDDELEN])
    aanbevelingen = aanbevelingen_aanmaken(scanner=scanner, rijen=scannergegevens.AANBEVELINGEN, middelen=middelen)
    ph_plan = Beleidsdocument.objects.create(gemeente=gemeente, jaar=vandaag.year, **scannergegevens.PH_PLAN)
    Beleidsdocument.objects.create(
        gemeente=gemeente,
        jaar=vandaag.year - 1,
        bestand=demobestand(scannergegevens.NOTA_BESTAND),
        **scannergegevens.NOTA,
    )
    return scanner, aanbevelingen, ph_plan


def _domein(organisatie: str) -> str:
    woord = organisatie.split(",")[0].split()[-1].lower().replace("'", "")
    return f"{woord}.example"


def _stakeholders(gemeente, aanbevelingen, esther) -> tuple[dict[str, Organisatie], dict[str, Stakeholder]]:
    """Organisations by name and their contact persons by name; Esther's contact record is her account."""
    organisaties = {}
    stakeholders = {}
    for naam, sector, persoon, functie, bijdrage, informeren, interesse in STAKEHOLDERS:
        organisatie = Organisatie.objects.create(gemeente=gemeente, naam=naam, sector=sector)
        organisaties[naam] = organisatie
        voornaam = persoon.split()[0].lower()
        stakeholder = Stakeholder.objects.create(
            gemeente=gemeente,
            organisatie=organisatie,
            naam=persoon,
            functie=functie,
            bijdrage=bijdrage,
            informeren=list(informeren),
            email=f"{voornaam}@{_domein(naam)}",
            telefoon=f"06-{12000000 + len(stakeholders) * 734521 % 8000000:08d}",
            user=esther if persoon == STAKEHOLDER_ACCOUNT.naam else None,
        )
        stakeholder.aanbevelingen.set([aanbevelingen[nummer] for nummer in interesse])
        stakeholders[persoon] = stakeholder
    naam, sector = GEMEENTE_ORGANISATIE
    organisaties[naam] = Organisatie.objects.create(gemeente=gemeente, naam=naam, sector=sector)
    return organisaties, stakeholders


def _acties(jaar, middelen, aanbevelingen, organisaties, invultabellen, bijeenkomsten) -> dict[str, Actie]:
    """The worked example first, then the further actions, keyed by title."""
    werkvoorbeeld = Actie.objects.create(invultabel=invultabellen[1], volgorde=1, **WERKVOORBEELD)
    werkvoorbeeld.middelen.set([middelen[code] for code in WERKVOORBEELD_MIDDELEN])
    werkvoorbeeld.verantwoordelijken.set([organisaties[naam] for naam in WERKVOORBEELD_VERANTWOORDELIJKEN])
    acties = {werkvoorbeeld.titel: werkvoorbeeld}
    for nummer, lijst in MEER_ACTIES.items():
        for volgorde, gegevens in enumerate(lijst, start=2 if nummer == 1 else 1):
            gegevens = dict(gegevens)
            verantwoordelijken = gegevens.pop("verantwoordelijken", [])
            if periode := gegevens.pop("periode", None):
                eerste, laatste = periode
                gegevens["periode_start"] = kwartaal(jaar, eerste)[0]
                gegevens["periode_eind"] = kwartaal(jaar, laatste)[1]
            if gegevens.get("herhaling"):
                gegevens["herhalend"] = True
            actie = Actie.objects.create(invultabel=invultabellen[nummer], volgorde=volgorde, **gegevens)
            if actie.uit_werkblad:
                bijeenkomsten[f"inhoudelijk_{nummer}"].acties.add(actie)
            actie.verantwoordelijken.set([organisaties[naam] for naam in verantwoordelijken])
            actie.middelen.set(aanbevelingen[nummer].middelen.all())
            acties[actie.titel] = actie
    return acties


def _opmerkingen(plan, esther, kernteam: dict, invultabellen, acties) -> None:
    """Esther's review comments, each answered (if at all) some days after she placed it."""
    nu = timezone.now()
    for gegevens in opmerkingen.OPMERKINGEN:
        velden = dict(gegevens)
        dagen = velden.pop("dagen")
        if "actie" in velden:
            velden["actie"] = acties[velden["actie"]]
        if "invultabel" in velden:
            velden["invultabel"] = invultabellen[velden["invultabel"]]
        if "beantwoord_door" in velden:
            velden["beantwoord_door"] = kernteam[velden["beantwoord_door"]]
            velden["beantwoord_op"] = nu - timedelta(days=velden.pop("beantwoord_dagen"))
        opmerking = Opmerking(plan=plan, auteur=esther, **velden)
        opmerking._history_user = esther
        opmerking.save()
        # `aangemaakt_op` is set on creation; the demo dates the comment back to the review.
        Opmerking.objects.filter(pk=opmerking.pk).update(aangemaakt_op=nu - timedelta(days=dagen))


def _interventies(middelen) -> None:
    if Interventie.objects.exists():
        return
    for naam, databank, niveau, vorm, doelgroep, codes in interventies.VOORBEELDEN:
        interventie = Interventie.objects.create(
            naam=naam,
            databank=databank,
            erkenningsniveau=niveau,
            preventievorm=vorm,
            doelgroep=doelgroep,
            is_voorbeeld=True,
            omschrijving=interventies.OMSCHRIJVING,
            bron=interventies.BRON,
        )
        interventie.middelen.set([middelen[code] for code in codes])


def _geschiedenis_toeschrijven(plan: Uitvoeringsplan, projectleider) -> None:
    """Let the history name the projectleider, who set the demo up, instead of "onbekend".

    The demo is built outside a request, so simple-history knows no user; records that already
    name someone (Esther's comments) keep their author.
    """
    gemeente_id = plan.gemeente_id
    bijeenkomsten = list(plan.bijeenkomsten.values_list("pk", flat=True))
    invultabellen = list(plan.invultabellen.values_list("pk", flat=True))
    for records in (
        Gemeente.history.filter(id=gemeente_id),
        Scanner.history.filter(gemeente_id=gemeente_id),
        Aanbeveling.history.filter(gemeente_id=gemeente_id),
        Beleidsdocument.history.filter(gemeente_id=gemeente_id),
        Organisatie.history.filter(gemeente_id=gemeente_id),
        Stakeholder.history.filter(gemeente_id=gemeente_id),
        Uitvoeringsplan.history.filter(id=plan.pk),
        Lidmaatschap.history.filter(plan_id=plan.pk),
        Wethouderoverleg.history.filter(plan_id=plan.pk),
        Invultabel.history.filter(plan_id=plan.pk),
        Actie.history.filter(invultabel_id__in=invultabellen),
        Bijeenkomst.history.filter(plan_id=plan.pk),
        Agendapunt.history.filter(bijeenkomst_id__in=bijeenkomsten),
        Uitnodiging.history.filter(bijeenkomst_id__in=bijeenkomsten),
        Prioritering.history.filter(bijeenkomst_id__in=bijeenkomsten),
        Opmerking.history.filter(plan_id=plan.pk),
    ):
        records.filter(history_user__isnull=True).update(history_user=projectleider)


@transaction.atomic
def benchmark_bouwen(*, acties: int, wachtwoord: str) -> bool:
    """A second, large plan with `acties` complete actions over ten aanbevelingen, for benchmarks."""
    if Gemeente.objects.filter(cbs_code=BENCHMARK_CBS_CODE).exists():
        return False
    gemeente = Gemeente.objects.create(naam=benchmark.GEMEENTE, cbs_code=BENCHMARK_CBS_CODE)
    projectleider = _gebruiker(KERNTEAM[0], wachtwoord)
    kernteamlid = _gebruiker(KERNTEAM[1], wachtwoord)
    scanner = Scanner.objects.create(
        gemeente=gemeente,
        titel=benchmark.SCANNER_TITEL,
        uitvoerder=Uitvoerder.GGD,
        datum=timezone.localdate(),
    )
    plan = Uitvoeringsplan.objects.create(
        gemeente=gemeente,
        titel=benchmark.PLAN_TITEL.format(acties=acties),
        scanner=scanner,
        inleiding=benchmark.INLEIDING,
    )
    Lidmaatschap.objects.create(plan=plan, user=projectleider, rol=Rol.PROJECTLEIDER)
    Lidmaatschap.objects.create(plan=plan, user=kernteamlid, rol=Rol.KERNTEAMLID)
    organisatie = Organisatie.objects.create(gemeente=gemeente, naam=benchmark.ORGANISATIE, sector=Sector.GGD)
    invultabellen = []
    for nummer in range(1, benchmark.AANTAL_AANBEVELINGEN + 1):
        aanbeveling = Aanbeveling.objects.create(
            gemeente=gemeente, scanner=scanner, nummer=nummer, titel=benchmark.AANBEVELING_TITEL.format(nummer=nummer)
        )
        invultabellen.append(Invultabel.objects.create(plan=plan, aanbeveling=aanbeveling, volgorde=nummer))
    jaar = timezone.localdate().year + 1
    nieuwe = [
        Actie(
            invultabel=invultabellen[n % len(invultabellen)],
            volgorde=n,
            prioriteit=n % 5 + 1,
            periode_start=kwartaal(jaar, n % 4 + 1)[0],
            periode_eind=kwartaal(jaar, 4)[1],
            kosten_euro=Decimal(1000 + 250 * (n % 9)),
            fte=Decimal("0.10"),
            haalbaarheid=Haalbaarheid.REDELIJK,
            preventievorm=Preventievorm.UNIVERSEEL,
            **{
                veld: waarde
                for veld, waarde in WERKVOORBEELD.items()
                if veld not in {"prioriteit", "periode_start", "periode_eind", "haalbaarheid", "preventievorm"}
            },
        )
        for n in range(acties)
    ]
    for n, actie in enumerate(nieuwe):
        actie.titel = f"Actie {n + 1}: {actie.titel}"
    bulk_create_with_history(nieuwe, Actie)
    Actie.verantwoordelijken.through.objects.bulk_create(
        Actie.verantwoordelijken.through(actie_id=actie.pk, organisatie_id=organisatie.pk)
        for actie in Actie.objects.filter(invultabel__plan=plan)
    )
    return True
