"""The daily job of the uitvoering: reminders about late and stale acties, and the weekly overview.

Run it once a day (cron, or later a periodic task); `uitvoering/herinneringen.py` says who gets
what and why nothing is sent twice.
"""

import argparse
from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.translation import ngettext

from uitvoering.herinneringen import te_versturen, versturen


def datum(tekst: str) -> date:
    try:
        return date.fromisoformat(tekst)
    except ValueError as fout:
        raise argparse.ArgumentTypeError(f"geen datum als JJJJ-MM-DD: {tekst!r}") from fout


class Command(BaseCommand):
    help = (
        "Mailt de verantwoordelijken over acties die te laat of stil zijn, en de projectleider een "
        "weekoverzicht. Draai dit dagelijks (cron); niemand krijgt twee keer een e-mail om dezelfde reden."
    )

    def add_arguments(self, parser):
        parser.add_argument("--vandaag", type=datum, help="Doe alsof het deze dag is (JJJJ-MM-DD).")
        parser.add_argument(
            "--droog", action="store_true", help="Laat zien wat er verstuurd zou worden; verstuur en bewaar niets."
        )

    def handle(self, *args, vandaag: date | None, droog: bool, verbosity: int, **options):
        mails = te_versturen(vandaag or timezone.localdate())
        if droog:
            for mail in mails:
                self.stdout.write(f"{mail.ontvanger.email}: {mail.onderwerp}")
                if verbosity > 1:
                    self.stdout.write(mail.tekst)
            self.stdout.write(
                ngettext(
                    "Droog: %(n)s e-mail zou worden verstuurd; er is niets verstuurd of bewaard.",
                    "Droog: %(n)s e-mails zouden worden verstuurd; er is niets verstuurd of bewaard.",
                    len(mails),
                )
                % {"n": len(mails)}
            )
            return
        uitslag = versturen(mails)
        for mail, fout in uitslag.mislukt:
            self.stderr.write(f"Niet verstuurd aan {mail.ontvanger.email} ({mail.onderwerp}): {fout}")
        samenvatting = ngettext(
            "%(n)s e-mail verstuurd, %(mislukt)s mislukt.",
            "%(n)s e-mails verstuurd, %(mislukt)s mislukt.",
            len(uitslag.verstuurd),
        ) % {"n": len(uitslag.verstuurd), "mislukt": len(uitslag.mislukt)}
        if uitslag.mislukt:
            raise CommandError(f"{samenvatting} De volgende keer wordt het opnieuw geprobeerd.")
        if verbosity:  # -v 0: silent unless something failed, so cron mails only then
            self.stdout.write(samenvatting)
