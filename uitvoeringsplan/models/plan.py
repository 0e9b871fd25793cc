"""The plan itself and who works on it."""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from scanner.models import Aanbeveling
from uitvoeringsplan.constants import KERNTEAM_ROLLEN, Fase, Kernteamfunctie, Opdrachtgever, PlanStatus, Rol
from uitvoeringsplan.rechten import BEWERKBARE_STATUSSEN, rechten_voor

from .querysets import LidmaatschapQuerySet, UitvoeringsplanQuerySet

NIET_NEGATIEF = [MinValueValidator(Decimal("0"))]


def wie_doet_het(vraag: str) -> models.ForeignKey:
    """A task agreed in the startgesprek, and the person who does it."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=vraag
    )


class Vergrendeld(Exception):
    """Raised when something tries to change an adopted version."""


class Uitvoeringsplan(models.Model):
    gemeente = models.ForeignKey(
        "scanner.Gemeente", on_delete=models.PROTECT, related_name="plannen", verbose_name=_("gemeente")
    )
    titel = models.CharField(_("titel"), max_length=200)
    status = models.CharField(_("status"), max_length=20, choices=PlanStatus, default=PlanStatus.CONCEPT)
    versie = models.PositiveIntegerField(
        _("versie"), default=1, help_text=_("Het nummer dat de volgende vastgestelde versie krijgt.")
    )
    scanner = models.ForeignKey(
        "scanner.Scanner",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="plannen",
        verbose_name=_("Scanner"),
    )
    beleidsdocumenten = models.ManyToManyField(
        "scanner.Beleidsdocument", blank=True, related_name="plannen", verbose_name=_("beleidsdocumenten")
    )
    inleiding = models.TextField(_("inleiding"), max_length=20000, blank=True)
    samenvatting_totstandkoming = models.TextField(_("samenvatting totstandkoming"), max_length=20000, blank=True)
    # Tip 1: politiek-bestuurlijk draagvlak
    opdracht_door = models.CharField(_("opdracht gegeven door"), max_length=10, choices=Opdrachtgever, blank=True)
    opdracht_datum = models.DateField(_("datum opdracht"), null=True, blank=True)
    opdracht_kenmerk = models.CharField(_("kenmerk besluit"), max_length=100, blank=True)
    ambassadeur = models.CharField(
        _("ambassadeur-wethouder"), max_length=200, blank=True, help_text=_("De wethouder die ambassadeur is.")
    )
    # Stap 2: afspraken uit het startgesprek
    datum_plan_gereed = models.DateField(_("Uitvoeringsplan klaar op"), null=True, blank=True)
    datum_start_uitvoering = models.DateField(_("start uitvoering"), null=True, blank=True)
    budget_euro = models.DecimalField(
        _("beschikbaar budget (euro)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=NIET_NEGATIEF,
    )
    budget_uren = models.DecimalField(
        _("beschikbare tijd (uren)"),
        max_digits=8,
        decimal_places=1,
        null=True,
        blank=True,
        validators=NIET_NEGATIEF,
    )
    draagvlak_aanpak = models.TextField(
        _("hoe creëren we draagvlak?"), max_length=5000, blank=True, help_text=_("Zie kader 3 van de handreiking.")
    )
    rol_agenda = wie_doet_het(_("wie stelt de agenda op?"))
    rol_planning = wie_doet_het(_("wie plant de bijeenkomsten?"))
    rol_stakeholdercontact = wie_doet_het(_("wie onderhoudt het contact met de lokale stakeholders?"))
    rol_verwerking = wie_doet_het(_("wie verwerkt de uitkomsten in het Uitvoeringsplan?"))
    review_deadline = models.DateField(_("reageren vóór"), null=True, blank=True)
    vorige_cyclus = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="volgende_cyclus",
        verbose_name=_("vorige cyclus"),
        help_text=_("Het plan waarvan dit plan de volgende cyclus is; een plan heeft hoogstens één volgende cyclus."),
    )
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    gewijzigd_op = models.DateTimeField(_("gewijzigd op"), auto_now=True)
    history = HistoricalRecords(m2m_fields=[beleidsdocumenten])

    objects = UitvoeringsplanQuerySet.as_manager()

    class Meta:
        verbose_name = _("Uitvoeringsplan")
        verbose_name_plural = _("Uitvoeringsplannen")
        ordering = ["gemeente__naam", "titel"]
        constraints = [
            models.CheckConstraint(
                condition=Q(budget_euro__gte=0) | Q(budget_euro__isnull=True),
                name="plan_budget_niet_negatief",
                violation_error_message=_("Het budget kan niet negatief zijn."),
            ),
            models.CheckConstraint(
                condition=Q(budget_uren__gte=0) | Q(budget_uren__isnull=True),
                name="plan_uren_niet_negatief",
                violation_error_message=_("Het aantal uren kan niet negatief zijn."),
            ),
        ]

    def __str__(self) -> str:
        return self.titel

    def get_absolute_url(self) -> str:
        return reverse("plan_detail", kwargs={"plan_pk": self.pk})

    @property
    def is_bewerkbaar(self) -> bool:
        return self.status in BEWERKBARE_STATUSSEN

    @property
    def is_vastgesteld(self) -> bool:
        return not self.is_bewerkbaar

    @property
    def ooit_vastgesteld(self) -> bool:
        """Adopted at least once: the uitvoering has begun, also while a next concept version is written.

        `versie` is the number the next adopted version gets, so it passes 1 only after an adoption.
        """
        return self.status in {PlanStatus.VASTGESTELD, PlanStatus.IN_UITVOERING, PlanStatus.GEEVALUEERD} or (
            self.versie > 1
        )

    @property
    def rechten(self) -> frozenset:
        """The rights of the user the plan was fetched for (`for_user` sets `mijn_rol`)."""
        return rechten_voor(self.mijn_rol, self.status, ooit_vastgesteld=self.ooit_vastgesteld)

    @property
    def fase(self) -> str:
        """Where the plan is in the cycle of Figuur 1."""
        if self.status in {PlanStatus.VASTGESTELD, PlanStatus.IN_UITVOERING}:
            return Fase.IMPLEMENTATIE
        if self.status == PlanStatus.GEEVALUEERD:
            return Fase.EVALUATIE
        return Fase.OPSTELLEN

    def controleer_bewerkbaar(self) -> None:
        if not self.is_bewerkbaar:
            raise Vergrendeld(f"Uitvoeringsplan {self.pk} is {self.status} and cannot change.")

    def aanbevelingen_uit_bronnen(self) -> models.QuerySet[Aanbeveling]:
        """The aanbevelingen of the plan's Scanner and of the beleidsdocumenten that belong to the plan."""
        return Aanbeveling.objects.filter(self._bronnen(), gemeente=self.gemeente_id)

    def alle_aanbevelingen(self) -> models.QuerySet[Aanbeveling]:
        """The aanbevelingen the plan works with: from its sources, or already in it (also without a source)."""
        return Aanbeveling.objects.filter(
            self._bronnen() | Q(invultabellen__plan=self), gemeente=self.gemeente_id
        ).distinct()

    def _bronnen(self) -> Q:
        # Without a Scanner, Q(scanner_id=None) would mean "no Scanner" and match every other aanbeveling.
        bronnen = Q(beleidsdocument__plannen=self)
        if self.scanner_id:
            bronnen |= Q(scanner_id=self.scanner_id)
        return bronnen


