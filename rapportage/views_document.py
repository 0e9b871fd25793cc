"""The assembled plan as a reader sees it: the page (where stakeholders comment during the review), PDF and Word."""

from collections import defaultdict

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from basis.pdf import render_pdf
from rapportage.models import Vaststelling
from uitvoeringsplan.constants import Rol
from uitvoeringsplan.mixins import PlanMixin
from uitvoeringsplan.models import Lidmaatschap
from uitvoeringsplan.rechten import Recht

from .document import geldende_vaststelling, plan_document
from .word import plan_docx


def bestandsnaam(plan, versie: int, extensie: str, concept: bool) -> str:
    delen = ["uitvoeringsplan", slugify(plan.gemeente.naam), f"v{versie}"]
    if concept:
        delen.append("concept")
    return "-".join(delen) + "." + extensie


class LaatstVastgesteldMixin(PlanMixin):
    """The concept for whoever may read it; anyone else is taken to the newest adopted version.

    A stakeholder cannot read the next concept until it is up for review, but the version they
    signed is still in force: the plan's pages and old links lead there instead of to a refusal.
    Only when nothing has been adopted yet is there nowhere to go, and the answer is a 403.
    """

    recht = Recht.LEZEN
    vastgesteld_doel = "vaststelling_detail"  # where a reader of the adopted version goes instead

    @cached_property
    def laatste_vaststelling(self) -> Vaststelling | None:
        return self.plan.vaststellingen.order_by("-versie").first()

    def handle_no_permission(self):
        vaststelling = self.laatste_vaststelling
        if Recht.LEZEN in self.rechten or Recht.VERSIES not in self.rechten or vaststelling is None:
            return super().handle_no_permission()
        if self.vastgesteld_doel == "vaststelling_detail":
            messages.info(
                self.request,
                _(
                    "Het kernteam werkt aan een nieuwe versie van het plan; je kunt die lezen zodra ze ter review "
                    "ligt. Tot die tijd geldt de vastgestelde versie %(n)s."
                )
                % {"n": vaststelling.versie},
            )
        return redirect(self.vastgesteld_doel, plan_pk=self.plan.pk, pk=vaststelling.pk)


class PlanDocumentView(LaatstVastgesteldMixin, TemplateView):
    """The plan as it will be published; during the review stakeholders comment on it here."""

    plan_nav = "document"
    template_name = "rapportage/plan_document.html"

    def get(self, request, *args, **kwargs):
        if self.rol == Rol.STAKEHOLDER:
            Lidmaatschap.objects.filter(plan=self.plan, user=request.user, concept_gezien_op__isnull=True).update(
                concept_gezien_op=timezone.now()
            )
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        doc = plan_document(self.plan)
        opmerkingen = self.plan.opmerkingen.select_related("auteur", "beantwoord_door").order_by("aangemaakt_op")
        if self.rol == Rol.STAKEHOLDER:
            opmerkingen = opmerkingen.filter(auteur=self.request.user)
        per_actie, per_invultabel, op_plan = defaultdict(list), defaultdict(list), []
        for opmerking in opmerkingen:
            if opmerking.actie_id:
                per_actie[opmerking.actie_id].append(opmerking)
            elif opmerking.invultabel_id:
                per_invultabel[opmerking.invultabel_id].append(opmerking)
            else:
                op_plan.append(opmerking)
        for invultabel in doc.invultabellen:
            invultabel.opmerkingen_lijst = per_invultabel[invultabel.pk]
            for actie in invultabel.lijst:
                actie.opmerkingen_lijst = per_actie[actie.pk]
        vaststelling = geldende_vaststelling(self.plan)
        context.update(
            doc=doc,
            plan_opmerkingen=op_plan,
            interactief=True,
            concept=doc.concept,
            vaststelling=vaststelling,
            ondertekeningen=list(vaststelling.ondertekeningen.all()) if vaststelling else [],
        )
        return context


class PlanPdfView(LaatstVastgesteldMixin, View):
    """The concept as PDF; once adopted, the PDF/A archived at adoption (the one the SHA-256 is of)."""

    vastgesteld_doel = "vaststelling_pdf"

    def get(self, request, *args, **kwargs):
        if vaststelling := geldende_vaststelling(self.plan):
            return redirect("vaststelling_pdf", plan_pk=self.plan.pk, pk=vaststelling.pk)
        doc = plan_document(self.plan)
        _html, pdf = render_pdf("rapportage/pdf/plan.html", {"doc": doc, "concept": doc.concept})
        response = HttpResponse(pdf, content_type="application/pdf")
        naam = bestandsnaam(self.plan, doc.versie, "pdf", doc.concept)
        response["Content-Disposition"] = f'inline; filename="{naam}"'
        return response


class PlanDocxView(LaatstVastgesteldMixin, View):
    """The same document as Word, for pasting into a raadsvoorstel in the house style."""

    def get(self, request, *args, **kwargs):
        doc = plan_document(self.plan)
        response = HttpResponse(
            plan_docx(doc, vaststelling=geldende_vaststelling(self.plan)),
            content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        )
        response["Content-Disposition"] = (
            f'attachment; filename="{bestandsnaam(self.plan, doc.versie, "docx", doc.concept)}"'
        )
        return response
