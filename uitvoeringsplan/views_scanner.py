"""The plan's Scanner, beleidskader and aanbevelingen: the gemeente's records, edited within a plan."""

from django.contrib import messages
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View
from django.views.generic import FormView, ListView, TemplateView, UpdateView

from scanner.bestanden import pdf_response
from scanner.forms import (
    AanbevelingenPlakkenForm,
    AanbevelingForm,
    BeleidsdocumentForm,
    ScannerForm,
    ScannerKiezenForm,
    ScannerVervangenForm,
    VerplichtePlakForm,
)
from scanner.models import Beleidsdocument, Scanner
from scanner.services import aanbevelingen_toevoegen, oud_bestand_opruimen

from .mixins import PlanMixin
from .models import Invultabel
from .rechten import Recht
from .services import aanbevelingen_in_plan, aanbevelingen_opnemen, scanner_koppelen


def meld_toegevoegd(request, aantal: int, in_plan: bool) -> None:
    if not aantal:
        return
    if in_plan:
        tekst = ngettext(
            "%(n)s aanbeveling toegevoegd en opgenomen in het plan.",
            "%(n)s aanbevelingen toegevoegd en opgenomen in het plan.",
            aantal,
        )
    else:
        tekst = ngettext("%(n)s aanbeveling toegevoegd.", "%(n)s aanbevelingen toegevoegd.", aantal)
    messages.success(request, tekst % {"n": aantal})


def met_in_plan(queryset, plan):
    return queryset.annotate(in_plan=Exists(Invultabel.objects.filter(plan=plan, aanbeveling=OuterRef("pk"))))


class BestandOpruimenMixin:
    """An UpdateView whose form may replace or clear the stored PDF in `bestand_veld`."""

    bestand_veld = ""

    def form_valid(self, form):
        model = type(self.object)
        oude_naam = model.objects.values_list(self.bestand_veld, flat=True).get(pk=self.object.pk)
        with transaction.atomic():
            response = super().form_valid(form)
            oud_bestand_opruimen(bestand=getattr(self.object, self.bestand_veld), oude_naam=oude_naam)
        return response


class ScannerDetailView(PlanMixin, TemplateView):
    plan_nav = "scanner"
    template_name = "scanner/scanner_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        scanner = (
            Scanner.objects.filter(pk=self.plan.scanner_id).prefetch_related("middelen").first()
            if self.plan.scanner_id
            else None
        )
        context["scanner"] = scanner
        if scanner:
            context["aanbevelingen"] = met_in_plan(scanner.aanbevelingen.all(), self.plan)
        context["andere_scanners"] = (
            Scanner.objects.filter(gemeente=self.plan.gemeente).exclude(pk=self.plan.scanner_id).exists()
        )
        return context


class BronVastleggenMixin(PlanMixin):
    """Record a new source of aanbevelingen (a Scanner or a beleidsdocument) with the pasted list."""

    recht = Recht.BEWERKEN
    bron_form = None  # the ModelForm of the source
    prefix = ""
    success_url_name = ""

    def nieuwe_bron(self):
        return self.bron_form._meta.model(gemeente=self.plan.gemeente)

    def bron_koppelen(self, bron) -> str:
        """Make the new source part of the plan; returns the message that says so."""
        raise NotImplementedError

    def bevestig_form(self, data=None):
        """A consequence of recording the source that the user must confirm first, as a form; or None."""
        return None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", self.bron_form(prefix=self.prefix))
        context.setdefault("plak_form", AanbevelingenPlakkenForm(prefix="plak"))
        context.setdefault("bevestig_form", self.bevestig_form())
        return context

    def post(self, request, *args, **kwargs):
        form = self.bron_form(request.POST, request.FILES, prefix=self.prefix, instance=self.nieuwe_bron())
        plak_form = AanbevelingenPlakkenForm(request.POST, prefix="plak")
        bevestig_form = self.bevestig_form(request.POST)
        formulieren = [f for f in (form, plak_form, bevestig_form) if f is not None]
        if not all(f.is_valid() for f in formulieren):
            return self.render_to_response(
                self.get_context_data(form=form, plak_form=plak_form, bevestig_form=bevestig_form)
            )
        in_plan = plak_form.cleaned_data["in_plan"]
        with transaction.atomic():
            bron = form.save()
            melding = self.bron_koppelen(bron)
            titels = plak_form.cleaned_data["aanbevelingen"]
            if in_plan:
                nieuw = aanbevelingen_opnemen(plan=self.plan, bron=bron, titels=titels)
            else:
                nieuw = aanbevelingen_toevoegen(bron=bron, titels=titels)
        messages.success(request, melding)
        meld_toegevoegd(request, len(nieuw), in_plan)
        return redirect(self.success_url_name, plan_pk=self.plan.pk)


