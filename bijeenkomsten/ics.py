"""A meeting as an iCalendar (.ics) file (RFC 5545), for the invitation e-mail and the download.

Times are written in UTC, so no time-zone definition is needed; calendars show them in local time.
"""

from datetime import UTC, datetime, time, timedelta

from django.conf import settings
from django.utils import timezone

from .models import Agendapunt, Bijeenkomst


def _tekst(waarde: str) -> str:
    return (
        waarde.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n").replace("\n", "\\n")
    )


def _vouwen(regel: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space."""
    delen, huidig = [], ""
    for teken in regel:
        if len((huidig + teken).encode()) > 75:
            delen.append(huidig)
            huidig = " "
        huidig += teken
    delen.append(huidig)
    return "\r\n".join(delen)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def agenda_ics(bijeenkomst: Bijeenkomst, *, agendapunten: list[Agendapunt]) -> str:
    zone = timezone.get_default_timezone()
    begin = datetime.combine(bijeenkomst.datum, bijeenkomst.starttijd or time(9), tzinfo=zone)
    eind = (
        datetime.combine(bijeenkomst.datum, bijeenkomst.eindtijd, tzinfo=zone)
        if bijeenkomst.eindtijd
        else begin + timedelta(hours=2)
    )
    beschrijving = "\n".join(f"{index}. {punt.titel}" for index, punt in enumerate(agendapunten, start=1))
    host = settings.SITE_URL.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    regels = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Uitvoeringsplan middelenpreventie//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:bijeenkomst-{bijeenkomst.pk}@{host}",
        f"DTSTAMP:{_utc(timezone.now())}",
        f"DTSTART:{_utc(begin)}",
        f"DTEND:{_utc(eind)}",
        f"SUMMARY:{_tekst(str(bijeenkomst))}",
        f"LOCATION:{_tekst(bijeenkomst.locatie)}",
        f"DESCRIPTION:{_tekst(beschrijving)}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(_vouwen(regel) for regel in regels) + "\r\n"
