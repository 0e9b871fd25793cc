"""The catalogue of known interventions, shared by all plans."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from uitvoeringsplan.constants import Databank, Erkenningsniveau, Preventievorm


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
