"""The one place where a view finds its plan and decides whether the user may go on."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _

from .constants import KERNTEAM_ROLLEN, Rol
from .models import Uitvoeringsplan
from .rechten import Recht


class PlanMixin:
    """Resolve `plan_pk` through the user's membership and check the view's `recht`.

    A plan the user is not a member of is a 404 (it does not exist for them); a member
    without the right gets a 403 that says why. Views then scope every other object
    through `self.plan`, e.g. `Bijeenkomst.objects.filter(plan=self.plan)`.
    """

    recht: Recht | None = Recht.LEZEN
    # A stricter right for changes (POST) on a page that everyone with `recht` may read.
    recht_post: Recht | None = None
    plan_nav = ""  # which item of the plan's navigation is highlighted
    reden = ""  # why has_permission() refused, shown on the 403 page

    def dispatch(self, request, *args, **kwargs):
        self.plan = get_object_or_404(
            Uitvoeringsplan.objects.for_user(request.user).select_related("gemeente"), pk=kwargs["plan_pk"]
        )
        self.rol = self.plan.mijn_rol
        self.rechten = self.plan.rechten
        if not self.has_permission():
            return self.handle_no_permission()
        return super().dispatch(request, *args, **kwargs)

    def has_permission(self) -> bool:
        """The view's rights rule, checked once before get() or post(), as Django's PermissionRequiredMixin does.

        By default: `recht`, and for a POST also `recht_post`. A view with a rule of its own overrides
        this method (setting `self.reden` when it refuses, then deferring to super()), never checks by
        hand inside get() or post().
        """
        for nodig in (self.recht, self.recht_post if self.request.method == "POST" else None):
            if nodig is not None and nodig not in self.rechten:
                self.reden = self.weigering(nodig)
                return False
        return True

    def handle_no_permission(self):
        """A refusal is a 403 page that says why; a view may send the user somewhere better instead."""
        raise PermissionDenied(self.reden)

    def weigering(self, recht: Recht) -> str:
        if recht == Recht.BEWERKEN and self.rol in KERNTEAM_ROLLEN:
            return _("Dit plan is vastgesteld en kan niet meer worden gewijzigd. Start een nieuwe conceptversie.")
        if recht == Recht.UITVOERING:
            return _("De uitvoering begint zodra het plan is vastgesteld.")
        if recht == Recht.REGISTER:
            return _("De lijst met stakeholders bevat persoonsgegevens en is alleen voor het kernteam.")
        if recht == Recht.LEZEN and self.rol == Rol.STAKEHOLDER:
            return _("Het concept wordt nog opgesteld. Je kunt het lezen zodra het ter review ligt.")
        return _("Met je rol in dit plan (%(rol)s) kun je dit niet doen.") % {"rol": Rol(self.rol).label}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            plan=self.plan,
            rol=self.rol,
            rol_label=Rol(self.rol).label,
            plan_nav=self.plan_nav,
            mag={recht.value: recht in self.rechten for recht in Recht},
        )
        return context


class PlanFormulierMixin(PlanMixin):
    """An UpdateView of the plan's own fields on one of its pages; saving returns to `terug_naar`."""

    melding = ""
    terug_naar = ""  # URL name taking plan_pk

    def get_object(self, queryset=None):
        return self.plan

    def form_valid(self, form):
        form.save()
        messages.success(self.request, self.melding)
        return redirect(self.terug_naar, plan_pk=self.plan.pk)
