"""The plan's doelstellingen, their indicatoren and the measured values per year (issue 12 §1).

A doelstelling and its indicatoren are plan content: they change only while the plan is editable,
as an actie does. A meting is uitvoering data: it is added during the four years after adoption,
so it has no lock of its own (the views decide who may add one).

Which years are sensible comes from the plan (`plan_jaarbereik`): a nulmeting lies up to ten years
before the start of the uitvoering, a streefwaarde or meting at most two years after its end.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Max, Min, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from basis.grafiek import Grafiek, getal_tekst, lijngrafiek

from .plan import Uitvoeringsplan
from .querysets import DoelstellingQuerySet

JAREN_VOOR_START = 10  # a nulmeting may be this many years older than the start of the uitvoering
JAREN_NA_EIND = 2  # a streefwaarde or meting may lie this many years after the plan's end
PLANDUUR = 4  # without acties with a period, a plan runs four years (the Alcoholwet's maximum)


class Indicatorbron(models.TextChoices):
    SCANNER = "scanner", _("Scanner")
    GEZONDHEIDSMONITOR_JEUGD = "gm_jeugd", _("Gezondheidsmonitor Jeugd")
    GEZONDHEIDSMONITOR_VOLWASSENEN = "gm_volwassenen", _("Gezondheidsmonitor Volwassenen")
    EIGEN_REGISTRATIE = "eigen", _("Eigen registratie van de gemeente")
    ANDERS = "anders", _("Anders")


class Ontbreekt(models.TextChoices):
    """Why a year has no value: shown as missing, never as 0."""

    TE_WEINIG_RESPONDENTEN = "te_weinig_respondenten", _("te weinig respondenten")
    NIET_GEMETEN = "niet_gemeten", _("niet gemeten dit jaar")
    NOG_NIET_BEKEND = "nog_niet_bekend", _("nog niet bekend")
    ANDERS = "anders", _("andere reden")


@dataclass(frozen=True)
class Jaarbereik:
    start: int
    eind: int

    @property
    def vroegste(self) -> int:
        return self.start - JAREN_VOOR_START

    @property
    def laatste(self) -> int:
        return self.eind + JAREN_NA_EIND


def plan_jaarbereik(plan: Uitvoeringsplan) -> Jaarbereik:
    """The plan's years: from the start of the uitvoering (or its first actie) to the end of its last actie.

    Without dates, the plan starts in the year it was created and runs `PLANDUUR` years.
    """
    from .actie import Actie

    perioden = Actie.objects.van_plan(plan).aggregate(
        start=Min("periode_start"), eind=Max("periode_eind"), laatste_start=Max("periode_start")
    )
    if plan.datum_start_uitvoering:
        start = plan.datum_start_uitvoering.year
    elif perioden["start"]:
        start = perioden["start"].year
    else:
        start = plan.aangemaakt_op.year
    einden = [datum.year for datum in (perioden["eind"], perioden["laatste_start"]) if datum]
    eind = max([*einden, start + PLANDUUR - 1])
    return Jaarbereik(start=start, eind=eind)


def buiten_bereik(jaar: int, van: int, tot: int) -> ValidationError:
    return ValidationError(
        _("Kies een jaar van %(van)s tot en met %(tot)s; dat past bij de looptijd van het plan."),
        params={"van": van, "tot": tot},
        code="buiten_bereik",
    )


class Doelstelling(models.Model):
    """What the plan wants to reach, written SMART, with the aanbevelingen and acties that serve it."""

    plan = models.ForeignKey(
        Uitvoeringsplan, on_delete=models.CASCADE, related_name="doelstellingen", verbose_name=_("uitvoeringsplan")
    )
    titel = models.CharField(_("doel in het kort"), max_length=200)
    omschrijving = models.TextField(
        _("SMART omschreven"),
        max_length=5000,
        help_text=_("Specifiek, meetbaar, acceptabel, realistisch en tijdgebonden: wat is er wanneer bereikt?"),
    )
    aanbevelingen = models.ManyToManyField(
        "scanner.Aanbeveling", blank=True, related_name="doelstellingen", verbose_name=_("aanbevelingen")
    )
    acties = models.ManyToManyField("Actie", blank=True, related_name="doelstellingen", verbose_name=_("acties"))
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    herkomst = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="voortzettingen",
        verbose_name=_("overgenomen uit"),
        help_text=_("De doelstelling uit de vorige cyclus waar deze doelstelling uit is overgenomen."),
    )
    history = HistoricalRecords(m2m_fields=[aanbevelingen, acties])

    objects = DoelstellingQuerySet.as_manager()

    class Meta:
        verbose_name = _("doelstelling")
        verbose_name_plural = _("doelstellingen")
        ordering = ["plan", "volgorde", "pk"]

    def __str__(self) -> str:
        return self.titel

    def save(self, *args, **kwargs) -> None:
        self.plan.controleer_bewerkbaar()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        self.plan.controleer_bewerkbaar()
        return super().delete(*args, **kwargs)


class Indicator(models.Model):
    """How a doelstelling is measured: a nulmeting (basiswaarde), a streefwaarde and values per year."""

    doelstelling = models.ForeignKey(
        Doelstelling, on_delete=models.CASCADE, related_name="indicatoren", verbose_name=_("doelstelling")
    )
    naam = models.CharField(_("naam"), max_length=200, help_text=_("Bijvoorbeeld: jongeren die ooit alcohol dronken."))
    eenheid = models.CharField(_("eenheid"), max_length=50, help_text=_("Bijvoorbeeld: %, aantal, leeftijd in jaren."))
    doelgroep = models.CharField(_("doelgroep"), max_length=200, help_text=_("Bijvoorbeeld: leerlingen klas 2 en 4."))
    bron = models.CharField(_("bron"), max_length=20, choices=Indicatorbron)
    bron_toelichting = models.CharField(
        _("toelichting op de bron"), max_length=200, blank=True, help_text=_("Welke registratie of meting precies?")
    )
    lager_is_beter = models.BooleanField(
        _("lager is beter"), default=True, help_text=_("Aan: het doel is dat de waarde daalt.")
    )
    basiswaarde = models.DecimalField(
        _("basiswaarde (nulmeting)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    basisjaar = models.PositiveSmallIntegerField(_("jaar van de nulmeting"), null=True, blank=True)
    streefwaarde = models.DecimalField(_("streefwaarde"), max_digits=12, decimal_places=2, null=True, blank=True)
    streefjaar = models.PositiveSmallIntegerField(_("streefjaar"), null=True, blank=True)
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicatoren")
        ordering = ["doelstelling", "volgorde", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(basiswaarde__isnull=True, basisjaar__isnull=True)
                | Q(basiswaarde__isnull=False, basisjaar__isnull=False),
                name="indicator_basiswaarde_met_jaar",
                violation_error_message=_("Een basiswaarde hoort bij een jaar."),
            ),
            models.CheckConstraint(
                condition=Q(streefwaarde__isnull=True, streefjaar__isnull=True)
                | Q(streefwaarde__isnull=False, streefjaar__isnull=False),
                name="indicator_streefwaarde_met_jaar",
                violation_error_message=_("Een streefwaarde hoort bij een jaar."),
            ),
        ]

    def __str__(self) -> str:
        return self.naam

    def save(self, *args, **kwargs) -> None:
        self.doelstelling.plan.controleer_bewerkbaar()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        self.doelstelling.plan.controleer_bewerkbaar()
        return super().delete(*args, **kwargs)

    def clean(self) -> None:
        fouten = {}
        if (self.basiswaarde is None) != (self.basisjaar is None):
            veld = "basisjaar" if self.basisjaar is None else "basiswaarde"
            fouten[veld] = _("Vul de basiswaarde en het jaar van de nulmeting allebei in, of geen van beide.")
        if (self.streefwaarde is None) != (self.streefjaar is None):
            veld = "streefjaar" if self.streefjaar is None else "streefwaarde"
            fouten[veld] = _("Vul de streefwaarde en het streefjaar allebei in, of geen van beide.")
        if self.bron == Indicatorbron.ANDERS and not self.bron_toelichting:
            fouten["bron_toelichting"] = _("Schrijf op welke bron het is.")
        plan = self.doelstelling.plan if self.doelstelling_id else None
        if plan is not None:
            bereik = plan_jaarbereik(plan)
            if self.basisjaar is not None and not bereik.vroegste <= self.basisjaar <= bereik.start:
                fouten["basisjaar"] = buiten_bereik(self.basisjaar, bereik.vroegste, bereik.start)
            if self.streefjaar is not None and not bereik.start <= self.streefjaar <= bereik.laatste:
                fouten["streefjaar"] = buiten_bereik(self.streefjaar, bereik.start, bereik.laatste)
        if self.basisjaar and self.streefjaar and self.streefjaar <= self.basisjaar and "streefjaar" not in fouten:
            fouten["streefjaar"] = _("Het streefjaar ligt na het jaar van de nulmeting.")
        if fouten:
            raise ValidationError(fouten)

    def grafiek(self) -> Grafiek:
        """The chart of the nulmeting, streefwaarde and metingen (read through `.all()`, so prefetching counts)."""
        return lijngrafiek(
            metingen=[(meting.jaar, meting.waarde) for meting in self.metingen.all()],
            basis=(self.basisjaar, self.basiswaarde) if self.basisjaar and self.basiswaarde is not None else None,
            streef=(self.streefjaar, self.streefwaarde) if self.streefjaar and self.streefwaarde is not None else None,
        )

    def waarden(self) -> list[dict]:
        """Nulmeting, metingen and streefwaarde by year, as text: the chart's alternative and the tables' rows."""
        rijen = []
        if self.basisjaar and self.basiswaarde is not None:
            rijen.append({"soort": _("nulmeting"), "jaar": self.basisjaar, "tekst": self.met_eenheid(self.basiswaarde)})
        for meting in self.metingen.all():
            tekst = meting.waarde_tekst
            rijen.append(
                {"soort": _("meting"), "jaar": meting.jaar, "tekst": tekst, "bron": meting.bron, "meting": meting}
            )
        if self.streefjaar and self.streefwaarde is not None:
            rijen.append(
                {"soort": _("streefwaarde"), "jaar": self.streefjaar, "tekst": self.met_eenheid(self.streefwaarde)}
            )
        return sorted(rijen, key=lambda rij: rij["jaar"])

    def met_eenheid(self, waarde: Decimal | None) -> str:
        if waarde is None:
            return ""
        tekst = getal_tekst(waarde)
        return f"{tekst}%" if self.eenheid.strip() == "%" else f"{tekst} {self.eenheid}".strip()

    @property
    def basis_tekst(self) -> str:
        """The nulmeting as "24% (2019)", or empty."""
        return f"{self.met_eenheid(self.basiswaarde)} ({self.basisjaar})" if self.basisjaar else ""

    @property
    def streef_tekst(self) -> str:
        return f"{self.met_eenheid(self.streefwaarde)} ({self.streefjaar})" if self.streefjaar else ""

    @property
    def bron_tekst(self) -> str:
        if self.bron == Indicatorbron.ANDERS:
            return self.bron_toelichting
        tekst = self.get_bron_display()
        return f"{tekst} ({self.bron_toelichting})" if self.bron_toelichting else tekst


class Meting(models.Model):
    """The value of an indicator in one year, or why it is missing (never a 0 standing in for "unknown")."""

    indicator = models.ForeignKey(
        Indicator, on_delete=models.CASCADE, related_name="metingen", verbose_name=_("indicator")
    )
    jaar = models.PositiveSmallIntegerField(_("jaar"))
    waarde = models.DecimalField(
        _("waarde"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Leeg als de waarde ontbreekt."),
    )
    ontbreekt = models.CharField(_("waarom ontbreekt de waarde?"), max_length=30, choices=Ontbreekt, blank=True)
    bron = models.CharField(
        _("bron van deze meting"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld: Gezondheidsmonitor Jeugd 2023."),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("meting")
        verbose_name_plural = _("metingen")
        ordering = ["indicator", "jaar"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "jaar"],
                name="meting_een_per_jaar",
                violation_error_message=_("Voor dit jaar is al een meting ingevuld. Pas die aan."),
            ),
            models.CheckConstraint(
                condition=Q(waarde__isnull=False, ontbreekt="") | Q(waarde__isnull=True) & ~Q(ontbreekt=""),
                name="meting_waarde_of_reden",
                violation_error_message=_("Vul een waarde in, of zeg waarom de waarde ontbreekt."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator} {self.jaar}"

    @property
    def waarde_tekst(self) -> str:
        """The value with its unit ("24,5%"), or why it is missing; reads the indicator the prefetch set."""
        return self.indicator.met_eenheid(self.waarde) if self.waarde is not None else self.ontbreekt_tekst

    @property
    def ontbreekt_tekst(self) -> str:
        return _("ontbreekt: %(reden)s") % {"reden": self.get_ontbreekt_display()} if self.waarde is None else ""

    def clean(self) -> None:
        if self.waarde is None and not self.ontbreekt:
            raise ValidationError({"ontbreekt": _("Vul een waarde in, of kies waarom de waarde ontbreekt.")})
        if self.waarde is not None and self.ontbreekt:
            raise ValidationError({"ontbreekt": _("Er is een waarde ingevuld; laat de reden dan leeg.")})
        if self.indicator_id:
            bereik = plan_jaarbereik(self.indicator.doelstelling.plan)
            if self.jaar is not None and not bereik.vroegste <= self.jaar <= bereik.laatste:
                raise ValidationError({"jaar": buiten_bereik(self.jaar, bereik.vroegste, bereik.laatste)})
