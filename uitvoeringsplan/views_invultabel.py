"""The plan's aanbevelingen, the invultabel per aanbeveling and its acties (handreiking stap 4–5)."""

from django.contrib import messages
from django.db import transaction
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import CreateView, DeleteView, TemplateView, UpdateView

from basis.volgorde import richting_uit
from scanner.models import Aanbeveling

from .conflict import ConflictFormulier, vergelijken
from .forms import NieuweAanbevelingForm
from .forms_actie import ActieForm
from .geschiedenis import actie_geschiedenis, plan_geschiedenis
from .mixins import PlanMixin
from .models import Actie, Invultabel
from .rechten import Recht
from .rijen import RIJEN
from .services import (
    Conflict,
    aanbevelingen_in_plan,
    actie_dupliceren,
    actie_herstellen,
    actie_opslaan,
    actie_verplaatsen,
    invultabel_verplaatsen,
    invultabellen_ordenen,
)


class InvultabelStatus:
    """How far an invultabel is: its acties, how many are complete, which rows are still empty."""

    def __init__(self, invultabel: Invultabel):
        self.invultabel = invultabel
        self.acties = list(invultabel.acties.all())
        self.compleet = [actie for actie in self.acties if actie.is_compleet]

    @property
    def is_compleet(self) -> bool:
        return bool(self.compleet)

    @property
    def onvolledig(self) -> list[Actie]:
        return [actie for actie in self.acties if not actie.is_compleet]


class BeschikbareAanbevelingenMixin(PlanMixin):
    plan_nav = "aanbevelingen"

    def beschikbare_aanbevelingen(self):
        """Aanbevelingen of the plan's Scanner and beleidsdocumenten that are not in the plan yet."""
        return self.plan.aanbevelingen_uit_bronnen().exclude(invultabellen__plan=self.plan).distinct()


class AanbevelingenView(BeschikbareAanbevelingenMixin, TemplateView):
    """The plan's aanbevelingen in priority order, each with the state of its invultabel."""

    template_name = "uitvoeringsplan/aanbevelingen.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        invultabellen = self.plan.invultabellen.select_related("aanbeveling").prefetch_related(
            Prefetch("acties", queryset=Actie.objects.met_rijen())
        )
        context["statussen"] = [InvultabelStatus(invultabel) for invultabel in invultabellen]
        return context


class AanbevelingenToevoegenView(BeschikbareAanbevelingenMixin, TemplateView):
    """Take aanbevelingen from the plan's Scanner or beleidsdocumenten into the plan, or write a new one."""

    recht = Recht.BEWERKEN
    template_name = "uitvoeringsplan/aanbevelingen_toevoegen.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["aanbevelingen"] = self.beschikbare_aanbevelingen().select_related("scanner", "beleidsdocument")
        context.setdefault("form", NieuweAanbevelingForm())
        return context

    def post(self, request, *args, **kwargs):
        if "nieuw" in request.POST:
            form = NieuweAanbevelingForm(request.POST, instance=Aanbeveling(gemeente=self.plan.gemeente))
            if not form.is_valid():
                return self.render_to_response(self.get_context_data(form=form))
            with transaction.atomic():
                aanbeveling = form.save()
                aanbevelingen_in_plan(plan=self.plan, aanbevelingen=[aanbeveling])
            messages.success(request, _("De aanbeveling staat nu in het plan."))
            return redirect("invultabel_detail", plan_pk=self.plan.pk, pk=aanbeveling.invultabellen.get().pk)
        gekozen = list(self.beschikbare_aanbevelingen().filter(pk__in=request.POST.getlist("aanbeveling")))
        if not gekozen:
            messages.error(request, _("Kies minstens één aanbeveling."))
            return redirect("aanbevelingen_toevoegen", plan_pk=self.plan.pk)
        aantal = aanbevelingen_in_plan(plan=self.plan, aanbevelingen=gekozen)
        messages.success(request, _("%(n)s aanbeveling(en) toegevoegd aan het plan.") % {"n": aantal})
        return redirect("aanbevelingen", plan_pk=self.plan.pk)


class InvultabelMixin(PlanMixin):
    plan_nav = "aanbevelingen"

    def get_invultabel(self) -> Invultabel:
        return get_object_or_404(self.plan.invultabellen.select_related("aanbeveling"), pk=self.kwargs["pk"])


