"""The assembled plan (preview, PDF, Word), the stakeholder review and the adoption with its versions."""

from collections import defaultdict

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View
from django.views.generic import FormView, TemplateView, UpdateView

from basis.pdf import render_pdf
from rapportage.constants import OpmerkingStatus
from rapportage.models import Notificatievoorkeur, Vaststelling
from stakeholders.models import Organisatie, Stakeholder
from uitvoeringsplan.constants import PlanStatus, Rol
from uitvoeringsplan.mixins import PlanMixin
from uitvoeringsplan.models import Actie, Invultabel, Lidmaatschap
from uitvoeringsplan.rechten import Recht
from uitvoeringsplan.workflow import mag_naar, status_wijzigen

from .document import geldende_vaststelling, plan_document, snapshot
from .forms import AntwoordForm, MeldingenForm, OndertekeningForm, OpmerkingForm, ReviewForm, VaststellenForm
from .services import (
    controles_in_orde,
    nieuwe_conceptversie,
    ondertekenen,
    ondertekening_verwijderen,
    opmerking_beantwoorden,
    opmerking_plaatsen,
    plan_vaststellen,
    review_starten,
    stakeholder_uitnodigen_voor_review,
    vaststelling_controleren,
    vaststelling_controles,
    versies_vergelijken,
)
from .word import plan_docx


def bestandsnaam(plan, versie: int, extensie: str, concept: bool) -> str:
    delen = ["uitvoeringsplan", slugify(plan.gemeente.naam), f"v{versie}"]
    if concept:
        delen.append("concept")
    return "-".join(delen) + "." + extensie


class LaatstVastgesteldMixin:
    """The concept for whoever may read it; anyone else is taken to the newest adopted version.

    A stakeholder cannot read the next concept until it is up for review, but the version they
    signed is still in force: the plan's pages and old links lead there instead of to a refusal.
    Goes after `PlanMixin`, on a view whose `recht` is `Recht.VERSIES` (which every role has).
    """

    vastgesteld_doel = "vaststelling_detail"

    def dispatch(self, request, *args, **kwargs):
        if Recht.LEZEN in self.rechten:
            return super().dispatch(request, *args, **kwargs)
        vaststelling = self.plan.vaststellingen.order_by("-versie").first()
        if vaststelling is None:
            raise PermissionDenied(self.weigering(Recht.LEZEN))
        if self.vastgesteld_doel == "vaststelling_detail":
            messages.info(
                request,
                _(
                    "Het kernteam werkt aan een nieuwe versie van het plan; je kunt die lezen zodra ze ter review "
                    "ligt. Tot die tijd geldt de vastgestelde versie %(n)s."
                )
                % {"n": vaststelling.versie},
            )
        return redirect(self.vastgesteld_doel, plan_pk=self.plan.pk, pk=vaststelling.pk)


class PlanDocumentView(PlanMixin, LaatstVastgesteldMixin, TemplateView):
    """The plan as it will be published; during the review stakeholders comment on it here."""

    recht = Recht.VERSIES  # and LEZEN for the concept itself: LaatstVastgesteldMixin
    plan_nav = "document"
    template_name = "rapportage/plan_document.html"

    def get(self, request, *args, **kwargs):
        if self.rol == Rol.STAKEHOLDER:
            Lidmaatschap.objects.filter(plan=self.plan, user=request.user, concept_gezien_op__isnull=True).update(
                concept_gezien_op=timezone.now()
            )
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        doc = plan_document(self.plan)
        opmerkingen = self.plan.opmerkingen.select_related("auteur", "beantwoord_door").order_by("aangemaakt_op")
        if self.rol == Rol.STAKEHOLDER:
            opmerkingen = opmerkingen.filter(auteur=self.request.user)
        per_actie, per_invultabel, op_plan = defaultdict(list), defaultdict(list), []
        for opmerking in opmerkingen:
            if opmerking.actie_id:
                per_actie[opmerking.actie_id].append(opmerking)
            elif opmerking.invultabel_id:
                per_invultabel[opmerking.invultabel_id].append(opmerking)
            else:
                op_plan.append(opmerking)
        for invultabel in doc.invultabellen:
            invultabel.opmerkingen_lijst = per_invultabel[invultabel.pk]
            for actie in invultabel.lijst:
                actie.opmerkingen_lijst = per_actie[actie.pk]
        vaststelling = geldende_vaststelling(self.plan)
        context.update(
            doc=doc,
            plan_opmerkingen=op_plan,
            interactief=True,
            concept=doc.concept,
            vaststelling=vaststelling,
            ondertekeningen=list(vaststelling.ondertekeningen.all()) if vaststelling else [],
        )
        return context


