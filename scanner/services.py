"""Recording a Scanner or beleidsdocument and its aanbevelingen."""

import re

from django.db import transaction
from django.db.models import Max
from django.db.models.fields.files import FieldFile
from simple_history.utils import bulk_create_with_history

from .models import Aanbeveling, Beleidsdocument, Scanner

# "1. ", "1) ", "(1) ", "- ", "• ", "a. " at the start of a pasted line: numbering from the report.
NUMMERING = re.compile(r"^\s*(?:[-–•*]\s*|\(?\d{1,3}\s*[.):]\s*|[a-zA-Z][.)]\s+)")
MAX_TITEL = Aanbeveling._meta.get_field("titel").max_length


def aanbevelingen_uit_tekst(tekst: str) -> list[str]:
    """One aanbeveling per non-empty line, without the numbering or bullet it was pasted with."""
    titels = []
    for regel in tekst.splitlines():
        titel = NUMMERING.sub("", regel, count=1).strip()
        if titel:
            titels.append(titel)
    return titels


@transaction.atomic
def aanbevelingen_toevoegen(*, bron: Scanner | Beleidsdocument, titels: list[str]) -> list[Aanbeveling]:
    """Add aanbevelingen to their source, numbered after the existing ones."""
    veld = "scanner" if isinstance(bron, Scanner) else "beleidsdocument"
    laatste = Aanbeveling.objects.filter(**{veld: bron}).aggregate(n=Max("nummer"))["n"] or 0
    nieuw = []
    for nummer, titel in enumerate(titels, start=laatste + 1):
        aanbeveling = Aanbeveling(gemeente=bron.gemeente, nummer=nummer, titel=titel, **{veld: bron})
        aanbeveling.full_clean()
        nieuw.append(aanbeveling)
    return bulk_create_with_history(nieuw, Aanbeveling)


def oud_bestand_opruimen(*, bestand: FieldFile, oude_naam: str) -> None:
    """Delete the stored file `oude_naam` once the change that replaced or cleared it is committed.

    Waiting for the commit keeps the old file when saving fails, so the record never points at a
    missing file; once committed only the history names it, and it would stay on disk for ever.
    """
    if oude_naam and oude_naam != bestand.name:
        storage = bestand.storage
        transaction.on_commit(lambda: storage.delete(oude_naam))
