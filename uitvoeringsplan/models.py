"""The plan itself, who works on it, and its invultabellen with their acties."""

from datetime import date
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .constants import (
    KERNTEAM_ROLLEN,
    Databank,
    Erkend,
    Erkenningsniveau,
    Fase,
    Haalbaarheid,
    Kernteamfunctie,
    Opdrachtgever,
    PlanStatus,
    Preventievorm,
    Rol,
    Uitvoeringsstatus,
)
from .rechten import BEWERKBARE_STATUSSEN
from .rijen import RIJEN

NIET_NEGATIEF = [MinValueValidator(Decimal("0"))]


class Vergrendeld(Exception):
    """Raised when something tries to change an adopted version."""


class UitvoeringsplanQuerySet(models.QuerySet):
    def for_user(self, user) -> "UitvoeringsplanQuerySet":
        """The plans `user` is a member of, each annotated with `mijn_rol`.

        This is the single entry point for access: views start from it, so a plan of which
        the user is not a member does not exist for them (404).
        """
        if not user.is_authenticated:
            return self.none()
        rol = Lidmaatschap.objects.filter(plan=OuterRef("pk"), user=user).values("rol")[:1]
        return self.annotate(mijn_rol=Subquery(rol)).filter(mijn_rol__isnull=False)


class LidmaatschapQuerySet(models.QuerySet):
    def kernteam(self) -> "LidmaatschapQuerySet":
        """The projectleider(s) and kernteamleden: the one definition of the kernteam."""
        return self.filter(rol__in=KERNTEAM_ROLLEN)


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
    rol_agenda = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("wie stelt de agenda op?"),
    )
    rol_planning = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("wie plant de bijeenkomsten?"),
    )
    rol_stakeholdercontact = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("wie onderhoudt het contact met de lokale stakeholders?"),
    )
    rol_verwerking = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("wie verwerkt de uitkomsten in het Uitvoeringsplan?"),
    )
    review_deadline = models.DateField(_("reageren vóór"), null=True, blank=True)
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


class Invultabel(models.Model):
    """The table of acties for one aanbeveling in one plan; its position is the priority order."""

    plan = models.ForeignKey(
        Uitvoeringsplan, on_delete=models.CASCADE, related_name="invultabellen", verbose_name=_("uitvoeringsplan")
    )
    aanbeveling = models.ForeignKey(
        "scanner.Aanbeveling", on_delete=models.PROTECT, related_name="invultabellen", verbose_name=_("aanbeveling")
    )
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("invultabel")
        verbose_name_plural = _("invultabellen")
        ordering = ["plan", "volgorde", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "aanbeveling"],
                name="invultabel_uniek_per_plan_en_aanbeveling",
                violation_error_message=_("Deze aanbeveling staat al in het plan."),
            )
        ]

    def __str__(self) -> str:
        return str(self.aanbeveling)

    def save(self, *args, **kwargs) -> None:
        self.plan.controleer_bewerkbaar()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        self.plan.controleer_bewerkbaar()
        return super().delete(*args, **kwargs)


class Interventie(models.Model):
    """A known intervention; picking one for an actie fills rows 1 and 5."""

    naam = models.CharField(_("naam"), max_length=200)
    omschrijving = models.TextField(_("omschrijving"), max_length=5000, blank=True)
    databank = models.CharField(_("databank"), max_length=30, choices=Databank, blank=True)
    erkenningsniveau = models.CharField(_("erkenningsniveau"), max_length=30, choices=Erkenningsniveau, blank=True)
    preventievorm = models.CharField(_("preventievorm"), max_length=20, choices=Preventievorm, blank=True)
    middelen = models.ManyToManyField(
        "scanner.Middel", blank=True, related_name="interventies", verbose_name=_("middelen")
    )
    doelgroep = models.CharField(_("doelgroep"), max_length=300, blank=True)
    url = models.URLField(_("link"), max_length=500, blank=True)
    is_voorbeeld = models.BooleanField(
        _("voorbeeld"),
        default=False,
        help_text=_("Een verzonnen voorbeeld voor de demonstratie, geen bestaande interventie."),
    )
    bron = models.CharField(_("bron"), max_length=300, blank=True, help_text=_("Waar de gegevens vandaan komen."))
    history = HistoricalRecords(m2m_fields=[middelen])

    class Meta:
        verbose_name = _("interventie")
        verbose_name_plural = _("interventies")
        ordering = ["naam"]

    def __str__(self) -> str:
        return self.naam

    def invulling(self) -> dict[str, str]:
        """What picking this interventie fills in on an actie (rows 1 and 5 and the preventievorm).

        An invented example claims no effect or recognition, so it fills in only its name and form.
        """
        velden = {"titel": self.naam, "preventievorm": self.preventievorm}
        if not self.is_voorbeeld:
            velden |= {
                "effectiviteit": self.omschrijving,
                "databank": self.databank,
                "erkenningsniveau": self.erkenningsniveau,
                "effectiviteit_url": self.url,
            }
        return velden


