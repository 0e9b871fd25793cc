"""The regional roll-up per gemeente, and the lokale implementatie of the jaarplan's activities (issue 13 §3)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from .forms_implementatie import OvernemenForm
from .implementatie import (
    activiteiten_stand,
    betrokken_gemeente_ids,
    bewerkbare_plannen,
    hoofdactiviteit_overnemen,
    huidig_jaarplan,
)
from .mixins import RegioMixin
from .models import Hoofdactiviteit
from .overzicht import gedeelde_indicatoren, gemeenten_stand


class GemeentenView(RegioMixin, TemplateView):
    """Per gemeente and in total: plan status, acties per status, budget and fte, late acties, indicators."""

    regio_nav = "gemeenten"
    template_name = "regio/gemeenten.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        regels, totaal = gemeenten_stand(self.project, self.request.user, timezone.localdate())
        context.update(regels=regels, totaal=totaal, indicatoren=gedeelde_indicatoren(regels))
        return context


class ImplementatieView(RegioMixin, TemplateView):
    """Which gemeenten carry out which activity of the jaarplan, and a form to take one over."""

    regio_nav = "implementatie"
    template_name = "regio/implementatie.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        jaarplannen = list(self.project.jaarplannen.order_by("-jaar"))
        jaarplan = next((j for j in jaarplannen if str(j.jaar) == self.request.GET.get("jaar")), None)
        jaarplan = jaarplan or huidig_jaarplan(self.project, timezone.localdate().year)
        activiteiten = activiteiten_stand(jaarplan, self.request.user) if jaarplan else []
        for stand in activiteiten:
            if any(plan.invultabellen.all() for plan in stand.plannen):
                stand.form = OvernemenForm(plannen=stand.plannen, prefix=f"a{stand.activiteit.pk}")
            stand.zonder_aanbevelingen = bool(stand.plannen) and stand.form is None
        context.update(jaarplan=jaarplan, jaarplannen=jaarplannen, activiteiten=activiteiten)
        return context


class OvernemenView(RegioMixin, View):
    """POST: add the activity to one of the user's own plans as an actie, then show it in the invultabel."""

    http_method_names = ["post"]

    def has_permission(self) -> bool:
        if not super().has_permission():
            return False
        self.activiteit = get_object_or_404(
            Hoofdactiviteit.objects.filter(jaarplan__project=self.project).select_related("jaarplan"),
            pk=self.kwargs["pk"],
        )
        regio_ids = set(self.project.regio.gemeenten.values_list("pk", flat=True))
        betrokken = betrokken_gemeente_ids(self.activiteit, regio_ids)
        self.plannen = [
            plan for plan in bewerkbare_plannen(self.request.user, regio_ids) if plan.gemeente_id in betrokken
        ]
        if not self.plannen:
            self.reden = _("Alleen wie een plan van een betrokken gemeente mag bewerken, neemt een activiteit over.")
            return False
        return True

    def post(self, request, *args, **kwargs):
        terug = reverse("regio_implementatie", args=[self.project.pk])
        terug += f"?jaar={self.activiteit.jaarplan.jaar}#activiteit-{self.activiteit.pk}"
        form = OvernemenForm(request.POST, plannen=self.plannen, prefix=f"a{self.activiteit.pk}")
        if not form.is_valid():
            for fouten in form.errors.values():
                for fout in fouten:
                    messages.error(request, fout)
            return redirect(terug)
        try:
            actie = hoofdactiviteit_overnemen(
                hoofdactiviteit=self.activiteit,
                plan=form.cleaned_data["plan"],
                aanbeveling=form.cleaned_data["aanbeveling"],
                door=request.user,
            )
        except ValidationError as fout:
            for tekst in fout.messages:
                messages.error(request, tekst)
            return redirect(terug)
        messages.success(request, _("De activiteit staat nu als actie in je plan. Werk haar hier verder uit."))
        doel = reverse("invultabel_detail", args=[actie.invultabel.plan_id, actie.invultabel_id])
        return redirect(f"{doel}#actie-{actie.pk}")
