"""The jaarplannen of a regional project: the list, next year's draft, a jaarplan's page and its texts."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, TemplateView

from .document import doelstellingen_uit_plannen, jaarplan_document
from .forms_jaarplan import JaarplanTekstForm
from .mixins import RegioMixin
from .models import Jaarplan
from .rechten import RegioRecht
from .services import Verouderd, jaarplan_opstellen, jaarplan_tekst_wijzigen


class JaarplanMixin(RegioMixin):
    """A view of one jaarplan of the project, found by its year (404 for a year without one)."""

    regio_nav = "jaarplannen"

    @cached_property
    def jaarplan(self) -> Jaarplan:
        return get_object_or_404(
            Jaarplan.objects.filter(project=self.project).select_related("project__regio"), jaar=self.kwargs["jaar"]
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(jaarplan=self.jaarplan, **kwargs)

    def naar_jaarplan(self, anker: str = ""):
        response = redirect("jaarplan", project_pk=self.project.pk, jaar=self.jaarplan.jaar)
        if anker:
            response["Location"] += f"#{anker}"
        return response


class JaarplanBewerkenMixin(JaarplanMixin):
    """Changes the content: for the projectteam and the werkgroep trekkers, and only while it is a concept."""

    recht = RegioRecht.BEWERKEN

    def has_permission(self) -> bool:
        if not super().has_permission():
            return False
        if self.jaarplan.is_vastgesteld:
            self.reden = _("Dit jaarplan is vastgesteld door de stuurgroep en verandert niet meer.")
            return False
        return True


class JaarplannenView(RegioMixin, TemplateView):
    regio_nav = "jaarplannen"
    template_name = "regio/jaarplannen.html"

    def get_context_data(self, **kwargs):
        jaarplannen = list(self.project.jaarplannen.select_related("vaststelling__door").order_by("-jaar"))
        volgend = jaarplannen[0].jaar + 1 if jaarplannen else self.project.startjaar
        return super().get_context_data(
            jaarplannen=jaarplannen, volgend_jaar=volgend if volgend <= self.project.eindjaar else None, **kwargs
        )


class JaarplanOpstellenView(RegioMixin, View):
    """Next year's draft, from this year's jaarplan: the year after the latest one, or the project's first year."""

    recht_post = RegioRecht.BEWERKEN
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        laatste = self.project.jaarplannen.order_by("-jaar").first()
        jaar = laatste.jaar + 1 if laatste else self.project.startjaar
        try:
            jaarplan = jaarplan_opstellen(project=self.project, jaar=jaar, door=request.user)
        except ValidationError as fout:
            messages.error(request, " ".join(fout.messages))
            return redirect("jaarplannen", project_pk=self.project.pk)
        if jaarplan.opgesteld_uit_id:
            messages.success(
                request,
                _(
                    "Het concept jaarplan %(jaar)s is opgesteld uit het jaarplan %(vorig)s. Activiteiten die niet "
                    "(helemaal) zijn gerealiseerd, zijn doorgeschoven."
                )
                % {"jaar": jaar, "vorig": jaar - 1},
            )
        else:
            messages.success(request, _("Het concept jaarplan %(jaar)s is klaar om in te vullen.") % {"jaar": jaar})
        return redirect("jaarplan", project_pk=self.project.pk, jaar=jaar)


class JaarplanView(JaarplanMixin, TemplateView):
    """The jaarplan as the seed reads; while it is a concept, those who edit it get their buttons here."""

    template_name = "regio/jaarplan.html"

    def get_context_data(self, **kwargs):
        doc = jaarplan_document(self.jaarplan)
        bewerken = doc.concept and RegioRecht.BEWERKEN in self.rechten
        return super().get_context_data(
            doc=doc,
            bewerken=bewerken,
            doelstellingen=doelstellingen_uit_plannen(self.project) if bewerken else [],
            **kwargs,
        )


class JaarplanTekstView(JaarplanBewerkenMixin, FormView):
    """The inleiding and the introduction to the uitgangspunten; a save over someone else's is shown, not lost."""

    form_class = JaarplanTekstForm
    template_name = "regio/jaarplan/tekst.html"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.jaarplan}

    def get_initial(self):
        return {"versie": self.jaarplan.versie}

    def form_valid(self, form):
        try:
            jaarplan_tekst_wijzigen(
                jaarplan=self.jaarplan,
                inleiding=form.cleaned_data["inleiding"],
                uitgangspunten_inleiding=form.cleaned_data["uitgangspunten_inleiding"],
                gezien_versie=form.cleaned_data["versie"],
                door=self.request.user,
            )
        except Verouderd as conflict:
            # Keep what the user typed; the next save (with the stored version) is a deliberate overwrite.
            gegevens = form.data.copy()
            gegevens["versie"] = conflict.jaarplan.versie
            form = self.get_form_class()(gegevens, instance=self.jaarplan)
            form.is_valid()
            return self.render_to_response(self.get_context_data(form=form, opgeslagen=conflict.jaarplan))
        messages.success(self.request, _("De tekst van het jaarplan is opgeslagen."))
        return self.naar_jaarplan("inleiding")
