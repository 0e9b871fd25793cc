from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Herinnering, Publicatie, Voortgangsbericht


@admin.register(Voortgangsbericht)
class VoortgangsberichtAdmin(SimpleHistoryAdmin):
    list_display = ["actie", "datum", "auteur", "status"]
    list_filter = ["status", "actie__invultabel__plan__gemeente"]
    search_fields = ["tekst", "actie__titel", "auteur__username"]
    autocomplete_fields = ["actie", "auteur"]
    date_hierarchy = "datum"


@admin.register(Herinnering)
class HerinneringAdmin(SimpleHistoryAdmin):
    """Read-only: the record of what was mailed, so that nothing is mailed twice."""

    list_display = ["sleutel", "ontvanger", "verstuurd_op"]
    search_fields = ["sleutel", "ontvanger__username"]

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(Publicatie)
class PublicatieAdmin(SimpleHistoryAdmin):
    list_display = ["plan", "openbaar", "gewijzigd_op", "gewijzigd_door"]
    list_filter = ["openbaar"]
    search_fields = ["plan__titel", "plan__gemeente__naam"]
    autocomplete_fields = ["plan"]
    readonly_fields = ["gewijzigd_door"]
