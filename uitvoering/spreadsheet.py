"""The uitvoering as a spreadsheet: the columns, their values per actie, the workbook to download,
and saving the checked changes of an upload.

The kernteam fills in statuses and new voortgangsberichten in Excel and uploads the same file,
which `spreadsheet_upload.py` checks. Both directions read the columns and the values of a row
from here, so that what the upload compares is exactly what the download wrote. The file names
organisations only, never people.
"""

import io
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import OuterRef, QuerySet, Subquery
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from uitvoeringsplan.constants import Uitvoeringsstatus
from uitvoeringsplan.models import Actie, Uitvoeringsplan

from .models import Voortgangsbericht
from .services import voortgang_melden
from .stand import in_uitvoering

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
GRIJS = PatternFill("solid", fgColor="E9ECEF")
KOP = PatternFill("solid", fgColor="D0DDE3")


@dataclass(frozen=True)
class Kolom:
    sleutel: str
    kop: str
    breedte: int
    bewerkbaar: bool = False
    # Read-only columns whose value the upload compares with the plan; the last bericht is only
    # there to read, and the versie is compared by its own rule (a stale sheet, not an edit).
    vergelijken: bool = False


KOLOMMEN = (
    Kolom("id", gettext_lazy("Id"), 8),
    Kolom("aanbeveling", gettext_lazy("Aanbeveling"), 40, vergelijken=True),
    Kolom("actie", gettext_lazy("Actie"), 45, vergelijken=True),
    Kolom("verantwoordelijke", gettext_lazy("Verantwoordelijke"), 30, vergelijken=True),
    Kolom("periode", gettext_lazy("Periode"), 24, vergelijken=True),
    Kolom("status", gettext_lazy("Status"), 14, bewerkbaar=True),
    Kolom("laatste_bericht", gettext_lazy("Laatste voortgangsbericht"), 45),
    Kolom("nieuw_bericht", gettext_lazy("Nieuw voortgangsbericht"), 50, bewerkbaar=True),
    Kolom("versie", gettext_lazy("Versie"), 8),
)
KOLOM = {kolom.sleutel: kolom for kolom in KOLOMMEN}
WERKBLAD = gettext_lazy("Acties")
TOELICHTING = gettext_lazy("Toelichting")


def kolom_letter(sleutel: str) -> str:
    return get_column_letter(KOLOMMEN.index(KOLOM[sleutel]) + 1)


def plan_kenmerk(plan: Uitvoeringsplan) -> str:
    """Written into the workbook's properties, so that an upload to another plan is recognised."""
    return f"uitvoeringsplan:{plan.pk}"


def acties_voor_spreadsheet(plan: Uitvoeringsplan) -> QuerySet[Actie]:
    """The plan's acties in uitvoering with what a row shows, the last bericht included, in one query."""
    laatste = Voortgangsbericht.objects.filter(actie=OuterRef("pk")).order_by("-datum", "-aangemaakt_op", "-pk")
    return (
        in_uitvoering(Actie.objects.van_plan(plan))
        .select_related("invultabel__aanbeveling")
        .prefetch_related("verantwoordelijken")
        .annotate(
            laatste_datum=Subquery(laatste.values("datum")[:1]),
            laatste_tekst=Subquery(laatste.values("tekst")[:1]),
            laatste_status=Subquery(laatste.values("status")[:1]),
        )
        .order_by("invultabel__volgorde", "invultabel", "volgorde", "pk")
    )


def alleen_lezen(actie: Actie) -> dict[str, str]:
    """The values of the columns the upload compares with the plan, as the download writes them."""
    return {
        "aanbeveling": str(actie.invultabel.aanbeveling),
        "actie": actie.titel,
        "verantwoordelijke": ", ".join(org.naam for org in actie.verantwoordelijken.all()),
        "periode": actie.periode_tekst,
    }


def laatste_bericht(actie: Actie) -> str:
    """E.g. "03-02-2026 · Gestart · Eerste avond gehouden"; never who wrote it."""
    if not actie.laatste_datum:
        return ""
    delen = [f"{actie.laatste_datum:%d-%m-%Y}"]
    if actie.laatste_status:
        delen.append(str(Uitvoeringsstatus(actie.laatste_status).label))
    if actie.laatste_tekst:
        delen.append(actie.laatste_tekst)
    return " · ".join(delen)


def bestandsnaam(plan: Uitvoeringsplan) -> str:
    return f"uitvoering-{slugify(plan.gemeente.naam)}-{timezone.localdate():%Y-%m-%d}.xlsx"


def spreadsheet_maken(plan: Uitvoeringsplan, acties: QuerySet[Actie]) -> bytes:
    """The workbook: the sheet "Acties" to fill in, and "Toelichting" on how to."""
    boek = Workbook()
    boek.properties.creator = "Uitvoeringsplan"
    boek.properties.title = str(plan.titel)
    boek.properties.identifier = plan_kenmerk(plan)
    blad = boek.active
    blad.title = str(WERKBLAD)
    _acties_invullen(blad, list(acties))
    _toelichting(boek.create_sheet(str(TOELICHTING)), plan)
    uitvoer = io.BytesIO()
    boek.save(uitvoer)
    return uitvoer.getvalue()


