"""Adoption (stap 6) and what follows: the versions, their signatures, the PDF check and the comparison."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, TemplateView

from rapportage.models import Vaststelling
from stakeholders.models import Organisatie
from uitvoeringsplan.constants import PlanStatus, Rol
from uitvoeringsplan.mixins import PlanMixin
from uitvoeringsplan.rechten import Recht
from uitvoeringsplan.workflow import mag_naar, status_wijzigen

from .document import plan_document, snapshot
from .forms import OndertekeningForm, VaststellenForm
from .services import (
    controles_in_orde,
    nieuwe_conceptversie,
    ondertekenen,
    ondertekening_verwijderen,
    plan_vaststellen,
    vaststelling_controleren,
    vaststelling_controles,
    versies_vergelijken,
)
from .views_document import bestandsnaam


class VaststellenView(PlanMixin, FormView):
    """Stap 6: adopt the plan at the slotbijeenkomst."""

    recht = Recht.BEHEREN
    plan_nav = "versies"
    form_class = VaststellenForm
    template_name = "rapportage/vaststellen.html"

    def get_controles(self):
        if not hasattr(self, "_controles"):
            self._controles = vaststelling_controles(self.plan)
        return self._controles

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "plan": self.plan,
            "controles_in_orde": controles_in_orde(self.get_controles()),
        }

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            controles=self.get_controles(), kan_vaststellen=mag_naar(self.plan, PlanStatus.VASTGESTELD), **kwargs
        )

    def form_valid(self, form):
        if not mag_naar(self.plan, PlanStatus.VASTGESTELD):
            messages.error(self.request, _("Alleen een plan dat ter review ligt, kan worden vastgesteld."))
            return redirect("versies", plan_pk=self.plan.pk)
        vaststelling = plan_vaststellen(
            plan=self.plan,
            door=self.request.user,
            reden=form.cleaned_data["reden"],
            bijeenkomst=form.cleaned_data["bijeenkomst"],
        )
        messages.success(self.request, _("Het Uitvoeringsplan is vastgesteld. Gefeliciteerd!"))
        return redirect("vaststelling_detail", plan_pk=self.plan.pk, pk=vaststelling.pk)


class VersiesView(PlanMixin, TemplateView):
    """The adopted versions with their PDFs, and what changed since; every member reads them in every status."""

    recht = Recht.VERSIES
    plan_nav = "versies"
    template_name = "rapportage/versies.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        vaststellingen = list(self.plan.vaststellingen.select_related("vastgesteld_door", "bijeenkomst"))
        context.update(
            vaststellingen=vaststellingen,
            kan_vaststellen=mag_naar(self.plan, PlanStatus.VASTGESTELD),
            kan_nieuwe_versie=self.plan.status in {PlanStatus.VASTGESTELD, PlanStatus.IN_UITVOERING},
            kan_in_uitvoering=mag_naar(self.plan, PlanStatus.IN_UITVOERING),
        )
        return context


class VersiesBeherenView(PlanMixin, View):
    """A command from the versions page, for the projectleider."""

    recht = Recht.VERSIES
    recht_post = Recht.BEHEREN
    http_method_names = ["post"]


class NieuweConceptversieView(VersiesBeherenView):
    def post(self, request, *args, **kwargs):
        if self.plan.status in {PlanStatus.VASTGESTELD, PlanStatus.IN_UITVOERING}:
            nieuwe_conceptversie(plan=self.plan, door=request.user)
            messages.success(
                request,
                _("Versie %(n)s is gestart als concept. De vastgestelde versies blijven zoals ze zijn.")
                % {"n": self.plan.versie},
            )
        return redirect("versies", plan_pk=self.plan.pk)


class UitvoeringStartenView(VersiesBeherenView):
    def post(self, request, *args, **kwargs):
        if mag_naar(self.plan, PlanStatus.IN_UITVOERING):
            status_wijzigen(plan=self.plan, naar=PlanStatus.IN_UITVOERING, door=request.user)
            messages.success(request, _("Het plan is in uitvoering."))
        return redirect("versies", plan_pk=self.plan.pk)


class VaststellingMixin(PlanMixin):
    recht = Recht.VERSIES
    plan_nav = "versies"

    def get_vaststelling(self) -> Vaststelling:
        return get_object_or_404(
            self.plan.vaststellingen.select_related("vastgesteld_door", "bijeenkomst"), pk=self.kwargs["pk"]
        )

    def naar_vaststelling(self, vaststelling: Vaststelling):
        return redirect("vaststelling_detail", plan_pk=self.plan.pk, pk=vaststelling.pk)


class VaststellingDetailView(VaststellingMixin, TemplateView):
    """An adopted version with its signatures; the projectleider copies signatures from the signed paper here."""

    recht_post = Recht.BEHEREN
    template_name = "rapportage/vaststelling.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        vaststelling = self.get_vaststelling()
        ondertekeningen = list(vaststelling.ondertekeningen.all())
        eigen_organisaties = []
        if self.rol == Rol.STAKEHOLDER:
            getekend = {o.organisatie for o in ondertekeningen if o.user_id == self.request.user.pk}
            eigen_organisaties = [
                organisatie
                for organisatie in Organisatie.objects.filter(
                    gemeente=self.plan.gemeente, stakeholders__user=self.request.user
                ).distinct()
                if organisatie.naam not in getekend
            ]
        context.update(
            vaststelling=vaststelling,
            ondertekeningen=ondertekeningen,
            form=kwargs.get("form") or OndertekeningForm(initial={"datum": timezone.localdate()}),
            eigen_organisaties=eigen_organisaties,
            controle=self.request.GET.get("controle"),
        )
        return context

    def post(self, request, *args, **kwargs):
        vaststelling = self.get_vaststelling()
        form = OndertekeningForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        try:
            ondertekenen(
                vaststelling=vaststelling,
                naam=form.cleaned_data["naam"],
                organisatie=form.cleaned_data["organisatie"],
                datum=form.cleaned_data["datum"],
                door=request.user,
                zelf=False,
            )
        except ValidationError as fout:
            messages.error(request, " ".join(fout.messages))
        else:
            messages.success(request, _("De handtekening van de papieren versie is vastgelegd."))
        return self.naar_vaststelling(vaststelling)


class OndertekenenView(VaststellingMixin, View):
    """A stakeholder signs in the application, on behalf of their organisation (POST field `organisatie`)."""

    http_method_names = ["post"]

    def has_permission(self) -> bool:
        if self.rol != Rol.STAKEHOLDER:
            self.reden = _("Alleen stakeholders ondertekenen zelf, namens hun organisatie.")
            return False
        return super().has_permission()

    def post(self, request, *args, **kwargs):
        vaststelling = self.get_vaststelling()
        organisatie = get_object_or_404(
            Organisatie,
            gemeente=self.plan.gemeente,
            stakeholders__user=request.user,
            pk=request.POST.get("organisatie"),
        )
        try:
            ondertekenen(
                vaststelling=vaststelling,
                naam=request.user.get_full_name() or request.user.get_username(),
                organisatie=organisatie.naam,
                datum=timezone.localdate(),
                door=request.user,
                zelf=True,
            )
        except ValidationError as fout:
            messages.error(request, " ".join(fout.messages))
        else:
            messages.success(
                request, _("Je hebt het plan ondertekend namens %(organisatie)s.") % {"organisatie": organisatie.naam}
            )
        return self.naar_vaststelling(vaststelling)


class OndertekeningVerwijderenView(VaststellingMixin, View):
    """The projectleider removes a signature copied from paper by mistake (POST field `ondertekening`)."""

    recht_post = Recht.BEHEREN
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        vaststelling = self.get_vaststelling()
        ondertekening = get_object_or_404(vaststelling.ondertekeningen, pk=request.POST.get("ondertekening"))
        try:
            ondertekening_verwijderen(ondertekening=ondertekening, door=request.user)
        except ValidationError as fout:
            messages.error(request, " ".join(fout.messages))
        else:
            messages.success(
                request,
                _("De handtekening van %(naam)s is verwijderd. Leg zo nodig de juiste opnieuw vast.")
                % {"naam": ondertekening.naam},
            )
        return self.naar_vaststelling(vaststelling)


class VaststellingPdfView(VaststellingMixin, View):
    def get(self, request, *args, **kwargs):
        vaststelling = self.get_vaststelling()
        naam = bestandsnaam(self.plan, vaststelling.versie, "pdf", concept=False)
        return FileResponse(vaststelling.pdf.open("rb"), content_type="application/pdf", filename=naam)


class VaststellingControlerenView(VaststellingMixin, View):
    """Recompute the SHA-256 of the stored PDF and compare it with the one recorded at adoption."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        vaststelling = self.get_vaststelling()
        uitkomst = "ok" if vaststelling_controleren(vaststelling) else "fout"
        url = reverse("vaststelling_detail", kwargs={"plan_pk": self.plan.pk, "pk": vaststelling.pk})
        return redirect(f"{url}?controle={uitkomst}#controle")


