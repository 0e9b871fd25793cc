"""What happens after adoption: dated voortgangsberichten per actie, reminders sent, and publication.

The actie's current status stays on `Actie.uitvoeringsstatus` (a fact of the actie, frozen with it
in no version); every change of it arrives here first, as a voortgangsbericht, through
`services.voortgang_melden`.
"""

from django.conf import settings
from django.core.validators import FileExtensionValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from uitvoeringsplan.constants import Uitvoeringsstatus
from uitvoeringsplan.models import Actie, Uitvoeringsplan

# A reason is required when an actie is put on hold or stopped.
MET_REDEN = frozenset({Uitvoeringsstatus.UITGESTELD, Uitvoeringsstatus.GESTOPT})
BIJLAGE_EXTENSIES = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "png", "jpg", "jpeg"]


class Voortgangsbericht(models.Model):
    """A dated note on an actie's uitvoering, possibly with a new status."""

    actie = models.ForeignKey(
        Actie, on_delete=models.CASCADE, related_name="voortgangsberichten", verbose_name=_("actie")
    )
    datum = models.DateField(_("datum"), default=timezone.localdate)
    auteur = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="voortgangsberichten",
        verbose_name=_("door"),
    )
    tekst = models.TextField(_("bericht"), max_length=5000, blank=True)
    status = models.CharField(_("nieuwe status"), max_length=20, choices=Uitvoeringsstatus, blank=True)
    bijlage = models.FileField(
        _("bijlage"),
        upload_to="voortgang/%Y/",
        blank=True,
        validators=[FileExtensionValidator(BIJLAGE_EXTENSIES)],
    )
    link = models.URLField(_("link"), max_length=500, blank=True)
    aangemaakt_op = models.DateTimeField(_("geplaatst op"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("voortgangsbericht")
        verbose_name_plural = _("voortgangsberichten")
        ordering = ["-datum", "-aangemaakt_op", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(tekst="", status=""),
                name="voortgangsbericht_niet_leeg",
                violation_error_message=_("Schrijf een bericht of kies een nieuwe status."),
            ),
            models.CheckConstraint(
                condition=~Q(status__in=MET_REDEN, tekst=""),
                name="voortgangsbericht_reden_bij_uitstel_of_stop",
                violation_error_message=_("Geef een reden als een actie wordt uitgesteld of gestopt."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.actie} ({self.datum:%d-%m-%Y})"


class Herinnering(models.Model):
    """A reminder that was mailed, so that nobody gets the same one twice.

    `sleutel` names the reason, e.g. "te-laat:12:2026-03-31" (actie 12, late since its period ended
    on that day) or "weekoverzicht:7:2026-W49"; a new reason gets a new key.
    """

    ontvanger = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="herinneringen", verbose_name=_("ontvanger")
    )
    sleutel = models.CharField(_("reden"), max_length=200)
    verstuurd_op = models.DateTimeField(_("verstuurd op"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("herinnering")
        verbose_name_plural = _("herinneringen")
        constraints = [
            models.UniqueConstraint(fields=["ontvanger", "sleutel"], name="herinnering_eenmaal_per_reden"),
        ]

    def __str__(self) -> str:
        return self.sleutel


class Publicatie(models.Model):
    """Whether an adopted plan has a public page; taking it down keeps the record (and its history)."""

    plan = models.OneToOneField(
        Uitvoeringsplan, on_delete=models.CASCADE, related_name="publicatie", verbose_name=_("uitvoeringsplan")
    )
    openbaar = models.BooleanField(_("openbaar"), default=True)
    gewijzigd_op = models.DateTimeField(_("gewijzigd op"), auto_now=True)
    gewijzigd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("door")
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("publicatie")
        verbose_name_plural = _("publicaties")

    def __str__(self) -> str:
        return str(self.plan)
