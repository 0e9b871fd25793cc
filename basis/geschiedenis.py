"""Readable history: who changed what and when, as Dutch field changes (old → new).

django-simple-history stores a full copy per save (and one per change of a many-to-many
field). This module turns consecutive copies of any model's history into changes, with a fixed
number of queries: records, their many-to-many rows and the names they point to are each
fetched once. It knows no model of the project; callers say which fields to leave out.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.apps import apps
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _

# Saves within this many seconds by the same person (a form and its many-to-many fields) are one change.
SAMENVOEGEN_BINNEN = timedelta(seconds=5)
# Bookkeeping fields that say nothing to a reader.
NIET_TONEN = frozenset({"id", "versie", "volgorde", "gewijzigd_op", "aangemaakt_op"})


@dataclass
class Wijziging:
    veld: str
    oud: str
    nieuw: str


@dataclass
class Gebeurtenis:
    wanneer: datetime
    wie: str
    soort: str
    onderwerp: str
    wijzigingen: list[Wijziging] = field(default_factory=list)
    reden: str = ""
    record_id: int | None = None
    object_id: int | None = None
    model: str = ""


SOORTEN = {"+": _("aangemaakt"), "~": _("gewijzigd"), "-": _("verwijderd")}


def _m2m_rijen(historisch_model, veldnaam: str, record_ids: list[int]) -> dict[int, list[int]]:
    naam = f"{historisch_model.__name__}_{veldnaam}"
    m2m_model = apps.get_model(historisch_model._meta.app_label, naam)
    doel = [f.name for f in m2m_model._meta.fields if f.name not in {"m2m_history_id", "history"}][-1]
    rijen = defaultdict(list)
    for history_id, doel_id in m2m_model.objects.filter(history_id__in=record_ids).values_list("history_id", doel):
        rijen[history_id].append(doel_id)
    return rijen


def naam_van(obj) -> str:
    """A person by their name, never by a username that may be an e-mail address."""
    if isinstance(obj, AbstractBaseUser):
        gebruikersnaam = obj.get_username()
        return obj.get_full_name() or (gebruikersnaam if "@" not in gebruikersnaam else _("(naam onbekend)"))
    return str(obj)


class Opmaak:
    """Formats field values for people, looking names up once per kind."""

    def __init__(self, model, records, niet_tonen: Iterable[str] = NIET_TONEN):
        self.model = model
        self.namen: dict[type, dict[int, str]] = {}
        fk_ids = defaultdict(set)
        for veld in model._meta.concrete_fields:
            if isinstance(veld, models.ForeignKey) and veld.name not in niet_tonen:
                for record in records:
                    if (waarde := getattr(record, veld.attname)) is not None:
                        fk_ids[veld.related_model].add(waarde)
        for m2m in model._meta.many_to_many:
            fk_ids[m2m.related_model] |= {i for r in records for i in getattr(r, f"_m2m_{m2m.name}", [])}
        for doel, ids in fk_ids.items():
            self.namen[doel] = {obj.pk: naam_van(obj) for obj in doel.objects.filter(pk__in=ids)}

    def waarde(self, veld, waarde) -> str:
        if waarde in (None, "", []):
            return "—"
        if isinstance(veld, models.ManyToManyField):
            namen = self.namen.get(veld.related_model, {})
            return ", ".join(sorted(namen.get(i, "?") for i in waarde))
        if isinstance(veld, models.ForeignKey):
            return self.namen.get(veld.related_model, {}).get(waarde, _("(verwijderd)"))
        if veld.choices:
            return str(dict(veld.flatchoices).get(waarde, waarde))
        if isinstance(waarde, bool):
            return _("ja") if waarde else _("nee")
        if isinstance(waarde, datetime):
            return date_format(timezone.localtime(waarde), "j F Y H:i")
        if isinstance(waarde, date):
            return date_format(waarde, "j F Y")
        if isinstance(waarde, Decimal):
            return number_format(waarde, decimal_pos=2, use_l10n=True, force_grouping=True)
        return str(waarde)


def gebeurtenissen(
    model, records: list, onderwerp: Callable[..., str], *, niet_tonen: Iterable[str] = NIET_TONEN
) -> list[Gebeurtenis]:
    """Changes between consecutive `records` (history records of `model`) of each object; callers sort them.

    `onderwerp(record)` names what changed; fields in `niet_tonen` are left out.
    """
    niet_tonen = set(niet_tonen)
    historisch = model.history.model
    ids = [record.history_id for record in records]
    m2m_velden = list(model._meta.many_to_many)
    for m2m in m2m_velden:
        rijen = _m2m_rijen(historisch, m2m.name, ids)
        for record in records:
            setattr(record, f"_m2m_{m2m.name}", sorted(rijen.get(record.history_id, [])))
    opmaak = Opmaak(model, records, niet_tonen)
    velden = [
        veld for veld in [*model._meta.concrete_fields, *m2m_velden] if veld.editable and veld.name not in niet_tonen
    ]
    per_object = defaultdict(list)
    for record in sorted(records, key=lambda r: (r.history_date, r.history_id)):
        per_object[record.id].append(record)

    uitkomst = []
    for reeks in per_object.values():
        vorige = None
        for record in reeks:
            wijzigingen = []
            if record.history_type != "-" and (vorige is not None or record.history_type == "+"):
                for veld in velden:
                    attr = f"_m2m_{veld.name}" if veld.many_to_many else veld.attname
                    nieuw = getattr(record, attr)
                    # A new object: everything it started with, as a change from nothing.
                    oud = getattr(vorige, attr) if vorige is not None else _beginwaarde(veld)
                    if oud != nieuw:
                        wijzigingen.append(
                            Wijziging(str(veld.verbose_name), opmaak.waarde(veld, oud), opmaak.waarde(veld, nieuw))
                        )
            soort = record.history_type if vorige is not None or record.history_type != "~" else "+"
            gebruiker = record.history_user
            wie = naam_van(gebruiker) if gebruiker else _("onbekend")
            laatste = uitkomst[-1] if uitkomst else None
            if (
                laatste is not None
                and soort == "~"
                and laatste.object_id == record.id
                and laatste.model == model.__name__
                and laatste.wie == wie
                and record.history_date - laatste.wanneer <= SAMENVOEGEN_BINNEN
            ):
                # The many-to-many saves of one form: add them to the change they belong to.
                laatste.wijzigingen = _samenvoegen(laatste.wijzigingen, wijzigingen)
                laatste.wanneer = record.history_date
                laatste.record_id = record.history_id
            elif soort != "~" or wijzigingen:
                uitkomst.append(
                    Gebeurtenis(
                        wanneer=record.history_date,
                        wie=wie,
                        soort=str(SOORTEN[soort]),
                        onderwerp=onderwerp(record),
                        wijzigingen=wijzigingen,
                        reden=record.history_change_reason or "",
                        record_id=record.history_id,
                        object_id=record.id,
                        model=model.__name__,
                    )
                )
            vorige = record
    return uitkomst


def _beginwaarde(veld):
    """What a field holds before anything is filled in, so a new object lists only what was."""
    if veld.many_to_many:
        return []
    return None if veld.null else veld.get_default()


def _samenvoegen(eerder: list[Wijziging], later: list[Wijziging]) -> list[Wijziging]:
    per_veld = {w.veld: w for w in eerder}
    for wijziging in later:
        if wijziging.veld in per_veld:
            per_veld[wijziging.veld] = Wijziging(wijziging.veld, per_veld[wijziging.veld].oud, wijziging.nieuw)
        else:
            per_veld[wijziging.veld] = wijziging
    return [w for w in per_veld.values() if w.oud != w.nieuw]
