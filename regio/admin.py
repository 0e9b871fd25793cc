from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    Groep,
    Groepslid,
    Hoofdactiviteit,
    Hoofddoel,
    Hoofddoelstelling,
    Jaarplan,
    Jaarplanvaststelling,
    LokaleImplementatie,
    Regio,
    Regioproject,
    Uitgangspunt,
)


@admin.register(Regio)
class RegioAdmin(SimpleHistoryAdmin):
    list_display = ["naam"]
    search_fields = ["naam", "gemeenten__naam"]
    filter_horizontal = ["gemeenten"]


@admin.register(Regioproject)
class RegioprojectAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "regio", "startjaar", "eindjaar"]
    search_fields = ["naam", "regio__naam", "hoofdboodschap"]


@admin.register(Hoofddoelstelling)
class HoofddoelstellingAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "project"]
    search_fields = ["tekst", "project__naam"]


class GroepslidInline(admin.TabularInline):
    model = Groepslid
    extra = 0
    autocomplete_fields = ["user", "gemeente"]


@admin.register(Groep)
class GroepAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "soort", "project", "bovenliggend"]
    list_filter = ["soort"]
    search_fields = ["naam", "thema", "project__naam"]
    inlines = [GroepslidInline]


@admin.register(Groepslid)
class GroepslidAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "groep", "rol", "organisatie"]
    search_fields = ["naam", "organisatie", "groep__naam"]
    autocomplete_fields = ["user", "gemeente"]


@admin.register(Jaarplan)
class JaarplanAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "project", "status"]
    list_filter = ["status"]
    search_fields = ["project__naam", "inleiding"]


@admin.register(Uitgangspunt)
class UitgangspuntAdmin(SimpleHistoryAdmin):
    list_display = ["kop", "jaarplan"]
    search_fields = ["kop", "tekst"]


@admin.register(Hoofddoel)
class HoofddoelAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "groep", "jaarplan", "deadline"]
    search_fields = ["tekst", "groep__naam"]


@admin.register(Hoofdactiviteit)
class HoofdactiviteitAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "groep", "jaarplan", "realisatie"]
    list_filter = ["realisatie"]
    search_fields = ["tekst", "trekker", "groep__naam"]


@admin.register(Jaarplanvaststelling)
class JaarplanvaststellingAdmin(SimpleHistoryAdmin):
    """Read-only: an adopted jaarplan is evidence."""

    list_display = ["jaarplan", "vastgesteld_op", "door", "sha256"]
    search_fields = ["jaarplan__project__naam", "sha256"]

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(LokaleImplementatie)
class LokaleImplementatieAdmin(SimpleHistoryAdmin):
    list_display = ["actie", "hoofdactiviteit", "aangemaakt_op"]
    search_fields = ["actie__titel", "hoofdactiviteit__tekst"]
    autocomplete_fields = ["actie"]
