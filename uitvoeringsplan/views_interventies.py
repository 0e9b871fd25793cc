"""The catalogue of known interventions, shared by all plans."""

from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.db.models import Q
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import CreateView, ListView, UpdateView

from .forms import InterventieFilterForm, InterventieForm
from .models import Interventie, Lidmaatschap


class CatalogusMixin:
    """The catalogue is shared by all plans: beheerders and the members of any plan's kernteam maintain it."""

    def mag_beheren(self) -> bool:
        user = self.request.user
        return user.is_staff or Lidmaatschap.objects.kernteam().filter(user=user).exists()


class InterventieListView(CatalogusMixin, ListView):
    template_name = "uitvoeringsplan/interventie_list.html"
    context_object_name = "interventies"
    paginate_by = 25

    def get_queryset(self):
        self.filter = InterventieFilterForm(self.request.GET or None)
        interventies = Interventie.objects.prefetch_related("middelen")
        if self.filter.is_valid():
            gegevens = self.filter.cleaned_data
            if zoek := gegevens["q"].strip():
                interventies = interventies.filter(
                    Q(naam__icontains=zoek) | Q(omschrijving__icontains=zoek) | Q(doelgroep__icontains=zoek)
                )
            if gegevens["databank"]:
                interventies = interventies.filter(databank=gegevens["databank"])
            if gegevens["preventievorm"]:
                interventies = interventies.filter(preventievorm=gegevens["preventievorm"])
            if gegevens["middel"]:
                interventies = interventies.filter(middelen=gegevens["middel"])
        return interventies

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(filter=self.filter, mag_bewerken=self.mag_beheren())
        zoekopdracht = self.request.GET.copy()
        zoekopdracht.pop("page", None)
        context["zoekopdracht"] = zoekopdracht.urlencode()
        return context


class InterventieBewerkenMixin(CatalogusMixin, PermissionRequiredMixin):
    """Adding or changing an interventie: the rights rule is `has_permission()`, checked before get() or post()."""

    form_class = InterventieForm
    template_name = "uitvoeringsplan/interventie_form.html"
    success_url = reverse_lazy("interventie_list")
    model = Interventie
    permission_denied_message = gettext_lazy(
        "Alleen beheerders en leden van het kernteam van een plan onderhouden de catalogus van interventies."
    )

    def has_permission(self) -> bool:
        return self.mag_beheren()

    def form_valid(self, form):
        messages.success(self.request, _("De interventie is opgeslagen."))
        return super().form_valid(form)


class InterventieCreateView(InterventieBewerkenMixin, CreateView):
    pass


class InterventieUpdateView(InterventieBewerkenMixin, UpdateView):
    pass
