"""The choices of the regional project, in the words of the Jaarplan 2022 (seeds/003)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Groepsoort(models.TextChoices):
    STUURGROEP = "stuurgroep", _("Stuurgroep")
    PROJECTTEAM = "projectteam", _("Projectteam")
    WERKGROEP = "werkgroep", _("Werkgroep")
    EXPERTGROEP = "expertgroep", _("Expertgroep")
    KOPGROEP = "kopgroep", _("Kopgroep")
    ANDERS = "anders", _("Andere groep")


# Klankbord groups stand beside the hierarchy in the organogram; they have no deelgebied in the jaarplan.
KLANKBORD = frozenset({Groepsoort.EXPERTGROEP, Groepsoort.KOPGROEP})
# The deelgebieden of a jaarplan: the projectorganisatie (the projectteam) and each werkgroep.
DEELGEBIED_SOORTEN = frozenset({Groepsoort.PROJECTTEAM, Groepsoort.WERKGROEP})


class Groepsrol(models.TextChoices):
    VOORZITTER = "voorzitter", _("Voorzitter")
    TREKKER = "trekker", _("Trekker")
    LID = "lid", _("Lid")
    SECRETARIS = "secretaris", _("Secretaris")


class JaarplanStatus(models.TextChoices):
    CONCEPT = "concept", _("Concept")
    VASTGESTELD = "vastgesteld", _("Vastgesteld door de stuurgroep")


class Realisatie(models.TextChoices):
    GEREALISEERD = "gerealiseerd", _("Gerealiseerd")
    DEELS = "deels", _("Deels gerealiseerd")
    NIET = "niet", _("Niet gerealiseerd")
    DOORGESCHOVEN = "doorgeschoven", _("Doorgeschoven")


# Carried over into next year's draft: everything that was not fully realised.
NIET_AF = frozenset({Realisatie.DEELS, Realisatie.NIET, Realisatie.DOORGESCHOVEN})
