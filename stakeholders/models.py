"""The gemeente's register of organisations and the people in them, kept across cycles of the plan."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .constants import Informeren, Sector


def telefoonnummer_controleren(waarde: str) -> None:
    """Loosely: people type numbers in many ways, but a call list needs something that can be dialled."""
    if not re.fullmatch(r"[0-9 +\-()]*", waarde) or sum(teken.isdigit() for teken in waarde) < 8:
        raise ValidationError(
            _("Vul een telefoonnummer in met minstens 8 cijfers (alleen cijfers, spaties, +, - en haakjes)."),
            code="telefoonnummer",
        )


class Organisatie(models.Model):
    """An organisation in the gemeente: employer of stakeholders and responsible for acties."""

    gemeente = models.ForeignKey(
        "scanner.Gemeente", on_delete=models.PROTECT, related_name="organisaties", verbose_name=_("gemeente")
    )
    naam = models.CharField(_("naam"), max_length=200)
    sector = models.CharField(_("sector"), max_length=30, choices=Sector)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        ordering = ["naam"]
        constraints = [
            models.UniqueConstraint(
                fields=["gemeente", "naam"],
                name="organisatie_naam_uniek_per_gemeente",
                violation_error_message=_("Deze organisatie bestaat al in deze gemeente."),
            )
        ]

    def __str__(self) -> str:
        return self.naam


class Stakeholder(models.Model):
    """A person at an organisation, kept per gemeente so that a next cycle can reuse them.

    Contact details are personal data (AVG): only the kernteam sees them.
    """

    gemeente = models.ForeignKey(
        "scanner.Gemeente", on_delete=models.PROTECT, related_name="stakeholders", verbose_name=_("gemeente")
    )
    organisatie = models.ForeignKey(
        Organisatie, on_delete=models.PROTECT, related_name="stakeholders", verbose_name=_("organisatie")
    )
    naam = models.CharField(_("contactpersoon"), max_length=200)
    functie = models.CharField(_("functie"), max_length=200, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    telefoon = models.CharField(_("telefoonnummer"), max_length=30, blank=True, validators=[telefoonnummer_controleren])
    bijdrage = models.TextField(
        _("bijdrage aan preventie"),
        max_length=2000,
        blank=True,
        help_text=_("Wat doet deze organisatie of persoon al aan preventie, of wat zou ze kunnen doen?"),
    )
    informeren = models.JSONField(
        _("zo op de hoogte houden"),
        default=list,
        blank=True,
        help_text=_("Hoe wil deze persoon op de hoogte gehouden worden?"),
    )
    aanbevelingen = models.ManyToManyField(
        "scanner.Aanbeveling",
        blank=True,
        related_name="geinteresseerden",
        verbose_name=_("wil meewerken aan"),
        help_text=_("Aan welke aanbevelingen wil deze persoon meewerken? (agendapunt 3 van de startbijeenkomst)"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="stakeholders",
        verbose_name=_("account"),
    )
    history = HistoricalRecords(m2m_fields=[aanbevelingen])

    class Meta:
        verbose_name = _("stakeholder")
        verbose_name_plural = _("stakeholders")
        ordering = ["organisatie__naam", "naam"]

    def __str__(self) -> str:
        return f"{self.naam} ({self.organisatie})"

    def get_informeren_display(self) -> str:
        labels = dict(Informeren.choices)
        return ", ".join(str(labels.get(code, code)) for code in self.informeren)