class PlanPdfView(PlanMixin, LaatstVastgesteldMixin, View):
    """The concept as PDF; once adopted, the PDF/A archived at adoption (the one the SHA-256 is of)."""

    recht = Recht.VERSIES  # and LEZEN for the concept itself: LaatstVastgesteldMixin
    vastgesteld_doel = "vaststelling_pdf"

    def get(self, request, *args, **kwargs):
        if vaststelling := geldende_vaststelling(self.plan):
            return redirect("vaststelling_pdf", plan_pk=self.plan.pk, pk=vaststelling.pk)
        doc = plan_document(self.plan)
        _html, pdf = render_pdf("rapportage/pdf/plan.html", {"doc": doc, "concept": doc.concept})
        response = HttpResponse(pdf, content_type="application/pdf")
        naam = bestandsnaam(self.plan, doc.versie, "pdf", doc.concept)
        response["Content-Disposition"] = f'inline; filename="{naam}"'
        return response


class PlanDocxView(PlanMixin, LaatstVastgesteldMixin, View):
    """The same document as Word, for pasting into a raadsvoorstel in the house style."""

    recht = Recht.VERSIES  # and LEZEN for the concept itself: LaatstVastgesteldMixin

    def get(self, request, *args, **kwargs):
        doc = plan_document(self.plan)
        response = HttpResponse(
            plan_docx(doc, vaststelling=geldende_vaststelling(self.plan)),
            content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        )
        response["Content-Disposition"] = (
            f'attachment; filename="{bestandsnaam(self.plan, doc.versie, "docx", doc.concept)}"'
        )
        return response


class ReviewView(PlanMixin, TemplateView):
    """The projectleider puts the concept up for review, invites stakeholders and follows who has read it.

    The kernteam keeps the page after adoption, to see who read the concept and to revoke access.
    """

    recht = Recht.REVIEW
    recht_post = Recht.BEHEREN
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

    def post(self, request, *args, **kwargs):
        actie = request.POST.get("actie")
        if actie == "starten":
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
        elif actie == "deadline" and self.plan.status == PlanStatus.TER_REVIEW:
            form = ReviewForm(request.POST)
            if not form.is_valid():
                return self.render_to_response(self.get_context_data(form=form))
            self.plan.review_deadline = form.cleaned_data["review_deadline"]
            self.plan.save(update_fields=["review_deadline", "gewijzigd_op"])
            messages.success(request, _("De deadline is aangepast."))
        elif actie == "stoppen" and self.plan.status == PlanStatus.TER_REVIEW:
            status_wijzigen(plan=self.plan, naar=PlanStatus.CONCEPT, door=request.user)
            messages.success(request, _("De review is gestopt; het plan is weer een concept."))
        elif actie == "uitnodigen" and self.plan.is_bewerkbaar:
            stakeholder = get_object_or_404(
                Stakeholder, gemeente=self.plan.gemeente, pk=request.POST.get("stakeholder")
            )
            try:
                stakeholder_uitnodigen_voor_review(plan=self.plan, stakeholder=stakeholder, door=request.user)
            except ValidationError as fout:
                messages.error(request, " ".join(fout.messages))
            else:
                messages.success(
                    request, _("%(naam)s is uitgenodigd en heeft een e-mail gekregen.") % {"naam": stakeholder.naam}
                )
        elif actie == "intrekken":
            lid = get_object_or_404(self.plan.lidmaatschappen, pk=request.POST.get("lidmaatschap"), rol=Rol.STAKEHOLDER)
            lid.delete()
            messages.success(request, _("De toegang tot dit plan is ingetrokken."))
        return redirect("review", plan_pk=self.plan.pk)


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
    recht_post = Recht.BEHEREN
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

    def post(self, request, *args, **kwargs):
        if request.POST.get("actie") == "nieuwe_versie" and self.plan.status in {
            PlanStatus.VASTGESTELD,
            PlanStatus.IN_UITVOERING,
        }:
            nieuwe_conceptversie(plan=self.plan, door=request.user)
            messages.success(
                request,
                _("Versie %(n)s is gestart als concept. De vastgestelde versies blijven zoals ze zijn.")
                % {"n": self.plan.versie},
            )
        elif request.POST.get("actie") == "in_uitvoering" and mag_naar(self.plan, PlanStatus.IN_UITVOERING):
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


