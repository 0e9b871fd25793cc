"""The meetings of steps 2, 3, 4 and 6: the list, one meeting's page, planning and changing it, tips and .ics.

The agenda, the invitations, the prioritisation and the worksheet each have a module of their own.
"""

from datetime import datetime, timedelta

from django.contrib import messages
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import CreateView, DeleteView, ListView, TemplateView, UpdateView

from uitvoeringsplan.mixins import PlanMixin
from uitvoeringsplan.rechten import Recht

from .agenda import TIPS
from .constants import BijeenkomstSoort, UitnodigingStatus
from .forms import BijeenkomstForm, TipsForm
from .ics import agenda_ics
from .models import Bijeenkomst
from .services import bijeenkomst_aanmaken, prioritering_uitslag

MINIMALE_DUUR = timedelta(hours=2)  # stap 4: "minimaal 2 uur" voor een inhoudelijke bijeenkomst


def duur(bijeenkomst: Bijeenkomst) -> timedelta | None:
    if bijeenkomst.starttijd and bijeenkomst.eindtijd:
        return datetime.combine(bijeenkomst.datum, bijeenkomst.eindtijd) - datetime.combine(
            bijeenkomst.datum, bijeenkomst.starttijd
        )
    return None


def waarschuwingen(bijeenkomst: Bijeenkomst, aantal_aanbevelingen: int) -> list[str]:
    meldingen = []
    if bijeenkomst.soort == BijeenkomstSoort.INHOUDELIJK:
        lengte = duur(bijeenkomst)
        if lengte is not None and lengte < MINIMALE_DUUR:
            meldingen.append(_("Neem minimaal 2 uur de tijd voor een inhoudelijke bijeenkomst (stap 4)."))
        if aantal_aanbevelingen > 1:
            meldingen.append(
                _(
                    "Kader 4: het beste is per aanbeveling een aparte bijeenkomst. Behandel de aanbevelingen apart "
                    "zodat je de focus niet verliest."
                )
            )
        if not bijeenkomst.expert:
            meldingen.append(_("Deel 1: nodig een expert uit die uitlegt wat goed werkt bij deze aanbeveling."))
    return meldingen


class BijeenkomstMixin(PlanMixin):
    plan_nav = "bijeenkomsten"

    def get_queryset(self):
        return self.plan.bijeenkomsten.all()

    def get_bijeenkomst(self) -> Bijeenkomst:
        bijeenkomst = get_object_or_404(self.plan.bijeenkomsten.all(), pk=self.kwargs["bijeenkomst_pk"])
        bijeenkomst.plan = self.plan
        return bijeenkomst

    def detail_url(self, bijeenkomst: Bijeenkomst, anker: str = "") -> str:
        url = reverse("bijeenkomst_detail", kwargs={"plan_pk": self.plan.pk, "bijeenkomst_pk": bijeenkomst.pk})
        return f"{url}#{anker}" if anker else url


class BijeenkomstListView(BijeenkomstMixin, ListView):
    template_name = "bijeenkomsten/bijeenkomst_list.html"
    context_object_name = "bijeenkomsten"

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .prefetch_related("aanbevelingen")
            .met_aantal_aanwezig()
            .annotate(
                aangemeld=Count("uitnodigingen", filter=Q(uitnodigingen__status=UitnodigingStatus.AANGEMELD)),
                uitgenodigd=Count("uitnodigingen"),
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        vandaag = timezone.localdate()
        context["komend"] = [b for b in context["bijeenkomsten"] if b.datum >= vandaag]
        context["geweest"] = [b for b in context["bijeenkomsten"] if b.datum < vandaag][::-1]
        context["soorten"] = BijeenkomstSoort.choices
        return context


class BijeenkomstCreateView(BijeenkomstMixin, CreateView):
    recht = Recht.BEWERKEN
    form_class = BijeenkomstForm
    template_name = "bijeenkomsten/bijeenkomst_form.html"

    def get_initial(self):
        soort = self.request.GET.get("soort")
        return {"soort": soort if soort in BijeenkomstSoort.values else Bijeenkomst.volgende_soort(self.plan)}

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["instance"] = Bijeenkomst(plan=self.plan)
        return {**kwargs, "plan": self.plan}

    def form_valid(self, form):
        bijeenkomst = form.save(commit=False)
        self.object = bijeenkomst_aanmaken(bijeenkomst=bijeenkomst, aanbevelingen=form.cleaned_data["aanbevelingen"])
        messages.success(self.request, _("De bijeenkomst is gepland, met de agenda uit de handreiking."))
        return redirect(self.detail_url(self.object))


class BijeenkomstUpdateView(BijeenkomstMixin, UpdateView):
    recht = Recht.BEWERKEN
    form_class = BijeenkomstForm
    template_name = "bijeenkomsten/bijeenkomst_form.html"
    pk_url_kwarg = "bijeenkomst_pk"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "plan": self.plan}

    def form_valid(self, form):
        messages.success(self.request, _("De bijeenkomst is opgeslagen."))
        form.save()
        return redirect(self.detail_url(self.object))


