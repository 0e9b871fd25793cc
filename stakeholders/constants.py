from django.db import models
from django.utils.translation import gettext_lazy as _


class Sector(models.TextChoices):
    """The sectors of the Trimbos inspiratiekaart 'Stakeholders lokale drugspreventie'."""

    ONDERWIJS = "onderwijs", _("Onderwijs")
    JONGERENWERK = "jongerenwerk", _("Jongerenwerk")
    POLITIE = "politie", _("Politie")
    HANDHAVING = "handhaving", _("Handhaving (boa's)")
    HORECA = "horeca", _("Horeca")
    SPORT = "sport", _("Sport")
    EVENEMENTEN = "evenementen", _("Evenementen")
    EERSTELIJNSZORG = "eerstelijnszorg", _("Huisartsen en eerstelijnszorg")
    SOCIAAL_WIJKTEAM = "sociaal_wijkteam", _("Sociaal wijkteam")
    WELZIJN = "welzijn", _("Welzijn")
    VERSLAVINGSZORG = "verslavingszorg", _("Verslavingszorg")
    GGD = "ggd", _("GGD")
    OUDERS_INWONERS = "ouders_inwoners", _("Ouders en inwoners")
    JONGEREN = "jongeren", _("Jongeren")
    GEMEENTE = "gemeente", _("Gemeente")
    JEUGDZORG = "jeugdzorg", _("Jeugdzorg")
    RETAIL = "retail", _("Supermarkten en slijterijen")
    WONINGCORPORATIE = "woningcorporatie", _("Woningcorporaties")
    WERKGEVERS = "werkgevers", _("Werkgevers")
    ANDERS = "anders", _("Anders")


class Informeren(models.TextChoices):
    NIEUWSBRIEF = "nieuwsbrief", _("Nieuwsbrief")
    EMAIL = "email", _("E-mail")
    BIJEENKOMSTEN = "bijeenkomsten", _("Bijeenkomsten")
    PERSOONLIJK = "persoonlijk", _("Persoonlijk contact")
