"""The plan's readable history: its acties, invultabellen and own fields (see `basis.geschiedenis`)."""

from django.utils.translation import gettext as _

from basis.geschiedenis import NIET_TONEN as BOEKHOUDING
from basis.geschiedenis import Gebeurtenis, gebeurtenissen

from .models import Actie, Invultabel, Uitvoeringsplan

# Besides the bookkeeping fields: the links up the plan, which never change for a reader.
NIET_TONEN = BOEKHOUDING | {"invultabel", "plan", "gemeente"}


def actie_geschiedenis(actie: Actie) -> list[Gebeurtenis]:
    records = list(actie.history.select_related("history_user"))
    uitkomst = gebeurtenissen(Actie, records, lambda record: record.titel, niet_tonen=NIET_TONEN)
    return sorted(uitkomst, key=lambda g: g.wanneer, reverse=True)


def plan_geschiedenis(plan: Uitvoeringsplan, aantal: int = 200) -> list[Gebeurtenis]:
    """The latest changes to the plan, its invultabellen and its acties (also deleted ones)."""
    invultabel_ids = list(Invultabel.history.filter(plan_id=plan.pk).values_list("id", flat=True).distinct())
    actie_records = list(
        Actie.history.filter(invultabel_id__in=invultabel_ids)
        .select_related("history_user")
        .order_by("-history_date")[:aantal]
    )
    # Earlier versions of the same acties are needed to show what changed.
    actie_ids = {record.id for record in actie_records}
    oudste = min((r.history_date for r in actie_records), default=None)
    if oudste is not None:
        actie_records += list(
            Actie.history.filter(id__in=actie_ids, history_date__lt=oudste).select_related("history_user")
        )
    invultabel_records = list(Invultabel.history.filter(plan_id=plan.pk).select_related("history_user", "aanbeveling"))
    plan_records = list(plan.history.select_related("history_user").order_by("-history_date")[:aantal])
    uitkomst = [
        *gebeurtenissen(
            Actie,
            actie_records,
            lambda record: _("Actie: %(titel)s") % {"titel": record.titel},
            niet_tonen=NIET_TONEN,
        ),
        *gebeurtenissen(
            Invultabel,
            invultabel_records,
            lambda record: (
                _("Aanbeveling: %(titel)s") % {"titel": record.aanbeveling.titel if record.aanbeveling else "?"}
            ),
            niet_tonen=NIET_TONEN,
        ),
        *gebeurtenissen(Uitvoeringsplan, plan_records, lambda record: _("Het plan"), niet_tonen=NIET_TONEN),
    ]
    return sorted(uitkomst, key=lambda g: g.wanneer, reverse=True)[:aantal]
