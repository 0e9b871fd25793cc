from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegioConfig(AppConfig):
    name = "regio"
    verbose_name = _("Regio")
