"""The table of acties for one aanbeveling in a plan."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .plan import Uitvoeringsplan


class Invultabel(models.Model):
    """The table of acties for one aanbeveling in one plan; its position is the priority order."""

    plan = models.ForeignKey(
        Uitvoeringsplan, on_delete=models.CASCADE, related_name="invultabellen", verbose_name=_("uitvoeringsplan")
    )
    aanbeveling = models.ForeignKey(
        "scanner.Aanbeveling", on_delete=models.PROTECT, related_name="invultabellen", verbose_name=_("aanbeveling")
    )
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("invultabel")
        verbose_name_plural = _("invultabellen")
        ordering = ["plan", "volgorde", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "aanbeveling"],
                name="invultabel_uniek_per_plan_en_aanbeveling",
                violation_error_message=_("Deze aanbeveling staat al in het plan."),
            )
        ]

    def __str__(self) -> str:
        return str(self.aanbeveling)

    def save(self, *args, **kwargs) -> None:
        self.plan.controleer_bewerkbaar()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        self.plan.controleer_bewerkbaar()
        return super().delete(*args, **kwargs)
