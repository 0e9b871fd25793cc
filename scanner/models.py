"""The municipality and what the plan starts from: a Scanner or a beleidsdocument and their aanbevelingen."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .constants import MIDDELEN, BeleidsdocumentSoort, Uitvoerder
from .validators import validate_pdf


class Gemeente(models.Model):
    naam = models.CharField(_("naam"), max_length=100)
    cbs_code = models.CharField(
        _("CBS-code"),
        max_length=6,
        unique=True,
        validators=[
            RegexValidator(r"^GM\d{4}$", _("Een CBS-code is GM gevolgd door vier cijfers, bijvoorbeeld GM0363."))
        ],
        help_text=_("De gemeentecode van het CBS, bijvoorbeeld GM0363."),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")
        ordering = ["naam"]

    def __str__(self) -> str:
        return self.naam


class Middel(models.Model):
    """Alcohol, drugs or roken: reference data shared by scanners, aanbevelingen and acties."""

    code = models.SlugField(_("code"), max_length=20, unique=True)
    naam = models.CharField(_("naam"), max_length=50)
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("middel")
        verbose_name_plural = _("middelen")
        ordering = ["volgorde", "naam"]

    def __str__(self) -> str:
        return self.naam

    @classmethod
    def standaard(cls) -> dict[str, "Middel"]:
        """Alcohol, drugs and roken by code; recreated if a test run flushed the reference data."""
        for volgorde, (code, naam) in enumerate(MIDDELEN, start=1):
            cls.objects.get_or_create(code=code, defaults={"naam": naam, "volgorde": volgorde})
        return {middel.code: middel for middel in cls.objects.all()}


class Scanner(models.Model):
    gemeente = models.ForeignKey(
        Gemeente, on_delete=models.PROTECT, related_name="scanners", verbose_name=_("gemeente")
    )
    titel = models.CharField(_("titel"), max_length=200, help_text=_("Bijvoorbeeld: Scanner Alcohol en Drugs 2025."))
    middelen = models.ManyToManyField(
        Middel, related_name="scanners", verbose_name=_("middelen"), help_text=_("Over welke middelen gaat de Scanner?")
    )
    uitvoerder = models.CharField(_("uitgevoerd door"), max_length=20, choices=Uitvoerder)
    uitvoerder_naam = models.CharField(
        _("naam van de uitvoerder"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld de naam van de regionale instelling voor verslavingszorg of GGD."),
    )
    datum = models.DateField(_("datum rapportage"))
    samenvatting = models.TextField(_("samenvatting"), max_length=10000, blank=True)
    rapport = models.FileField(
        _("rapport (PDF)"),
        upload_to="scanners/%Y/",
        blank=True,
        validators=[validate_pdf],
        help_text=_("De rapportage van de Scanner als PDF, hoogstens 20 MB."),
    )
    history = HistoricalRecords(m2m_fields=[middelen])

    class Meta:
        verbose_name = _("Scanner")
        verbose_name_plural = _("Scanners")
        ordering = ["-datum", "titel"]

    def __str__(self) -> str:
        return self.titel


class Beleidsdocument(models.Model):
    gemeente = models.ForeignKey(
        Gemeente, on_delete=models.PROTECT, related_name="beleidsdocumenten", verbose_name=_("gemeente")
    )
    soort = models.CharField(_("soort"), max_length=30, choices=BeleidsdocumentSoort)
    titel = models.CharField(_("titel"), max_length=200)
    jaar = models.PositiveSmallIntegerField(
        _("jaar"), null=True, blank=True, validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    omschrijving = models.TextField(_("omschrijving"), max_length=5000, blank=True)
    url = models.URLField(_("link"), max_length=500, blank=True, help_text=_("Waar het document online staat."))
    bestand = models.FileField(
        _("bestand (PDF)"),
        upload_to="beleidsdocumenten/%Y/",
        blank=True,
        validators=[validate_pdf],
        help_text=_("Optioneel: het document als PDF, hoogstens 20 MB."),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("beleidsdocument")
        verbose_name_plural = _("beleidsdocumenten")
        ordering = ["-jaar", "titel"]

    def __str__(self) -> str:
        return f"{self.titel} ({self.jaar})" if self.jaar else self.titel


class AanbevelingQuerySet(models.QuerySet):
    def op_nummer(self) -> "AanbevelingQuerySet":
        """In the order of their numbers; new ones without a number last."""
        return self.order_by(F("nummer").asc(nulls_last=True), "pk")


class Aanbeveling(models.Model):
    """A recommendation of a Scanner or a beleidsdocument; new ones may have no source at all."""

    gemeente = models.ForeignKey(
        Gemeente, on_delete=models.PROTECT, related_name="aanbevelingen", verbose_name=_("gemeente")
    )
    scanner = models.ForeignKey(
        Scanner,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="aanbevelingen",
        verbose_name=_("Scanner"),
    )
    beleidsdocument = models.ForeignKey(
        Beleidsdocument,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="aanbevelingen",
        verbose_name=_("beleidsdocument"),
    )
    nummer = models.PositiveSmallIntegerField(_("nummer"), null=True, blank=True)
    titel = models.CharField(_("aanbeveling"), max_length=300)
    toelichting = models.TextField(_("toelichting"), max_length=5000, blank=True)
    middelen = models.ManyToManyField(Middel, blank=True, related_name="aanbevelingen", verbose_name=_("middelen"))
    doelgroep = models.CharField(_("doelgroep"), max_length=200, blank=True)
    thema = models.CharField(_("thema"), max_length=100, blank=True)
    history = HistoricalRecords(m2m_fields=[middelen])

    objects = AanbevelingQuerySet.as_manager()

    class Meta:
        verbose_name = _("aanbeveling")
        verbose_name_plural = _("aanbevelingen")
        ordering = ["nummer", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(scanner__isnull=True) | Q(beleidsdocument__isnull=True),
                name="aanbeveling_een_bron",
                violation_error_message=_("Een aanbeveling komt uit een Scanner óf uit een beleidsdocument."),
            ),
            models.UniqueConstraint(
                fields=["scanner", "nummer"],
                condition=Q(scanner__isnull=False, nummer__isnull=False),
                name="aanbeveling_nummer_uniek_per_scanner",
                violation_error_message=_("Deze Scanner heeft al een aanbeveling met dit nummer."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.nummer}. {self.titel}" if self.nummer else self.titel

    def clean(self) -> None:
        bron = self.bron
        if bron is not None and self.gemeente_id and bron.gemeente_id != self.gemeente_id:
            raise ValidationError(_("De bron van een aanbeveling hoort bij dezelfde gemeente."))

    @property
    def bron(self) -> Scanner | Beleidsdocument | None:
        return self.scanner or self.beleidsdocument
