"""A demo Scanner's aanbevelingen, from rows of plain values, for the current and the previous cycle."""

from scanner.models import Aanbeveling, Scanner


def aanbevelingen_aanmaken(*, scanner: Scanner, rijen, middelen: dict) -> dict[int, Aanbeveling]:
    """One Aanbeveling per row (nummer, titel, toelichting, doelgroep, thema, middel codes), by number."""
    aanbevelingen = {}
    for nummer, titel, toelichting, doelgroep, thema, codes in rijen:
        aanbeveling = Aanbeveling.objects.create(
            gemeente=scanner.gemeente,
            scanner=scanner,
            nummer=nummer,
            titel=titel,
            toelichting=toelichting,
            doelgroep=doelgroep,
            thema=thema,
        )
        aanbeveling.middelen.set([middelen[code] for code in codes])
        aanbevelingen[nummer] = aanbeveling
    return aanbevelingen
