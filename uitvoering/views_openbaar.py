"""Publication: the projectleider publishes an adopted plan or takes it down; the public reads it without login.

The public views start from `openbare_vaststellingen()`: a plan that is not published, was taken
down or does not exist is the same 404. What they show is assembled in `openbaar.py`, which
decides what may leave the building.
"""

import csv

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import ListView, TemplateView

from uitvoeringsplan.mixins import PlanMixin
from uitvoeringsplan.rechten import Recht

from .openbaar import (
    CSV_KOLOMMEN,
    OpenbaarPlan,
    als_csv_rijen,
    als_json,
    gepubliceerde_plannen,
    laatste_openbare_vaststelling,
    openbaar_plan,
    openbare_pdf,
    sha256_van,
)
from .services import publicatie_wijzigen


class PublicatieWijzigenView(PlanMixin, View):
    """Publish the plan or take it down (POST only); one subclass per command."""

    recht = Recht.BEHEREN
    http_method_names = ["post"]
    openbaar: bool
    melding = ""

    def post(self, request, *args, **kwargs):
        try:
            publicatie_wijzigen(plan=self.plan, openbaar=self.openbaar, door=request.user)
        except ValidationError as fout:
            messages.error(request, " ".join(fout.messages))
            return redirect(self.plan)
        if self.openbaar:
            # Render the public PDF now, so that no anonymous request has to wait for it.
            openbare_pdf(openbaar_plan(laatste_openbare_vaststelling(self.plan.pk)))
        messages.success(request, self.melding)
        return redirect("uitvoering", plan_pk=self.plan.pk)


class PubliceerView(PublicatieWijzigenView):
    openbaar = True
    melding = gettext_lazy("Het plan is nu openbaar. Iedereen kan de openbare pagina lezen, zonder in te loggen.")


class PublicatieIntrekkenView(PublicatieWijzigenView):
    openbaar = False
    melding = gettext_lazy("Het plan is niet meer openbaar. De openbare pagina en de open data zijn offline.")


class OpenbareLijstView(ListView):
    """Every published plan, of every gemeente."""

    template_name = "uitvoering/openbaar/lijst.html"
    context_object_name = "plannen"

    def get_queryset(self):
        return gepubliceerde_plannen()


class OpenbaarMixin:
    """Find the published plan's latest adopted version and its public content, or 404."""

    def dispatch(self, request, *args, **kwargs):
        vaststelling = laatste_openbare_vaststelling(kwargs["pk"])
        if vaststelling is None:
            raise Http404
        self.openbaar: OpenbaarPlan = openbaar_plan(vaststelling)
        return super().dispatch(request, *args, **kwargs)

    def bestandsnaam(self, extensie: str) -> str:
        return f"uitvoeringsplan-{slugify(self.openbaar.gemeente)}-v{self.openbaar.versie}.{extensie}"

    def url(self, naam: str) -> str:
        return self.request.build_absolute_uri(reverse(naam, args=[self.kwargs["pk"]]))


class OpenbaarPlanView(OpenbaarMixin, TemplateView):
    template_name = "uitvoering/openbaar/plan.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(openbaar=self.openbaar, **kwargs)


class OpenbarePdfView(OpenbaarMixin, View):
    """The public PDF/A of the adopted version: its content without any person's name (see openbaar.py)."""

    def get(self, request, *args, **kwargs):
        naam = openbare_pdf(self.openbaar)
        return FileResponse(
            default_storage.open(naam, "rb"), content_type="application/pdf", filename=self.bestandsnaam("pdf")
        )


class OpenDataJsonView(OpenbaarMixin, View):
    """The public content as JSON, schema in docs/OPEN-DATA.md."""

    def get(self, request, *args, **kwargs):
        gegevens = als_json(
            self.openbaar,
            url=self.url("openbaar_plan"),
            pdf_url=self.url("openbaar_plan_pdf"),
            pdf_sha256=sha256_van(openbare_pdf(self.openbaar)),
        )
        response = JsonResponse(gegevens, json_dumps_params={"ensure_ascii": False, "indent": 2})
        response["Content-Disposition"] = f'inline; filename="{self.bestandsnaam("json")}"'
        response["Access-Control-Allow-Origin"] = "*"
        return response


class OpenDataCsvView(OpenbaarMixin, View):
    """One row per actie; UTF-8 with a BOM and semicolons, so that Excel opens it as it is."""

    def get(self, request, *args, **kwargs):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.bestandsnaam("csv")}"'
        response["Access-Control-Allow-Origin"] = "*"
        response.write("\ufeff")
        schrijver = csv.writer(response, delimiter=";")
        schrijver.writerow(CSV_KOLOMMEN)
        schrijver.writerows(als_csv_rijen(self.openbaar))
        return response
