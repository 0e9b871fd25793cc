"""Adding, changing, removing and moving the parts of a concept jaarplan: uitgangspunten, hoofddoelen and
hoofdactiviteiten. One set of views serves all three; each part names its model, form and siblings."""

from django.contrib import messages
from django.db import transaction
from django.db.models import Max
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import CreateView, UpdateView

from basis.volgorde import hernummeren, richting_uit, verplaatsen_in_volgorde

from .forms_jaarplan import HoofdactiviteitForm, HoofddoelForm, UitgangspuntForm
from .models import Hoofdactiviteit, Hoofddoel, Uitgangspunt
from .views_jaarplan import JaarplanBewerkenMixin


class OnderdeelMixin(JaarplanBewerkenMixin):
    """One part of the jaarplan; `per_groep` parts are ordered within their deelgebied."""

    model = None
    form_class = None
    naam = ""  # for the page title and messages
    per_groep = False
    template_name = "regio/jaarplan/onderdeel.html"

    def get_queryset(self):
        return self.model.objects.filter(jaarplan=self.jaarplan)

    def get_object(self, queryset=None):
        return get_object_or_404(self.get_queryset(), pk=self.kwargs["pk"])

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        if self.per_groep:
            kwargs["jaarplan"] = self.jaarplan
        return kwargs

    def get_context_data(self, **kwargs):
        return super().get_context_data(naam=self.naam, **kwargs)

    def broers(self, obj) -> list:
        siblings = self.get_queryset()
        if self.per_groep:
            siblings = siblings.filter(groep=obj.groep_id)
        return list(siblings.order_by("volgorde", "pk"))

    def anker(self, obj) -> str:
        return f"deelgebied-{obj.groep_id}" if self.per_groep else "uitgangspunten"

    def form_valid(self, form):
        form.instance.jaarplan = self.jaarplan
        form.instance._history_user = self.request.user
        if form.instance.pk is None:
            broers = self.get_queryset()
            if self.per_groep:
                broers = broers.filter(groep=form.instance.groep)
            form.instance.volgorde = (broers.aggregate(hoogste=Max("volgorde"))["hoogste"] or 0) + 1
        form.save()
        messages.success(self.request, _("%(naam)s is opgeslagen.") % {"naam": self.naam.capitalize()})
        return self.naar_jaarplan(self.anker(form.instance))


class Nieuw(OnderdeelMixin, CreateView):
    def get_initial(self):
        groep = self.request.GET.get("groep")
        return {"groep": groep} if self.per_groep and groep and groep.isdigit() else {}


class Bewerken(OnderdeelMixin, UpdateView):
    pass


class Verwijderen(OnderdeelMixin, View):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        obj = self.get_object()
        anker = self.anker(obj)
        with transaction.atomic():
            obj._history_user = request.user
            obj.delete()
            hernummeren([b for b in self.broers(obj) if b.pk != obj.pk])
        messages.success(request, _("%(naam)s is verwijderd.") % {"naam": self.naam.capitalize()})
        return self.naar_jaarplan(anker)


class Verplaatsen(OnderdeelMixin, View):
    """One place up or down (POST field `richting`: op or neer)."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        obj = self.get_object()
        with transaction.atomic():
            verplaatsen_in_volgorde(self.broers(obj), obj, richting_uit(request.POST))
        return self.naar_jaarplan(self.anker(obj))


ONDERDELEN = {
    "uitgangspunt": {"model": Uitgangspunt, "form_class": UitgangspuntForm, "naam": gettext_lazy("het uitgangspunt")},
    "hoofddoel": {
        "model": Hoofddoel,
        "form_class": HoofddoelForm,
        "naam": gettext_lazy("het hoofddoel"),
        "per_groep": True,
    },
    "hoofdactiviteit": {
        "model": Hoofdactiviteit,
        "form_class": HoofdactiviteitForm,
        "naam": gettext_lazy("de hoofdactiviteit"),
        "per_groep": True,
    },
}
