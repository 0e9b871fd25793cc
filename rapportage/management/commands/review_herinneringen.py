from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone
from django.utils.translation import ngettext

from rapportage import meldingen
from uitvoeringsplan.constants import PlanStatus, Rol
from uitvoeringsplan.models import Uitvoeringsplan


class Command(BaseCommand):
    help = (
        "Herinnert stakeholders die het concept nog niet openden, een paar dagen vóór de reviewdeadline. "
        "Draai dit dagelijks (cron); op andere dagen gebeurt er niets."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dagen", type=int, default=3, help="Zoveel dagen vóór de deadline (standaard 3).")

    def handle(self, *args, dagen: int, **options):
        datum = timezone.localdate() + timedelta(days=dagen)
        verstuurd = 0
        for plan in Uitvoeringsplan.objects.filter(status=PlanStatus.TER_REVIEW, review_deadline=datum):
            ontvangers = [
                lid.user
                for lid in plan.lidmaatschappen.filter(
                    rol=Rol.STAKEHOLDER, concept_gezien_op__isnull=True
                ).select_related("user")
            ]
            verstuurd += meldingen.herinnering(plan, ontvangers)
        self.stdout.write(
            ngettext("%(n)s herinnering verstuurd.", "%(n)s herinneringen verstuurd.", verstuurd) % {"n": verstuurd}
        )
