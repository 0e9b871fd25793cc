"""The dashboard after login and the plan home: where each plan stands, over every floor below."""

from django.db.models import Count, Q
from django.utils import timezone
from django.views.generic import TemplateView

from bijeenkomsten.constants import BijeenkomstSoort
from bijeenkomsten.models import Bijeenkomst
from cyclus.cycli import cycli_van
from rapportage.constants import OpmerkingStatus
from rapportage.models import Opmerking
from uitvoering.stand import mijn_acties, stand_per_plan
from uitvoeringsplan.constants import KERNTEAM_ROLLEN, Rol
from uitvoeringsplan.mixins import PlanMixin
from uitvoeringsplan.models import Lidmaatschap, Uitvoeringsplan
from uitvoeringsplan.rechten import Recht, rechten_voor

from .voortgang import voortgang_van

AANTAL_KOMENDE_BIJEENKOMSTEN = 5


def komende_bijeenkomsten(plannen: list[Uitvoeringsplan], user) -> list[Bijeenkomst]:
    """The next meetings of these plans; the kernteam's own startgesprek only for the kernteam.

    Each meeting says whether the user may open it (`te_openen`), which stakeholders may only
    once the concept is in review.
    """
    kernteam = Lidmaatschap.objects.kernteam().filter(user=user, plan__in=plannen).values("plan")
    bijeenkomsten = list(
        Bijeenkomst.objects.filter(plan__in=plannen, datum__gte=timezone.localdate())
        .exclude(~Q(plan__in=kernteam), soort=BijeenkomstSoort.STARTGESPREK)
        .select_related("plan")
        .order_by("datum", "starttijd")[:AANTAL_KOMENDE_BIJEENKOMSTEN]
    )
    rollen = dict(Lidmaatschap.objects.filter(user=user, plan__in=plannen).values_list("plan", "rol"))
    for bijeenkomst in bijeenkomsten:
        bijeenkomst.te_openen = Recht.LEZEN in rechten_voor(rollen[bijeenkomst.plan_id], bijeenkomst.plan.status)
    return bijeenkomsten


class DashboardView(TemplateView):
    """My plans with their phase and progress, open review comments and the next meetings."""

    template_name = "dashboard/dashboard.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        plannen = list(
            Uitvoeringsplan.objects.for_user(user)
            .select_related("gemeente")
            .annotate(open_opmerkingen=Count("opmerkingen", filter=Q(opmerkingen__status=OpmerkingStatus.OPEN)))
        )
        voortgang = voortgang_van(plannen)
        vandaag = timezone.localdate()
        uitvoering = stand_per_plan(plannen, vandaag)
        for plan in plannen:
            plan.voortgang = voortgang[plan.pk]
            plan.uitvoering = uitvoering.get(plan.pk)
            plan.is_kernteam = plan.mijn_rol in KERNTEAM_ROLLEN
            plan.kan_reageren = Recht.OPMERKEN in plan.rechten
        context["plannen"] = plannen
        context["mijn_acties"] = mijn_acties(user, plannen, vandaag)
        context["komende_bijeenkomsten"] = komende_bijeenkomsten(plannen, user)
        context["eigen_open_opmerkingen"] = Opmerking.objects.filter(auteur=user, status=OpmerkingStatus.OPEN).count()
        context["mag_plan_aanmaken"] = user.has_perm("uitvoeringsplan.add_uitvoeringsplan")
        return context


class PlanDetailView(PlanMixin, TemplateView):
    """The plan home: the six steps as a checklist, the cycle figure and key figures."""

    recht = None  # every member sees the plan home; what it links to checks its own rights
    plan_nav = "overzicht"
    template_name = "dashboard/plan_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["voortgang"] = voortgang_van([self.plan])[self.plan.pk]
        rangorde = {rol: positie for positie, rol in enumerate(Rol.values)}
        context["lidmaatschappen"] = sorted(
            self.plan.lidmaatschappen.select_related("user"), key=lambda lid: rangorde[lid.rol]
        )
        context["komende_bijeenkomsten"] = komende_bijeenkomsten([self.plan], self.request.user)
        context["open_opmerkingen"] = self.plan.opmerkingen.filter(status=OpmerkingStatus.OPEN).count()
        context["laatst_vastgesteld"] = self.plan.vaststellingen.order_by("-versie").first()
        if Recht.UITVOERING in self.rechten:
            context["uitvoering"] = stand_per_plan([self.plan], timezone.localdate())[self.plan.pk]
        cycli = cycli_van(self.plan, self.request.user)
        context["cycli"] = cycli
        context["vorige_cyclus"] = next((c for c in cycli if c.plan.pk == self.plan.vorige_cyclus_id), None)
        context["volgende_cyclus"] = next((c for c in cycli if c.plan.vorige_cyclus_id == self.plan.pk), None)
        return context
