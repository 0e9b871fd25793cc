"""The evaluation of the uitvoering (issue 12 §2): per actie and per plan, the report, and its adoption.

Every member who follows the uitvoering reads it; the kernteam (`Recht.VOORTGANG`) writes it while
the plan is in uitvoering; the projectleider (`Recht.BEHEREN`) adopts it, after which it is closed.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, TemplateView

from basis.pdf import render_pdf
from rapportage.services import controles_in_orde
from uitvoeringsplan.mixins import PlanMixin
from uitvoeringsplan.models import Actie
from uitvoeringsplan.rechten import Recht

from .evaluatie import (
    PDF_TEMPLATE,
    EvaluatieIntussenGewijzigd,
    actie_evaluatie_opslaan,
    evaluatie_controles,
    evaluatie_gesloten_melding,
    evaluatie_open,
    evaluatie_samenvatting_opslaan,
    evaluatie_vaststellen,
    evaluatievaststelling_controleren,
)
from .evaluatie_document import evaluatie_document, open_evaluatie
from .forms_evaluatie import ActieEvaluatieForm, EvaluatieSamenvattingForm, EvaluatieVaststellenForm
from .models import ActieEvaluatie
from .stand import in_uitvoering


class EvaluatieMixin(PlanMixin):
    """Every member who follows the uitvoering reads the evaluation; `mag_bewerken` says who writes it."""

    recht = Recht.UITVOERING
    plan_nav = "evaluatie"

    @property
    def mag_bewerken(self) -> bool:
        return Recht.VOORTGANG in self.rechten and evaluatie_open(self.plan)

    def bewerken_toegestaan(self) -> bool:
        """The rule of the pages that change the evaluation, with the reason when it refuses."""
        if not evaluatie_open(self.plan):
            self.reden = evaluatie_gesloten_melding(self.plan)
            return False
        if Recht.VOORTGANG not in self.rechten:
            self.reden = _("Alleen het kernteam schrijft de evaluatie.")
            return False
        return True

    def get_context_data(self, **kwargs):
        return super().get_context_data(mag_bewerken=self.mag_bewerken, **kwargs)


class EvaluatieView(EvaluatieMixin, TemplateView):
    """The evaluation page: the plan's summary, a card per actie, and adoption for the projectleider."""

    template_name = "uitvoering/evaluatie/overzicht.html"

    def get_context_data(self, **kwargs):
        doc = evaluatie_document(self.plan)
        context = super().get_context_data(doc=doc, **kwargs)
        if Recht.BEHEREN in self.rechten and evaluatie_open(self.plan):
            controles = evaluatie_controles(self.plan, doc)
            context.update(
                controles=controles,
                controles_in_orde=controles_in_orde(controles),
                vaststellen_form=kwargs.get("vaststellen_form") or EvaluatieVaststellenForm(),
            )
        elif not evaluatie_open(self.plan) and doc.vaststelling is None:
            context["gesloten_melding"] = evaluatie_gesloten_melding(self.plan)
        return context


class ActieEvaluatieView(EvaluatieMixin, FormView):
    """One actie's evaluation; a save over someone else's newer one shows theirs and keeps this user's input."""

    form_class = ActieEvaluatieForm
    template_name = "uitvoering/evaluatie/actie.html"

    def has_permission(self) -> bool:
        if not super().has_permission():
            return False
        self.actie = get_object_or_404(
            in_uitvoering(Actie.objects.van_plan(self.plan)).select_related("invultabel__aanbeveling"),
            pk=self.kwargs["pk"],
        )
        return self.bewerken_toegestaan()

    @cached_property
    def bestaand(self) -> ActieEvaluatie | None:
        evaluatie = open_evaluatie(self.plan)
        if evaluatie.pk is None:
            return None
        return evaluatie.acties.filter(actie=self.actie).select_related("gewijzigd_door").first()

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.bestaand}

    def get_initial(self):
        return {"versie": self.bestaand.versie if self.bestaand else 0}

    def get_context_data(self, **kwargs):
        kwargs.setdefault("actie_evaluatie", self.bestaand)
        return super().get_context_data(actie=self.actie, **kwargs)

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            actie_evaluatie_opslaan(
                actie=self.actie,
                door=self.request.user,
                doel_bereikt=data["doel_bereikt"],
                resultaten=data["resultaten"],
                geleerd=data["geleerd"],
                advies=data["advies"],
                gezien_versie=data["versie"],
            )
        except EvaluatieIntussenGewijzigd as conflict:
            return self._conflict(form, conflict.actie_evaluatie)
        except ValidationError as fout:
            form.add_error(None, fout)
            return self.form_invalid(form)
        messages.success(self.request, _("De evaluatie van “%(actie)s” is opgeslagen.") % {"actie": self.actie.titel})
        return redirect(reverse("evaluatie", args=[self.plan.pk]) + f"#actie-{self.actie.pk}")

    def _conflict(self, form, anders: ActieEvaluatie):
        """Keep what the user typed, show the other person's evaluation, and let them save again."""
        data = form.data.copy()
        data["versie"] = anders.versie
        opnieuw = self.get_form_class()(data)
        opnieuw.is_valid()
        wie = (anders.gewijzigd_door.get_full_name() if anders.gewijzigd_door else "") or _("iemand anders")
        opnieuw.add_error(
            None,
            _(
                "Intussen heeft %(wie)s de evaluatie van deze actie opgeslagen (%(moment)s); die staat hieronder. "
                "Jouw tekst is nog niet opgeslagen: neem over wat je wilt houden en sla opnieuw op."
            )
            % {"wie": wie, "moment": date_format(anders.gewijzigd_op, "j F Y H:i") if anders.gewijzigd_op else ""},
        )
        return self.render_to_response(
            self.get_context_data(form=opnieuw, actie_evaluatie=anders, conflict=True), status=409
        )


