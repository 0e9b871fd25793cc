"""Shared reads of the plan's models, as named filters (Open Zaak's `models/query.py` does the same)."""

from django.db import models
from django.db.models import OuterRef, Prefetch, Subquery

from uitvoeringsplan.constants import KERNTEAM_ROLLEN


class UitvoeringsplanQuerySet(models.QuerySet):
    def for_user(self, user) -> "UitvoeringsplanQuerySet":
        """The plans `user` is a member of, each annotated with `mijn_rol`.

        This is the single entry point for access: views start from it, so a plan of which
        the user is not a member does not exist for them (404).
        """
        if not user.is_authenticated:
            return self.none()
        lidmaatschap = self.model._meta.get_field("lidmaatschappen").related_model
        rol = lidmaatschap.objects.filter(plan=OuterRef("pk"), user=user).values("rol")[:1]
        return self.annotate(mijn_rol=Subquery(rol)).filter(mijn_rol__isnull=False)


class LidmaatschapQuerySet(models.QuerySet):
    def kernteam(self) -> "LidmaatschapQuerySet":
        """The projectleider(s) and kernteamleden: the one definition of the kernteam."""
        return self.filter(rol__in=KERNTEAM_ROLLEN)


class ActieQuerySet(models.QuerySet):
    def van_plan(self, plan) -> "ActieQuerySet":
        """The acties in all of `plan`'s invultabellen."""
        return self.filter(invultabel__plan=plan)

    def met_rijen(self) -> "ActieQuerySet":
        """With everything the nine-row display and completeness need, in a fixed number of queries.

        Also the actie of the previous cycle it continues (`herkomst`), which the invultabel names.
        """
        return self.select_related("interventie", "herkomst__invultabel__plan").prefetch_related(
            "verantwoordelijken", "middelen"
        )


class DoelstellingQuerySet(models.QuerySet):
    def met_indicatoren(self) -> "DoelstellingQuerySet":
        """With aanbevelingen, acties, indicatoren and their metingen, in a fixed number of queries.

        The doelen page, the plan document and the evaluation read it, so each shows the same order.
        """
        aanbeveling = self.model._meta.get_field("aanbevelingen").related_model
        actie = self.model._meta.get_field("acties").related_model
        indicator = self.model._meta.get_field("indicatoren").related_model
        return self.prefetch_related(
            Prefetch("aanbevelingen", queryset=aanbeveling.objects.order_by("nummer", "pk")),
            Prefetch("acties", queryset=actie.objects.order_by("invultabel__volgorde", "invultabel", "volgorde", "pk")),
            Prefetch("indicatoren", queryset=indicator.objects.prefetch_related("metingen")),
        )
