"""Reads about the uitvoering that several views, the reminders and the spreadsheet share.

- "te laat": the actie's period has ended and it is neither afgerond nor gestopt;
- "stil": it has started, is not finished, and has had no voortgangsbericht for
  `UITVOERING_STIL_NA_WEKEN` weeks (counted from the start of its period when it has none).

An actie takes part in the uitvoering once its plan is adopted: adoption gives it the status
"gepland". Acties added in a later concept version have no status until that version is adopted.
"""

from datetime import date, timedelta

from django.conf import settings
from django.db.models import BooleanField, Case, Count, Max, Q, QuerySet, When
from django.db.models.functions import Coalesce

from stakeholders.models import Organisatie
from uitvoeringsplan.constants import Uitvoeringsstatus
from uitvoeringsplan.models import Actie
from uitvoeringsplan.rechten import Recht

AFGESLOTEN = frozenset({Uitvoeringsstatus.AFGEROND, Uitvoeringsstatus.GESTOPT})


def stil_grens(vandaag: date) -> date:
    return vandaag - timedelta(weeks=settings.UITVOERING_STIL_NA_WEKEN)


def in_uitvoering(acties: QuerySet[Actie] | None = None) -> QuerySet[Actie]:
    """The acties that take part in the uitvoering (they have a status)."""
    return (acties if acties is not None else Actie.objects.all()).exclude(uitvoeringsstatus="")


def met_stand(acties: QuerySet[Actie], vandaag: date) -> QuerySet[Actie]:
    """Annotate `laatste_bericht`, `te_laat` and `stil` in the same query."""
    open_ = ~Q(uitvoeringsstatus__in=AFGESLOTEN)
    return acties.annotate(
        laatste_bericht=Max("voortgangsberichten__datum"),
        peilmoment=Coalesce(Max("voortgangsberichten__datum"), "periode_start"),
    ).annotate(
        te_laat=Case(When(open_ & Q(periode_eind__lt=vandaag), then=True), default=False, output_field=BooleanField()),
        stil=Case(
            When(open_ & Q(periode_start__lte=vandaag, peilmoment__lt=stil_grens(vandaag)), then=True),
            default=False,
            output_field=BooleanField(),
        ),
    )


def te_laat(acties: QuerySet[Actie], vandaag: date) -> QuerySet[Actie]:
    return acties.filter(periode_eind__lt=vandaag).exclude(uitvoeringsstatus__in=AFGESLOTEN)


def aantallen_per_status(acties: QuerySet[Actie]) -> dict[str, int]:
    """How many acties have each status, every status present (0 when none), in the method's order."""
    geteld = dict(acties.order_by().values_list("uitvoeringsstatus").annotate(aantal=Count("pk")))
    return {status: geteld.get(status, 0) for status in Uitvoeringsstatus.values}


def eigen_organisaties(user) -> QuerySet[Organisatie]:
    """The organisations the user is a stakeholder for, in any gemeente."""
    return Organisatie.objects.filter(stakeholders__user=user).distinct()


def mag_melden(rechten: frozenset, actie: Actie, eigen: set[int]) -> bool:
    """May this user report voortgang on `actie`? The kernteam on every actie; a stakeholder on their own.

    `eigen` holds the ids of the user's organisations; `actie.verantwoordelijken.all()` may be prefetched.
    """
    if not actie.uitvoeringsstatus:
        return False
    if Recht.VOORTGANG in rechten:
        return True
    return Recht.VOORTGANG_EIGEN in rechten and any(org.pk in eigen for org in actie.verantwoordelijken.all())


def mijn_acties(user, plannen, vandaag: date) -> list[Actie]:
    """The acties in uitvoering of the user's own organisations, in the plans the user follows.

    Each carries `mag_melden`, so the dashboard can offer its one-click status update.
    """
    volgbaar = {plan.pk: plan for plan in plannen if Recht.UITVOERING in plan.rechten}
    eigen = set(eigen_organisaties(user).values_list("pk", flat=True))
    if not volgbaar or not eigen:
        return []
    acties = list(
        met_stand(
            in_uitvoering(Actie.objects.filter(invultabel__plan__in=volgbaar)).filter(
                pk__in=Actie.objects.filter(verantwoordelijken__in=eigen).values("pk")
            ),
            vandaag,
        )
        .select_related("invultabel")
        .prefetch_related("verantwoordelijken")
        .order_by("periode_eind", "pk")
    )
    for actie in acties:
        actie.plan = volgbaar[actie.invultabel.plan_id]
        actie.mag_melden = mag_melden(actie.plan.rechten, actie, eigen)
    return acties


def stand_per_plan(plannen, vandaag: date, *, te_laat_tonen: int = 3) -> dict[int, dict]:
    """Per plan in uitvoering: its counts per status, the number of late acties and the first few of them."""
    ids = [plan.pk for plan in plannen if plan.ooit_vastgesteld]
    stand = {pk: {"aantallen": dict.fromkeys(Uitvoeringsstatus.values, 0), "te_laat": []} for pk in ids}
    if not ids:
        return stand
    acties = in_uitvoering(Actie.objects.filter(invultabel__plan__in=ids))
    for plan_pk, status, aantal in (
        acties.order_by().values_list("invultabel__plan", "uitvoeringsstatus").annotate(aantal=Count("pk"))
    ):
        stand[plan_pk]["aantallen"][status] = aantal
    for actie in te_laat(acties, vandaag).select_related("invultabel").order_by("periode_eind", "pk"):
        stand[actie.invultabel.plan_id]["te_laat"].append(actie)
    for waarden in stand.values():
        waarden["aantal_te_laat"] = len(waarden["te_laat"])
        waarden["te_laat"] = waarden["te_laat"][:te_laat_tonen]
        waarden["totaal"] = sum(waarden["aantallen"].values())
        waarden["aantallen"] = [(Uitvoeringsstatus(status), n) for status, n in waarden["aantallen"].items() if n]
    return stand
