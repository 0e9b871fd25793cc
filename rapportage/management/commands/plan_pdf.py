from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from basis.pdf import render_pdf
from rapportage.document import plan_document
from uitvoeringsplan.models import Uitvoeringsplan


class Command(BaseCommand):
    help = "Schrijft het Uitvoeringsplan als PDF, precies zoals de applicatie het maakt."

    def add_arguments(self, parser):
        parser.add_argument("plan_id", type=int)
        parser.add_argument("-o", "--output", type=Path, required=True, help="Het PDF-bestand om te schrijven.")
        parser.add_argument("--pdfa", action="store_true", help="Als PDF/A-3b, voor archivering.")

    def handle(self, *args, plan_id: int, output: Path, pdfa: bool, **options):
        plan = Uitvoeringsplan.objects.select_related("gemeente", "scanner").filter(pk=plan_id).first()
        if plan is None:
            raise CommandError(f"Er is geen Uitvoeringsplan met nummer {plan_id}.")
        doc = plan_document(plan)
        _html, pdf = render_pdf("rapportage/pdf/plan.html", {"doc": doc, "concept": doc.concept}, pdfa=pdfa)
        output.write_bytes(pdf)
        self.stdout.write(self.style.SUCCESS(f"{output} geschreven ({len(pdf) // 1024} kB)."))
