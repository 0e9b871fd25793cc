"""Import the intervention catalogue from a CSV file: all rows or none.

Columns (header row required, in any order; comma or semicolon separated, UTF-8):

    naam              required
    omschrijving
    databank          wat_werkt_alcohol, wat_werkt_roken, wat_werkt_drugs, leefstijl, jeugd, basispakket, anders
                      (or the full name, e.g. "Databank Effectieve Jeugdinterventies (NJi)")
    erkenningsniveau  goed_beschreven, goed_onderbouwd, eerste_aanwijzingen, goede_aanwijzingen, sterke_aanwijzingen
    preventievorm     universeel, proportioneel, selectief, geindiceerd, zorggerelateerd
    middelen          alcohol, drugs and/or roken, separated by "," or "|"
    doelgroep
    url               the description in the databank
    bron              where the data comes from
    voorbeeld         ja/nee: an invented example, not a real intervention

An intervention whose name already exists is updated, so importing the same file twice
changes nothing.
"""

import csv
import io
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from scanner.models import Middel
from uitvoeringsplan.forms import InterventieForm
from uitvoeringsplan.models import Interventie

KOLOMMEN = [
    "naam",
    "omschrijving",
    "databank",
    "erkenningsniveau",
    "preventievorm",
    "middelen",
    "doelgroep",
    "url",
    "bron",
    "voorbeeld",
]
KEUZEVELDEN = ["databank", "erkenningsniveau", "preventievorm"]


def _keuze(veld, waarde: str) -> str:
    """Accept the code or the label of a choice, in any case."""
    waarde = waarde.strip()
    for code, label in veld.choices:
        if waarde.lower() in {code.lower(), str(label).lower()}:
            return code
    return waarde


def rijen_lezen(tekst: str) -> tuple[list[tuple[int, dict, Interventie | None]], list[str]]:
    """Validate every row. Returns the valid rows (line, data, existing) and the errors per line."""
    try:
        dialect = csv.Sniffer().sniff(tekst.splitlines()[0] if tekst else "", delimiters=",;")
    except csv.Error:
        dialect = csv.excel
    lezer = csv.DictReader(io.StringIO(tekst), dialect=dialect)
    kopregel = [kolom.strip().lower() for kolom in (lezer.fieldnames or [])]
    if "naam" not in kopregel:
        return [], ["regel 1: de kopregel mist de kolom 'naam'"]
    onbekend = sorted(set(kopregel) - set(KOLOMMEN))
    if onbekend:
        return [], [f"regel 1: onbekende kolommen: {', '.join(onbekend)} (toegestaan: {', '.join(KOLOMMEN)})"]
    middelen = {middel.code: middel.pk for middel in Middel.standaard().values()}
    middelen |= {middel.naam.lower(): middel.pk for middel in Middel.objects.all()}
    bestaand = {interventie.naam.lower(): interventie for interventie in Interventie.objects.all()}
    velden = InterventieForm.base_fields
    geldig, fouten, gezien = [], [], set()
    for regelnummer, rij in enumerate(lezer, start=2):
        rij = {(sleutel or "").strip().lower(): (waarde or "").strip() for sleutel, waarde in rij.items()}
        data = {kolom: rij.get(kolom, "") for kolom in KOLOMMEN if kolom not in {"middelen", "voorbeeld"}}
        for kolom in KEUZEVELDEN:
            data[kolom] = _keuze(velden[kolom], data[kolom])
        namen = [deel.strip().lower() for deel in rij.get("middelen", "").replace("|", ",").split(",") if deel.strip()]
        onbekende_middelen = [naam for naam in namen if naam not in middelen]
        data["middelen"] = [middelen[naam] for naam in namen if naam in middelen]
        voorbeeld = rij.get("voorbeeld", "").lower()
        if voorbeeld in {"ja", "j", "yes", "1", "waar"}:
            data["is_voorbeeld"] = "on"
        bestaande = bestaand.get(data["naam"].lower())
        form = InterventieForm(data=data, instance=bestaande)
        meldingen = [f"{veld}: {' '.join(form.errors[veld])}" for veld in form.errors]
        if onbekende_middelen:
            meldingen.append(f"middelen: onbekend: {', '.join(onbekende_middelen)} (gebruik alcohol, drugs, roken)")
        if voorbeeld not in {"", "ja", "j", "yes", "1", "waar", "nee", "n", "no", "0", "onwaar"}:
            meldingen.append("voorbeeld: vul ja of nee in")
        if data["naam"].lower() in gezien:
            meldingen.append("naam: staat al eerder in dit bestand")
        gezien.add(data["naam"].lower())
        if meldingen:
            fouten.append(f"regel {regelnummer}: " + "; ".join(meldingen))
        else:
            geldig.append((regelnummer, form, bestaande))
    return geldig, fouten


class Command(BaseCommand):
    help = "Importeert de interventiecatalogus uit een CSV-bestand (alles of niets). Zie de kolommen in de code."

    def add_arguments(self, parser):
        parser.add_argument("bestand", type=Path)

    def handle(self, *args, bestand: Path, **options):
        try:
            tekst = bestand.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as fout:
            raise CommandError(f"{bestand} kan niet worden gelezen als UTF-8-tekst: {fout}") from fout
        geldig, fouten = rijen_lezen(tekst)
        if fouten:
            raise CommandError("Er is niets geïmporteerd. Verbeter deze regels:\n  " + "\n  ".join(fouten))
        with transaction.atomic():
            for _regel, form, _bestaande in geldig:
                form.save()
        nieuw = sum(1 for _regel, _form, bestaande in geldig if bestaande is None)
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(geldig)} interventies geïmporteerd: {nieuw} nieuw, {len(geldig) - nieuw} bijgewerkt."
            )
        )
