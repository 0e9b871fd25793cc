from django.db import models
from django.utils.translation import gettext_lazy as _


class Uitvoerder(models.TextChoices):
    TRIMBOS = "trimbos", _("Trimbos-instituut")
    VERSLAVINGSZORG = "verslavingszorg", _("Instelling voor verslavingszorg")
    GGD = "ggd", _("GGD")
    ANDERS = "anders", _("Anders")


class BeleidsdocumentSoort(models.TextChoices):
    PH_PLAN = "ph_plan", _("Preventie- en Handhavingsplan Alcoholwet")
    DRUGSPREVENTIE = "drugspreventie", _("Lokaal drugspreventiebeleid")
    MIDDELENPREVENTIE = "middelenpreventie", _("Breed middelenpreventiebeleidsplan")
    ANDERS = "anders", _("Ander beleidsdocument")


# The substances of the Scanner-methodiek ("Scanner Alcohol, Drugs of Roken"), as rows of Middel.
MIDDELEN = [("alcohol", "Alcohol"), ("drugs", "Drugs"), ("roken", "Roken")]
