"""The stakeholder review: the review page with one view per command, the comments, and mail preferences."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View
from django.views.generic import TemplateView, UpdateView

from rapportage.constants import OpmerkingStatus
from rapportage.models import Notificatievoorkeur
from stakeholders.models import Organisatie, Stakeholder
from uitvoeringsplan.constants import PlanStatus, Rol
from uitvoeringsplan.mixins import PlanMixin
from uitvoeringsplan.models import Actie, Invultabel
from uitvoeringsplan.rechten import Recht
from uitvoeringsplan.workflow import mag_naar, status_wijzigen

from .document import plan_document
from .forms import AntwoordForm, MeldingenForm, OpmerkingForm, ReviewForm
from .services import opmerking_beantwoorden, opmerking_plaatsen, review_starten, stakeholder_uitnodigen_voor_review


class ReviewView(PlanMixin, TemplateView):
    """The projectleider puts the concept up for review, invites stakeholders and follows who has read it.

    The kernteam keeps the page after adoption, to see who read the concept and to revoke access.
    Each button on the page posts to a view of its own below.
    """

    recht = Recht.REVIEW
    plan_nav = "review"
    template_name = "rapportage/review.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        leden = {lid.user_id: lid for lid in self.plan.lidmaatschappen.select_related("user")}
        stakeholders = list(
            Stakeholder.objects.filter(gemeente=self.plan.gemeente).select_related("organisatie", "user")
        )
        for stakeholder in stakeholders:
            stakeholder.lidmaatschap = leden.get(stakeholder.user_id)
        reviewers = [lid for lid in leden.values() if lid.rol == Rol.STAKEHOLDER]
        context.update(
            form=kwargs.get("form") or ReviewForm(initial={"review_deadline": self.plan.review_deadline}),
            stakeholders=stakeholders,
            reviewers=sorted(reviewers, key=lambda lid: (lid.concept_gezien_op is not None, lid.user.get_full_name())),
            niet_gezien=sum(lid.concept_gezien_op is None for lid in reviewers),
            open_opmerkingen=self.plan.opmerkingen.filter(status=OpmerkingStatus.OPEN).count(),
            kan_review_starten=mag_naar(self.plan, PlanStatus.TER_REVIEW),
            in_review=self.plan.status == PlanStatus.TER_REVIEW,
            kan_uitnodigen=self.plan.is_bewerkbaar,
        )
        return context


class ReviewBeherenView(ReviewView):
    """A command from the review page, for the projectleider; an invalid form shows the page again with its errors."""

    recht_post = Recht.BEHEREN
    http_method_names = ["post"]

    def terug(self):
        return redirect("review", plan_pk=self.plan.pk)


class ReviewStartenView(ReviewBeherenView):
    def post(self, request, *args, **kwargs):
        form = ReviewForm(request.POST)
        if not form.is_valid() or not mag_naar(self.plan, PlanStatus.TER_REVIEW):
            return self.render_to_response(self.get_context_data(form=form))
        verstuurd = review_starten(plan=self.plan, deadline=form.cleaned_data["review_deadline"], door=request.user)
        if not self.plan.lidmaatschappen.filter(rol=Rol.STAKEHOLDER).exists():
            messages.success(
                request,
                _(
                    "Het concept ligt ter review. Nog geen enkele stakeholder heeft toegang tot het plan: "
                    "nodig ze uit in de lijst ‘Stakeholders toegang geven’ op deze pagina."
                ),
            )
        else:
            messages.success(
                request,
                ngettext(
                    "Het concept ligt ter review. %(n)s stakeholder kreeg een e-mail.",
                    "Het concept ligt ter review. %(n)s stakeholders kregen een e-mail.",
                    verstuurd,
                )
                % {"n": verstuurd},
            )
        return self.terug()


class ReviewDeadlineView(ReviewBeherenView):
    def post(self, request, *args, **kwargs):
        if self.plan.status != PlanStatus.TER_REVIEW:
            return self.terug()
        form = ReviewForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        self.plan.review_deadline = form.cleaned_data["review_deadline"]
        self.plan.save(update_fields=["review_deadline", "gewijzigd_op"])
        messages.success(request, _("De deadline is aangepast."))
        return self.terug()


class ReviewStoppenView(ReviewBeherenView):
    def post(self, request, *args, **kwargs):
        if self.plan.status == PlanStatus.TER_REVIEW:
            status_wijzigen(plan=self.plan, naar=PlanStatus.CONCEPT, door=request.user)
            messages.success(request, _("De review is gestopt; het plan is weer een concept."))
        return self.terug()


class ReviewUitnodigenView(ReviewBeherenView):
    """Invite a stakeholder from the register (POST field `stakeholder`) while the plan can still change."""

    def post(self, request, *args, **kwargs):
        if not self.plan.is_bewerkbaar:
            return self.terug()
        stakeholder = get_object_or_404(Stakeholder, gemeente=self.plan.gemeente, pk=request.POST.get("stakeholder"))
        try:
            stakeholder_uitnodigen_voor_review(plan=self.plan, stakeholder=stakeholder, door=request.user)
        except ValidationError as fout:
            messages.error(request, " ".join(fout.messages))
        else:
            messages.success(
                request, _("%(naam)s is uitgenodigd en heeft een e-mail gekregen.") % {"naam": stakeholder.naam}
            )
        return self.terug()


class ReviewToegangIntrekkenView(ReviewBeherenView):
    """Take a stakeholder's access away (POST field `lidmaatschap`), also after adoption."""

    def post(self, request, *args, **kwargs):
        lid = get_object_or_404(self.plan.lidmaatschappen, pk=request.POST.get("lidmaatschap"), rol=Rol.STAKEHOLDER)
        lid.delete()
        messages.success(request, _("De toegang tot dit plan is ingetrokken."))
        return self.terug()


