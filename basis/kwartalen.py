"""Quarters of a year: the unit in which the handreiking plans a period, on forms and in documents."""

from datetime import date, timedelta

from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def kwartaal_keuzes(vandaag: date | None = None, *, ook: tuple[date | None, ...] = ()) -> list[tuple[str, str]]:
    """Quarters from two years back to six years ahead, as ("2026-1", "Q1 2026").

    `ook` widens the range to an object's own dates, so an older period is kept on saving.
    """
    jaar = (vandaag or timezone.localdate()).year
    jaren = [jaar - 2, jaar + 6, *(datum.year for datum in ook if datum)]
    return [("", _("— kies een kwartaal —"))] + [
        (f"{j}-{q}", f"Q{q} {j}") for j in range(min(jaren), max(jaren) + 1) for q in range(1, 5)
    ]


def kwartaal_nummer(datum: date) -> int:
    return (datum.month - 1) // 3 + 1


def kwartaal_index(datum: date) -> int:
    """Quarters counted from year 0, so that a planning chart can subtract them."""
    return datum.year * 4 + (datum.month - 1) // 3


def kwartaal_waarde(datum: date | None) -> str:
    """The choice value ("2026-1") of the quarter `datum` falls in; empty without a date."""
    return f"{datum.year}-{kwartaal_nummer(datum)}" if datum else ""


def kwartaal_tekst(datum: date) -> str:
    """The quarter as people write it: "Q1 2026"."""
    return f"Q{kwartaal_nummer(datum)} {datum.year}"


def kwartaal_grenzen(waarde: str) -> tuple[date, date]:
    """The first and last day of a quarter given as its choice value ("2026-1")."""
    jaar, nummer = (int(deel) for deel in waarde.split("-"))
    start = date(jaar, 3 * nummer - 2, 1)
    eind = date(jaar + (nummer == 4), 3 * nummer % 12 + 1, 1) - timedelta(days=1)
    return start, eind
