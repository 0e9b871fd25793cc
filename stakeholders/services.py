"""Importing a gemeente's stakeholder register from a CSV file."""

import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from scanner.models import Aanbeveling, Gemeente

from .constants import Informeren, Sector
from .forms import StakeholderForm
from .models import Stakeholder

STAKEHOLDER_KOLOMMEN = [
    "organisatie",
    "sector",
    "naam",
    "functie",
    "email",
    "telefoon",
    "bijdrage",
    "informeren",
    "aanbevelingen",
]


# Form field -> CSV column, to name both in an error line ("e-mailadres (kolom email): ...").
IMPORT_KOLOM = {"nieuwe_organisatie": "organisatie", "organisatie": "organisatie"}


@dataclass
class Importuitslag:
    nieuw: int = 0
    bijgewerkt: int = 0
    ongewijzigd: int = 0
    fouten: list[str] = field(default_factory=list)

    @property
    def is_leeg(self) -> bool:
        """The file held no stakeholders at all: only a header, or empty rows."""
        return not (self.nieuw or self.bijgewerkt or self.ongewijzigd or self.fouten)


def _importmelding(labels: dict[str, str], veld: str, tekst: str) -> str:
    """One error as "label (kolom x): message", without the message's own full stop."""
    kolom = IMPORT_KOLOM.get(veld, veld)
    label = kolom if veld in IMPORT_KOLOM else labels.get(veld, kolom)
    waar = label if label == kolom else _("%(label)s (kolom %(kolom)s)") % {"label": label, "kolom": kolom}
    return f"{waar}: {tekst[:1].lower()}{tekst[1:].rstrip('.')}"


def _bijwerken(stakeholder: Stakeholder, form) -> bool:
    """Fill in what the row adds to a stakeholder already in the register; an empty cell keeps what is there."""
    gegevens = form.cleaned_data
    velden = {
        veld: gegevens[veld] for veld in ("functie", "email", "telefoon", "bijdrage", "informeren") if gegevens[veld]
    }
    aanbevelingen = {a.pk for a in gegevens["aanbevelingen"]}
    nieuwe_aanbevelingen = aanbevelingen and aanbevelingen != {a.pk for a in stakeholder.aanbevelingen.all()}
    if not nieuwe_aanbevelingen and all(getattr(stakeholder, veld) == waarde for veld, waarde in velden.items()):
        return False
    for veld, waarde in velden.items():
        setattr(stakeholder, veld, waarde)
    stakeholder.full_clean()
    stakeholder.save()
    if nieuwe_aanbevelingen:
        stakeholder.aanbevelingen.set(aanbevelingen)
    return True