def _acties_invullen(blad, acties: list[Actie]) -> None:
    for nummer, kolom in enumerate(KOLOMMEN, start=1):
        cel = blad.cell(row=1, column=nummer, value=str(kolom.kop))
        cel.font = Font(bold=True)
        cel.fill = KOP
        blad.column_dimensions[cel.column_letter].width = kolom.breedte
    for rij, actie in enumerate(acties, start=2):
        waarden = {
            "id": actie.pk,
            **alleen_lezen(actie),
            "status": str(actie.get_uitvoeringsstatus_display()),
            "laatste_bericht": laatste_bericht(actie),
            "nieuw_bericht": None,
            "versie": actie.versie,
        }
        for nummer, kolom in enumerate(KOLOMMEN, start=1):
            cel = blad.cell(row=rij, column=nummer, value=waarden[kolom.sleutel])
            if isinstance(cel.value, str):
                cel.data_type = "s"  # a title that begins with "=" stays text, never a formula
            cel.alignment = Alignment(wrap_text=True, vertical="top")
            if not kolom.bewerkbaar:
                cel.fill = GRIJS
    blad.freeze_panes = "A2"
    laatste_rij = max(len(acties) + 1, 2)
    blad.auto_filter.ref = f"A1:{kolom_letter(KOLOMMEN[-1].sleutel)}{laatste_rij}"
    keuzes = ",".join(str(label) for label in Uitvoeringsstatus.labels)
    keuzelijst = DataValidation(
        type="list",
        formula1=f'"{keuzes}"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=_("Geen status"),
        error=_("Kies een status uit de lijst: %(keuzes)s.") % {"keuzes": keuzes.replace(",", ", ")},
    )
    blad.add_data_validation(keuzelijst)
    status = kolom_letter("status")
    keuzelijst.add(f"{status}2:{status}{laatste_rij}")


def _toelichting(blad, plan: Uitvoeringsplan) -> None:
    labels = [str(label) for label in Uitvoeringsstatus.labels]
    statussen = _("%(keuzes)s of %(laatste)s") % {"keuzes": ", ".join(labels[:-1]), "laatste": labels[-1]}
    regels = [
        _("Zo vul je deze spreadsheet in"),
        "",
        _("1. Kies in de kolom Status de nieuwe status van een actie: %(statussen)s.") % {"statussen": statussen},
        _("2. Schrijf in de kolom “Nieuw voortgangsbericht” wat er is gedaan en wat de volgende stap is."),
        _("   Zet je een actie op Uitgesteld of Gestopt? Schrijf dan ook waarom. Dat is verplicht."),
        _("3. De grijze kolommen kun je niet wijzigen. Verander het id en de versie niet en voeg geen rijen toe."),
        _("   Een nieuwe actie maak je in het plan zelf. Een rij weghalen mag: die actie blijft dan zoals hij is."),
        _("4. Sla het bestand op als Excel-bestand (.xlsx). Gebruik geen formules: die worden niet verwerkt."),
        _("5. Upload het bestand bij Uitvoering, knop “Spreadsheet uploaden” (hoogstens 10 MB)."),
        _("   Je ziet eerst alle wijzigingen. Pas als je op “Wijzigingen opslaan” klikt, worden ze opgeslagen."),
        _(
            "   Staat er ergens een fout in, dan wordt niets opgeslagen. Je ziet dan per rij en kolom wat je "
            "moet verbeteren."
        ),
        "",
        _("Heeft iemand anders intussen de status gewijzigd van een actie die jij ook wijzigt? Dan zegt de upload"),
        _("dat bij die rij."),
        _("Download de spreadsheet dan opnieuw, zodat je de nieuwste stand ziet."),
        _("Een lege status laat de status zoals hij is. De kolom “Laatste voortgangsbericht” is alleen om te lezen."),
        "",
        _("Uitvoeringsplan: %(plan)s (gemeente %(gemeente)s)") % {"plan": plan.titel, "gemeente": plan.gemeente.naam},
        _("Gedownload op: %(datum)s") % {"datum": f"{timezone.localdate():%d-%m-%Y}"},
    ]
    for nummer, regel in enumerate(regels, start=1):
        blad.cell(row=nummer, column=1, value=regel or None)
    blad["A1"].font = Font(bold=True, size=14)
    blad.column_dimensions["A"].width = 110


def intussen_gewijzigd(actie: Actie, laatste: Voortgangsbericht | None) -> str:
    """Why a row's status cannot be saved: someone changed it since the download (the upload and saving say it)."""
    wie = (laatste.auteur.get_full_name() if laatste and laatste.auteur else "") or _("iemand anders")
    status = actie.get_uitvoeringsstatus_display()
    if laatste:
        tekst = _("intussen heeft %(wie)s de status gewijzigd naar “%(status)s” (%(datum)s).") % {
            "wie": wie,
            "status": status,
            "datum": date_format(laatste.datum, "j F Y"),
        }
    else:
        tekst = _("intussen is de status gewijzigd naar “%(status)s”.") % {"status": status}
    return tekst + " " + _("Download de spreadsheet opnieuw en kijk of je keuze nog klopt.")


@transaction.atomic
def spreadsheet_verwerken(*, plan: Uitvoeringsplan, door: AbstractBaseUser, wijzigingen: list[dict]) -> int:
    """Save every change of a checked upload, or none: the first refusal undoes the rest.

    Raises `StatusIntussenGewijzigd` when an actie's status changed after the upload was checked,
    and `ValidationError` when an actie no longer takes part in the uitvoering.
    """
    acties = in_uitvoering(Actie.objects.van_plan(plan)).in_bulk([wijziging["actie"] for wijziging in wijzigingen])
    for wijziging in wijzigingen:
        actie = acties.get(wijziging["actie"])
        if actie is None:
            raise ValidationError(_("Een actie uit de spreadsheet doet niet meer mee aan de uitvoering van dit plan."))
        voortgang_melden(
            actie=actie,
            door=door,
            tekst=wijziging["tekst"],
            status=wijziging["status"],
            gezien_versie=wijziging["versie"],
        )
    return len(wijzigingen)
