from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    Actie,
    Doelstelling,
    Indicator,
    Interventie,
    Invultabel,
    Lidmaatschap,
    Meting,
    Uitvoeringsplan,
    Wethouderoverleg,
)


class LidmaatschapInline(admin.TabularInline):
    model = Lidmaatschap
    fields = ["user", "rol", "functie"]
    autocomplete_fields = ["user"]
    extra = 0


@admin.register(Uitvoeringsplan)
class UitvoeringsplanAdmin(SimpleHistoryAdmin):
    list_display = ["titel", "gemeente", "status", "versie", "gewijzigd_op"]
    list_filter = ["status", "gemeente"]
    search_fields = ["titel", "gemeente__naam", "inleiding"]
    autocomplete_fields = [
        "gemeente",
        "scanner",
        "beleidsdocumenten",
        "rol_agenda",
        "rol_planning",
        "rol_stakeholdercontact",
        "rol_verwerking",
    ]
    inlines = [LidmaatschapInline]


@admin.register(Wethouderoverleg)
class WethouderoverlegAdmin(SimpleHistoryAdmin):
    list_display = ["onderwerp", "datum", "plan"]
    list_filter = ["plan__gemeente"]
    search_fields = ["onderwerp", "verslag"]
    autocomplete_fields = ["plan"]


@admin.register(Lidmaatschap)
class LidmaatschapAdmin(SimpleHistoryAdmin):
    list_display = ["user", "plan", "rol", "functie"]
    list_filter = ["rol", "functie", "plan__gemeente"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "plan__titel"]
    autocomplete_fields = ["user", "plan"]


@admin.register(Invultabel)
class InvultabelAdmin(SimpleHistoryAdmin):
    list_display = ["aanbeveling", "plan", "volgorde"]
    list_filter = ["plan__gemeente"]
    search_fields = ["aanbeveling__titel", "plan__titel"]
    autocomplete_fields = ["plan", "aanbeveling"]


@admin.register(Interventie)
class InterventieAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "databank", "erkenningsniveau", "preventievorm", "is_voorbeeld"]
    list_filter = ["databank", "erkenningsniveau", "preventievorm", "middelen", "is_voorbeeld"]
    search_fields = ["naam", "omschrijving", "doelgroep"]


@admin.register(Actie)
class ActieAdmin(SimpleHistoryAdmin):
    list_display = ["titel", "invultabel", "prioriteit", "haalbaarheid", "preventievorm", "gewijzigd_op"]
    list_filter = ["haalbaarheid", "preventievorm", "erkend", "uitvoeringsstatus", "invultabel__plan__gemeente"]
    search_fields = ["titel", "relevantie", "wie_doet_wat", "invultabel__aanbeveling__titel"]
    autocomplete_fields = ["invultabel", "interventie", "verantwoordelijken"]
    readonly_fields = ["versie"]


class IndicatorInline(admin.TabularInline):
    model = Indicator
    fields = ["naam", "eenheid", "bron", "basiswaarde", "basisjaar", "streefwaarde", "streefjaar"]
    extra = 0


@admin.register(Doelstelling)
class DoelstellingAdmin(SimpleHistoryAdmin):
    list_display = ["titel", "plan", "volgorde"]
    list_filter = ["plan__gemeente"]
    search_fields = ["titel", "omschrijving", "plan__titel"]
    autocomplete_fields = ["plan", "aanbevelingen", "acties"]
    inlines = [IndicatorInline]


class MetingInline(admin.TabularInline):
    model = Meting
    fields = ["jaar", "waarde", "ontbreekt", "bron"]
    extra = 0


@admin.register(Indicator)
class IndicatorAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "doelstelling", "bron", "basisjaar", "streefjaar"]
    list_filter = ["bron", "lager_is_beter", "doelstelling__plan__gemeente"]
    search_fields = ["naam", "doelgroep", "doelstelling__titel"]
    autocomplete_fields = ["doelstelling"]
    inlines = [MetingInline]


@admin.register(Meting)
class MetingAdmin(SimpleHistoryAdmin):
    list_display = ["indicator", "jaar", "waarde", "ontbreekt"]
    list_filter = ["ontbreekt", "jaar"]
    search_fields = ["indicator__naam", "bron"]
    autocomplete_fields = ["indicator"]
