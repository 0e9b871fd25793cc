from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Agendapunt, Bijeenkomst, Prioritering, Uitnodiging


class AgendapuntInline(admin.TabularInline):
    model = Agendapunt
    fields = ["volgorde", "titel", "duur_minuten"]
    extra = 0


class UitnodigingInline(admin.TabularInline):
    model = Uitnodiging
    fields = ["stakeholder", "status", "kanaal", "bellen_door", "uitgenodigd_door"]
    autocomplete_fields = ["stakeholder"]
    extra = 0


@admin.register(Bijeenkomst)
class BijeenkomstAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "soort", "datum", "plan"]
    list_filter = ["soort", "werkvorm", "plan__gemeente"]
    search_fields = ["titel", "locatie", "expert", "plan__titel"]
    date_hierarchy = "datum"
    autocomplete_fields = ["plan", "aanbevelingen", "acties"]
    inlines = [AgendapuntInline, UitnodigingInline]


@admin.register(Agendapunt)
class AgendapuntAdmin(SimpleHistoryAdmin):
    list_display = ["titel", "bijeenkomst", "volgorde"]
    list_filter = ["bijeenkomst__soort"]
    search_fields = ["titel", "toelichting"]
    autocomplete_fields = ["bijeenkomst"]


@admin.register(Uitnodiging)
class UitnodigingAdmin(SimpleHistoryAdmin):
    list_display = ["stakeholder", "bijeenkomst", "status", "kanaal"]
    list_filter = ["status", "kanaal", "bijeenkomst__soort"]
    search_fields = ["stakeholder__naam", "stakeholder__organisatie__naam", "bijeenkomst__titel"]
    autocomplete_fields = ["bijeenkomst", "stakeholder", "bellen_door", "uitgenodigd_door"]


@admin.register(Prioritering)
class PrioriteringAdmin(SimpleHistoryAdmin):
    list_display = ["aanbeveling", "bijeenkomst", "stakeholder", "punten", "rang"]
    list_filter = ["bijeenkomst__plan__gemeente"]
    search_fields = ["aanbeveling__titel", "stakeholder__naam"]
    autocomplete_fields = ["bijeenkomst", "aanbeveling", "stakeholder"]
