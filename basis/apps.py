from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BasisConfig(AppConfig):
    name = "basis"
    verbose_name = _("Basis")