class Wethouderoverleg(models.Model):
    """An update given to the ambassadeur-wethouder while the plan is being written (Tip 1)."""

    plan = models.ForeignKey(
        Uitvoeringsplan, on_delete=models.CASCADE, related_name="wethouderoverleggen", verbose_name=_("uitvoeringsplan")
    )
    datum = models.DateField(_("datum"))
    onderwerp = models.CharField(_("onderwerp"), max_length=200)
    verslag = models.TextField(_("verslag"), max_length=5000, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("overleg met de wethouder")
        verbose_name_plural = _("overleggen met de wethouder")
        ordering = ["-datum", "-pk"]

    def __str__(self) -> str:
        return f"{self.datum:%d-%m-%Y} {self.onderwerp}"


class Lidmaatschap(models.Model):
    """A user's role in one plan: the basis of every permission check."""

    plan = models.ForeignKey(
        Uitvoeringsplan, on_delete=models.CASCADE, related_name="lidmaatschappen", verbose_name=_("uitvoeringsplan")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lidmaatschappen", verbose_name=_("gebruiker")
    )
    rol = models.CharField(_("rol"), max_length=20, choices=Rol)
    functie = models.CharField(_("functie in het kernteam"), max_length=20, choices=Kernteamfunctie, blank=True)
    functie_omschrijving = models.CharField(_("omschrijving functie"), max_length=200, blank=True)
    concept_gezien_op = models.DateTimeField(_("concept voor het eerst geopend op"), null=True, blank=True)
    toegevoegd_op = models.DateTimeField(_("toegevoegd op"), auto_now_add=True)
    history = HistoricalRecords()

    objects = LidmaatschapQuerySet.as_manager()

    class Meta:
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")
        ordering = ["plan", "rol", "user__last_name", "user__first_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "user"],
                name="lidmaatschap_uniek",
                violation_error_message=_("Deze persoon is al lid van dit plan."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.user.get_full_name() or self.user.get_username()} — {self.get_rol_display()}"

    @property
    def is_kernteam(self) -> bool:
        return self.rol in KERNTEAM_ROLLEN
