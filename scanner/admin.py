"""Beheer of gemeenten, Scanners, beleidsdocumenten and aanbevelingen."""

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.http import Http404
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from .bestanden import pdf_response
from .models import Aanbeveling, Beleidsdocument, Gemeente, Middel, Scanner


class PdfBeheerMixin:
    """Show an object's stored PDF in the admin through a download that checks the admin's rights.

    Media files are never served at a public URL, so the admin's own "Momenteel: ..." link would
    be a 404. The file is read-only here: it is replaced on the plan's pages, which also tidy up
    the old file.
    """

    pdf_veld = ""

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "pdf"]

    def get_exclude(self, request, obj=None):
        return [*(super().get_exclude(request, obj) or []), self.pdf_veld]

    def get_urls(self):
        opts = self.model._meta
        naam = f"{opts.app_label}_{opts.model_name}_pdf"
        return [
            path("<path:object_id>/pdf/", self.admin_site.admin_view(self.pdf_view), name=naam),
            *super().get_urls(),
        ]

    def pdf_view(self, request, object_id):
        obj = self.get_object(request, unquote(object_id))
        if obj is None or not self.has_view_permission(request, obj):
            raise Http404
        return pdf_response(getattr(obj, self.pdf_veld))

    @admin.display(description=_("PDF"))
    def pdf(self, obj):
        bestand = getattr(obj, self.pdf_veld)
        if not bestand:
            return "-"
        opts = self.model._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_pdf", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, bestand.name.rsplit("/", 1)[-1])


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
class ScannerAdmin(PdfBeheerMixin, SimpleHistoryAdmin):
    pdf_veld = "rapport"
    list_display = ["titel", "gemeente", "uitvoerder", "datum"]
    list_filter = ["uitvoerder", "middelen", "gemeente"]
    search_fields = ["titel", "uitvoerder_naam", "gemeente__naam"]
    date_hierarchy = "datum"
    autocomplete_fields = ["gemeente"]
    inlines = [AanbevelingInline]


@admin.register(Beleidsdocument)
class BeleidsdocumentAdmin(PdfBeheerMixin, SimpleHistoryAdmin):
    pdf_veld = "bestand"
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
