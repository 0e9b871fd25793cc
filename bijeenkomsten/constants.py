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
