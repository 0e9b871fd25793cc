"""An uploaded spreadsheet of the uitvoering: every check before anything is saved, then all of it at once.

`spreadsheet_lezen` never writes: it turns the file into a list of changes, or into errors that
name the row and the column, in the words of the sheet. Only when there are no errors does the
kernteam see the changes, and `spreadsheet.spreadsheet_verwerken` saves them all, or none.
"""

import zipfile
from dataclasses import dataclass, field, replace
from typing import IO

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from uitvoeringsplan.constants import Uitvoeringsstatus
from uitvoeringsplan.models import Actie, Uitvoeringsplan

from .models import MET_REDEN, Voortgangsbericht
from .spreadsheet import (
    KOLOM,
    KOLOMMEN,
    WERKBLAD,
    acties_voor_spreadsheet,
    alleen_lezen,
    intussen_gewijzigd,
    kolom_letter,
    plan_kenmerk,
)

MAX_GROOTTE = 10 * 1024 * 1024
MAX_UITGEPAKT = 100 * 1024 * 1024  # a small zip that unpacks into gigabytes is refused before openpyxl opens it
MAX_RIJEN = 5000
MAX_TEKST = Voortgangsbericht._meta.get_field("tekst").max_length


@dataclass(frozen=True)
class Fout:
    """One problem, placed as the user sees it in Excel: "Rij 4, kolom F (Status): …"."""

    tekst: str
    rij: int = 0
    kolom: str = ""  # the column letter
    kop: str = ""

    def __str__(self) -> str:
        if self.rij and self.kolom and self.kop:
            plaats = _("Rij %(rij)s, kolom %(kolom)s (%(kop)s)") % {
                "rij": self.rij,
                "kolom": self.kolom,
                "kop": self.kop,
            }
        elif self.rij and self.kolom:
            plaats = _("Rij %(rij)s, kolom %(kolom)s") % {"rij": self.rij, "kolom": self.kolom}
        elif self.rij:
            plaats = _("Rij %(rij)s") % {"rij": self.rij}
        else:
            return self.tekst
        return f"{plaats}: {self.tekst}"

    @property
    def volgorde(self) -> tuple[int, int, str]:
        return (self.rij, len(self.kolom), self.kolom)


@dataclass
class Wijziging:
    """One row that changes something: a new status (or "" when it stays), a new bericht, or both."""

    rij: int
    actie: Actie
    versie: int  # the actie's versie the sheet was downloaded at
    status: str
    tekst: str

    @property
    def status_label(self) -> str:
        return Uitvoeringsstatus(self.status).label if self.status else ""

    def als_json(self) -> dict:
        return {"actie": self.actie.pk, "versie": self.versie, "status": self.status, "tekst": self.tekst}


@dataclass
class Uitslag:
    fouten: list[Fout] = field(default_factory=list)
    wijzigingen: list[Wijziging] = field(default_factory=list)


def geen_xlsx() -> Fout:
    return Fout(
        _("Dit is geen Excel-bestand (.xlsx). Upload de spreadsheet die je hier hebt gedownload, opgeslagen als .xlsx.")
    )


def spreadsheet_lezen(bestand: IO[bytes], *, naam: str, grootte: int, plan: Uitvoeringsplan) -> Uitslag:
    """Check the file, then every row against the plan. Writes nothing."""
    if fout := _bestand_controleren(bestand, naam=naam, grootte=grootte):
        return Uitslag(fouten=[fout])
    try:
        boek = load_workbook(bestand, read_only=True, data_only=False)
    except Exception:  # openpyxl raises many kinds of errors on a damaged or foreign file
        return Uitslag(fouten=[geen_xlsx()])
    try:
        return _Lezer(plan).boek_lezen(boek)
    finally:
        boek.close()


