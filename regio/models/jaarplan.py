"""The yearly jaarplan of a regional project, and the adopted version of it (issue 13 §2).

A jaarplan is drafted from the year before (`regio/jaarplan.py`), edited while it is a concept,
and adopted by the stuurgroep: then it never changes again, and its `Jaarplanvaststelling` keeps
the snapshot, the PDF/A and its SHA-256. Only the realisation of its activities is still filled in
at the end of the year, because that is what the next year's draft is made from.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regio.constants import JaarplanStatus, Realisatie
from scanner.models import Gemeente

from .organisatie import JAAR, Groep, Regioproject


class JaarplanVergrendeld(Exception):
    """Raised when something tries to change the content of an adopted jaarplan."""


class Jaarplan(models.Model):
    project = models.ForeignKey(
        Regioproject, on_delete=models.PROTECT, related_name="jaarplannen", verbose_name=_("project")
    )
    jaar = models.PositiveSmallIntegerField(_("jaar"), validators=JAAR)
    status = models.CharField(_("status"), max_length=20, choices=JaarplanStatus, default=JaarplanStatus.CONCEPT)
    inleiding = models.TextField(_("inleiding"), max_length=10000, blank=True)
    uitgangspunten_inleiding = models.TextField(
        _("inleiding op de uitgangspunten"),
        max_length=5000,
        blank=True,
        help_text=_("Waar staat dit projectjaar vooral in het teken van?"),
    )
    opgesteld_uit = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("opgesteld uit"),
    )
    versie = models.PositiveIntegerField(
        _("versie"), default=1, editable=False, help_text=_("Wordt bij elke wijziging opgehoogd.")
    )
    gewijzigd_op = models.DateTimeField(_("gewijzigd op"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("jaarplan")
        verbose_name_plural = _("jaarplannen")
        ordering = ["project", "-jaar"]
        constraints = [
            models.UniqueConstraint(
                fields=["project", "jaar"],
                name="jaarplan_een_per_jaar",
                violation_error_message=_("Dit project heeft al een jaarplan voor dit jaar."),
            )
        ]

    def __str__(self) -> str:
        return _("Jaarplan %(jaar)s") % {"jaar": self.jaar}

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None and not getattr(self, "_vaststellen", False):
            self.controleer_bewerkbaar()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        self.controleer_bewerkbaar()
        return super().delete(*args, **kwargs)

    @property
    def is_vastgesteld(self) -> bool:
        return self.status == JaarplanStatus.VASTGESTELD

    def controleer_bewerkbaar(self) -> None:
        if Jaarplan.objects.filter(pk=self.pk, status=JaarplanStatus.VASTGESTELD).exists():
            raise JaarplanVergrendeld(f"Jaarplan {self.pk} is adopted and cannot change.")


class JaarplanInhoud(models.Model):
    """Part of a jaarplan's content: it changes only while the jaarplan is a concept."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        self.jaarplan.controleer_bewerkbaar()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        self.jaarplan.controleer_bewerkbaar()
        return super().delete(*args, **kwargs)


class Uitgangspunt(JaarplanInhoud):
    """One of the belangrijkste uitgangspunten: a headed paragraph."""

    jaarplan = models.ForeignKey(
        Jaarplan, on_delete=models.CASCADE, related_name="uitgangspunten", verbose_name=_("jaarplan")
    )
    kop = models.CharField(_("kop"), max_length=300)
    tekst = models.TextField(_("tekst"), max_length=5000, blank=True)
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("uitgangspunt")
        verbose_name_plural = _("uitgangspunten")
        ordering = ["jaarplan", "volgorde", "pk"]

    def __str__(self) -> str:
        return self.kop