class ScannerCreateView(BronVastleggenMixin, TemplateView):
    """Record a new Scanner for the plan, with its report and the pasted list of aanbevelingen.

    A plan has one Scanner. When it already has one, the new Scanner replaces it only after the
    user confirms that: the old one's aanbevelingen stay in the plan but leave the Scanner page.
    """

    plan_nav = "scanner"
    template_name = "scanner/scanner_form.html"
    bron_form = ScannerForm
    prefix = "scanner"
    success_url_name = "scanner_detail"

    def bevestig_form(self, data=None):
        if not self.plan.scanner_id:
            return None
        return ScannerVervangenForm(data, prefix="vervang", scanner=self.plan.scanner)

    def bron_koppelen(self, bron) -> str:
        vorige = self.plan.scanner
        scanner_koppelen(plan=self.plan, scanner=bron)
        if vorige is None:
            return _("De Scanner is vastgelegd.")
        return _(
            "De Scanner is vastgelegd en vervangt %(scanner)s als bron van dit plan. Aanbevelingen uit "
            "%(scanner)s die al in het plan stonden, blijven erin."
        ) % {"scanner": vorige}


class ScannerUpdateView(BestandOpruimenMixin, PlanMixin, UpdateView):
    plan_nav = "scanner"
    recht = Recht.BEWERKEN
    form_class = ScannerForm
    template_name = "scanner/scanner_form.html"
    bestand_veld = "rapport"

    def get_object(self, queryset=None):
        if not self.plan.scanner_id:
            raise Http404
        return get_object_or_404(Scanner, pk=self.plan.scanner_id)

    def get_success_url(self) -> str:
        messages.success(self.request, _("De gegevens van de Scanner zijn opgeslagen."))
        return reverse("scanner_detail", kwargs={"plan_pk": self.plan.pk})


class ScannerKiezenView(PlanMixin, FormView):
    """Use a Scanner the gemeente already has (for example from an earlier cycle)."""

    plan_nav = "scanner"
    recht = Recht.BEWERKEN
    form_class = ScannerKiezenForm
    template_name = "scanner/scanner_kiezen.html"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "gemeente": self.plan.gemeente}

    def form_valid(self, form):
        scanner = form.cleaned_data["scanner"]
        with transaction.atomic():
            scanner_koppelen(plan=self.plan, scanner=scanner)
            aantal = aanbevelingen_in_plan(plan=self.plan, aanbevelingen=list(scanner.aanbevelingen.all()))
        messages.success(self.request, _("%(scanner)s is de bron van dit plan.") % {"scanner": scanner})
        meld_toegevoegd(self.request, aantal, in_plan=True)
        return redirect("scanner_detail", plan_pk=self.plan.pk)


class ScannerRapportView(PlanMixin, View):
    def get(self, request, *args, **kwargs):
        scanner = get_object_or_404(Scanner, pk=self.plan.scanner_id) if self.plan.scanner_id else None
        return pdf_response(scanner.rapport if scanner else None)


class AanbevelingenPlakkenView(PlanMixin, FormView):
    """Add more aanbevelingen to the plan's Scanner or to one of its beleidsdocumenten."""

    recht = Recht.BEWERKEN
    form_class = VerplichtePlakForm
    template_name = "scanner/aanbevelingen_plakken.html"

    @property
    def plan_nav(self) -> str:
        return "beleid" if "document_pk" in self.kwargs else "scanner"

    @cached_property
    def bron(self) -> Scanner | Beleidsdocument:
        if "document_pk" in self.kwargs:
            return get_object_or_404(Beleidsdocument, gemeente=self.plan.gemeente, pk=self.kwargs["document_pk"])
        if not self.plan.scanner_id:
            raise Http404
        return get_object_or_404(Scanner, pk=self.plan.scanner_id)

    @cached_property
    def buiten_plan(self) -> bool:
        """A beleidsdocument that is not part of the plan; taking its aanbevelingen in links it."""
        return (
            isinstance(self.bron, Beleidsdocument) and not self.plan.beleidsdocumenten.filter(pk=self.bron.pk).exists()
        )

    def get_success_url(self) -> str:
        naam = "beleidsdocument_list" if "document_pk" in self.kwargs else "scanner_detail"
        return reverse(naam, kwargs={"plan_pk": self.plan.pk})

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            bron=self.bron, buiten_plan=self.buiten_plan, terug_url=self.get_success_url(), **kwargs
        )

    def form_valid(self, form):
        in_plan = form.cleaned_data["in_plan"]
        koppelt = in_plan and self.buiten_plan
        titels = form.cleaned_data["aanbevelingen"]
        if in_plan:
            nieuw = aanbevelingen_opnemen(plan=self.plan, bron=self.bron, titels=titels)
        else:
            nieuw = aanbevelingen_toevoegen(bron=self.bron, titels=titels)
        meld_toegevoegd(self.request, len(nieuw), in_plan)
        if koppelt:
            messages.success(self.request, _("%(document)s hoort nu bij dit plan.") % {"document": self.bron})
        return super().form_valid(form)


