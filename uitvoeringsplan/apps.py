from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UitvoeringsplanConfig(AppConfig):
    name = "uitvoeringsplan"
    verbose_name = _("Uitvoeringsplan")
