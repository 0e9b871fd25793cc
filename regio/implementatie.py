"""Lokale implementatie: a gemeente takes a regional hoofdactiviteit over as an actie of its own plan.

The actie is an ordinary actie of the plan (the plan's kernteam works it out further); the
`LokaleImplementatie` beside it, on this floor, remembers where it came from. The region reads
back which gemeenten carry out which activity, and how far they got, by its uitvoeringsstatus.
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, Prefetch
from django.utils.translation import gettext as _

from scanner.models import Aanbeveling, Gemeente
from uitvoeringsplan.models import Actie, Invultabel, Uitvoeringsplan
from uitvoeringsplan.rechten import BEWERKBARE_STATUSSEN, Recht

from .models import Hoofdactiviteit, Jaarplan, LokaleImplementatie, Regioproject


def titel_uit(tekst: str) -> str:
    """The activity's text on one line, cut to fit an actie's title."""
    lengte = Actie._meta.get_field("titel").max_length
    regel = " ".join(tekst.split())
    return regel if len(regel) <= lengte else regel[: lengte - 1].rstrip() + "…"


def betrokken_gemeente_ids(hoofdactiviteit: Hoofdactiviteit, regio_ids: set[int]) -> set[int]:
    """The gemeenten an activity concerns: those it names (still in the region), or the whole region.

    `hoofdactiviteit.gemeenten.all()` may be prefetched.
    """
    genoemd = {gemeente.pk for gemeente in hoofdactiviteit.gemeenten.all()}
    return genoemd & regio_ids if genoemd else set(regio_ids)


@transaction.atomic
def hoofdactiviteit_overnemen(
    *, hoofdactiviteit: Hoofdactiviteit, plan: Uitvoeringsplan, aanbeveling: Aanbeveling, door: AbstractBaseUser
) -> Actie:
    """Add the activity to `plan` as an actie under `aanbeveling`, linked to its origin.

    Refused (ValidationError with a message for the user) when the plan cannot be edited, its
    gemeente is not one the activity concerns, the aanbeveling has no invultabel in the plan, or
    the plan took this activity over before.
    """
    plan = Uitvoeringsplan.objects.select_for_update().get(pk=plan.pk)
    if plan.status not in BEWERKBARE_STATUSSEN:
        raise ValidationError(_("Dit plan is vastgesteld. Begin eerst een nieuwe conceptversie."))
    regio_ids = set(hoofdactiviteit.jaarplan.project.regio.gemeenten.values_list("pk", flat=True))
    if plan.gemeente_id not in betrokken_gemeente_ids(hoofdactiviteit, regio_ids):
        raise ValidationError(_("Deze regionale activiteit is niet voor de gemeente van dit plan."))
    invultabel = Invultabel.objects.filter(plan=plan, aanbeveling=aanbeveling).first()
    if invultabel is None:
        raise ValidationError(_("Kies een aanbeveling die in dit plan staat."))
    if LokaleImplementatie.objects.filter(hoofdactiviteit=hoofdactiviteit, actie__invultabel__plan=plan).exists():
        raise ValidationError(_("Dit plan heeft deze regionale activiteit al overgenomen."))
    invultabel.plan = plan
    volgorde = invultabel.acties.aggregate(n=Max("volgorde"))["n"] or 0
    jaarplan = hoofdactiviteit.jaarplan
    herkomst = _("Overgenomen uit %(jaarplan)s van %(project)s.") % {
        "jaarplan": jaarplan,
        "project": jaarplan.project,
    }
    wie = [herkomst]
    if hoofdactiviteit.trekker:
        wie.append(_("Regionale trekker: %(trekker)s.") % {"trekker": hoofdactiviteit.trekker})
    if hoofdactiviteit.periode:
        wie.append(_("Periode in de regio: %(periode)s.") % {"periode": hoofdactiviteit.periode})
    actie = Actie(
        invultabel=invultabel,
        volgorde=volgorde + 1,
        titel=titel_uit(hoofdactiviteit.tekst),
        wie_doet_wat=" ".join(wie),
    )
    actie.full_clean()
    actie._history_user = door
    actie.save()
    implementatie = LokaleImplementatie(hoofdactiviteit=hoofdactiviteit, actie=actie, door=door)
    implementatie._history_user = door
    implementatie.save()
    return actie


def huidig_jaarplan(project: Regioproject, jaar: int) -> Jaarplan | None:
    """This year's jaarplan; without one the most recent before it; else the first one after."""
    jaarplannen = list(project.jaarplannen.order_by("-jaar"))
    for jaarplan in jaarplannen:
        if jaarplan.jaar <= jaar:
            return jaarplan
    return jaarplannen[-1] if jaarplannen else None