class Actie(models.Model):
    """One action in an invultabel, with the nine rows of the handreiking as separate fields."""

    invultabel = models.ForeignKey(
        Invultabel, on_delete=models.CASCADE, related_name="acties", verbose_name=_("invultabel")
    )
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    versie = models.PositiveIntegerField(
        _("versie"),
        default=1,
        editable=False,
        help_text=_("Wordt bij elke wijziging opgehoogd; zo vallen gelijktijdige wijzigingen op."),
    )
    # 1. Gesuggereerde interventie
    titel = models.CharField(_("gesuggereerde interventie"), max_length=500)
    interventie = models.ForeignKey(
        Interventie,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="acties",
        verbose_name=_("interventie uit de catalogus"),
    )
    # 2. Relevantie
    relevantie = models.TextField(_("relevantie"), max_length=5000, blank=True)
    # 3. Haalbaarheid
    haalbaarheid = models.CharField(_("haalbaarheid"), max_length=10, choices=Haalbaarheid, blank=True)
    haalbaarheid_toelichting = models.TextField(_("toelichting haalbaarheid"), max_length=5000, blank=True)
    # 4. Benodigde middelen
    benodigde_middelen = models.TextField(_("benodigde middelen"), max_length=5000, blank=True)
    kosten_euro = models.DecimalField(
        _("a. financieel (euro)"), max_digits=12, decimal_places=2, null=True, blank=True, validators=NIET_NEGATIEF
    )
    kosten_toelichting = models.TextField(_("toelichting financieel"), max_length=2000, blank=True)
    fte = models.DecimalField(
        _("b. aantal fte"), max_digits=5, decimal_places=2, null=True, blank=True, validators=NIET_NEGATIEF
    )
    andere_voorwaarden = models.TextField(_("c. andere voorwaarden"), max_length=5000, blank=True)
    # 5. Effectiviteit
    effectiviteit = models.TextField(_("effectiviteit"), max_length=5000, blank=True)
    erkend = models.CharField(_("erkend?"), max_length=10, choices=Erkend, blank=True)
    databank = models.CharField(_("databank"), max_length=30, choices=Databank, blank=True)
    erkenningsniveau = models.CharField(_("erkenningsniveau"), max_length=30, choices=Erkenningsniveau, blank=True)
    effectiviteit_url = models.URLField(_("link naar de beschrijving"), max_length=500, blank=True)
    # 6. Obstakels
    obstakels = models.TextField(_("obstakels"), max_length=5000, blank=True)
    obstakels_aanpak = models.TextField(_("hoe overwinnen we die?"), max_length=5000, blank=True)
    # 7. Periode
    periode_start = models.DateField(_("start"), null=True, blank=True)
    periode_eind = models.DateField(_("einde"), null=True, blank=True)
    periode_in_kwartalen = models.BooleanField(_("periode in kwartalen"), default=True)
    herhalend = models.BooleanField(_("terugkerend"), default=False)
    herhaling = models.CharField(
        _("hoe vaak terugkerend?"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld: en daarna jaarlijks aanbieden."),
    )
    # 8. Verantwoordelijke
    verantwoordelijken = models.ManyToManyField(
        "stakeholders.Organisatie", blank=True, related_name="acties", verbose_name=_("verantwoordelijke organisaties")
    )
    wie_doet_wat = models.TextField(_("wie doet wat?"), max_length=5000, blank=True)
    # 9. Prioriteit + overwegingen
    prioriteit = models.PositiveSmallIntegerField(
        _("prioriteit"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("1 is de hoogste prioriteit."),
    )
    prioriteit_overwegingen = models.TextField(_("overwegingen"), max_length=5000, blank=True)
    # Beyond the nine rows
    preventievorm = models.CharField(_("preventievorm"), max_length=20, choices=Preventievorm, blank=True)
    doelgroep = models.CharField(_("doelgroep"), max_length=300, blank=True)
    middelen = models.ManyToManyField("scanner.Middel", blank=True, related_name="acties", verbose_name=_("middelen"))
    uitvoeringsstatus = models.CharField(
        _("stand van de uitvoering"), max_length=20, choices=Uitvoeringsstatus, blank=True
    )
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    gewijzigd_op = models.DateTimeField(_("gewijzigd op"), auto_now=True)
    history = HistoricalRecords(m2m_fields=[verantwoordelijken, middelen])

    class Meta:
        verbose_name = _("actie")
        verbose_name_plural = _("acties")
        ordering = ["invultabel", "volgorde", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kosten_euro__gte=0) | Q(kosten_euro__isnull=True),
                name="actie_kosten_niet_negatief",
                violation_error_message=_("De kosten kunnen niet negatief zijn."),
            ),
            models.CheckConstraint(
                condition=Q(fte__gte=0) | Q(fte__isnull=True),
                name="actie_fte_niet_negatief",
                violation_error_message=_("Het aantal fte kan niet negatief zijn."),
            ),
            models.CheckConstraint(
                condition=Q(periode_eind__gte=F("periode_start"))
                | Q(periode_eind__isnull=True)
                | Q(periode_start__isnull=True),
                name="actie_eind_niet_voor_start",
                violation_error_message=_("Het einde van de periode mag niet vóór de start liggen."),
            ),
            models.CheckConstraint(
                condition=Q(prioriteit__gte=1) | Q(prioriteit__isnull=True),
                name="actie_prioriteit_positief",
                violation_error_message=_("De prioriteit is 1 of hoger."),
            ),
        ]

    def __str__(self) -> str:
        return self.titel

    # After adoption only the implementation status (DESIGN §6) may still change.
    NA_VASTSTELLING_BEWERKBAAR = frozenset({"uitvoeringsstatus", "gewijzigd_op"})

    def save(self, *args, **kwargs) -> None:
        update_fields = kwargs.get("update_fields")
        if not (update_fields and set(update_fields) <= self.NA_VASTSTELLING_BEWERKBAAR):
            self.invultabel.plan.controleer_bewerkbaar()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        self.invultabel.plan.controleer_bewerkbaar()
        return super().delete(*args, **kwargs)

    def clean(self) -> None:
        if self.periode_start and self.periode_eind and self.periode_eind < self.periode_start:
            raise ValidationError({"periode_eind": _("Het einde van de periode ligt vóór de start.")})

    @property
    def periode_tekst(self) -> str:
        """Row 7 as one line, e.g. "Q1 2026, en daarna jaarlijks aanbieden." or "Q2 2027 t/m Q4 2027"."""
        if not self.periode_start:
            return ""

        def opmaak(datum: date) -> str:
            if self.periode_in_kwartalen:
                return f"Q{(datum.month - 1) // 3 + 1} {datum.year}"
            return date_format(datum, "j F Y")

        tekst = opmaak(self.periode_start)
        if self.periode_eind and opmaak(self.periode_eind) != tekst:
            tekst = f"{tekst} t/m {opmaak(self.periode_eind)}"
        if self.herhalend and self.herhaling:
            tekst = f"{tekst}, {self.herhaling}"
        return tekst

    @property
    def ontbrekende_rijen(self) -> list[str]:
        """The numbered rows of the handreiking that are still empty.

        Reads `verantwoordelijken` through `.all()` so a prefetched list is used when present.
        """
        ingevuld = {
            1: self.titel,
            2: self.relevantie,
            3: self.haalbaarheid or self.haalbaarheid_toelichting,
            4: self.benodigde_middelen
            or self.kosten_euro is not None
            or self.fte is not None
            or self.andere_voorwaarden,
            5: self.effectiviteit,
            6: self.obstakels,
            7: self.periode_start,
            8: self.wie_doet_wat or self.verantwoordelijken.all(),
            9: self.prioriteit,
        }
        return [rij.label for rij in RIJEN if not ingevuld[rij.nummer]]

    @property
    def is_compleet(self) -> bool:
        return not self.ontbrekende_rijen
