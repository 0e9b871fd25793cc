"""The plan's doelstellingen with their indicatoren, and the metingen per year (issue 12 §1).

Doelstellingen and indicatoren are plan content: the kernteam changes them while the plan is
editable (`Recht.BEWERKEN`). Metingen are uitvoering data: after adoption the kernteam keeps adding
them (`Recht.VOORTGANG`), and while the plan is written it may already enter earlier years.
Everyone who reads the plan sees the doelen and the charts.
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import CreateView, DeleteView, TemplateView, UpdateView

from .forms_doelen import DoelstellingForm, IndicatorForm, MetingForm
from .mixins import PlanMixin
from .models import Doelstelling, Indicator, Meting
from .rechten import Recht

METEN = frozenset({Recht.VOORTGANG, Recht.BEWERKEN})


class DoelenMixin(PlanMixin):
    plan_nav = "doelen"

    @property
    def mag_meten(self) -> bool:
        return bool(METEN & self.rechten)

    def get_context_data(self, **kwargs):
        return super().get_context_data(mag_meten=self.mag_meten, **kwargs)

    def get_doelstelling(self, pk: int) -> Doelstelling:
        doelstelling = get_object_or_404(Doelstelling.objects.filter(plan=self.plan), pk=pk)
        doelstelling.plan = self.plan
        return doelstelling

    def get_indicator(self, pk: int) -> Indicator:
        indicator = get_object_or_404(
            Indicator.objects.filter(doelstelling__plan=self.plan).select_related("doelstelling"), pk=pk
        )
        indicator.doelstelling.plan = self.plan
        return indicator

    def doelen_url(self, doelstelling_pk: int | None = None) -> str:
        url = reverse("doelen", kwargs={"plan_pk": self.plan.pk})
        return f"{url}#doelstelling-{doelstelling_pk}" if doelstelling_pk else url

    def indicator_url(self, indicator_pk: int) -> str:
        return reverse("indicator_detail", kwargs={"plan_pk": self.plan.pk, "pk": indicator_pk})


class DoelenView(DoelenMixin, TemplateView):
    """Every doelstelling with its indicatoren, each with its chart."""

    template_name = "uitvoeringsplan/doelen/overzicht.html"

    def get_context_data(self, **kwargs):
        doelstellingen = list(Doelstelling.objects.filter(plan=self.plan).met_indicatoren())
        return super().get_context_data(doelstellingen=doelstellingen, **kwargs)


class DoelstellingFormMixin(DoelenMixin):
    recht = Recht.BEWERKEN
    form_class = DoelstellingForm
    template_name = "uitvoeringsplan/doelen/doelstelling_form.html"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "plan": self.plan}

    def form_valid(self, form):
        doelstelling = form.save()
        messages.success(self.request, _("De doelstelling is opgeslagen."))
        return redirect(self.doelen_url(doelstelling.pk))


class DoelstellingCreateView(DoelstellingFormMixin, CreateView):
    def get_form_kwargs(self):
        volgorde = self.plan.doelstellingen.count() + 1
        return {**super().get_form_kwargs(), "instance": Doelstelling(plan=self.plan, volgorde=volgorde)}


class DoelstellingUpdateView(DoelstellingFormMixin, UpdateView):
    def get_object(self, queryset=None):
        return self.get_doelstelling(self.kwargs["pk"])


class DoelstellingVerwijderenView(DoelenMixin, DeleteView):
    recht = Recht.BEWERKEN
    template_name = "uitvoeringsplan/doelen/verwijderen.html"

    def get_object(self, queryset=None):
        return self.get_doelstelling(self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        tekst = _("Met de doelstelling verdwijnen ook haar indicatoren en metingen. De geschiedenis bewaart ze.")
        return super().get_context_data(uitleg=tekst, terug=self.doelen_url(self.object.pk), **kwargs)

    def get_success_url(self) -> str:
        messages.success(self.request, _("De doelstelling is verwijderd."))
        return self.doelen_url()


class IndicatorView(DoelenMixin, TemplateView):
    """One indicator: its chart, the table of values and, for the kernteam, a form for the next meting."""

    template_name = "uitvoeringsplan/doelen/indicator.html"

    def get_context_data(self, **kwargs):
        indicator = get_object_or_404(
            Indicator.objects.filter(doelstelling__plan=self.plan)
            .select_related("doelstelling")
            .prefetch_related("metingen"),
            pk=self.kwargs["pk"],
        )
        context = {"indicator": indicator, "doelstelling": indicator.doelstelling}
        if self.mag_meten:
            context.setdefault("form", MetingForm(instance=Meting(indicator=indicator)))
        return super().get_context_data(**{**context, **kwargs})


class IndicatorFormMixin(DoelenMixin):
    recht = Recht.BEWERKEN
    form_class = IndicatorForm
    template_name = "uitvoeringsplan/doelen/indicator_form.html"

    def form_valid(self, form):
        indicator = form.save()
        messages.success(self.request, _("De indicator is opgeslagen."))
        return redirect(self.indicator_url(indicator.pk))


class IndicatorCreateView(IndicatorFormMixin, CreateView):
    def get_form_kwargs(self):
        doelstelling = self.get_doelstelling(self.kwargs["doelstelling_pk"])
        volgorde = doelstelling.indicatoren.count() + 1
        return {**super().get_form_kwargs(), "instance": Indicator(doelstelling=doelstelling, volgorde=volgorde)}

    def get_context_data(self, **kwargs):
        return super().get_context_data(doelstelling=self.get_form_kwargs()["instance"].doelstelling, **kwargs)


class IndicatorUpdateView(IndicatorFormMixin, UpdateView):
    def get_object(self, queryset=None):
        return self.get_indicator(self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        return super().get_context_data(doelstelling=self.object.doelstelling, **kwargs)


class IndicatorVerwijderenView(DoelenMixin, DeleteView):
    recht = Recht.BEWERKEN
    template_name = "uitvoeringsplan/doelen/verwijderen.html"

    def get_object(self, queryset=None):
        return self.get_indicator(self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        tekst = _("Met de indicator verdwijnen ook de metingen. De geschiedenis bewaart ze.")
        return super().get_context_data(uitleg=tekst, terug=self.indicator_url(self.object.pk), **kwargs)

    def get_success_url(self) -> str:
        messages.success(self.request, _("De indicator is verwijderd."))
        return self.doelen_url(self.object.doelstelling_id)


class MetingMixin(DoelenMixin):
    """Metingen: the kernteam while it may edit the plan, and during the whole uitvoering."""

    recht = None

    def has_permission(self) -> bool:
        if not self.mag_meten:
            self.reden = _("Metingen vult het kernteam in, tijdens het opstellen en de uitvoering van het plan.")
            return False
        return super().has_permission()

    def get_meting(self) -> Meting:
        meting = get_object_or_404(
            Meting.objects.filter(indicator__doelstelling__plan=self.plan).select_related("indicator__doelstelling"),
            pk=self.kwargs["pk"],
        )
        meting.indicator.doelstelling.plan = self.plan
        return meting


class MetingFormMixin(MetingMixin):
    form_class = MetingForm
    template_name = "uitvoeringsplan/doelen/meting_form.html"

    def get_context_data(self, **kwargs):
        indicator = self.get_form_kwargs()["instance"].indicator
        return super().get_context_data(indicator=indicator, doelstelling=indicator.doelstelling, **kwargs)

    def form_valid(self, form):
        meting = form.save()
        messages.success(self.request, _("De meting van %(jaar)s is opgeslagen.") % {"jaar": meting.jaar})
        return redirect(self.indicator_url(meting.indicator_id))


class MetingCreateView(MetingFormMixin, CreateView):
    def get_form_kwargs(self):
        indicator = self.get_indicator(self.kwargs["indicator_pk"])
        return {**super().get_form_kwargs(), "instance": Meting(indicator=indicator)}


class MetingUpdateView(MetingFormMixin, UpdateView):
    def get_object(self, queryset=None):
        return self.get_meting()


class MetingVerwijderenView(MetingMixin, DeleteView):
    template_name = "uitvoeringsplan/doelen/verwijderen.html"

    def get_object(self, queryset=None):
        return self.get_meting()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            uitleg=_("De geschiedenis bewaart de meting."), terug=self.indicator_url(self.object.indicator_id), **kwargs
        )

    def get_success_url(self) -> str:
        messages.success(self.request, _("De meting is verwijderd."))
        return self.indicator_url(self.object.indicator_id)
