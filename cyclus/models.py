"""The kernteam's comparison of the previous cycle's aanbevelingen with those of the next cycle.

The next plan itself is an ordinary `Uitvoeringsplan` that names its `vorige_cyclus`; its acties
and doelstellingen name their `herkomst`. What only the start of a cycle knows lives here: which
aanbevelingen of the new Scanner return from the previous one, as the kernteam confirmed.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from scanner.models import Aanbeveling
from uitvoeringsplan.models import Uitvoeringsplan


class Vergelijking(models.Model):
    """The confirmed comparison of a next cycle's aanbevelingen with those of its previous plan."""

    plan = models.OneToOneField(
        Uitvoeringsplan, on_delete=models.CASCADE, related_name="vergelijking", verbose_name=_("uitvoeringsplan")
    )
    bevestigd_op = models.DateTimeField(_("bevestigd op"))
    bevestigd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("door")
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("vergelijking van de aanbevelingen")
        verbose_name_plural = _("vergelijkingen van de aanbevelingen")

    def __str__(self) -> str:
        return str(self.plan)


class Koppeling(models.Model):
    """An aanbeveling of the new plan that returns from one of the previous cycle ("terugkerend")."""

    vergelijking = models.ForeignKey(
        Vergelijking, on_delete=models.CASCADE, related_name="koppelingen", verbose_name=_("vergelijking")
    )
    vorige = models.ForeignKey(
        Aanbeveling, on_delete=models.CASCADE, related_name="+", verbose_name=_("aanbeveling uit de vorige cyclus")
    )
    nieuwe = models.ForeignKey(
        Aanbeveling, on_delete=models.CASCADE, related_name="+", verbose_name=_("aanbeveling in dit plan")
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("terugkerende aanbeveling")
        verbose_name_plural = _("terugkerende aanbevelingen")
        constraints = [
            models.UniqueConstraint(
                fields=["vergelijking", "vorige"],
                name="koppeling_vorige_eenmaal",
                violation_error_message=_("Deze aanbeveling uit de vorige cyclus is al gekoppeld."),
            ),
            models.UniqueConstraint(
                fields=["vergelijking", "nieuwe"],
                name="koppeling_nieuwe_eenmaal",
                violation_error_message=_("Deze aanbeveling is al gekoppeld."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.vorige} → {self.nieuwe}"