class OpmerkingPlaatsenView(PlanMixin, View):
    recht = Recht.OPMERKEN
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        form = OpmerkingForm(request.POST)
        actie = invultabel = None
        if request.POST.get("actie"):
            actie = get_object_or_404(
                Actie.objects.select_related("invultabel"), invultabel__plan=self.plan, pk=request.POST["actie"]
            )
        elif request.POST.get("invultabel"):
            invultabel = get_object_or_404(Invultabel, plan=self.plan, pk=request.POST["invultabel"])
        anker = (
            f"#actie-{actie.pk}" if actie else (f"#aanbeveling-{invultabel.volgorde}" if invultabel else "#inleiding")
        )
        if not form.is_valid():
            messages.error(
                request, _("De opmerking is niet geplaatst: %(fout)s") % {"fout": " ".join(form.errors["tekst"])}
            )
        else:
            opmerking_plaatsen(
                plan=self.plan,
                auteur=request.user,
                tekst=form.cleaned_data["tekst"],
                actie=actie,
                invultabel=invultabel,
            )
            messages.success(request, _("Dank je wel. Je opmerking is geplaatst; het kernteam beantwoordt haar."))
        return redirect(reverse("plan_document", kwargs={"plan_pk": self.plan.pk}) + anker)


class OpmerkingenView(PlanMixin, TemplateView):
    """All review comments in one overview, for the kernteam to answer while the plan can still change."""

    recht = Recht.REVIEW
    recht_post = Recht.BEWERKEN
    plan_nav = "review"
    template_name = "rapportage/opmerkingen.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filter_ = self.request.GET.get("toon", "open")
        opmerkingen = self.plan.opmerkingen.select_related(
            "auteur", "beantwoord_door", "actie", "invultabel__aanbeveling"
        ).order_by("aangemaakt_op")
        if filter_ == "open":
            opmerkingen = opmerkingen.filter(status=OpmerkingStatus.OPEN)
        formulieren = kwargs.get("formulieren", {})
        lijst = list(opmerkingen)
        for opmerking in lijst:
            opmerking.form = formulieren.get(opmerking.pk) or AntwoordForm(
                instance=opmerking, prefix=f"o{opmerking.pk}"
            )
        context.update(
            opmerkingen=lijst,
            toon=filter_,
            aantal_open=self.plan.opmerkingen.filter(status=OpmerkingStatus.OPEN).count(),
        )
        return context

    def post(self, request, *args, **kwargs):
        opmerking = get_object_or_404(self.plan.opmerkingen, pk=request.POST.get("opmerking"))
        form = AntwoordForm(request.POST, instance=opmerking, prefix=f"o{opmerking.pk}")
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(formulieren={opmerking.pk: form}), status=200)
        opmerking_beantwoorden(
            opmerking=opmerking,
            status=form.cleaned_data["status"],
            antwoord=form.cleaned_data["antwoord"],
            door=request.user,
        )
        messages.success(request, _("Het antwoord is opgeslagen en de indiener krijgt bericht."))
        return redirect(
            reverse("opmerkingen", kwargs={"plan_pk": self.plan.pk}) + f"?toon={request.GET.get('toon', 'open')}"
        )


class MijnOrganisatieView(PlanMixin, TemplateView):
    """The acties assigned to the stakeholder's own organisation(s); the kernteam picks an organisation."""

    plan_nav = "mijn_organisatie"
    template_name = "rapportage/mijn_organisatie.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        eigen = Organisatie.objects.filter(gemeente=self.plan.gemeente, stakeholders__user=self.request.user).distinct()
        alle = Organisatie.objects.filter(gemeente=self.plan.gemeente, acties__invultabel__plan=self.plan).distinct()
        gekozen = list(eigen)
        if not gekozen and self.request.GET.get("organisatie"):
            gekozen = list(alle.filter(pk=self.request.GET["organisatie"]))
        # Through the plan document, so each actie carries the number it has in the plan (1.2).
        gekozen_ids = {organisatie.pk for organisatie in gekozen}
        acties = [
            actie
            for actie in (plan_document(self.plan).acties if gekozen else [])
            if any(organisatie.pk in gekozen_ids for organisatie in actie.verantwoordelijken.all())
        ]
        context.update(organisaties=gekozen, eigen=bool(eigen), alle_organisaties=alle, acties=acties)
        return context


class MeldingenView(UpdateView):
    """Which e-mails I want to receive."""

    form_class = MeldingenForm
    template_name = "rapportage/meldingen.html"

    def get_object(self, queryset=None):
        return Notificatievoorkeur.objects.get_or_create(user=self.request.user)[0]

    def form_valid(self, form):
        form.save()
        messages.success(self.request, _("Je voorkeuren zijn opgeslagen."))
        return redirect("meldingen")
