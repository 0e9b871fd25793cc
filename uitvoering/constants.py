"""The choices of the evaluation, with the handreiking's words as labels."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DoelBereikt(models.TextChoices):
    JA = "ja", _("Ja")
    DEELS = "deels", _("Deels")
    NEE = "nee", _("Nee")
    NIET_TE_ZEGGEN = "niet_te_zeggen", _("Niet te zeggen")


class Advies(models.TextChoices):
    DOORZETTEN = "doorzetten", _("Doorzetten")
    AANPASSEN = "aanpassen", _("Aanpassen")
    STOPPEN = "stoppen", _("Stoppen")
