"""Resolving a conflict between two people who edited the same actie at the same time.

The second to save gets their own text beside the saved text, field by field, and chooses per
field which one to keep. Their input travels along in hidden fields, so nothing is lost.
"""

from dataclasses import dataclass

from django.db.models import Model
from django.http import QueryDict
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _

from .forms import ActieForm, PeriodeSoort
from .models import Actie

# Form fields that form one question together; chosen as a whole.
GROEPEN = {
    "periode": ("periode_soort", "start_kwartaal", "eind_kwartaal", "periode_start", "periode_eind"),
}
NIET_VERGELIJKEN = {"versie", "nieuwe_organisatie", *GROEPEN["periode"]}
MIJN = "mijn"
OPGESLAGEN = "opgeslagen"


@dataclass
class ConflictVeld:
    naam: str
    label: str
    mijn: str
    opgeslagen: str


def _vergelijkbaar(waarde):
    if isinstance(waarde, Model):
        return waarde.pk
    if hasattr(waarde, "model") and hasattr(waarde, "values_list"):  # a queryset of a many-to-many field
        return {obj.pk for obj in waarde}
    if isinstance(waarde, list | tuple | set):
        return {getattr(obj, "pk", obj) for obj in waarde}
    return "" if waarde is None else waarde


def _tekst(form: ActieForm, naam: str, waarde) -> str:
    veld = form.fields[naam]
    if waarde in (None, "", [], set()):
        return "—"
    if isinstance(waarde, bool):
        return _("ja") if waarde else _("nee")
    if hasattr(veld, "queryset"):
        ids = waarde if isinstance(waarde, set) else {waarde}
        return ", ".join(sorted(str(obj) for obj in veld.queryset.filter(pk__in=ids)))
    if getattr(veld, "choices", None):
        return str(dict(veld.choices).get(waarde, waarde))
    if hasattr(waarde, "quantize"):
        return number_format(waarde, decimal_pos=2, use_l10n=True)
    return str(waarde)


def _periode(actie: Actie) -> str:
    return actie.periode_tekst or "—"


def conflict_velden(form: ActieForm, opgeslagen: Actie) -> list[ConflictVeld]:
    """The questions where the user's input differs from what is saved now."""
    velden = []
    for naam in form.Meta.fields:
        if naam in NIET_VERGELIJKEN:
            continue
        mijn = _vergelijkbaar(form.cleaned_data.get(naam))
        model_veld = Actie._meta.get_field(naam)
        if model_veld.many_to_many:
            opgeslagen_waarde = {obj.pk for obj in getattr(opgeslagen, naam).all()}
        else:
            opgeslagen_waarde = _vergelijkbaar(model_veld.value_from_object(opgeslagen))
        if mijn != opgeslagen_waarde:
            velden.append(
                ConflictVeld(
                    naam, str(form.fields[naam].label), _tekst(form, naam, mijn), _tekst(form, naam, opgeslagen_waarde)
                )
            )
    mijn_periode = Actie(
        periode_start=form.cleaned_data.get("periode_start"),
        periode_eind=form.cleaned_data.get("periode_eind"),
        periode_in_kwartalen=form.cleaned_data.get("periode_soort") != PeriodeSoort.DATUMS,
        herhalend=opgeslagen.herhalend,
    )
    if (mijn_periode.periode_start, mijn_periode.periode_eind, mijn_periode.periode_in_kwartalen) != (
        opgeslagen.periode_start,
        opgeslagen.periode_eind,
        opgeslagen.periode_in_kwartalen,
    ):
        velden.append(ConflictVeld("periode", _("Periode"), _periode(mijn_periode), _periode(opgeslagen)))
    return velden


def _formdata(actie: Actie, gemeente) -> QueryDict:
    """What the edit form would post for `actie` as it is saved now."""
    form = ActieForm(instance=actie, gemeente=gemeente)
    data = QueryDict(mutable=True)
    for naam in form.fields:
        waarde = form[naam].value()
        if isinstance(waarde, list | tuple):
            data.setlist(naam, [str(_vergelijkbaar(v)) for v in waarde])
        elif isinstance(waarde, bool):
            if waarde:
                data[naam] = "on"
        elif waarde is not None:
            data[naam] = str(waarde.pk if isinstance(waarde, Model) else waarde)
    data["periode_soort"] = PeriodeSoort.KWARTALEN if actie.periode_in_kwartalen else PeriodeSoort.DATUMS
    for naam in ("periode_start", "periode_eind"):
        data[naam] = date_format(getattr(actie, naam), "Y-m-d") if getattr(actie, naam) else ""
    data["versie"] = str(actie.versie)
    return data


class ConflictFormulier:
    """The hidden copy of the user's input plus a choice per conflicting question."""

    def __init__(self, velden: list[ConflictVeld], gepost, opgeslagen: Actie):
        self.velden = velden
        self.versie = opgeslagen.versie
        self.verborgen = [
            (f"{MIJN}-{naam}", waarde)
            for naam in gepost
            if naam not in {"csrfmiddlewaretoken", "versie"}
            for waarde in gepost.getlist(naam)
        ]

    @staticmethod
    def samenvoegen(post, opgeslagen: Actie, *, gemeente) -> QueryDict:
        data = _formdata(opgeslagen, gemeente)
        mijn = QueryDict(mutable=True)
        for sleutel in post:
            if sleutel.startswith(f"{MIJN}-"):
                mijn.setlist(sleutel.removeprefix(f"{MIJN}-"), post.getlist(sleutel))
        gekozen = {
            sleutel.removeprefix("keuze-") for sleutel in post if post[sleutel] == MIJN and sleutel.startswith("keuze-")
        }
        for keuze in gekozen:
            for naam in GROEPEN.get(keuze, (keuze,)):
                data.setlist(naam, mijn.getlist(naam))
        if mijn.get("nieuwe_organisatie"):
            data["nieuwe_organisatie"] = mijn["nieuwe_organisatie"]
        data["versie"] = post.get("versie", "")
        return data