def stakeholders_importeren(*, gemeente: Gemeente, tekst: str) -> Importuitslag:
    """Import stakeholders from CSV text: every row is checked first; with any error nothing is saved.

    Columns: organisatie, sector (code or name), naam, functie, email, telefoon, bijdrage,
    informeren (nieuwsbrief|email|bijeenkomsten|persoonlijk), aanbevelingen (numbers, e.g. "1|3").
    A person already in the register (same organisation and name, and no other e-mail address) is
    updated rather than added again, so importing the same file twice changes nothing.
    """
    regels = tekst.splitlines()
    try:
        dialect = csv.Sniffer().sniff(regels[0] if regels else "", delimiters=",;")
    except csv.Error:
        dialect = csv.excel
    lezer = csv.DictReader(io.StringIO(tekst), dialect=dialect)
    kop = [(kolom or "").strip().lower() for kolom in (lezer.fieldnames or [])]
    ontbreekt = [kolom for kolom in ("organisatie", "naam") if kolom not in kop]
    if ontbreekt:
        return Importuitslag(
            fouten=[_("regel 1: de kopregel mist de kolom(men) %(kolommen)s") % {"kolommen": ", ".join(ontbreekt)}]
        )
    onbekend = sorted(set(kop) - set(STAKEHOLDER_KOLOMMEN) - {""})
    if onbekend:
        return Importuitslag(
            fouten=[_("regel 1: onbekende kolommen: %(kolommen)s") % {"kolommen": ", ".join(onbekend)}]
        )
    sectoren = {code: code for code in Sector.values} | {str(label).lower(): code for code, label in Sector.choices}
    informeren = {code: code for code in Informeren.values} | {
        str(label).lower(): code for code, label in Informeren.choices
    }
    nummers = dict(Aanbeveling.objects.filter(gemeente=gemeente, nummer__isnull=False).values_list("nummer", "pk"))
    labels = {veld: str(formveld.label).lower() for veld, formveld in StakeholderForm(gemeente=gemeente).fields.items()}
    formulieren, fouten = [], []
    for regelnummer, ruw in enumerate(lezer, start=2):
        overig = ruw.pop(None, None) or []  # cells beyond the header's columns
        rij = {(sleutel or "").strip().lower(): (waarde or "").strip() for sleutel, waarde in ruw.items()}
        if not any(rij.values()) and not any(cel.strip() for cel in overig):
            continue  # an empty row, such as ";;;;;" from Excel
        meldingen = []
        if any(cel.strip() for cel in overig):
            meldingen.append(_("deze regel heeft meer kolommen dan de kopregel"))
        sector = sectoren.get(rij.get("sector", "").lower(), "")
        if rij.get("sector") and not sector:
            meldingen.append(
                _importmelding(labels, "sector", _("onbekende sector “%(waarde)s”") % {"waarde": rij["sector"]})
            )
        gekozen = []
        for deel in rij.get("informeren", "").replace("|", ",").split(","):
            if deel.strip():
                if deel.strip().lower() in informeren:
                    gekozen.append(informeren[deel.strip().lower()])
                else:
                    meldingen.append(
                        _importmelding(labels, "informeren", _("onbekend “%(waarde)s”") % {"waarde": deel.strip()})
                    )
        aanbevelingen = []
        for deel in rij.get("aanbevelingen", "").replace("|", ",").split(","):
            if deel.strip():
                if deel.strip().isdigit() and int(deel) in nummers:
                    aanbevelingen.append(nummers[int(deel)])
                else:
                    meldingen.append(
                        _importmelding(
                            labels,
                            "aanbevelingen",
                            _("geen aanbeveling met nummer “%(waarde)s”") % {"waarde": deel.strip()},
                        )
                    )
        form = StakeholderForm(
            data={
                "naam": rij.get("naam", ""),
                "functie": rij.get("functie", ""),
                "email": rij.get("email", ""),
                "telefoon": rij.get("telefoon", ""),
                "bijdrage": rij.get("bijdrage", ""),
                "informeren": gekozen,
                "aanbevelingen": aanbevelingen,
                "nieuwe_organisatie": rij.get("organisatie", ""),
                "sector": sector or Sector.ANDERS,
            },
            gemeente=gemeente,
        )
        if not form.is_valid():
            for veld, lijst in form.errors.items():
                if veld == "organisatie":
                    lijst = [_("vul de naam van de organisatie in")]
                meldingen += [_importmelding(labels, veld, melding) for melding in lijst]
        if meldingen:
            fouten.append(_("regel %(n)s: ") % {"n": regelnummer} + "; ".join(meldingen) + ".")
        else:
            formulieren.append(form)
    if fouten:
        return Importuitslag(fouten=fouten)
    uitslag = Importuitslag()
    with transaction.atomic():
        register = defaultdict(list)
        for stakeholder in Stakeholder.objects.filter(gemeente=gemeente).select_related("organisatie"):
            register[(stakeholder.organisatie.naam.lower(), stakeholder.naam.lower())].append(stakeholder)
        organisaties = {}
        for form in formulieren:
            organisatie = form.gekozen_organisatie
            if organisatie.pk is None:
                # Several rows may name the same new organisation: create it once.
                organisatie = organisaties.setdefault(organisatie.naam.lower(), organisatie)
                form.gekozen_organisatie = organisatie
            email = form.cleaned_data["email"].lower()
            zelfde = register[(organisatie.naam.lower(), form.cleaned_data["naam"].lower())]
            bestaand = next((s for s in zelfde if not email or not s.email or s.email.lower() == email), None)
            if bestaand is None:
                zelfde.append(form.save())
                uitslag.nieuw += 1
            elif _bijwerken(bestaand, form):
                uitslag.bijgewerkt += 1
            else:
                uitslag.ongewijzigd += 1
    return uitslag
