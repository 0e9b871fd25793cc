"""The meetings of steps 2–4 and 6 of the handreiking: agenda, invitations, prioritisation."""

from django.conf import settings
from django.db import models
from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .constants import BijeenkomstSoort, Kanaal, UitnodigingStatus, Werkvorm


def aanwezig_filter(via: str = "") -> Q:
    """Present at a meeting: the one definition, on Uitnodiging or through `via` (e.g. "uitnodigingen__")."""
    return Q(**{f"{via}status": UitnodigingStatus.AANWEZIG})


class BijeenkomstQuerySet(models.QuerySet):
    def met_aantal_aanwezig(self) -> "BijeenkomstQuerySet":
        """Each meeting with `aantal_aanwezig`: how many invited people were there."""
        return self.annotate(aantal_aanwezig=Count("uitnodigingen", filter=aanwezig_filter("uitnodigingen__")))


class UitnodigingQuerySet(models.QuerySet):
    def aanwezig(self) -> "UitnodigingQuerySet":
        return self.filter(aanwezig_filter())


class Bijeenkomst(models.Model):
    plan = models.ForeignKey(
        "uitvoeringsplan.Uitvoeringsplan",
        on_delete=models.CASCADE,
        related_name="bijeenkomsten",
        verbose_name=_("uitvoeringsplan"),
    )
    soort = models.CharField(_("soort"), max_length=30, choices=BijeenkomstSoort)
    titel = models.CharField(_("titel"), max_length=200, blank=True)
    datum = models.DateField(_("datum"))
    starttijd = models.TimeField(_("begintijd"), null=True, blank=True)
    eindtijd = models.TimeField(_("eindtijd"), null=True, blank=True)
    locatie = models.CharField(_("locatie"), max_length=200, blank=True)
    aanbevelingen = models.ManyToManyField(
        "scanner.Aanbeveling",
        blank=True,
        related_name="bijeenkomsten",
        verbose_name=_("behandelde aanbevelingen"),
    )
    expert = models.CharField(
        _("expert (deel 1)"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld iemand van het Trimbos-instituut, de GGD of de instelling voor verslavingszorg."),
    )
    werkvorm = models.CharField(_("werkvorm (deel 2)"), max_length=20, choices=Werkvorm, blank=True)
    verslag = models.TextField(_("verslag"), max_length=20000, blank=True)
    tips = models.JSONField(
        _("afgevinkte tips"), default=list, blank=True, help_text=_("Welke tips van de handreiking zijn opgevolgd.")
    )
    acties = models.ManyToManyField(
        "uitvoeringsplan.Actie",
        blank=True,
        related_name="bijeenkomsten",
        verbose_name=_("acties uit het werkblad"),
        help_text=_("De conceptacties die tijdens deze bijeenkomst zijn voorgesteld."),
    )
    history = HistoricalRecords(m2m_fields=[aanbevelingen, acties])

    objects = BijeenkomstQuerySet.as_manager()

    class Meta:
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")
        ordering = ["datum", "starttijd", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(starttijd__isnull=True) | Q(eindtijd__isnull=True) | Q(eindtijd__gt=F("starttijd")),
                name="bijeenkomst_eind_na_begin",
                violation_error_message=_("De eindtijd moet later zijn dan de begintijd."),
            )
        ]

    def __str__(self) -> str:
        return self.titel or f"{self.get_soort_display()} {self.datum:%d-%m-%Y}"

    @property
    def is_voorbij(self) -> bool:
        """The day of the meeting has passed: too late to invite anyone."""
        return self.datum < timezone.localdate()

    @classmethod
    def volgende_soort(cls, plan) -> str:
        """The kind a new meeting most likely is: the first step of the method the plan has not had yet."""
        gehad = set(cls.objects.filter(plan=plan).values_list("soort", flat=True))
        volgorde = (
            BijeenkomstSoort.STARTGESPREK,
            BijeenkomstSoort.STARTBIJEENKOMST,
            BijeenkomstSoort.INHOUDELIJK,
            BijeenkomstSoort.SLOTBIJEENKOMST,
        )
        # With all four held, another one is most often a further inhoudelijke bijeenkomst.
        return next((soort for soort in volgorde if soort not in gehad), BijeenkomstSoort.INHOUDELIJK)


