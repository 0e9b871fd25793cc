from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Organisatie, Stakeholder


@admin.register(Organisatie)
class OrganisatieAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "sector", "gemeente"]
    list_filter = ["sector", "gemeente"]
    search_fields = ["naam", "gemeente__naam"]
    autocomplete_fields = ["gemeente"]


@admin.register(Stakeholder)
class StakeholderAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "organisatie", "functie", "email", "gemeente"]
    list_filter = ["organisatie__sector", "gemeente"]
    search_fields = ["naam", "functie", "email", "organisatie__naam"]
    autocomplete_fields = ["gemeente", "organisatie", "user", "aanbevelingen"]
