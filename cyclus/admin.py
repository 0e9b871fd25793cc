from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Koppeling, Vergelijking


class KoppelingInline(admin.TabularInline):
    model = Koppeling
    extra = 0
    autocomplete_fields = ["vorige", "nieuwe"]


@admin.register(Vergelijking)
class VergelijkingAdmin(SimpleHistoryAdmin):
    list_display = ["plan", "bevestigd_op", "bevestigd_door"]
    search_fields = ["plan__titel", "plan__gemeente__naam"]
    autocomplete_fields = ["plan"]
    readonly_fields = ["bevestigd_door"]
    inlines = [KoppelingInline]


@admin.register(Koppeling)
class KoppelingAdmin(SimpleHistoryAdmin):
    list_display = ["vorige", "nieuwe", "vergelijking"]
    search_fields = ["vorige__titel", "nieuwe__titel", "vergelijking__plan__titel"]
    autocomplete_fields = ["vergelijking", "vorige", "nieuwe"]
