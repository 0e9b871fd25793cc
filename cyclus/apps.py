from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CyclusConfig(AppConfig):
    name = "cyclus"
    verbose_name = _("Volgende cyclus")