class InvultabelVerplaatsenView(InvultabelMixin, View):
    recht = Recht.BEWERKEN
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        invultabel = self.get_invultabel()
        invultabel.plan = self.plan
        invultabel_verplaatsen(invultabel=invultabel, richting=richting_uit(request.POST))
        return redirect(reverse("aanbevelingen", kwargs={"plan_pk": self.plan.pk}) + f"#invultabel-{invultabel.pk}")


class AanbevelingenOrdenenView(PlanMixin, View):
    """A new order of all the plan's aanbevelingen at once, as dragging them on the list page gives."""

    recht = Recht.BEWERKEN
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        try:
            volgorde = [int(waarde) for waarde in request.POST.getlist("aanbeveling")]
        except ValueError:
            volgorde = []
        if volgorde:
            invultabellen_ordenen(plan=self.plan, aanbeveling_ids=volgorde)
            messages.success(request, _("De volgorde van de aanbevelingen is opgeslagen."))
        return redirect("aanbevelingen", plan_pk=self.plan.pk)


class InvultabelVerwijderenView(InvultabelMixin, DeleteView):
    """Take an aanbeveling out of the plan (its acties go with it; the history keeps them)."""

    recht = Recht.BEWERKEN
    template_name = "uitvoeringsplan/invultabel_verwijderen.html"

    def get_object(self, queryset=None):
        invultabel = self.get_invultabel()
        invultabel.plan = self.plan
        return invultabel

    def get_success_url(self) -> str:
        messages.success(self.request, _("De aanbeveling staat niet meer in het plan."))
        return reverse("aanbevelingen", kwargs={"plan_pk": self.plan.pk})


class InvultabelView(InvultabelMixin, TemplateView):
    """One aanbeveling's acties in the handreiking's nine-row layout."""

    template_name = "uitvoeringsplan/invultabel.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        invultabel = self.get_invultabel()
        invultabel.plan = self.plan
        acties = list(invultabel.acties.met_rijen())
        volgorde = list(self.plan.invultabellen.select_related("aanbeveling").order_by("volgorde", "pk"))
        positie = next(i for i, kandidaat in enumerate(volgorde) if kandidaat.pk == invultabel.pk)
        context.update(
            invultabel=invultabel,
            aanbeveling=invultabel.aanbeveling,
            acties=acties,
            compleet=sum(actie.is_compleet for actie in acties),
            vorige=volgorde[positie - 1] if positie > 0 else None,
            volgende=volgorde[positie + 1] if positie + 1 < len(volgorde) else None,
            positie=positie + 1,
            aantal=len(volgorde),
        )
        return context


class ActieMixin(PlanMixin):
    plan_nav = "aanbevelingen"

    def get_queryset(self):
        return Actie.objects.van_plan(self.plan).met_rijen().select_related("invultabel__aanbeveling")

    def get_actie(self) -> Actie:
        actie = get_object_or_404(self.get_queryset(), pk=self.kwargs["pk"])
        actie.invultabel.plan = self.plan
        return actie

    def invultabel_url(self, actie: Actie) -> str:
        url = reverse("invultabel_detail", kwargs={"plan_pk": self.plan.pk, "pk": actie.invultabel_id})
        return f"{url}#actie-{actie.pk}"


class ActieFormMixin(ActieMixin):
    recht = Recht.BEWERKEN
    form_class = ActieForm
    template_name = "uitvoeringsplan/actie_form.html"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "gemeente": self.plan.gemeente}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rijen"] = RIJEN
        catalogus = context["form"].fields["interventie"].queryset
        context["interventies"] = {str(interventie.pk): interventie.invulling() for interventie in catalogus}
        return context

    def form_valid(self, form):
        gegevens = form.cleaned_data
        try:
            actie = actie_opslaan(
                actie=form.instance,
                gegevens=form.gegevens(),
                verantwoordelijken=gegevens["verantwoordelijken"],
                middelen=gegevens["middelen"],
                nieuwe_organisatie=gegevens.get("nieuwe_organisatie", ""),
                gezien_versie=gegevens.get("versie"),
                door=self.request.user,
            )
        except Conflict as conflict:
            return self.conflict(form, conflict.opgeslagen, basis_versie=form.cleaned_data.get("versie"))
        messages.success(self.request, _("De actie is opgeslagen."))
        return redirect(self.invultabel_url(actie))


class ActieCreateView(ActieFormMixin, CreateView):
    def get_invultabel(self) -> Invultabel:
        invultabel = get_object_or_404(
            Invultabel.objects.select_related("aanbeveling"), plan=self.plan, pk=self.kwargs["invultabel_pk"]
        )
        invultabel.plan = self.plan
        return invultabel

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["instance"] = Actie(invultabel=self.get_invultabel())
        return kwargs

    def get_context_data(self, **kwargs):
        return super().get_context_data(invultabel=self.get_invultabel(), **kwargs)


