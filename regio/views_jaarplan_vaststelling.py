"""A jaarplan's year end and adoption: the activiteitenoverzicht with its realisation, adoption by the
stuurgroep with its PDF check, and the comparison with the version before."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, TemplateView, UpdateView

from .document import jaarplan_document, snapshot
from .forms_jaarplan import JaarplanVaststellenForm, RealisatieForm
from .models import Jaarplan, Jaarplanvaststelling
from .rechten import RegioRecht
from .services import jaarplan_controles, jaarplan_vaststellen, jaarplanvaststelling_controleren
from .vergelijken import jaarplannen_vergelijken
from .views_jaarplan import JaarplanMixin


class ActiviteitenoverzichtView(JaarplanMixin, TemplateView):
    """Per deelgebied every hoofdactiviteit with its realisation; those who edit fill it in, also after adoption."""

    template_name = "regio/jaarplan/activiteitenoverzicht.html"

    def get_context_data(self, **kwargs):
        doc = jaarplan_document(self.jaarplan)
        bewerken = RegioRecht.BEWERKEN in self.rechten
        if bewerken:
            for deel in doc.deelgebieden:
                for activiteit in deel.hoofdactiviteiten:
                    activiteit.form = RealisatieForm(instance=activiteit, prefix=f"a{activiteit.pk}")
        return super().get_context_data(doc=doc, bewerken=bewerken, **kwargs)


class RealisatieView(JaarplanMixin, UpdateView):
    """The realisation of one hoofdactiviteit: only these two fields, so it stays open after adoption."""

    recht = RegioRecht.BEWERKEN
    form_class = RealisatieForm
    template_name = "regio/jaarplan/realisatie.html"

    def get_object(self, queryset=None):
        return get_object_or_404(self.jaarplan.hoofdactiviteiten.select_related("groep"), pk=self.kwargs["pk"])

    def get_prefix(self):
        return f"a{self.kwargs['pk']}"

    def form_valid(self, form):
        activiteit = form.instance
        activiteit._history_user = self.request.user
        activiteit.save(update_fields=["realisatie", "realisatie_toelichting"])
        messages.success(self.request, _("De realisatie is opgeslagen."))
        url = reverse("jaarplan_activiteitenoverzicht", args=[self.project.pk, self.jaarplan.jaar])
        return redirect(f"{url}#activiteit-{activiteit.pk}")


class JaarplanVaststellingView(JaarplanMixin, FormView):
    """Before adoption the checks and the confirmation (stuurgroep only); after it, the adopted PDF and its check."""

    recht_post = RegioRecht.VASTSTELLEN
    form_class = JaarplanVaststellenForm
    template_name = "regio/jaarplan/vaststelling.html"

    def has_permission(self) -> bool:
        if self.request.method == "POST" and self.jaarplan.is_vastgesteld:
            self.reden = _("Dit jaarplan is al vastgesteld door de stuurgroep.")
            return False
        return super().has_permission()

    def get_context_data(self, **kwargs):
        doc = jaarplan_document(self.jaarplan)
        return super().get_context_data(
            doc=doc,
            controles=[] if doc.vaststelling else jaarplan_controles(doc),
            controle=self.request.GET.get("controle"),
            **kwargs,
        )

    def form_valid(self, form):
        try:
            jaarplan_vaststellen(jaarplan=self.jaarplan, door=self.request.user)
        except ValidationError as fout:
            messages.error(self.request, " ".join(fout.messages))
        else:
            messages.success(self.request, _("Het jaarplan %(jaar)s is vastgesteld.") % {"jaar": self.jaarplan.jaar})
        return redirect("jaarplan_vaststelling", project_pk=self.project.pk, jaar=self.jaarplan.jaar)


class JaarplanControlerenView(JaarplanMixin, View):
    """Recompute the SHA-256 of the stored PDF and compare it with the one recorded at adoption."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        vaststelling = get_object_or_404(Jaarplanvaststelling, jaarplan=self.jaarplan)
        uitkomst = "ok" if jaarplanvaststelling_controleren(vaststelling) else "fout"
        url = reverse("jaarplan_vaststelling", args=[self.project.pk, self.jaarplan.jaar])
        return redirect(f"{url}?controle={uitkomst}#controle")


def vorige_versie(jaarplan: Jaarplan) -> tuple[dict | None, str]:
    """The snapshot to compare with and its label: last year's adopted one, or else the draft's source as it is."""
    vorig = (
        Jaarplan.objects.filter(project=jaarplan.project_id, jaar=jaarplan.jaar - 1)
        .select_related("vaststelling")
        .first()
    )
    if vorig is not None and hasattr(vorig, "vaststelling"):
        return vorig.vaststelling.snapshot, _("het vastgestelde jaarplan %(jaar)s") % {"jaar": vorig.jaar}
    bron = jaarplan.opgesteld_uit
    if bron is not None:
        return snapshot(jaarplan_document(bron)), _("het jaarplan %(jaar)s (concept)") % {"jaar": bron.jaar}
    return None, ""


class JaarplanVergelijkenView(JaarplanMixin, TemplateView):
    """What this jaarplan changed compared with the version before it."""

    template_name = "regio/jaarplan/vergelijken.html"

    def get_context_data(self, **kwargs):
        jaarplan = Jaarplan.objects.select_related("vaststelling", "opgesteld_uit").get(pk=self.jaarplan.pk)
        oud, oud_label = vorige_versie(jaarplan)
        nieuw = jaarplan.vaststelling.snapshot if jaarplan.is_vastgesteld else snapshot(jaarplan_document(jaarplan))
        return super().get_context_data(
            oud_label=oud_label,
            verschillen=jaarplannen_vergelijken(oud, nieuw) if oud is not None else None,
            **kwargs,
        )
