"""What happens after adoption: dated voortgangsberichten per actie, reminders sent, publication, evaluation.

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
from uitvoeringsplan.models import Actie, Uitvoeringsplan, Vergrendeld

from .constants import Advies, DoelBereikt

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


class Evaluatie(models.Model):
    """The evaluation of a plan's uitvoering: the summary and conclusions; its acties' evaluations hang from it.

    One is open at a time; adoption (`evaluatie.evaluatie_vaststellen`) closes it for good.
    """

    plan = models.ForeignKey(
        Uitvoeringsplan, on_delete=models.CASCADE, related_name="evaluaties", verbose_name=_("uitvoeringsplan")
    )
    samenvatting = models.TextField(
        _("samenvatting"),
        max_length=10000,
        blank=True,
        help_text=_("Hoe is de uitvoering verlopen? Wat is bereikt, en wat niet?"),
    )
    conclusies = models.TextField(
        _("conclusies"),
        max_length=10000,
        blank=True,
        help_text=_("Wat neemt het kernteam mee naar de volgende cyclus van het Uitvoeringsplan?"),
    )
    afgesloten = models.BooleanField(_("vastgesteld"), default=False, editable=False)
    gewijzigd_op = models.DateTimeField(_("gewijzigd op"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("evaluatie")
        verbose_name_plural = _("evaluaties")
        constraints = [
            models.UniqueConstraint(
                fields=["plan"],
                condition=Q(afgesloten=False),
                name="evaluatie_een_open_per_plan",
                violation_error_message=_("Dit plan heeft al een evaluatie die nog niet is vastgesteld."),
            )
        ]

    def __str__(self) -> str:
        return str(self.plan)

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None and Evaluatie.objects.filter(pk=self.pk, afgesloten=True).exists():
            raise Vergrendeld(f"Evaluatie {self.pk} is adopted and cannot change.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if self.afgesloten:
            raise Vergrendeld(f"Evaluatie {self.pk} is adopted and cannot be deleted.")
        return super().delete(*args, **kwargs)


class ActieEvaluatie(models.Model):
    """What one actie achieved and what the kernteam advises for it."""

    evaluatie = models.ForeignKey(
        Evaluatie, on_delete=models.CASCADE, related_name="acties", verbose_name=_("evaluatie")
    )
    actie = models.ForeignKey(Actie, on_delete=models.CASCADE, related_name="evaluaties", verbose_name=_("actie"))
    doel_bereikt = models.CharField(
        _("Is het doel van de actie bereikt?"), max_length=20, choices=DoelBereikt, blank=True
    )
    resultaten = models.TextField(
        _("Wat heeft de actie opgeleverd?"),
        max_length=5000,
        blank=True,
        help_text=_("Bijvoorbeeld: hoeveel mensen zijn bereikt, wat is er veranderd, welke producten zijn er."),
    )
    geleerd = models.TextField(
        _("Wat is er geleerd?"),
        max_length=5000,
        blank=True,
        help_text=_("Wat werkte goed, wat niet, en wat zou het kernteam een volgende keer anders doen?"),
    )
    advies = models.CharField(_("Advies voor de volgende cyclus"), max_length=20, choices=Advies, blank=True)
    versie = models.PositiveIntegerField(
        _("versie"),
        default=1,
        editable=False,
        help_text=_("Wordt bij elke wijziging opgehoogd; zo vallen gelijktijdige wijzigingen op."),
    )
    gewijzigd_op = models.DateTimeField(_("gewijzigd op"), auto_now=True)
    gewijzigd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("door")
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("evaluatie van een actie")
        verbose_name_plural = _("evaluaties van acties")
        constraints = [
            models.UniqueConstraint(
                fields=["evaluatie", "actie"],
                name="actie_evaluatie_eenmaal_per_evaluatie",
                violation_error_message=_("Deze actie is in deze evaluatie al geëvalueerd."),
            )
        ]

    def __str__(self) -> str:
        return str(self.actie)

    def save(self, *args, **kwargs) -> None:
        if Evaluatie.objects.filter(pk=self.evaluatie_id, afgesloten=True).exists():
            raise Vergrendeld(f"Evaluatie {self.evaluatie_id} is adopted; its acties cannot change.")
        super().save(*args, **kwargs)

    @property
    def is_compleet(self) -> bool:
        """Answered enough to count as evaluated: the aim and the advice."""
        return bool(self.doel_bereikt and self.advies)


class Evaluatievaststelling(models.Model):
    """The adopted evaluatierapport. Once saved it never changes: save and delete refuse."""

    evaluatie = models.OneToOneField(
        Evaluatie, on_delete=models.PROTECT, related_name="vaststelling", verbose_name=_("evaluatie")
    )
    plan = models.ForeignKey(
        Uitvoeringsplan,
        on_delete=models.PROTECT,
        related_name="evaluatievaststellingen",
        verbose_name=_("uitvoeringsplan"),
    )
    versie = models.PositiveIntegerField(_("versie van het plan"))
    vastgesteld_op = models.DateTimeField(_("vastgesteld op"))
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("vastgesteld door")
    )
    snapshot = models.JSONField(_("inhoud bij vaststelling"))
    pdf = models.FileField(_("PDF"), upload_to="evaluaties/%Y/")
    sha256 = models.CharField(_("SHA-256 van de PDF"), max_length=64)
    reden_afwijking = models.TextField(
        _("reden om toch vast te stellen"),
        max_length=5000,
        blank=True,
        help_text=_("Waarom de evaluatie is vastgesteld terwijl niet alle controles slaagden."),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("vastgestelde evaluatie")
        verbose_name_plural = _("vastgestelde evaluaties")
        ordering = ["plan", "-vastgesteld_op"]

    def __str__(self) -> str:
        return f"{self.plan} — evaluatie {self.vastgesteld_op:%d-%m-%Y}"

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None:
            raise Vergrendeld(f"Evaluatievaststelling {self.pk} is adopted and cannot change.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise Vergrendeld(f"Evaluatievaststelling {self.pk} is adopted and cannot be deleted.")