class VersiesVergelijkenView(VaststellingMixin, TemplateView):
    """What changed between an adopted version and a later one, or the current plan.

    "Was" is always the older version: asked the other way round, the two are swapped. The current
    plan is for members who may read it; the others compare with the newest later version.
    """

    template_name = "rapportage/vergelijken.html"

    def nieuwste_latere(self, oud: Vaststelling) -> Vaststelling | None:
        return self.plan.vaststellingen.filter(versie__gt=oud.versie).order_by("-versie").first()

    def has_permission(self) -> bool:
        # Without `met`, someone who may not read the current plan needs a later version to compare with.
        if (
            Recht.LEZEN not in self.rechten
            and not self.request.GET.get("met")
            and self.nieuwste_latere(self.get_vaststelling()) is None
        ):
            self.reden = self.weigering(Recht.LEZEN)
            return False
        return super().has_permission()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        oud = self.get_vaststelling()
        nieuw = None
        if self.request.GET.get("met"):
            nieuw = get_object_or_404(self.plan.vaststellingen.exclude(pk=oud.pk), pk=self.request.GET["met"])
            if nieuw.versie < oud.versie:
                oud, nieuw = nieuw, oud
        elif Recht.LEZEN not in self.rechten:
            nieuw = self.nieuwste_latere(oud)
        if nieuw is None:
            nieuw_snapshot, nieuw_label = snapshot(plan_document(self.plan)), _("het huidige plan")
        else:
            nieuw_snapshot, nieuw_label = nieuw.snapshot, _("versie %(n)s") % {"n": nieuw.versie}
        context.update(
            oud=oud,
            nieuw=nieuw,
            nieuw_label=nieuw_label,
            verschillen=versies_vergelijken(oud.snapshot, nieuw_snapshot),
            latere_versies=self.plan.vaststellingen.filter(versie__gt=oud.versie).order_by("versie"),
        )
        return context
