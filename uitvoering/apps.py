from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UitvoeringConfig(AppConfig):
    name = "uitvoering"
    verbose_name = _("Uitvoering")
