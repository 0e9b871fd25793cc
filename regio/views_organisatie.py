"""The region's projects, a project's home with its hoofddoelstellingen and organogram, and its organisation.

Everyone with a place in the project reads; the projectteam and the werkgroep trekkers
(`RegioRecht.BEWERKEN`) change the project, its groups and their members. A group that a jaarplan
names as a deelgebied, or that has groups under it, cannot be deleted (`on_delete=PROTECT`).
"""

from collections import defaultdict

from django.contrib import messages
from django.db.models import ProtectedError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import CreateView, DeleteView, TemplateView, UpdateView

from uitvoeringsplan.models import Lidmaatschap

from .constants import Groepsoort
from .forms_organisatie import GroepForm, GroepslidForm, HoofddoelstellingForm, RegioprojectForm
from .mixins import RegioMixin
from .models import Groep, Groepslid, Hoofddoelstelling
from .organogram import groepen_van, organogram_van
from .querysets import projecten_voor
from .rechten import RegioRecht


class ProjectenView(TemplateView):
    """The projects the user has a place in, each with that place (group and role, or a gemeente's plan)."""

    template_name = "regio/projecten.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        projecten = list(projecten_voor(user).select_related("regio").order_by("-startjaar", "naam"))
        rollen = defaultdict(list)
        for lid in Groepslid.objects.filter(user=user, groep__project__in=projecten).select_related("groep"):
            rollen[lid.groep.project_id].append(
                _("%(rol)s in %(groep)s") % {"rol": lid.get_rol_display(), "groep": lid.groep.naam}
            )
        via_plan = defaultdict(set)
        regio_ids = {project.regio_id for project in projecten}
        for regio_id, gemeente in Lidmaatschap.objects.filter(
            user=user, plan__gemeente__regios__in=regio_ids
        ).values_list("plan__gemeente__regios", "plan__gemeente__naam"):
            via_plan[regio_id].add(gemeente)
        for project in projecten:
            project.mijn_rollen = rollen[project.pk] + [
                _("Lid van het uitvoeringsplan van %(gemeente)s") % {"gemeente": gemeente}
                for gemeente in sorted(via_plan[project.regio_id])
            ]
        return super().get_context_data(projecten=projecten, **kwargs)


class ProjectMixin(RegioMixin):
    regio_nav = "project"

    def project_url(self, anker: str = "") -> str:
        url = reverse("regio_project", kwargs={"project_pk": self.project.pk})
        return f"{url}#{anker}" if anker else url

    def get_hoofddoelstelling(self) -> Hoofddoelstelling:
        return get_object_or_404(self.project.hoofddoelstellingen.all(), pk=self.kwargs["pk"])


class ProjectView(ProjectMixin, TemplateView):
    """The project at a glance: period, hoofdboodschap, hoofddoelstellingen, organogram, jaarplannen."""

    template_name = "regio/project.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            hoofddoelstellingen=list(self.project.hoofddoelstellingen.all()),
            organogram=organogram_van(self.project),
            jaarplannen=list(self.project.jaarplannen.order_by("-jaar")),
            **kwargs,
        )


class ProjectBewerkenView(ProjectMixin, UpdateView):
    recht = RegioRecht.BEWERKEN
    form_class = RegioprojectForm
    template_name = "regio/organisatie_project_form.html"

    def get_object(self, queryset=None):
        return self.project

    def form_valid(self, form):
        form.save()
        messages.success(self.request, _("Het project is opgeslagen."))
        return redirect(self.project_url())


class HoofddoelstellingFormMixin(ProjectMixin):
    recht = RegioRecht.BEWERKEN
    form_class = HoofddoelstellingForm
    template_name = "regio/organisatie_hoofddoelstelling_form.html"

    def form_valid(self, form):
        form.save()
        messages.success(self.request, _("De hoofddoelstelling is opgeslagen."))
        return redirect(self.project_url("hoofddoelstellingen"))


class HoofddoelstellingCreateView(HoofddoelstellingFormMixin, CreateView):
    def get_form_kwargs(self):
        volgorde = self.project.hoofddoelstellingen.count() + 1
        return {**super().get_form_kwargs(), "instance": Hoofddoelstelling(project=self.project, volgorde=volgorde)}


class HoofddoelstellingUpdateView(HoofddoelstellingFormMixin, UpdateView):
    def get_object(self, queryset=None):
        return self.get_hoofddoelstelling()