class EvaluatieSamenvattingView(EvaluatieMixin, FormView):
    """The plan's evaluation summary and conclusions."""

    form_class = EvaluatieSamenvattingForm
    template_name = "uitvoering/evaluatie/samenvatting.html"

    def has_permission(self) -> bool:
        return super().has_permission() and self.bewerken_toegestaan()

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": open_evaluatie(self.plan)}

    def form_valid(self, form):
        try:
            evaluatie_samenvatting_opslaan(
                plan=self.plan,
                door=self.request.user,
                samenvatting=form.cleaned_data["samenvatting"],
                conclusies=form.cleaned_data["conclusies"],
            )
        except ValidationError as fout:
            form.add_error(None, fout)
            return self.form_invalid(form)
        messages.success(self.request, _("De samenvatting van de evaluatie is opgeslagen."))
        return redirect(reverse("evaluatie", args=[self.plan.pk]) + "#samenvatting")


class EvaluatieVaststellenView(EvaluatieView):
    """Adopt the evaluatierapport (POST only); a refusal shows the page again with the form's errors."""

    recht = Recht.BEHEREN
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        if not evaluatie_open(self.plan):
            messages.error(request, evaluatie_gesloten_melding(self.plan))
            return redirect("evaluatie", plan_pk=self.plan.pk)
        form = EvaluatieVaststellenForm(request.POST)
        if form.is_valid():
            try:
                evaluatie_vaststellen(plan=self.plan, door=request.user, reden=form.cleaned_data["reden"])
            except ValidationError as fout:
                form.add_error(None, fout)
            else:
                messages.success(request, _("De evaluatie is vastgesteld. Het plan heeft nu de status “geëvalueerd”."))
                return redirect("evaluatie", plan_pk=self.plan.pk)
        return self.render_to_response(self.get_context_data(vaststellen_form=form), status=400)


def bestandsnaam(plan, extensie: str, concept: bool) -> str:
    delen = ["evaluatie", slugify(plan.gemeente.naam), f"v{plan.versie}"]
    if concept:
        delen.append("concept")
    return "-".join(delen) + "." + extensie


class EvaluatieRapportView(EvaluatieMixin, TemplateView):
    """The evaluatierapport as a page: the same document as the PDF."""

    template_name = "uitvoering/evaluatie/rapport.html"

    def get_context_data(self, **kwargs):
        doc = evaluatie_document(self.plan)
        return super().get_context_data(doc=doc, concept=doc.vaststelling is None, **kwargs)


class EvaluatiePdfView(EvaluatieMixin, View):
    """The concept report as PDF; once adopted, the PDF/A archived at adoption (the one the SHA-256 is of)."""

    def get(self, request, *args, **kwargs):
        doc = evaluatie_document(self.plan)
        if doc.vaststelling is not None:
            return FileResponse(
                doc.vaststelling.pdf.open("rb"),
                content_type="application/pdf",
                filename=bestandsnaam(self.plan, "pdf", concept=False),
            )
        _html, pdf = render_pdf(PDF_TEMPLATE, {"doc": doc, "concept": True})
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="{bestandsnaam(self.plan, "pdf", concept=True)}"'
        return response


class EvaluatieControlerenView(EvaluatieMixin, View):
    """Recompute the SHA-256 of the adopted report's PDF and compare it with the one recorded at adoption."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        doc = evaluatie_document(self.plan)
        if doc.vaststelling is None:
            messages.error(request, _("De evaluatie is nog niet vastgesteld."))
        elif evaluatievaststelling_controleren(doc.vaststelling):
            messages.success(request, _("De PDF is ongewijzigd: de vingerafdruk klopt."))
        else:
            messages.error(request, _("De PDF is gewijzigd: de vingerafdruk klopt niet meer."))
        return redirect("evaluatie", plan_pk=self.plan.pk)