def _bestand_controleren(bestand: IO[bytes], *, naam: str, grootte: int) -> Fout | None:
    if grootte > MAX_GROOTTE:
        return Fout(
            _("Het bestand is %(grootte)s; het mag hoogstens 10 MB zijn. Er is niets opgeslagen.")
            % {"grootte": filesizeformat(grootte)}
        )
    bestand.seek(0)
    begin = bestand.read(4)
    bestand.seek(0)
    if not naam.lower().endswith(".xlsx") or begin != b"PK\x03\x04":
        return geen_xlsx()
    try:
        with zipfile.ZipFile(bestand) as archief:
            inhoud = archief.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return geen_xlsx()
    finally:
        bestand.seek(0)
    if "xl/workbook.xml" not in {deel.filename for deel in inhoud}:
        return geen_xlsx()
    if sum(deel.file_size for deel in inhoud) > MAX_UITGEPAKT:
        return Fout(_("Het bestand is uitgepakt veel te groot voor een lijst met acties. Er is niets opgeslagen."))
    return None


def _tekst(waarde) -> str:
    """A cell's value as the text it shows, with spaces and line breaks evened out."""
    if waarde is None:
        return ""
    if isinstance(waarde, float) and waarde.is_integer():
        waarde = int(waarde)
    return " ".join(str(waarde).split())


def _getal(waarde) -> int | None:
    """A whole number as an id or versie is stored, or None for anything else."""
    tekst = _tekst(waarde)
    if not (tekst.isascii() and tekst.isdigit()) or len(tekst) > 9:
        return None
    return int(tekst)


STATUS_BIJ_LABEL = {str(label).lower(): waarde for waarde, label in Uitvoeringsstatus.choices}


