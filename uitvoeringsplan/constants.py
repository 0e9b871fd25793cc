from django.db import models
from django.utils.translation import gettext_lazy as _


class PlanStatus(models.TextChoices):
    CONCEPT = "concept", _("Concept")
    TER_REVIEW = "ter_review", _("Ter review")
    VASTGESTELD = "vastgesteld", _("Vastgesteld")
    IN_UITVOERING = "in_uitvoering", _("In uitvoering")
    GEEVALUEERD = "geevalueerd", _("Geëvalueerd")


class Fase(models.TextChoices):
    """The phases of the cycle in Figuur 1 of the handreiking."""

    SCANNER = "scanner", _("Scanner")
    OPSTELLEN = "opstellen", _("Uitvoeringsplan opstellen")
    IMPLEMENTATIE = "implementatie", _("Implementatie")
    EVALUATIE = "evaluatie", _("Evaluatie")


class Rol(models.TextChoices):
    PROJECTLEIDER = "projectleider", _("Projectleider")
    KERNTEAMLID = "kernteamlid", _("Kernteamlid")
    STAKEHOLDER = "stakeholder", _("Stakeholder")
    LEZER = "lezer", _("Lezer")


KERNTEAM_ROLLEN = frozenset({Rol.PROJECTLEIDER, Rol.KERNTEAMLID})


class Kernteamfunctie(models.TextChoices):
    PROJECTLEIDER = "projectleider", _("Projectleider")
    PREVENTIEWERKER = "preventiewerker", _("Preventiewerker verslavingszorg")
    GGD = "ggd", _("GGD")
    BELEIDSMEDEWERKER = "beleidsmedewerker", _("Beleidsmedewerker gezondheid")
    ANDERS = "anders", _("Anders")


class Opdrachtgever(models.TextChoices):
    RAAD = "raad", _("Gemeenteraad")
    COLLEGE = "college", _("College van burgemeester en wethouders")


class Haalbaarheid(models.TextChoices):
    GOED = "goed", _("Goed haalbaar")
    REDELIJK = "redelijk", _("Redelijk haalbaar")
    BEPERKT = "beperkt", _("Beperkt haalbaar")


class Erkend(models.TextChoices):
    JA = "ja", _("Ja, erkend")
    NEE = "nee", _("Nee, niet erkend")
    ONBEKEND = "onbekend", _("Onbekend")


class Databank(models.TextChoices):
    WAT_WERKT_ALCOHOL = "wat_werkt_alcohol", _("Wat Werkt Dossier alcohol")
    WAT_WERKT_ROKEN = "wat_werkt_roken", _("Wat Werkt Dossier roken")
    WAT_WERKT_DRUGS = "wat_werkt_drugs", _("Wat Werkt Dossier drugs")
    LEEFSTIJL = "leefstijl", _("Databank Leefstijlinterventies (Loket Gezond Leven)")
    JEUGD = "jeugd", _("Databank Effectieve Jeugdinterventies (NJi)")
    BASISPAKKET = "basispakket", _("Basispakket Verslavingspreventie")
    ANDERS = "anders", _("Andere bron")


class Erkenningsniveau(models.TextChoices):
    """The levels of the Erkenningscommissie Interventies."""

    GOED_BESCHREVEN = "goed_beschreven", _("Goed beschreven")
    GOED_ONDERBOUWD = "goed_onderbouwd", _("Goed onderbouwd")
    EERSTE_AANWIJZINGEN = "eerste_aanwijzingen", _("Effectief volgens eerste aanwijzingen")
    GOEDE_AANWIJZINGEN = "goede_aanwijzingen", _("Effectief volgens goede aanwijzingen")
    STERKE_AANWIJZINGEN = "sterke_aanwijzingen", _("Effectief volgens sterke aanwijzingen")


class Preventievorm(models.TextChoices):
    """Kader 5 of the handreiking."""

    UNIVERSEEL = "universeel", _("Universele preventie")
    PROPORTIONEEL = "proportioneel", _("Proportioneel universalisme")
    SELECTIEF = "selectief", _("Selectieve preventie")
    GEINDICEERD = "geindiceerd", _("Geïndiceerde preventie")
    ZORGGERELATEERD = "zorggerelateerd", _("Zorggerelateerde preventie (inclusief harm reduction)")


class Uitvoeringsstatus(models.TextChoices):
    GEPLAND = "gepland", _("Gepland")
    GESTART = "gestart", _("Gestart")
    AFGEROND = "afgerond", _("Afgerond")
    UITGESTELD = "uitgesteld", _("Uitgesteld")
    GESTOPT = "gestopt", _("Gestopt")