class HoofddoelstellingVerwijderenView(ProjectMixin, DeleteView):
    recht = RegioRecht.BEWERKEN
    template_name = "regio/organisatie_verwijderen.html"

    def get_object(self, queryset=None):
        return self.get_hoofddoelstelling()

    def get_context_data(self, **kwargs):
        return super().get_context_data(terug=self.project_url("hoofddoelstellingen"), **kwargs)

    def get_success_url(self) -> str:
        messages.success(self.request, _("De hoofddoelstelling is verwijderd."))
        return self.project_url("hoofddoelstellingen")


class OrganisatieMixin(RegioMixin):
    regio_nav = "organisatie"

    def mag_stuurgroep_wijzigen(self) -> bool:
        """Who sits in the stuurgroep decides who adopts, so the stuurgroep itself changes it.

        Otherwise an editor could put themselves in the stuurgroep and adopt the jaarplan. While
        nobody with an account sits in the stuurgroep yet, the editors who set the project up fill it.
        """
        if RegioRecht.VASTSTELLEN in self.rechten:
            return True
        bezet = Groepslid.objects.filter(
            groep__project=self.project, groep__soort=Groepsoort.STUURGROEP, user__isnull=False
        ).exists()
        return RegioRecht.BEWERKEN in self.rechten and not bezet

    def organisatie_url(self, groep_pk: int | None = None) -> str:
        url = reverse("regio_organisatie", kwargs={"project_pk": self.project.pk})
        return f"{url}#groep-{groep_pk}" if groep_pk else url

    def get_groep(self, pk: int) -> Groep:
        groep = get_object_or_404(self.project.groepen.all(), pk=pk)
        groep.project = self.project
        return groep

    def get_lid(self) -> Groepslid:
        lid = get_object_or_404(
            Groepslid.objects.filter(groep__project=self.project).select_related("groep", "user"), pk=self.kwargs["pk"]
        )
        lid.groep.project = self.project
        return lid


class StuurgroepBewakingMixin(OrganisatieMixin):
    """A change to the stuurgroep (its group or its members) needs `mag_stuurgroep_wijzigen`, not `recht`."""

    def raakt_stuurgroep(self) -> bool:
        raise NotImplementedError

    def has_permission(self) -> bool:
        if not self.raakt_stuurgroep():
            return super().has_permission()
        if self.mag_stuurgroep_wijzigen():
            return True
        self.reden = _("Alleen de stuurgroep bepaalt wie er in de stuurgroep zit.")
        return False


class OrganisatieView(OrganisatieMixin, TemplateView):
    """Every group with its soort, theme, parent and members; the editors' buttons beside them."""

    template_name = "regio/organisatie.html"

    def get_context_data(self, **kwargs):
        groepen = groepen_van(self.project)
        namen = {groep.pk: groep.naam for groep in groepen}
        mag_stuurgroep = self.mag_stuurgroep_wijzigen()
        for groep in groepen:
            groep.boven_naam = namen.get(groep.bovenliggend_id, "")
            if groep.soort == Groepsoort.STUURGROEP:
                groep.mag_wijzigen = mag_stuurgroep
            else:
                groep.mag_wijzigen = RegioRecht.BEWERKEN in self.rechten
        return super().get_context_data(groepen=groepen, **kwargs)


class GroepFormMixin(StuurgroepBewakingMixin):
    recht = RegioRecht.BEWERKEN

    def raakt_stuurgroep(self) -> bool:
        naar = self.request.POST.get("soort") if self.request.method == "POST" else None
        huidig = self.project.groepen.filter(pk=self.kwargs.get("pk"), soort=Groepsoort.STUURGROEP).exists()
        return huidig or naar == Groepsoort.STUURGROEP

    form_class = GroepForm
    template_name = "regio/groep_form.html"

    def form_valid(self, form):
        groep = form.save()
        messages.success(self.request, _("De groep “%(naam)s” is opgeslagen.") % {"naam": groep.naam})
        return redirect(self.organisatie_url(groep.pk))


class GroepCreateView(GroepFormMixin, CreateView):
    def get_form_kwargs(self):
        volgorde = self.project.groepen.count() + 1
        return {**super().get_form_kwargs(), "instance": Groep(project=self.project, volgorde=volgorde)}


class GroepUpdateView(GroepFormMixin, UpdateView):
    def get_object(self, queryset=None):
        return self.get_groep(self.kwargs["pk"])


