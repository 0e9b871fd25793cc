from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Notificatievoorkeur, Ondertekening, Opmerking, Vaststelling


@admin.register(Opmerking)
class OpmerkingAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "plan", "auteur", "status", "aangemaakt_op"]
    list_filter = ["status", "plan__gemeente"]
    search_fields = ["tekst", "antwoord", "auteur__username"]
    autocomplete_fields = ["plan", "invultabel", "actie", "auteur", "beantwoord_door"]


class OndertekeningInline(admin.TabularInline):
    model = Ondertekening
    fields = ["naam", "organisatie", "datum", "bron"]
    extra = 0


@admin.register(Vaststelling)
class VaststellingAdmin(SimpleHistoryAdmin):
    """Read-only: an adopted version is evidence and never changes."""

    list_display = ["plan", "versie", "vastgesteld_op", "vastgesteld_door", "sha256"]
    list_filter = ["plan__gemeente"]
    search_fields = ["plan__titel", "sha256"]
    inlines = [OndertekeningInline]

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(Ondertekening)
class OndertekeningAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "organisatie", "datum", "bron", "vaststelling"]
    list_filter = ["bron", "vaststelling__plan__gemeente"]
    search_fields = ["naam", "organisatie"]
    autocomplete_fields = ["vaststelling", "user"]


@admin.register(Notificatievoorkeur)
class NotificatievoorkeurAdmin(SimpleHistoryAdmin):
    list_display = ["user", "review_geopend", "herinnering", "nieuwe_opmerking", "antwoord"]
    list_filter = ["review_geopend", "herinnering", "nieuwe_opmerking", "antwoord"]
    search_fields = ["user__username", "user__email"]
    autocomplete_fields = ["user"]
