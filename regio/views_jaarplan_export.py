"""A jaarplan as PDF and as Word: a concept is rendered as it is now, with CONCEPT on it; an adopted
jaarplan's PDF is the PDF/A stored at adoption, the one its SHA-256 is of."""

from django.http import FileResponse, HttpResponse
from django.utils.text import slugify
from django.views import View

from basis.pdf import render_pdf

from .document import jaarplan_document
from .services import PDF_TEMPLATE
from .views_jaarplan import JaarplanMixin
from .word import jaarplan_docx


def bestandsnaam(jaarplan, extensie: str) -> str:
    delen = ["jaarplan", str(jaarplan.jaar), slugify(jaarplan.project.naam)]
    if not jaarplan.is_vastgesteld:
        delen.append("concept")
    return "-".join(delen) + "." + extensie


class JaarplanPdfView(JaarplanMixin, View):
    def get(self, request, *args, **kwargs):
        jaarplan = self.jaarplan
        if jaarplan.is_vastgesteld:
            return FileResponse(
                jaarplan.vaststelling.pdf.open("rb"),
                content_type="application/pdf",
                filename=bestandsnaam(jaarplan, "pdf"),
            )
        _html, pdf = render_pdf(PDF_TEMPLATE, {"doc": jaarplan_document(jaarplan), "concept": True})
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="{bestandsnaam(jaarplan, "pdf")}"'
        return response


class JaarplanDocxView(JaarplanMixin, View):
    def get(self, request, *args, **kwargs):
        response = HttpResponse(
            jaarplan_docx(jaarplan_document(self.jaarplan)),
            content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        )
        response["Content-Disposition"] = f'attachment; filename="{bestandsnaam(self.jaarplan, "docx")}"'
        return response