class Agendapunt(models.Model):
    bijeenkomst = models.ForeignKey(
        Bijeenkomst, on_delete=models.CASCADE, related_name="agendapunten", verbose_name=_("bijeenkomst")
    )
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    titel = models.CharField(_("agendapunt"), max_length=300)
    toelichting = models.TextField(_("toelichting"), max_length=5000, blank=True)
    duur_minuten = models.PositiveSmallIntegerField(_("duur (minuten)"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("agendapunt")
        verbose_name_plural = _("agendapunten")
        ordering = ["volgorde", "pk"]

    def __str__(self) -> str:
        return self.titel


class Uitnodiging(models.Model):
    bijeenkomst = models.ForeignKey(
        Bijeenkomst, on_delete=models.CASCADE, related_name="uitnodigingen", verbose_name=_("bijeenkomst")
    )
    stakeholder = models.ForeignKey(
        "stakeholders.Stakeholder",
        on_delete=models.CASCADE,
        related_name="uitnodigingen",
        verbose_name=_("stakeholder"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=UitnodigingStatus, default=UitnodigingStatus.TE_BENADEREN
    )
    kanaal = models.CharField(_("uitgenodigd via"), max_length=20, choices=Kanaal, blank=True)
    bellen_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("te bellen door"),
    )
    uitgenodigd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uitgenodigd door"),
    )
    uitgenodigd_op = models.DateTimeField(_("uitgenodigd op"), null=True, blank=True)
    notitie = models.CharField(_("notitie"), max_length=500, blank=True)
    history = HistoricalRecords()

    objects = UitnodigingQuerySet.as_manager()

    class Meta:
        verbose_name = _("uitnodiging")
        verbose_name_plural = _("uitnodigingen")
        ordering = ["stakeholder__organisatie__naam", "stakeholder__naam"]
        constraints = [
            models.UniqueConstraint(
                fields=["bijeenkomst", "stakeholder"],
                name="uitnodiging_uniek",
                violation_error_message=_("Deze stakeholder is al uitgenodigd voor deze bijeenkomst."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.stakeholder} — {self.bijeenkomst}"

    @property
    def is_aanwezig(self) -> bool:
        return self.status == UitnodigingStatus.AANWEZIG


class Prioritering(models.Model):
    """Points (dot voting) or a rank for one aanbeveling, from one participant or agreed by all.

    A row without a stakeholder is the group's agreed ranking.
    """

    bijeenkomst = models.ForeignKey(
        Bijeenkomst, on_delete=models.CASCADE, related_name="prioriteringen", verbose_name=_("bijeenkomst")
    )
    aanbeveling = models.ForeignKey(
        "scanner.Aanbeveling", on_delete=models.CASCADE, related_name="prioriteringen", verbose_name=_("aanbeveling")
    )
    stakeholder = models.ForeignKey(
        "stakeholders.Stakeholder",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="prioriteringen",
        verbose_name=_("deelnemer"),
    )
    punten = models.PositiveSmallIntegerField(_("punten"), null=True, blank=True)
    rang = models.PositiveSmallIntegerField(_("rang"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("prioritering")
        verbose_name_plural = _("prioriteringen")
        ordering = ["bijeenkomst", "aanbeveling", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(punten__isnull=False, rang__isnull=True) | Q(punten__isnull=True, rang__gte=1),
                name="prioritering_punten_of_rang",
                violation_error_message=_("Geef punten óf een rang (1 of hoger)."),
            ),
            models.UniqueConstraint(
                fields=["bijeenkomst", "aanbeveling", "stakeholder"],
                name="prioritering_uniek_per_deelnemer",
            ),
            models.UniqueConstraint(
                fields=["bijeenkomst", "aanbeveling"],
                condition=Q(stakeholder__isnull=True),
                name="prioritering_uniek_gezamenlijk",
            ),
        ]

    def __str__(self) -> str:
        waarde = f"{self.punten} punten" if self.punten is not None else f"rang {self.rang}"
        return f"{self.aanbeveling}: {waarde}"
