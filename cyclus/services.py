"""Starting the next cycle of a plan, confirming the comparison of the aanbevelingen, taking acties over."""

from collections.abc import Iterable, Mapping

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from scanner.models import Aanbeveling, Beleidsdocument, Scanner
from uitvoeringsplan.constants import PlanStatus
from uitvoeringsplan.models import Actie, Doelstelling, Indicator, Invultabel, Uitvoeringsplan
from uitvoeringsplan.rechten import CYCLUS_STATUSSEN

from .models import Koppeling, Vergelijking

# What a new cycle decides anew for a carried-over actie: when it runs, how urgent it is, how it went.
NIET_OVERNEMEN = frozenset(
    {"id", "invultabel", "volgorde", "versie", "periode_start", "periode_eind", "prioriteit", "uitvoeringsstatus"}
)
NIET_OVERNEMEN |= {"uit_werkblad", "herkomst", "aangemaakt_op", "gewijzigd_op"}


def al_gestart_melding(volgende: Uitvoeringsplan) -> str:
    return _("Vanuit dit plan is de volgende cyclus al gestart: %(plan)s.") % {"plan": volgende.titel}


@transaction.atomic
def volgende_cyclus_starten(
    *,
    vorig_plan: Uitvoeringsplan,
    titel: str,
    scanner: Scanner | None = None,
    beleidsdocument: Beleidsdocument | None = None,
    door: AbstractBaseUser,
) -> Uitvoeringsplan:
    """Make the plan of the next cycle from a new Scanner (or beleidsdocument), linked to `vorig_plan`.

    It takes over the kernteam, the linked beleidsdocumenten and the doelstellingen with their
    indicatoren and metingen; every aanbeveling of the new source gets an invultabel. The
    gemeente's stakeholder register is the gemeente's, so the new plan has it already. A plan
    has one next cycle: a second start is refused (also when two people start at once, through
    the lock and the one-to-one relation).
    """
    vorig = Uitvoeringsplan.objects.select_for_update().get(pk=vorig_plan.pk)
    if volgende := Uitvoeringsplan.objects.filter(vorige_cyclus=vorig).first():
        raise ValidationError(al_gestart_melding(volgende))
    if vorig.status not in CYCLUS_STATUSSEN:
        raise ValidationError(
            _("Een volgende cyclus start vanuit een plan dat in uitvoering of geëvalueerd is; dit plan is %(status)s.")
            % {"status": PlanStatus(vorig.status).label.lower()}
        )
    bron = scanner or beleidsdocument
    if bron is None or bron.gemeente_id != vorig.gemeente_id:
        raise ValidationError(_("Kies een Scanner of beleidsdocument van %(gemeente)s.") % {"gemeente": vorig.gemeente})
    plan = Uitvoeringsplan(gemeente=vorig.gemeente, titel=titel, scanner=scanner, vorige_cyclus=vorig)
    plan.full_clean()
    plan._history_user = door
    plan.save()
    plan.beleidsdocumenten.set([*vorig.beleidsdocumenten.all(), *([beleidsdocument] if beleidsdocument else [])])
    for lid in vorig.lidmaatschappen.kernteam():
        lid.pk, lid.plan, lid.concept_gezien_op = None, plan, None
        lid._state.adding = True
        lid.save()
    for volgorde, aanbeveling in enumerate(bron.aanbevelingen.op_nummer(), start=1):
        Invultabel.objects.create(plan=plan, aanbeveling=aanbeveling, volgorde=volgorde)
    doelstellingen_overnemen(vorig=vorig, plan=plan)
    return plan


def doelstellingen_overnemen(*, vorig: Uitvoeringsplan, plan: Uitvoeringsplan) -> None:
    """Copies of the doelstellingen with their indicatoren and metingen, each naming where it came from.

    Which aanbevelingen and acties serve a doelstelling is decided anew: the acties taken over
    join the copies of their doelstellingen (`acties_overnemen`).
    """
    for oud in Doelstelling.objects.filter(plan=vorig).prefetch_related("indicatoren__metingen"):
        doelstelling = Doelstelling.objects.create(
            plan=plan, titel=oud.titel, omschrijving=oud.omschrijving, volgorde=oud.volgorde, herkomst=oud
        )
        for oude_indicator in oud.indicatoren.all():
            metingen = list(oude_indicator.metingen.all())
            indicator = Indicator.objects.get(pk=oude_indicator.pk)
            indicator.pk = None
            indicator._state.adding = True
            indicator.doelstelling = doelstelling
            indicator.save()
            for meting in metingen:
                meting.pk, meting.indicator = None, indicator
                meting._state.adding = True
                meting.save()


