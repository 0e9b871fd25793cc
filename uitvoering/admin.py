from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import ActieEvaluatie, Evaluatie, Evaluatievaststelling, Herinnering, Publicatie, Voortgangsbericht


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


class Vastgesteld:
    """An adopted evaluation is evidence: nobody changes or deletes it, also not here."""

    @staticmethod
    def vastgesteld(obj) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return super().has_change_permission(request, obj) and not (obj and self.vastgesteld(obj))

    def has_delete_permission(self, request, obj=None) -> bool:
        return super().has_delete_permission(request, obj) and not (obj and self.vastgesteld(obj))


@admin.register(Evaluatie)
class EvaluatieAdmin(Vastgesteld, SimpleHistoryAdmin):
    list_display = ["plan", "afgesloten", "gewijzigd_op"]
    list_filter = ["afgesloten", "plan__gemeente"]
    search_fields = ["plan__titel", "plan__gemeente__naam", "samenvatting", "conclusies"]
    autocomplete_fields = ["plan"]

    @staticmethod
    def vastgesteld(obj) -> bool:
        return obj.afgesloten


@admin.register(ActieEvaluatie)
class ActieEvaluatieAdmin(Vastgesteld, SimpleHistoryAdmin):
    list_display = ["actie", "evaluatie", "doel_bereikt", "advies", "gewijzigd_op", "gewijzigd_door"]
    list_filter = ["doel_bereikt", "advies", "evaluatie__plan__gemeente"]
    search_fields = ["actie__titel", "resultaten", "geleerd"]
    autocomplete_fields = ["actie", "evaluatie", "gewijzigd_door"]
    list_select_related = ["actie", "evaluatie__plan", "gewijzigd_door"]

    @staticmethod
    def vastgesteld(obj) -> bool:
        return obj.evaluatie.afgesloten


@admin.register(Evaluatievaststelling)
class EvaluatievaststellingAdmin(SimpleHistoryAdmin):
    """Read-only: an adopted evaluatierapport is evidence and never changes."""

    list_display = ["plan", "versie", "vastgesteld_op", "door", "sha256"]
    list_filter = ["plan__gemeente"]
    search_fields = ["plan__titel", "sha256"]

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def has_add_permission(self, request) -> bool:
        return False
