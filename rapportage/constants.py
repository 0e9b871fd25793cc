from django.db import models
from django.utils.translation import gettext_lazy as _


class OpmerkingStatus(models.TextChoices):
    OPEN = "open", _("Open")
    VERWERKT = "verwerkt", _("Verwerkt")
    NIET_OVERGENOMEN = "niet_overgenomen", _("Niet overgenomen")


class OndertekeningBron(models.TextChoices):
    APPLICATIE = "applicatie", _("In de applicatie getekend")
    PAPIER = "papier", _("Overgenomen van de getekende papieren versie")