@transaction.atomic
def vergelijking_bevestigen(
    *, plan: Uitvoeringsplan, koppelingen: Mapping[int, int], door: AbstractBaseUser
) -> Vergelijking:
    """Record which aanbeveling of `plan` returns from which of the previous cycle (new id → previous id).

    The aanbevelingen of `plan` not named are new; those of the previous cycle not named have
    dropped out. Each aanbeveling takes part in one pair at most.
    """
    nieuwe_ids = set(plan.invultabellen.values_list("aanbeveling_id", flat=True))
    vorige_ids = set(Invultabel.objects.filter(plan_id=plan.vorige_cyclus_id).values_list("aanbeveling_id", flat=True))
    if not set(koppelingen) <= nieuwe_ids or not set(koppelingen.values()) <= vorige_ids:
        raise ValidationError(_("Koppel alleen aanbevelingen van dit plan aan aanbevelingen van de vorige cyclus."))
    if len(set(koppelingen.values())) != len(koppelingen):
        raise ValidationError(_("Elke aanbeveling uit de vorige cyclus keert hoogstens één keer terug."))
    vergelijking, _nieuw = Vergelijking.objects.update_or_create(
        plan=plan, defaults={"bevestigd_op": timezone.now(), "bevestigd_door": door}
    )
    for koppeling in vergelijking.koppelingen.all():
        koppeling._history_user = door
        koppeling.delete()
    for nieuwe_id, vorige_id in koppelingen.items():
        koppeling = Koppeling(vergelijking=vergelijking, nieuwe_id=nieuwe_id, vorige_id=vorige_id)
        koppeling._history_user = door
        koppeling.save()
    return vergelijking


def aanbevelingen_van(plan_id: int | None) -> list[Aanbeveling]:
    """The aanbevelingen a plan works with (those with an invultabel), in the plan's order."""
    invultabellen = Invultabel.objects.filter(plan_id=plan_id).select_related("aanbeveling").order_by("volgorde", "pk")
    return [invultabel.aanbeveling for invultabel in invultabellen]


@transaction.atomic
def acties_overnemen(*, plan: Uitvoeringsplan, plaatsing: Mapping[int, int], door: AbstractBaseUser) -> list[Actie]:
    """Copy acties of the previous cycle into `plan`: previous actie id → aanbeveling id of `plan`.

    A copy keeps the nine rows, its organisations and middelen, and names its `herkomst`; the
    period and the priority are decided anew. It joins the copies of the doelstellingen its
    origin served. An actie already taken over is refused.
    """
    plan.controleer_bewerkbaar()
    vorige = {
        actie.pk: actie
        for actie in Actie.objects.filter(invultabel__plan_id=plan.vorige_cyclus_id, pk__in=plaatsing).prefetch_related(
            "verantwoordelijken", "middelen", "doelstellingen"
        )
    }
    invultabellen = {invultabel.aanbeveling_id: invultabel for invultabel in plan.invultabellen.all()}
    if set(plaatsing) - set(vorige) or set(plaatsing.values()) - set(invultabellen):
        raise ValidationError(_("Kies acties uit de vorige cyclus en aanbevelingen van dit plan."))
    if al := Actie.objects.van_plan(plan).filter(herkomst__in=plaatsing).first():
        raise ValidationError(_("“%(titel)s” is al overgenomen.") % {"titel": al.herkomst.titel})
    doelstellingen = {d.herkomst_id: d for d in plan.doelstellingen.filter(herkomst__isnull=False)}
    nieuw = []
    for vorige_id, aanbeveling_id in plaatsing.items():
        oud = vorige[vorige_id]
        invultabel = invultabellen[aanbeveling_id]
        invultabel.plan = plan
        volgorde = invultabel.acties.aggregate(n=Max("volgorde"))["n"] or 0
        actie = Actie(invultabel=invultabel, volgorde=volgorde + 1, herkomst=oud, **_rijen(oud))
        actie._history_user = door
        actie.save()
        actie.verantwoordelijken.set(oud.verantwoordelijken.all())
        actie.middelen.set(oud.middelen.all())
        for doelstelling in _doelstellingen_van(oud, doelstellingen):
            doelstelling.acties.add(actie)
        nieuw.append(actie)
    return nieuw


def _rijen(actie: Actie) -> dict:
    return {
        veld.attname: getattr(actie, veld.attname)
        for veld in Actie._meta.concrete_fields
        if veld.name not in NIET_OVERNEMEN
    }


def _doelstellingen_van(actie: Actie, kopieen: Mapping[int, Doelstelling]) -> Iterable[Doelstelling]:
    return [kopieen[d.pk] for d in actie.doelstellingen.all() if d.pk in kopieen]
