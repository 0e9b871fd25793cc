from django.db import models
from django.utils.translation import gettext_lazy as _


class BijeenkomstSoort(models.TextChoices):
    STARTGESPREK = "startgesprek", _("Startgesprek kernteam")
    STARTBIJEENKOMST = "startbijeenkomst", _("Startbijeenkomst")
    INHOUDELIJK = "inhoudelijk", _("Inhoudelijke bijeenkomst")
    SLOTBIJEENKOMST = "slotbijeenkomst", _("Slotbijeenkomst")
    ANDERS = "anders", _("Andere bijeenkomst")


class Werkvorm(models.TextChoices):
    BRAINSTORM = "brainstorm", _("Brainstormsessie")
    WERELDCAFE = "wereldcafe", _("Wereldcafé")
    FLIPOVER = "flipover", _("Antwoorden uitwisselen op een flip-over")
    ANDERS = "anders", _("Andere werkvorm")


class Kanaal(models.TextChoices):
    GEBELD = "gebeld", _("Gebeld")
    EMAIL = "email", _("E-mail")
    PERSOONLIJK = "persoonlijk", _("Persoonlijk")


class UitnodigingStatus(models.TextChoices):
    TE_BENADEREN = "te_benaderen", _("Nog te benaderen")
    UITGENODIGD = "uitgenodigd", _("Uitgenodigd")
    AANGEMELD = "aangemeld", _("Aangemeld")
    AFGEMELD = "afgemeld", _("Afgemeld")
    AANWEZIG = "aanwezig", _("Aanwezig")
    AFWEZIG = "afwezig", _("Afwezig")