class BijeenkomstDeleteView(BijeenkomstMixin, DeleteView):
    recht = Recht.BEWERKEN
    template_name = "bijeenkomsten/bevestigen.html"
    pk_url_kwarg = "bijeenkomst_pk"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            vraag=_("Bijeenkomst verwijderen?"),
            omschrijving=_("%(bijeenkomst)s, met de agenda, de uitnodigingen en de prioritering.")
            % {"bijeenkomst": self.object},
            terug_url=self.detail_url(self.object),
            **kwargs,
        )

    def get_success_url(self) -> str:
        messages.success(self.request, _("De bijeenkomst is verwijderd."))
        return reverse("bijeenkomst_list", kwargs={"plan_pk": self.plan.pk})


class BijeenkomstDetailView(BijeenkomstMixin, TemplateView):
    template_name = "bijeenkomsten/bijeenkomst_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        bijeenkomst = get_object_or_404(
            self.plan.bijeenkomsten.prefetch_related("aanbevelingen", "agendapunten"), pk=self.kwargs["bijeenkomst_pk"]
        )
        statussen = dict(bijeenkomst.uitnodigingen.values_list("status").annotate(n=Count("id")))
        aanbevelingen = list(bijeenkomst.aanbevelingen.all())
        context.update(
            bijeenkomst=bijeenkomst,
            agendapunten=list(bijeenkomst.agendapunten.all()),
            aanbevelingen=aanbevelingen,
            statussen=[(status, label, statussen.get(status, 0)) for status, label in UitnodigingStatus.choices],
            aantal_uitgenodigd=sum(statussen.values()),
            waarschuwingen=waarschuwingen(bijeenkomst, len(aanbevelingen)),
            duur=duur(bijeenkomst),
            tips=TIPS.get(bijeenkomst.soort, []),
            is_geweest=bijeenkomst.datum <= timezone.localdate(),
        )
        if bijeenkomst.soort == BijeenkomstSoort.STARTBIJEENKOMST:
            context["uitslag"] = prioritering_uitslag(bijeenkomst)
            context["hoogste"] = max((u.totaal for u in context["uitslag"]), default=0)
        if bijeenkomst.soort == BijeenkomstSoort.INHOUDELIJK:
            context["concepten"] = bijeenkomst.acties.select_related("invultabel__aanbeveling")
        return context


class TipsView(BijeenkomstMixin, View):
    recht = Recht.BEWERKEN
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        bijeenkomst = self.get_bijeenkomst()
        form = TipsForm(request.POST, tips=TIPS.get(bijeenkomst.soort, []), gekozen=bijeenkomst.tips)
        if form.is_valid():
            bijeenkomst.tips = form.cleaned_data["tips"]
            bijeenkomst.save(update_fields=["tips"])
            messages.success(request, _("De tips zijn bijgewerkt."))
        return redirect(self.detail_url(bijeenkomst, "tips"))


class IcsView(BijeenkomstMixin, View):
    def get(self, request, *args, **kwargs):
        bijeenkomst = self.get_bijeenkomst()
        response = HttpResponse(
            agenda_ics(bijeenkomst, agendapunten=list(bijeenkomst.agendapunten.all())),
            content_type="text/calendar; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="bijeenkomst-{bijeenkomst.datum:%Y%m%d}.ics"'
        return response
