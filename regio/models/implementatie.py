"""Lokale implementatie: a gemeente carries out a regional hoofdactiviteit as an actie of its own plan.

The relation is declared here, on the regional floor: the `Actie` does not know about the region.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from uitvoeringsplan.models import Actie

from .jaarplan import Hoofdactiviteit


class LokaleImplementatie(models.Model):
    hoofdactiviteit = models.ForeignKey(
        Hoofdactiviteit, on_delete=models.PROTECT, related_name="implementaties", verbose_name=_("hoofdactiviteit")
    )
    actie = models.OneToOneField(
        Actie, on_delete=models.CASCADE, related_name="regionale_herkomst", verbose_name=_("actie")
    )
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("door")
    )
    aangemaakt_op = models.DateTimeField(_("overgenomen op"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("lokale implementatie")
        verbose_name_plural = _("lokale implementaties")
        ordering = ["hoofdactiviteit", "pk"]

    def __str__(self) -> str:
        return str(self.actie)
