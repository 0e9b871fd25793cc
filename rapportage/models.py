"""Review and adoption: the stakeholders' comments, the adopted versions and their signatures."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from uitvoeringsplan.models import Actie, Invultabel, Uitvoeringsplan, Vergrendeld

from .constants import OndertekeningBron, OpmerkingStatus


class Opmerking(models.Model):
    """A review comment on the plan, an invultabel or an actie, and the kernteam's answer."""

    plan = models.ForeignKey(
        Uitvoeringsplan, on_delete=models.CASCADE, related_name="opmerkingen", verbose_name=_("uitvoeringsplan")
    )
    invultabel = models.ForeignKey(
        Invultabel,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="opmerkingen",
        verbose_name=_("invultabel"),
    )
    actie = models.ForeignKey(
        Actie, on_delete=models.CASCADE, null=True, blank=True, related_name="opmerkingen", verbose_name=_("actie")
    )
    auteur = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="opmerkingen", verbose_name=_("door")
    )
    tekst = models.TextField(_("opmerking"), max_length=5000)
    status = models.CharField(_("status"), max_length=20, choices=OpmerkingStatus, default=OpmerkingStatus.OPEN)
    antwoord = models.TextField(_("antwoord"), max_length=5000, blank=True)
    beantwoord_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("beantwoord door"),
    )
    beantwoord_op = models.DateTimeField(_("beantwoord op"), null=True, blank=True)
    aangemaakt_op = models.DateTimeField(_("geplaatst op"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("opmerking")
        verbose_name_plural = _("opmerkingen")
        ordering = ["-aangemaakt_op", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status=OpmerkingStatus.NIET_OVERGENOMEN) | ~Q(antwoord=""),
                name="opmerking_niet_overgenomen_met_reden",
                violation_error_message=_("Geef een reden als een opmerking niet is overgenomen."),
            )
        ]

    def __str__(self) -> str:
        return self.tekst[:60]


class Vaststelling(models.Model):
    """An adopted version of a plan. Once saved it never changes: save and delete refuse."""

    plan = models.ForeignKey(
        Uitvoeringsplan, on_delete=models.PROTECT, related_name="vaststellingen", verbose_name=_("uitvoeringsplan")
    )
    versie = models.PositiveIntegerField(_("versie"))
    vastgesteld_op = models.DateTimeField(_("vastgesteld op"))
    vastgesteld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("vastgesteld door")
    )
    bijeenkomst = models.ForeignKey(
        "bijeenkomsten.Bijeenkomst",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="vaststellingen",
        verbose_name=_("slotbijeenkomst"),
    )
    snapshot = models.JSONField(_("inhoud bij vaststelling"))
    pdf = models.FileField(_("PDF"), upload_to="vaststellingen/%Y/")
    sha256 = models.CharField(_("SHA-256 van de PDF"), max_length=64)
    reden_afwijking = models.TextField(
        _("reden om toch vast te stellen"),
        max_length=5000,
        blank=True,
        help_text=_("Waarom het plan is vastgesteld terwijl niet alle controles slaagden."),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("vaststelling")
        verbose_name_plural = _("vaststellingen")
        ordering = ["plan", "-versie"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "versie"],
                name="vaststelling_versie_uniek",
                violation_error_message=_("Deze versie van het plan is al vastgesteld."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.plan} — versie {self.versie}"

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None:
            raise Vergrendeld(f"Vaststelling {self.pk} is adopted and cannot change.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise Vergrendeld(f"Vaststelling {self.pk} is adopted and cannot be deleted.")


class Ondertekening(models.Model):
    vaststelling = models.ForeignKey(
        Vaststelling, on_delete=models.PROTECT, related_name="ondertekeningen", verbose_name=_("vaststelling")
    )
    naam = models.CharField(_("naam"), max_length=200)
    organisatie = models.CharField(_("organisatie"), max_length=200)
    datum = models.DateField(_("datum"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="ondertekeningen",
        verbose_name=_("getekend door account"),
    )
    bron = models.CharField(_("bron"), max_length=20, choices=OndertekeningBron, default=OndertekeningBron.PAPIER)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("ondertekening")
        verbose_name_plural = _("ondertekeningen")
        ordering = ["vaststelling", "organisatie", "naam"]
        constraints = [
            models.UniqueConstraint(
                fields=["vaststelling", "user", "organisatie"],
                condition=models.Q(user__isnull=False),
                name="ondertekening_eenmaal_per_account",
                violation_error_message=_("Je hebt deze versie namens deze organisatie al ondertekend."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.naam} ({self.organisatie})"


class Notificatievoorkeur(models.Model):
    """Which e-mails a user wants to receive; all on unless switched off."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notificatievoorkeur",
        verbose_name=_("gebruiker"),
    )
    review_geopend = models.BooleanField(_("een plan ligt ter review"), default=True)
    herinnering = models.BooleanField(_("herinnering vóór de reviewdeadline"), default=True)
    nieuwe_opmerking = models.BooleanField(_("nieuwe opmerking op een plan (kernteam)"), default=True)
    antwoord = models.BooleanField(_("antwoord op mijn opmerking"), default=True)
    uitvoering = models.BooleanField(_("herinnering over acties die te laat of stil zijn"), default=True)
    weekoverzicht = models.BooleanField(_("weekoverzicht van de uitvoering (projectleider)"), default=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("notificatievoorkeur")
        verbose_name_plural = _("notificatievoorkeuren")

    def __str__(self) -> str:
        return str(self.user)
