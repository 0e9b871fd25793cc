"""The region, its project and the project's organisation: groups with their members (issue 13 §1)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from regio.constants import DEELGEBIED_SOORTEN, Groepsoort, Groepsrol
from scanner.models import Gemeente

JAAR = [MinValueValidator(2000), MaxValueValidator(2100)]


class Regio(models.Model):
    """Gemeenten that work together; a gemeente may be in more than one region.

    Who is in the region is kept in the history (`m2m_fields`): a gemeente that leaves keeps its
    plans, and the region's earlier jaarplannen keep naming it.
    """

    naam = models.CharField(_("naam"), max_length=200)
    gemeenten = models.ManyToManyField(Gemeente, blank=True, related_name="regios", verbose_name=_("gemeenten"))
    history = HistoricalRecords(m2m_fields=[gemeenten])

    class Meta:
        verbose_name = _("regio")
        verbose_name_plural = _("regio's")
        ordering = ["naam"]

    def __str__(self) -> str:
        return self.naam


class Regioproject(models.Model):
    """A project of the region for a period of years, with its hoofdboodschap and organisation."""

    regio = models.ForeignKey(Regio, on_delete=models.PROTECT, related_name="projecten", verbose_name=_("regio"))
    naam = models.CharField(_("naam"), max_length=200)
    startjaar = models.PositiveSmallIntegerField(_("eerste jaar"), validators=JAAR)
    eindjaar = models.PositiveSmallIntegerField(_("laatste jaar"), validators=JAAR)
    hoofdboodschap = models.CharField(
        _("hoofdboodschap"),
        max_length=200,
        blank=True,
        help_text=_("De boodschap waarmee het project naar buiten treedt, bijvoorbeeld de naam van de campagne."),
    )
    omschrijving = models.TextField(
        _("over de organisatie"),
        max_length=5000,
        blank=True,
        help_text=_("Hoe de projectorganisatie werkt; staat bij het organogram."),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("regionaal project")
        verbose_name_plural = _("regionale projecten")
        ordering = ["-startjaar", "naam"]
        constraints = [
            models.CheckConstraint(
                condition=Q(eindjaar__gte=F("startjaar")),
                name="regioproject_eind_na_start",
                violation_error_message=_("Het laatste jaar ligt niet vóór het eerste jaar."),
            )
        ]

    def __str__(self) -> str:
        return self.naam

    def clean(self) -> None:
        if self.startjaar and self.eindjaar and self.eindjaar < self.startjaar:
            raise ValidationError({"eindjaar": _("Het laatste jaar ligt niet vóór het eerste jaar.")})


class Hoofddoelstelling(models.Model):
    """One of the project's main aims, as its Uitvoeringsplan states it."""

    project = models.ForeignKey(
        Regioproject, on_delete=models.CASCADE, related_name="hoofddoelstellingen", verbose_name=_("project")
    )
    tekst = models.TextField(_("hoofddoelstelling"), max_length=2000)
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("hoofddoelstelling")
        verbose_name_plural = _("hoofddoelstellingen")
        ordering = ["project", "volgorde", "pk"]

    def __str__(self) -> str:
        return self.tekst[:80]


class Groep(models.Model):
    """A group of the project organisation: stuurgroep, projectteam, a werkgroep, a klankbord group."""

    project = models.ForeignKey(
        Regioproject, on_delete=models.CASCADE, related_name="groepen", verbose_name=_("project")
    )
    naam = models.CharField(_("naam"), max_length=200)
    soort = models.CharField(_("soort"), max_length=20, choices=Groepsoort)
    thema = models.CharField(_("thema"), max_length=200, blank=True)
    bovenliggend = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="onderliggend",
        verbose_name=_("valt onder"),
        help_text=_("Bijvoorbeeld: het projectteam valt onder de stuurgroep."),
    )
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("groep")
        verbose_name_plural = _("groepen")
        ordering = ["project", "volgorde", "pk"]

    def __str__(self) -> str:
        return self.naam

    def clean(self) -> None:
        if self.bovenliggend_id:
            if self.bovenliggend.project_id != self.project_id:
                raise ValidationError({"bovenliggend": _("Kies een groep van hetzelfde project.")})
            ouder = self.bovenliggend
            while ouder is not None:
                if ouder.pk == self.pk:
                    raise ValidationError({"bovenliggend": _("Een groep kan niet onder zichzelf vallen.")})
                ouder = ouder.bovenliggend

    @property
    def is_deelgebied(self) -> bool:
        """Has its own hoofddoelen and hoofdactiviteiten in the jaarplan."""
        return self.soort in DEELGEBIED_SOORTEN

    @property
    def deelgebied_naam(self) -> str:
        """The projectteam's part of the jaarplan is the projectorganisatie's, as in the seed."""
        return str(_("Projectorganisatie")) if self.soort == Groepsoort.PROJECTTEAM else self.naam


class Groepslid(models.Model):
    """A person in a group, with an account where they have one; the account decides their regional rights."""

    groep = models.ForeignKey(Groep, on_delete=models.CASCADE, related_name="leden", verbose_name=_("groep"))
    naam = models.CharField(_("naam"), max_length=200)
    organisatie = models.CharField(_("organisatie"), max_length=200, blank=True)
    gemeente = models.ForeignKey(
        Gemeente, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("gemeente")
    )
    rol = models.CharField(_("rol"), max_length=20, choices=Groepsrol, default=Groepsrol.LID)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="groepslidmaatschappen",
        verbose_name=_("account"),
    )
    voetnoot = models.CharField(
        _("voetnoot"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld: projectleider en ambtelijke inhoudelijke ondersteuning."),
    )
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("groepslid")
        verbose_name_plural = _("groepsleden")
        ordering = ["groep", "volgorde", "pk"]

    def __str__(self) -> str:
        return self.naam