class _Lezer:
    """Reads one workbook for one plan; collects the errors of every row before anyone sees a change."""

    def __init__(self, plan: Uitvoeringsplan):
        self.plan = plan
        self.uitslag = Uitslag()
        self.verouderd: list[Wijziging] = []

    def fout(self, tekst: str, rij: int = 0, sleutel: str = "") -> None:
        kolom = KOLOM[sleutel] if sleutel else None
        self.uitslag.fouten.append(
            Fout(tekst, rij=rij, kolom=kolom_letter(sleutel) if kolom else "", kop=str(kolom.kop) if kolom else "")
        )

    def boek_lezen(self, boek) -> Uitslag:
        kenmerk = boek.properties.identifier or ""
        if kenmerk.startswith("uitvoeringsplan:") and kenmerk != plan_kenmerk(self.plan):
            self.fout(
                _(
                    "Dit bestand is gedownload bij een ander uitvoeringsplan. Download de spreadsheet bij dit plan, "
                    "vul die in en upload hem opnieuw. Er is niets opgeslagen."
                )
            )
            return self.uitslag
        if str(WERKBLAD) not in boek.sheetnames:
            self.fout(
                _("Het werkblad “%(blad)s” ontbreekt. Upload de spreadsheet die je hier hebt gedownload.")
                % {"blad": WERKBLAD}
            )
            return self.uitslag
        blad = boek[str(WERKBLAD)]
        blad.reset_dimensions()  # some programs write a wrong size; read what is really there
        rijen = []
        for nummer, cellen in enumerate(blad.iter_rows(), start=1):
            if nummer > MAX_RIJEN:
                self.fout(_("Het bestand heeft meer dan %(n)s rijen. Er is niets opgeslagen.") % {"n": MAX_RIJEN})
                return self.uitslag
            if nummer == 1:
                self.kopregel(cellen)
                if self.uitslag.fouten:
                    return self.uitslag
            elif self.zonder_formules(nummer, cellen):
                rijen.append((nummer, [cel.value for cel in cellen[: len(KOLOMMEN)]]))
        if not rijen and not self.uitslag.fouten:
            self.fout(_("Er staan geen acties in het werkblad “%(blad)s”.") % {"blad": WERKBLAD})
        self.rijen_lezen(rijen)
        self.uitslag.fouten.sort(key=lambda fout: fout.volgorde)
        self.uitslag.wijzigingen.sort(key=lambda wijziging: wijziging.rij)
        if self.uitslag.fouten:
            self.uitslag.wijzigingen = []
        return self.uitslag

    def kopregel(self, cellen) -> None:
        for nummer, kolom in enumerate(KOLOMMEN):
            gevonden = _tekst(cellen[nummer].value) if nummer < len(cellen) else ""
            if gevonden.lower() != str(kolom.kop).lower():
                self.uitslag.fouten.append(
                    Fout(
                        _(
                            "hier hoort de kop “%(kop)s” te staan, maar er staat “%(gevonden)s”. Verander de kopregel "
                            "en de volgorde van de kolommen niet."
                        )
                        % {"kop": kolom.kop, "gevonden": gevonden},
                        rij=1,
                        kolom=get_column_letter(nummer + 1),
                    )
                )

    def zonder_formules(self, rij: int, cellen) -> bool:
        """False (with an error per cell) when the row holds a formula: it is never calculated or saved."""
        goed = True
        for nummer, cel in enumerate(cellen):
            kolom = KOLOMMEN[nummer] if nummer < len(KOLOMMEN) else None
            begint_met_is = isinstance(cel.value, str) and cel.value.lstrip().startswith("=")
            if cel.data_type == "f" or (begint_met_is and (kolom is None or kolom.bewerkbaar)):
                goed = False
                self.uitslag.fouten.append(
                    Fout(
                        _("hier staat een formule. Typ alleen gewone tekst; formules worden niet verwerkt."),
                        rij=rij,
                        kolom=get_column_letter(nummer + 1),
                        kop=str(kolom.kop) if kolom else "",
                    )
                )
        return goed

    def rijen_lezen(self, rijen: list[tuple[int, list]]) -> None:
        acties = {actie.pk: actie for actie in acties_voor_spreadsheet(self.plan)}
        ids = {_getal(waarden[0]) for _rij, waarden in rijen if waarden}
        elders = dict(Actie.objects.filter(pk__in=ids - set(acties) - {None}).values_list("pk", "invultabel__plan_id"))
        gezien: dict[int, int] = {}
        for rij, waarden in rijen:
            waarden = waarden + [None] * (len(KOLOMMEN) - len(waarden))
            if not any(_tekst(waarde) for waarde in waarden):
                continue  # an empty row, between or after the acties
            cel = {kolom.sleutel: waarde for kolom, waarde in zip(KOLOMMEN, waarden, strict=True)}
            actie_id = self.id_lezen(rij, cel["id"], acties, elders, gezien)
            if actie_id is not None:
                gezien[actie_id] = rij
                self.rij_lezen(rij, cel, acties[actie_id])
        self.verouderd_lezen()

    def id_lezen(self, rij: int, waarde, acties: dict, elders: dict, gezien: dict) -> int | None:
        """The row's actie id when it is one of this plan's acties in uitvoering, else None and an error."""
        actie_id = _getal(waarde)
        if actie_id in acties and actie_id not in gezien:
            return actie_id
        if not _tekst(waarde):
            tekst = _("het id ontbreekt. Voeg geen rijen toe: een nieuwe actie maak je in het plan zelf.")
        elif actie_id is None:
            tekst = _("“%(waarde)s” is geen id van een actie. Verander het id niet.")
        elif actie_id in gezien:
            tekst = _("actie %(id)s staat ook al in rij %(andere)s. Elke actie mag maar één keer in het bestand staan.")
        elif elders.get(actie_id) == self.plan.pk:
            tekst = _(
                "actie %(id)s doet nog niet mee aan de uitvoering: die versie van het plan is nog niet vastgesteld."
            )
        elif actie_id in elders:
            tekst = _("actie %(id)s hoort bij een ander uitvoeringsplan. Gebruik de spreadsheet van dit plan.")
        else:
            tekst = _(
                "er is geen actie met id %(id)s in dit plan. Heb je het id gewijzigd? Zet het terug of download de "
                "spreadsheet opnieuw."
            )
        self.fout(tekst % {"waarde": _tekst(waarde), "id": actie_id, "andere": gezien.get(actie_id)}, rij, "id")
        return None

    def rij_lezen(self, rij: int, cel: dict, actie: Actie) -> None:
        fouten = len(self.uitslag.fouten)
        for sleutel, waarde in alleen_lezen(actie).items():
            if _tekst(cel[sleutel]) != _tekst(waarde):
                self.alleen_lezen_gewijzigd(rij, sleutel, waarde)
        versie = _getal(cel["versie"])
        if versie is None or not 1 <= versie <= actie.versie:
            self.alleen_lezen_gewijzigd(rij, "versie", str(actie.versie))
        status = self.status_lezen(rij, cel["status"])
        tekst = str(cel["nieuw_bericht"] or "").strip()
        if len(tekst) > MAX_TEKST:
            self.fout(
                _("het bericht is %(n)s tekens lang; het mag hoogstens %(max)s tekens zijn.")
                % {"n": len(tekst), "max": MAX_TEKST},
                rij,
                "nieuw_bericht",
            )
        if len(self.uitslag.fouten) > fouten:
            return
        nieuw = status if status and status != actie.uitvoeringsstatus else ""
        wijziging = Wijziging(rij=rij, actie=actie, versie=versie, status=nieuw, tekst=tekst)
        if nieuw and versie != actie.versie:
            self.verouderd.append(wijziging)  # decided together, in verouderd_lezen()
        else:
            self.wijziging(wijziging)

    def wijziging(self, wijziging: Wijziging) -> None:
        if wijziging.status in MET_REDEN and not wijziging.tekst:
            self.fout(
                _("schrijf waarom de actie %(status)s wordt. Bij Uitgesteld en Gestopt is een reden verplicht.")
                % {"status": Uitvoeringsstatus(wijziging.status).label.lower()},
                wijziging.rij,
                "nieuw_bericht",
            )
        elif wijziging.status or wijziging.tekst:
            self.uitslag.wijzigingen.append(wijziging)

    def alleen_lezen_gewijzigd(self, rij: int, sleutel: str, waarde: str) -> None:
        if waarde:
            tekst = _("deze kolom kun je niet wijzigen. In het plan staat: “%(waarde)s”.") % {"waarde": waarde}
        else:
            tekst = _("deze kolom kun je niet wijzigen. In het plan staat hier niets.")
        self.fout(tekst + " " + _("Zet het terug of download de spreadsheet opnieuw."), rij, sleutel)

    def status_lezen(self, rij: int, waarde) -> str:
        """The status chosen in the row, or "" when the cell is empty (the status stays)."""
        tekst = _tekst(waarde)
        if not tekst:
            return ""
        if status := STATUS_BIJ_LABEL.get(tekst.lower()):
            return status
        labels = [str(label) for label in Uitvoeringsstatus.labels]
        self.fout(
            _("“%(waarde)s” is geen status. Kies %(keuzes)s of %(laatste)s.")
            % {"waarde": tekst, "keuzes": ", ".join(labels[:-1]), "laatste": labels[-1]},
            rij,
            "status",
        )
        return ""

    def verouderd_lezen(self) -> None:
        """Rows downloaded before the actie last changed, whose status differs from the plan's.

        A row that still shows the status of the versie it was downloaded at was not touched in the
        sheet: its bericht is added and the status stays. Any other would overwrite a newer status,
        so it is refused, naming who set that status.
        """
        if not self.verouderd:
            return
        toen: dict[tuple[int, int], str] = {}
        for actie_id, versie, status in (
            Actie.history.filter(id__in=[wijziging.actie.pk for wijziging in self.verouderd])
            .order_by("id", "versie", "-history_date", "-history_id")
            .values_list("id", "versie", "uitvoeringsstatus")
        ):
            toen.setdefault((actie_id, versie), status)
        conflicten = []
        for wijziging in self.verouderd:
            if toen.get((wijziging.actie.pk, wijziging.versie)) == wijziging.status:
                self.wijziging(replace(wijziging, status=""))
            else:
                conflicten.append(wijziging)
        laatste: dict[int, Voortgangsbericht] = {}
        for bericht in (
            Voortgangsbericht.objects.filter(actie__in=[wijziging.actie for wijziging in conflicten])
            .exclude(status="")
            .select_related("auteur")
            .order_by("actie", "-datum", "-aangemaakt_op", "-pk")
        ):
            laatste.setdefault(bericht.actie_id, bericht)
        for wijziging in conflicten:
            self.fout(intussen_gewijzigd(wijziging.actie, laatste.get(wijziging.actie.pk)), wijziging.rij, "status")