class Hoofddoel(JaarplanInhoud):
    """What a deelgebied (the projectorganisatie or a werkgroep) wants to reach this year."""

    jaarplan = models.ForeignKey(
        Jaarplan, on_delete=models.CASCADE, related_name="hoofddoelen", verbose_name=_("jaarplan")
    )
    groep = models.ForeignKey(Groep, on_delete=models.PROTECT, related_name="hoofddoelen", verbose_name=_("deelgebied"))
    tekst = models.TextField(_("hoofddoel"), max_length=3000)
    deadline = models.DateField(
        _("uiterlijk"), null=True, blank=True, help_text=_("Optioneel, bijvoorbeeld: uiterlijk 1 mei.")
    )
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("hoofddoel")
        verbose_name_plural = _("hoofddoelen")
        ordering = ["jaarplan", "groep__volgorde", "groep", "volgorde", "pk"]

    def __str__(self) -> str:
        return self.tekst[:80]


class Hoofdactiviteit(models.Model):
    """What a deelgebied does this year; at year end, whether it was realised.

    The content is locked with the jaarplan; the realisation stays open after adoption.
    """

    INHOUD = frozenset({"groep", "tekst", "trekker", "periode", "doorgeschoven_uit", "volgorde"})

    jaarplan = models.ForeignKey(
        Jaarplan, on_delete=models.CASCADE, related_name="hoofdactiviteiten", verbose_name=_("jaarplan")
    )
    groep = models.ForeignKey(
        Groep, on_delete=models.PROTECT, related_name="hoofdactiviteiten", verbose_name=_("deelgebied")
    )
    tekst = models.TextField(_("hoofdactiviteit"), max_length=3000)
    trekker = models.CharField(_("trekker"), max_length=200, blank=True)
    periode = models.CharField(
        _("periode"), max_length=100, blank=True, help_text=_("Bijvoorbeeld: eerste helft van het jaar, of Q2–Q3.")
    )
    gemeenten = models.ManyToManyField(
        Gemeente,
        blank=True,
        related_name="regionale_activiteiten",
        verbose_name=_("gemeenten"),
        help_text=_("Leeg: de hele regio."),
    )
    realisatie = models.CharField(_("realisatie"), max_length=20, choices=Realisatie, blank=True)
    realisatie_toelichting = models.TextField(_("toelichting op de realisatie"), max_length=3000, blank=True)
    doorgeschoven_uit = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="doorgeschoven_naar",
        verbose_name=_("doorgeschoven uit"),
    )
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    history = HistoricalRecords(m2m_fields=[gemeenten])

    class Meta:
        verbose_name = _("hoofdactiviteit")
        verbose_name_plural = _("hoofdactiviteiten")
        ordering = ["jaarplan", "groep__volgorde", "groep", "volgorde", "pk"]

    def __str__(self) -> str:
        return self.tekst[:80]

    def save(self, *args, **kwargs) -> None:
        update_fields = kwargs.get("update_fields")
        if not (update_fields and not set(update_fields) & self.INHOUD):
            self.jaarplan.controleer_bewerkbaar()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        self.jaarplan.controleer_bewerkbaar()
        return super().delete(*args, **kwargs)


class Jaarplanvaststelling(models.Model):
    """The adopted jaarplan. Once saved it never changes: save and delete refuse."""

    jaarplan = models.OneToOneField(
        Jaarplan, on_delete=models.PROTECT, related_name="vaststelling", verbose_name=_("jaarplan")
    )
    vastgesteld_op = models.DateTimeField(_("vastgesteld op"))
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("vastgesteld door")
    )
    snapshot = models.JSONField(_("inhoud bij vaststelling"))
    pdf = models.FileField(_("PDF"), upload_to="jaarplannen/%Y/")
    sha256 = models.CharField(_("SHA-256 van de PDF"), max_length=64)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("vastgesteld jaarplan")
        verbose_name_plural = _("vastgestelde jaarplannen")
        ordering = ["-vastgesteld_op"]

    def __str__(self) -> str:
        return str(self.jaarplan)

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None:
            raise JaarplanVergrendeld(f"Jaarplanvaststelling {self.pk} is adopted and cannot change.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise JaarplanVergrendeld(f"Jaarplanvaststelling {self.pk} is adopted and cannot be deleted.")
