"""Starting a plan and editing its own fields."""

from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, UpdateView

from .forms import Bron, PlanAanmakenForm, PlanForm
from .mixins import PlanFormulierMixin
from .rechten import Recht
from .services import plan_aanmaken


class PlanAanmakenView(PermissionRequiredMixin, FormView):
    permission_required = "uitvoeringsplan.add_uitvoeringsplan"
    form_class = PlanAanmakenForm
    template_name = "uitvoeringsplan/plan_aanmaken.html"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        data = form.cleaned_data
        plan = plan_aanmaken(gemeente=data["gemeente"], titel=data["titel"], door=self.request.user)
        messages.success(self.request, _("Het plan is aangemaakt. Je bent de projectleider."))
        if data["bron"] == Bron.BELEIDSDOCUMENT:
            return redirect("beleidsdocument_create", plan_pk=plan.pk)
        return redirect("scanner_detail", plan_pk=plan.pk)


class PlanUpdateView(PlanFormulierMixin, UpdateView):
    recht = Recht.BEWERKEN
    plan_nav = "overzicht"
    form_class = PlanForm
    template_name = "uitvoeringsplan/plan_form.html"
    melding = gettext_lazy("De gegevens van het plan zijn opgeslagen.")
    terug_naar = "plan_detail"
