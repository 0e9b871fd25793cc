from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.bouwen import benchmark_bouwen, demo_bouwen
from demo.gegevens.mensen import KERNTEAM, REGIO_ACCOUNTS, STAKEHOLDER_ACCOUNT, WETHOUDER
from demo.gegevens.regio_plannen import PROJECTLEIDERS

STANDAARDWACHTWOORD = "demo"


class Command(BaseCommand):
    help = (
        "Bouwt de fictieve demogemeente Lindewaard met een Uitvoeringsplan in alle stadia, en de regio eromheen. "
        "Twee keer draaien verandert niets."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--password", default=STANDAARDWACHTWOORD, help="Wachtwoord van de demogebruikers (standaard: demo)."
        )
        parser.add_argument(
            "--acties", type=int, default=0, help="Bouw ook een groot plan met zoveel acties (benchmark)."
        )
        parser.add_argument(
            "--force", action="store_true", help="Ook draaien als DEBUG uit staat (dan met een eigen --password)."
        )

    def handle(self, *args, password, acties, force, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "DEBUG staat uit: dit lijkt een productieomgeving. Gebruik --force om toch demodata te maken."
            )
        if not settings.DEBUG and password == STANDAARDWACHTWOORD:
            # The demo makes a superuser: on a reachable server it must not open with a known password.
            raise CommandError("DEBUG staat uit: kies met --password een eigen wachtwoord voor de demogebruikers.")
        if acties < 0:
            raise CommandError("--acties moet 0 of meer zijn.")
        if demo_bouwen(wachtwoord=password):
            self.stdout.write(self.style.SUCCESS("De demogemeente Lindewaard en Regio Lindeland zijn gebouwd."))
        else:
            self.stdout.write("De demogemeente Lindewaard bestaat al; er is niets veranderd.")
        if acties:
            if benchmark_bouwen(acties=acties, wachtwoord=password):
                self.stdout.write(self.style.SUCCESS(f"Het benchmarkplan met {acties} acties is gebouwd."))
            else:
                self.stdout.write("Het benchmarkplan bestaat al; er is niets veranderd.")
        self.stdout.write("\nInloggen op http://127.0.0.1:8000/ als:")
        gebruikers = [*KERNTEAM, STAKEHOLDER_ACCOUNT, WETHOUDER]
        for persoon in gebruikers:
            self.stdout.write(f"  {persoon.username:<18} {persoon.voornaam} {persoon.achternaam} ({persoon.rol.label})")
        self.stdout.write(f"  {'beheerder':<18} beheer via /beheer/")
        self.stdout.write("Regio Lindeland:")
        for persoon in REGIO_ACCOUNTS:
            self.stdout.write(f"  {persoon.username:<18} {persoon.naam}: {persoon.omschrijving}")
        andere = ", ".join(persoon.username for persoon in PROJECTLEIDERS)
        self.stdout.write(f"  {andere}: projectleider van het plan van die gemeente")
        self.stdout.write(f"Wachtwoord voor iedereen: {password}")
