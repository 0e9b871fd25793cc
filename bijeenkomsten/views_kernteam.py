"""Tip 1 and steps 1–2: the assignment, the kernteam and what it agreed in the startgesprek."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import DeleteView, FormView, TemplateView, UpdateView

from uitvoeringsplan.constants import Rol
from uitvoeringsplan.leden import lid_toevoegen
from uitvoeringsplan.mixins import PlanFormulierMixin, PlanMixin
from uitvoeringsplan.rechten import Recht

from .constants import BijeenkomstSoort
from .forms import (
    AfsprakenForm,
    LidmaatschapForm,
    LidToevoegenForm,
    OpdrachtForm,
    TotstandkomingForm,
    WethouderoverlegForm,
)
from .totstandkoming import totstandkoming_opstellen

# Stap 1: "denk bijvoorbeeld aan 2-3 personen naast de projectleider".
MAX_KERNTEAMLEDEN = 3


class DraagvlakView(PlanFormulierMixin, UpdateView):
    """Tip 1: the assignment, the ambassadeur-wethouder and the log of updates to the wethouder."""

    recht_post = Recht.BEWERKEN
    plan_nav = "draagvlak"
    form_class = OpdrachtForm
    template_name = "bijeenkomsten/draagvlak.html"
    melding = gettext_lazy("De opdracht is opgeslagen.")
    terug_naar = "draagvlak"

    def get_context_data(self, **kwargs):
        return super().get_context_data(overleggen=self.plan.wethouderoverleggen.all(), **kwargs)


class WethouderoverlegMixin(PlanMixin):
    recht = Recht.BEWERKEN
    plan_nav = "draagvlak"
    form_class = WethouderoverlegForm
    template_name = "bijeenkomsten/wethouderoverleg_form.html"

    def get_queryset(self):
        return self.plan.wethouderoverleggen.all()

    def get_success_url(self) -> str:
        return reverse("draagvlak", kwargs={"plan_pk": self.plan.pk}) + "#overleggen"


class WethouderoverlegToevoegenView(WethouderoverlegMixin, FormView):
    def form_valid(self, form):
        overleg = form.save(commit=False)
        overleg.plan = self.plan
        overleg.save()
        messages.success(self.request, _("Het overleg met de wethouder is vastgelegd."))
        return super().form_valid(form)


class WethouderoverlegWijzigenView(WethouderoverlegMixin, UpdateView):
    def form_valid(self, form):
        messages.success(self.request, _("Het overleg met de wethouder is opgeslagen."))
        return super().form_valid(form)


class WethouderoverlegVerwijderenView(WethouderoverlegMixin, DeleteView):
    template_name = "bijeenkomsten/bevestigen.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            vraag=_("Overleg met de wethouder verwijderen?"),
            omschrijving=str(self.object),
            terug_url=self.get_success_url(),
            **kwargs,
        )


class KernteamView(PlanMixin, TemplateView):
    """Stap 1: the kernteam, and everyone else who takes part in the plan."""

    recht = None
    plan_nav = "kernteam"
    template_name = "bijeenkomsten/kernteam.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        leden = list(self.plan.lidmaatschappen.select_related("user").order_by("user__first_name", "user__last_name"))
        kernteam = [lid for lid in leden if lid.is_kernteam]
        context.update(
            kernteam=sorted(kernteam, key=lambda lid: lid.rol != Rol.PROJECTLEIDER),
            overige_leden=[lid for lid in leden if not lid.is_kernteam],
            te_groot=sum(lid.rol == Rol.KERNTEAMLID for lid in kernteam) > MAX_KERNTEAMLEDEN,
            max_kernteamleden=MAX_KERNTEAMLEDEN,
        )
        return context


class LidToevoegenView(PlanMixin, FormView):
    recht = Recht.BEHEREN
    plan_nav = "kernteam"
    form_class = LidToevoegenForm
    template_name = "bijeenkomsten/lid_toevoegen.html"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "plan": self.plan}

    def form_valid(self, form):
        data = form.cleaned_data
        lid, nieuw = lid_toevoegen(
            plan=self.plan,
            email=data["email"],
            voornaam=data["voornaam"],
            achternaam=data["achternaam"],
            rol=data["rol"],
            functie=data["functie"],
            functie_omschrijving=data["functie_omschrijving"],
            door=self.request.user,
        )
        if nieuw:
            tekst = _("%(naam)s heeft een account gekregen en een e-mail om een wachtwoord te kiezen.")
        else:
            tekst = _("%(naam)s is toegevoegd en heeft een e-mail gekregen.")
        messages.success(self.request, tekst % {"naam": lid.user.get_full_name() or lid.user.email})
        return redirect("kernteam", plan_pk=self.plan.pk)


class LidmaatschapMixin(PlanMixin):
    recht = Recht.BEHEREN
    plan_nav = "kernteam"

    def has_permission(self) -> bool:
        if not super().has_permission():
            return False
        if self.plan.lidmaatschappen.filter(pk=self.kwargs["pk"], user=self.request.user).exists():
            self.reden = _("Je kunt je eigen rol niet wijzigen; vraag een andere projectleider.")
            return False
        return True

    def get_object(self, queryset=None):
        return get_object_or_404(self.plan.lidmaatschappen.select_related("user"), pk=self.kwargs["pk"])

    def get_success_url(self) -> str:
        return reverse("kernteam", kwargs={"plan_pk": self.plan.pk})


class LidmaatschapWijzigenView(LidmaatschapMixin, UpdateView):
    form_class = LidmaatschapForm
    template_name = "bijeenkomsten/lidmaatschap_form.html"

    def form_valid(self, form):
        messages.success(self.request, _("De rol is opgeslagen."))
        return super().form_valid(form)


class LidmaatschapVerwijderenView(LidmaatschapMixin, DeleteView):
    template_name = "bijeenkomsten/bevestigen.html"

    def get_context_data(self, **kwargs):
        naam = self.object.user.get_full_name() or self.object.user.get_username()
        return super().get_context_data(
            vraag=_("%(naam)s uit dit plan halen?") % {"naam": naam},
            omschrijving=_("Het account blijft bestaan, maar geeft geen toegang meer tot dit plan."),
            terug_url=self.get_success_url(),
            **kwargs,
        )

    def form_valid(self, form):
        messages.success(self.request, _("De toegang tot dit plan is ingetrokken."))
        return super().form_valid(form)


class AfsprakenView(PlanFormulierMixin, UpdateView):
    """Stap 2: the agreements of the startgesprek kernteam."""

    recht_post = Recht.BEWERKEN
    plan_nav = "kernteam"
    form_class = AfsprakenForm
    template_name = "bijeenkomsten/afspraken.html"
    melding = gettext_lazy("De afspraken uit het startgesprek zijn opgeslagen.")
    terug_naar = "afspraken"

    def get_context_data(self, **kwargs):
        # The startgesprek is the kernteam's own meeting, not one "met lokale stakeholders".
        met_stakeholders = self.plan.bijeenkomsten.exclude(soort=BijeenkomstSoort.STARTGESPREK)
        return super().get_context_data(bijeenkomsten=met_stakeholders, **kwargs)


class TotstandkomingView(PlanFormulierMixin, UpdateView):
    """The plan's "samenvatting totstandkoming", with a draft generated from the recorded meetings."""

    recht = Recht.BEWERKEN
    plan_nav = "bijeenkomsten"
    form_class = TotstandkomingForm
    template_name = "bijeenkomsten/totstandkoming.html"
    melding = gettext_lazy("De samenvatting van de totstandkoming is opgeslagen.")
    terug_naar = "bijeenkomst_list"

    def get_initial(self):
        initial = super().get_initial()
        if not self.plan.samenvatting_totstandkoming.strip() or "opnieuw" in self.request.GET:
            initial["samenvatting_totstandkoming"] = totstandkoming_opstellen(self.plan)
        return initial

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["is_concept"] = not self.plan.samenvatting_totstandkoming.strip() or "opnieuw" in self.request.GET
        return context
