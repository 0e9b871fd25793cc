"""One actie of an invultabel: the handreiking's nine rows as fields, worded in `rijen.py`."""

from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from basis.kwartalen import kwartaal_tekst
from uitvoeringsplan.constants import Databank, Erkend, Erkenningsniveau, Haalbaarheid, Preventievorm, Uitvoeringsstatus
from uitvoeringsplan.rijen import ACTIEVELDEN, RIJEN

from .interventie import Interventie
from .invultabel import Invultabel
from .plan import NIET_NEGATIEF
from .querysets import ActieQuerySet


def handreiking(naam: str) -> dict[str, str]:
    """The field's verbose_name and help_text, from the handreiking's table in `rijen.py`."""
    return ACTIEVELDEN[naam].model()


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
    # The nine rows of the handreiking, then what an actie records beyond them; names and help in rijen.py.
    interventie = models.ForeignKey(
        Interventie,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="acties",
        **handreiking("interventie"),
    )
    titel = models.CharField(max_length=500, **handreiking("titel"))
    relevantie = models.TextField(max_length=5000, blank=True, **handreiking("relevantie"))
    haalbaarheid = models.CharField(max_length=10, choices=Haalbaarheid, blank=True, **handreiking("haalbaarheid"))
    haalbaarheid_toelichting = models.TextField(max_length=5000, blank=True, **handreiking("haalbaarheid_toelichting"))
    benodigde_middelen = models.TextField(max_length=5000, blank=True, **handreiking("benodigde_middelen"))
    kosten_euro = models.DecimalField(
        max_digits=12, decimal_places=2, null=True, blank=True, validators=NIET_NEGATIEF, **handreiking("kosten_euro")
    )
    kosten_toelichting = models.TextField(max_length=2000, blank=True, **handreiking("kosten_toelichting"))
    fte = models.DecimalField(
        max_digits=5, decimal_places=2, null=True, blank=True, validators=NIET_NEGATIEF, **handreiking("fte")
    )
    andere_voorwaarden = models.TextField(max_length=5000, blank=True, **handreiking("andere_voorwaarden"))
    effectiviteit = models.TextField(max_length=5000, blank=True, **handreiking("effectiviteit"))
    erkend = models.CharField(max_length=10, choices=Erkend, blank=True, **handreiking("erkend"))
    databank = models.CharField(max_length=30, choices=Databank, blank=True, **handreiking("databank"))
    erkenningsniveau = models.CharField(
        max_length=30, choices=Erkenningsniveau, blank=True, **handreiking("erkenningsniveau")
    )
    effectiviteit_url = models.URLField(max_length=500, blank=True, **handreiking("effectiviteit_url"))
    obstakels = models.TextField(max_length=5000, blank=True, **handreiking("obstakels"))
    obstakels_aanpak = models.TextField(max_length=5000, blank=True, **handreiking("obstakels_aanpak"))
    periode_start = models.DateField(null=True, blank=True, **handreiking("periode_start"))
    periode_eind = models.DateField(null=True, blank=True, **handreiking("periode_eind"))
    periode_in_kwartalen = models.BooleanField(default=True, **handreiking("periode_in_kwartalen"))
    herhalend = models.BooleanField(default=False, **handreiking("herhalend"))
    herhaling = models.CharField(max_length=200, blank=True, **handreiking("herhaling"))
    verantwoordelijken = models.ManyToManyField(
        "stakeholders.Organisatie", blank=True, related_name="acties", **handreiking("verantwoordelijken")
    )
    wie_doet_wat = models.TextField(max_length=5000, blank=True, **handreiking("wie_doet_wat"))
    prioriteit = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1)], **handreiking("prioriteit")
    )
    prioriteit_overwegingen = models.TextField(max_length=5000, blank=True, **handreiking("prioriteit_overwegingen"))
    preventievorm = models.CharField(max_length=20, choices=Preventievorm, blank=True, **handreiking("preventievorm"))
    doelgroep = models.CharField(max_length=300, blank=True, **handreiking("doelgroep"))
    middelen = models.ManyToManyField("scanner.Middel", blank=True, related_name="acties", **handreiking("middelen"))
    uitvoeringsstatus = models.CharField(
        _("stand van de uitvoering"), max_length=20, choices=Uitvoeringsstatus, blank=True
    )
    uit_werkblad = models.BooleanField(
        _("voorgesteld op een werkblad"),
        default=False,
        help_text=_("De actie begon als concept op het werkblad van een inhoudelijke bijeenkomst."),
    )
    herkomst = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="voortzettingen",
        verbose_name=_("voortgezet uit"),
        help_text=_("De actie uit de vorige cyclus waar deze actie uit is overgenomen."),
    )
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    gewijzigd_op = models.DateTimeField(_("gewijzigd op"), auto_now=True)
    history = HistoricalRecords(m2m_fields=[verantwoordelijken, middelen])

    objects = ActieQuerySet.as_manager()

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
    NA_VASTSTELLING_BEWERKBAAR = frozenset({"uitvoeringsstatus", "versie", "gewijzigd_op"})

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
            return kwartaal_tekst(datum) if self.periode_in_kwartalen else date_format(datum, "j F Y")

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