class VaststellingDetailView(VaststellingMixin, TemplateView):
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
        actie = request.POST.get("actie")
        if actie == "zelf":
            if self.rol != Rol.STAKEHOLDER:
                raise PermissionDenied(_("Alleen stakeholders ondertekenen zelf, namens hun organisatie."))
        elif Recht.BEHEREN not in self.rechten:
            raise PermissionDenied(self.weigering(Recht.BEHEREN))
        try:
            if actie == "zelf":
                organisatie = get_object_or_404(
                    Organisatie,
                    gemeente=self.plan.gemeente,
                    stakeholders__user=request.user,
                    pk=request.POST.get("organisatie"),
                )
                ondertekenen(
                    vaststelling=vaststelling,
                    naam=request.user.get_full_name() or request.user.get_username(),
                    organisatie=organisatie.naam,
                    datum=timezone.localdate(),
                    door=request.user,
                    zelf=True,
                )
                messages.success(
                    request,
                    _("Je hebt het plan ondertekend namens %(organisatie)s.") % {"organisatie": organisatie.naam},
                )
            elif actie == "verwijderen":
                ondertekening = get_object_or_404(vaststelling.ondertekeningen, pk=request.POST.get("ondertekening"))
                ondertekening_verwijderen(ondertekening=ondertekening, door=request.user)
                messages.success(
                    request,
                    _("De handtekening van %(naam)s is verwijderd. Leg zo nodig de juiste opnieuw vast.")
                    % {"naam": ondertekening.naam},
                )
            else:
                form = OndertekeningForm(request.POST)
                if not form.is_valid():
                    return self.render_to_response(self.get_context_data(form=form))
                ondertekenen(vaststelling=vaststelling, door=request.user, zelf=False, **form.cleaned_data)
                messages.success(request, _("De handtekening van de papieren versie is vastgelegd."))
        except ValidationError as fout:
            messages.error(request, " ".join(fout.messages))
        return redirect("vaststelling_detail", plan_pk=self.plan.pk, pk=vaststelling.pk)


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

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        oud = self.get_vaststelling()
        nieuw = None
        if self.request.GET.get("met"):
            nieuw = get_object_or_404(self.plan.vaststellingen.exclude(pk=oud.pk), pk=self.request.GET["met"])
            if nieuw.versie < oud.versie:
                oud, nieuw = nieuw, oud
        elif Recht.LEZEN not in self.rechten:
            nieuw = self.plan.vaststellingen.filter(versie__gt=oud.versie).order_by("-versie").first()
            if nieuw is None:
                raise PermissionDenied(self.weigering(Recht.LEZEN))
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
