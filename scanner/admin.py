from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Aanbeveling, Beleidsdocument, Gemeente, Middel, Scanner


@admin.register(Gemeente)
class GemeenteAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "cbs_code"]
    search_fields = ["naam", "cbs_code"]


@admin.register(Middel)
class MiddelAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "code", "volgorde"]
    search_fields = ["naam", "code"]


class AanbevelingInline(admin.TabularInline):
    model = Aanbeveling
    fk_name = "scanner"
    fields = ["nummer", "titel", "doelgroep", "thema"]
    extra = 0


@admin.register(Scanner)
class ScannerAdmin(SimpleHistoryAdmin):
    list_display = ["titel", "gemeente", "uitvoerder", "datum"]
    list_filter = ["uitvoerder", "middelen", "gemeente"]
    search_fields = ["titel", "uitvoerder_naam", "gemeente__naam"]
    date_hierarchy = "datum"
    autocomplete_fields = ["gemeente"]
    inlines = [AanbevelingInline]


@admin.register(Beleidsdocument)
class BeleidsdocumentAdmin(SimpleHistoryAdmin):
    list_display = ["titel", "gemeente", "soort", "jaar"]
    list_filter = ["soort", "gemeente"]
    search_fields = ["titel", "omschrijving", "gemeente__naam"]
    autocomplete_fields = ["gemeente"]


@admin.register(Aanbeveling)
class AanbevelingAdmin(SimpleHistoryAdmin):
    list_display = ["titel", "nummer", "gemeente", "scanner", "beleidsdocument", "thema"]
    list_filter = ["gemeente", "middelen", "thema"]
    search_fields = ["titel", "toelichting", "doelgroep", "thema"]
    autocomplete_fields = ["gemeente", "scanner", "beleidsdocument"]