@dataclass
class Uitvoerder:
    """A gemeente the activity concerns, and its plan's actie for it if it took the activity over."""

    gemeente: Gemeente
    actie: Actie | None = None
    plan_is_mijn: bool = False

    @property
    def stand(self) -> str:
        if self.actie is None:
            return _("nog niet overgenomen")
        if not self.actie.uitvoeringsstatus:
            return _("overgenomen, plan nog niet vastgesteld")
        return self.actie.get_uitvoeringsstatus_display()


@dataclass
class Activiteitstand:
    activiteit: Hoofdactiviteit
    uitvoerders: list[Uitvoerder] = field(default_factory=list)
    plannen: list[Uitvoeringsplan] = field(default_factory=list)  # the user's plans that may still take it over
    form: object = None  # the view's OvernemenForm, when one of those plans has an aanbeveling to put it under

    @property
    def nog_niet(self) -> list[Uitvoerder]:
        return [uitvoerder for uitvoerder in self.uitvoerders if uitvoerder.actie is None]

    @property
    def aantal_overgenomen(self) -> int:
        return sum(uitvoerder.actie is not None for uitvoerder in self.uitvoerders)


def bewerkbare_plannen(user, gemeenten) -> list[Uitvoeringsplan]:
    """The user's plans in these gemeenten that they may edit now, with their invultabellen and aanbevelingen."""
    plannen = (
        Uitvoeringsplan.objects.for_user(user)
        .filter(gemeente__in=gemeenten, status__in=BEWERKBARE_STATUSSEN)
        .select_related("gemeente")
        .prefetch_related(
            Prefetch("invultabellen", queryset=Invultabel.objects.select_related("aanbeveling").order_by("volgorde"))
        )
        .order_by("gemeente__naam", "-aangemaakt_op", "pk")
    )
    return [plan for plan in plannen if Recht.BEWERKEN in plan.rechten]


def activiteiten_stand(jaarplan: Jaarplan, user) -> list[Activiteitstand]:
    """Every hoofdactiviteit of the jaarplan with the gemeenten it concerns and how far each got.

    A gemeente that left the region but took the activity over stays listed: the region keeps its history.
    """
    gemeenten = list(jaarplan.project.regio.gemeenten.order_by("naam", "pk"))
    regio_ids = {gemeente.pk for gemeente in gemeenten}
    implementaties = LokaleImplementatie.objects.select_related("actie__invultabel__plan__gemeente")
    activiteiten = (
        jaarplan.hoofdactiviteiten.select_related("groep")
        .prefetch_related("gemeenten", Prefetch("implementaties", queryset=implementaties))
        .order_by("groep__volgorde", "groep", "volgorde", "pk")
    )
    mijn_plannen = set(Uitvoeringsplan.objects.for_user(user).values_list("pk", flat=True))
    bewerkbaar = bewerkbare_plannen(user, gemeenten)
    uitkomst = []
    for activiteit in activiteiten:
        betrokken = betrokken_gemeente_ids(activiteit, regio_ids)
        overgenomen = {}
        for implementatie in activiteit.implementaties.all():
            plan = implementatie.actie.invultabel.plan
            overgenomen.setdefault(plan.gemeente, []).append(implementatie.actie)
        stand = Activiteitstand(activiteit=activiteit)
        for gemeente in gemeenten:
            if gemeente.pk in betrokken and gemeente not in overgenomen:
                stand.uitvoerders.append(Uitvoerder(gemeente=gemeente))
        for gemeente, acties in overgenomen.items():
            for actie in acties:
                stand.uitvoerders.append(
                    Uitvoerder(gemeente=gemeente, actie=actie, plan_is_mijn=actie.invultabel.plan_id in mijn_plannen)
                )
        stand.uitvoerders.sort(key=lambda u: (u.actie is None, u.gemeente.naam, u.gemeente.pk))
        al_gedaan = {actie.invultabel.plan_id for acties in overgenomen.values() for actie in acties}
        stand.plannen = [plan for plan in bewerkbaar if plan.gemeente_id in betrokken and plan.pk not in al_gedaan]
        uitkomst.append(stand)
    return uitkomst
