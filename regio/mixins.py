"""The one place where a regional view finds its project and decides whether the user may go on."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from uitvoeringsplan.models import Lidmaatschap

from .models import Groepslid
from .querysets import projecten_voor
from .rechten import RegioRecht, rechten_voor


class RegioMixin:
    """Resolve `project_pk` through the user's place in the project (404 otherwise) and check `recht`.

    As `PlanMixin` does for a plan: `recht` for every request, `recht_post` also for a POST; a
    view with a rule of its own overrides `has_permission()`.
    """

    recht: RegioRecht | None = RegioRecht.LEZEN
    recht_post: RegioRecht | None = None
    regio_nav = ""
    reden = ""

    def dispatch(self, request, *args, **kwargs):
        self.project = get_object_or_404(projecten_voor(request.user).select_related("regio"), pk=kwargs["project_pk"])
        plaatsen = list(
            Groepslid.objects.filter(groep__project=self.project, user=request.user).values_list("groep__soort", "rol")
        )
        in_plan = Lidmaatschap.objects.filter(user=request.user, plan__gemeente__regios=self.project.regio_id).exists()
        self.rechten = rechten_voor(plaatsen, plan_in_regio=in_plan)
        if not self.has_permission():
            raise PermissionDenied(self.reden)
        return super().dispatch(request, *args, **kwargs)

    def has_permission(self) -> bool:
        for nodig in (self.recht, self.recht_post if self.request.method == "POST" else None):
            if nodig is not None and nodig not in self.rechten:
                self.reden = self.weigering(nodig)
                return False
        return True

    def weigering(self, recht: RegioRecht) -> str:
        if recht == RegioRecht.VASTSTELLEN:
            return _("Alleen de stuurgroep stelt het jaarplan vast.")
        if recht == RegioRecht.BEWERKEN:
            return _("Alleen het projectteam en de trekkers van de werkgroepen werken het jaarplan uit.")
        return _("Je hebt geen rol in dit regionale project.")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            project=self.project,
            regio_nav=self.regio_nav,
            mag={recht.value: recht in self.rechten for recht in RegioRecht},
        )
        return context