class AanbevelingUpdateView(PlanMixin, UpdateView):
    plan_nav = "scanner"
    recht = Recht.BEWERKEN
    form_class = AanbevelingForm
    template_name = "scanner/aanbeveling_form.html"

    def get_queryset(self):
        return self.plan.alle_aanbevelingen()

    def get_success_url(self) -> str:
        messages.success(self.request, _("De aanbeveling is opgeslagen."))
        if self.object.beleidsdocument_id:
            return reverse("beleidsdocument_list", kwargs={"plan_pk": self.plan.pk})
        return reverse("scanner_detail", kwargs={"plan_pk": self.plan.pk})


class BeleidsdocumentListView(PlanMixin, ListView):
    plan_nav = "beleid"
    template_name = "scanner/beleidsdocument_list.html"
    context_object_name = "documenten"

    def get_queryset(self):
        return (
            Beleidsdocument.objects.filter(gemeente=self.plan.gemeente)
            .annotate(
                in_plan=Exists(
                    self.plan.beleidsdocumenten.through.objects.filter(
                        uitvoeringsplan=self.plan, beleidsdocument=OuterRef("pk")
                    )
                )
            )
            .prefetch_related("aanbevelingen")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        in_plan = set(self.plan.invultabellen.values_list("aanbeveling_id", flat=True))
        context["aanbevelingen_in_plan"] = in_plan
        return context


class BeleidsdocumentCreateView(BronVastleggenMixin, TemplateView):
    plan_nav = "beleid"
    template_name = "scanner/beleidsdocument_form.html"
    bron_form = BeleidsdocumentForm
    prefix = "document"
    success_url_name = "beleidsdocument_list"

    def bron_koppelen(self, bron) -> str:
        self.plan.beleidsdocumenten.add(bron)
        return _("Het beleidsdocument is vastgelegd en hoort bij dit plan.")


class BeleidsdocumentUpdateView(BestandOpruimenMixin, PlanMixin, UpdateView):
    plan_nav = "beleid"
    recht = Recht.BEWERKEN
    form_class = BeleidsdocumentForm
    template_name = "scanner/beleidsdocument_form.html"
    pk_url_kwarg = "document_pk"
    bestand_veld = "bestand"

    def get_queryset(self):
        return Beleidsdocument.objects.filter(gemeente=self.plan.gemeente)

    def get_success_url(self) -> str:
        messages.success(self.request, _("Het beleidsdocument is opgeslagen."))
        return reverse("beleidsdocument_list", kwargs={"plan_pk": self.plan.pk})


class BeleidsdocumentKoppelenView(PlanMixin, View):
    """Add a gemeente's beleidsdocument to the plan's beleidskader, or take it out."""

    recht = Recht.BEWERKEN
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        document = get_object_or_404(Beleidsdocument, gemeente=self.plan.gemeente, pk=kwargs["document_pk"])
        if self.plan.beleidsdocumenten.filter(pk=document.pk).exists():
            self.plan.beleidsdocumenten.remove(document)
            messages.success(request, _("%(document)s hoort niet meer bij dit plan.") % {"document": document})
        else:
            self.plan.beleidsdocumenten.add(document)
            messages.success(request, _("%(document)s hoort nu bij dit plan.") % {"document": document})
        return redirect("beleidsdocument_list", plan_pk=self.plan.pk)


class BeleidsdocumentBestandView(PlanMixin, View):
    def get(self, request, *args, **kwargs):
        document = get_object_or_404(Beleidsdocument, gemeente=self.plan.gemeente, pk=kwargs["document_pk"])
        return pdf_response(document.bestand)