class ActieUpdateView(ActieFormMixin, UpdateView):
    def get_object(self, queryset=None):
        return self.get_actie()

    def get_context_data(self, **kwargs):
        return super().get_context_data(invultabel=self.object.invultabel, **kwargs)

    def post(self, request, *args, **kwargs):
        self.object = self.get_object()
        if "conflict_oplossen" in request.POST:
            return self.conflict_oplossen()
        return super().post(request, *args, **kwargs)

    def conflict(self, form, opgeslagen: Actie, *, basis_versie: int | None, keuze_ontbreekt: bool = False):
        """Show the user's text beside the saved text where both changed a question; nothing is saved yet."""
        opgeslagen.invultabel.plan = self.plan
        basis = opgeslagen.history.filter(versie=basis_versie).first() if basis_versie else None
        context = self.get_context_data(
            form=form,
            conflict=ConflictFormulier(
                vergelijken(form, opgeslagen, basis), form.data, opgeslagen, basis_versie=basis_versie
            ),
            opgeslagen=opgeslagen,
            keuze_ontbreekt=keuze_ontbreekt,
            laatste_wijziging=opgeslagen.history.select_related("history_user").first(),
        )
        return self.response_class(
            request=self.request, template="uitvoeringsplan/actie_conflict.html", context=context, status=409
        )

    def conflict_oplossen(self):
        """Build the data from the user's choice per field and save it as a normal edit."""
        post = self.request.POST
        if ConflictFormulier.ontbrekende_keuzes(post):
            mijn = self.get_form_class()(
                data=ConflictFormulier.mijn_invoer(post), instance=self.get_actie(), gemeente=self.plan.gemeente
            )
            if mijn.is_valid():
                return self.conflict(
                    mijn, self.get_actie(), basis_versie=mijn.cleaned_data.get("versie"), keuze_ontbreekt=True
                )
        opgeslagen = self.get_actie()
        data = ConflictFormulier.samenvoegen(post, opgeslagen, gemeente=self.plan.gemeente)
        form = self.get_form_class()(data=data, instance=opgeslagen, gemeente=self.plan.gemeente)
        if not form.is_valid():
            return self.form_invalid(form)
        return self.form_valid(form)


class ActieVerwijderenView(ActieMixin, DeleteView):
    recht = Recht.BEWERKEN
    template_name = "uitvoeringsplan/actie_verwijderen.html"

    def get_object(self, queryset=None):
        return self.get_actie()

    def get_success_url(self) -> str:
        messages.success(
            self.request, _("De actie is verwijderd. In de geschiedenis van het plan blijft ze zichtbaar.")
        )
        return reverse("invultabel_detail", kwargs={"plan_pk": self.plan.pk, "pk": self.object.invultabel_id})


class ActieDupliceren(ActieMixin, View):
    recht = Recht.BEWERKEN
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        kopie = actie_dupliceren(actie=self.get_actie(), door=request.user)
        messages.success(request, _("De actie is gedupliceerd. Pas de kopie aan."))
        return redirect("actie_update", plan_pk=self.plan.pk, pk=kopie.pk)


class ActieVerplaatsenView(ActieMixin, View):
    recht = Recht.BEWERKEN
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        actie = self.get_actie()
        actie_verplaatsen(actie=actie, richting=richting_uit(request.POST))
        return redirect(self.invultabel_url(actie))


class ActieGeschiedenisView(ActieMixin, TemplateView):
    template_name = "uitvoeringsplan/actie_geschiedenis.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        actie = self.get_actie()
        context.update(actie=actie, gebeurtenissen=actie_geschiedenis(actie))
        return context


class ActieHerstellenView(ActieMixin, View):
    recht = Recht.BEWERKEN
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        actie = self.get_actie()
        try:
            actie_herstellen(actie=actie, versie_id=int(kwargs["versie_id"]), door=request.user)
        except actie.history.model.DoesNotExist as fout:
            raise Http404 from fout
        messages.success(request, _("De eerdere versie is teruggezet. Ook dat staat in de geschiedenis."))
        return redirect("actie_geschiedenis", plan_pk=self.plan.pk, pk=actie.pk)


class PlanGeschiedenisView(PlanMixin, TemplateView):
    plan_nav = "geschiedenis"
    template_name = "uitvoeringsplan/plan_geschiedenis.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(gebeurtenissen=plan_geschiedenis(self.plan), **kwargs)