class GroepVerwijderenView(StuurgroepBewakingMixin, DeleteView):
    """Refused while a jaarplan names the group as a deelgebied, or while groups stand under it."""

    recht = RegioRecht.BEWERKEN

    def raakt_stuurgroep(self) -> bool:
        return self.project.groepen.filter(pk=self.kwargs["pk"], soort=Groepsoort.STUURGROEP).exists()

    template_name = "regio/organisatie_verwijderen.html"

    def get_object(self, queryset=None):
        return self.get_groep(self.kwargs["pk"])

    def beletsel(self, groep: Groep) -> str:
        if groep.onderliggend.exists():
            return _("Er vallen nog groepen onder “%(naam)s”. Verplaats of verwijder die eerst.") % {"naam": groep.naam}
        if groep.hoofddoelen.exists() or groep.hoofdactiviteiten.exists():
            return _(
                "“%(naam)s” heeft hoofddoelen of hoofdactiviteiten in een jaarplan. "
                "Een groep met een eigen deel in het jaarplan kan niet weg; pas de naam of het thema aan."
            ) % {"naam": groep.naam}
        return ""

    def get_context_data(self, **kwargs):
        uitleg = _("Met de groep verdwijnen ook haar %(aantal)s leden. De geschiedenis bewaart ze.") % {
            "aantal": self.object.leden.count()
        }
        return super().get_context_data(
            uitleg=uitleg, beletsel=self.beletsel(self.object), terug=self.organisatie_url(self.object.pk), **kwargs
        )

    def form_valid(self, form):
        beletsel = self.beletsel(self.object)
        if not beletsel:
            try:
                self.object.delete()
            except ProtectedError:
                beletsel = _("Deze groep wordt nog gebruikt en kan niet worden verwijderd.")
        if beletsel:
            messages.error(self.request, beletsel)
            return redirect(self.organisatie_url(self.object.pk))
        messages.success(self.request, _("De groep “%(naam)s” is verwijderd.") % {"naam": self.object.naam})
        return redirect(self.organisatie_url())


class StuurgroepledenMixin(StuurgroepBewakingMixin):
    """A member's page: the member's group is named by `groep_pk` (new member) or through the member (`pk`)."""

    def raakt_stuurgroep(self) -> bool:
        groepen = self.project.groepen.filter(soort=Groepsoort.STUURGROEP)
        if "groep_pk" in self.kwargs:
            return groepen.filter(pk=self.kwargs["groep_pk"]).exists()
        return groepen.filter(leden=self.kwargs["pk"]).exists()


class GroepslidFormMixin(StuurgroepledenMixin):
    recht = RegioRecht.BEWERKEN
    form_class = GroepslidForm
    template_name = "regio/groepslid_form.html"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "regio": self.project.regio}

    def get_context_data(self, **kwargs):
        return super().get_context_data(groep=self.get_form_kwargs()["instance"].groep, **kwargs)

    def form_valid(self, form):
        lid = form.save()
        messages.success(self.request, _("%(naam)s is opgeslagen.") % {"naam": lid.naam})
        return redirect(self.organisatie_url(lid.groep_id))


class GroepslidCreateView(GroepslidFormMixin, CreateView):
    def get_form_kwargs(self):
        groep = self.get_groep(self.kwargs["groep_pk"])
        lid = Groepslid(groep=groep, volgorde=groep.leden.count() + 1)
        return {**super().get_form_kwargs(), "instance": lid}


class GroepslidUpdateView(GroepslidFormMixin, UpdateView):
    def get_object(self, queryset=None):
        return self.get_lid()


class GroepslidVerwijderenView(StuurgroepledenMixin, DeleteView):
    recht = RegioRecht.BEWERKEN
    template_name = "regio/organisatie_verwijderen.html"

    def get_object(self, queryset=None):
        return self.get_lid()

    def get_context_data(self, **kwargs):
        uitleg = _("%(naam)s gaat uit %(groep)s. Met een account verdwijnt ook de rol in het project.") % {
            "naam": self.object.naam,
            "groep": self.object.groep.naam,
        }
        return super().get_context_data(uitleg=uitleg, terug=self.organisatie_url(self.object.groep_id), **kwargs)

    def get_success_url(self) -> str:
        messages.success(self.request, _("%(naam)s is uit de groep gehaald.") % {"naam": self.object.naam})
        return self.organisatie_url(self.object.groep_id)
