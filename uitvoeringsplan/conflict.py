"""Resolving a conflict between two people who edited the same actie at the same time.

The second to save gets a three-way comparison: a question only one of the two changed is merged
without asking; where both changed the same question, they see their own text beside the saved
text and choose. Their input travels along in hidden fields, so nothing is lost.
"""

from dataclasses import dataclass

from django.db.models import Model
from django.http import QueryDict
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _

from .forms_actie import ActieForm, PeriodeSoort
from .models import Actie
from .rijen import rij_van

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

    @property
    def rij(self) -> str:
        """The handreiking's row the question belongs to, e.g. "2. Relevantie"; empty for the extra fields."""
        rij = next(filter(None, map(rij_van, GROEPEN.get(self.naam, (self.naam,)))), None)
        return rij.label if rij else ""


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


def _periode_waarde(bron) -> tuple:
    return (bron.periode_start, bron.periode_eind, bron.periode_in_kwartalen)


def _waarde(bron, naam: str):
    """A field's comparable value on the saved actie or on one of its history records."""
    model_veld = Actie._meta.get_field(naam)
    if not model_veld.many_to_many:
        return _vergelijkbaar(model_veld.value_from_object(bron))
    if isinstance(bron, Actie):
        return {obj.pk for obj in getattr(bron, naam).all()}
    return set(getattr(bron, naam).values_list(f"{model_veld.m2m_reverse_field_name()}_id", flat=True))


@dataclass
class Vergelijking:
    """A three-way comparison: what the user opened (`basis`), what they typed, what is saved now.

    A question only one of the two changed is merged without asking; only a question both changed
    differently is a conflict the user decides.
    """

    velden: list[ConflictVeld]
    mijn_wijzigingen: list[tuple[str, str]]  # (name, label): only this user changed it; taken from their text
    andermans_wijzigingen: list[str]  # labels: only the other person changed it; their text stays


def vergelijken(form: ActieForm, opgeslagen: Actie, basis) -> Vergelijking:
    """Compare the user's input with the saved actie, against `basis` (the history record they opened, or None)."""
    uitkomst = Vergelijking([], [], [])

    def beoordeel(naam: str, label: str, mijn, nu, oud) -> bool:
        """Sort a changed question; True when it is a conflict the user must decide."""
        if basis is not None and mijn == oud:
            uitkomst.andermans_wijzigingen.append(label)
        elif basis is not None and nu == oud:
            uitkomst.mijn_wijzigingen.append((naam, label))
        else:
            return True
        return False

    for naam in form.Meta.fields:
        if naam in NIET_VERGELIJKEN:
            continue
        mijn = _vergelijkbaar(form.cleaned_data.get(naam))
        nu = _waarde(opgeslagen, naam)
        label = str(form.fields[naam].label)
        oud = _waarde(basis, naam) if basis is not None else None
        if mijn != nu and beoordeel(naam, label, mijn, nu, oud):
            uitkomst.velden.append(ConflictVeld(naam, label, _tekst(form, naam, mijn), _tekst(form, naam, nu)))
    mijn_periode = Actie(
        periode_start=form.cleaned_data.get("periode_start"),
        periode_eind=form.cleaned_data.get("periode_eind"),
        periode_in_kwartalen=form.cleaned_data.get("periode_soort") != PeriodeSoort.DATUMS,
        herhalend=opgeslagen.herhalend,
    )
    mijn, nu = _periode_waarde(mijn_periode), _periode_waarde(opgeslagen)
    oud = _periode_waarde(basis) if basis is not None else None
    if mijn != nu and beoordeel("periode", _("Periode"), mijn, nu, oud):
        uitkomst.velden.append(ConflictVeld("periode", _("Periode"), _periode(mijn_periode), _periode(opgeslagen)))
    return uitkomst


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
    """The hidden copy of the user's input, a choice per conflicting question, and the merged rest."""

    def __init__(self, vergelijking: Vergelijking, gepost, opgeslagen: Actie, *, basis_versie: int):
        self.velden = vergelijking.velden
        self.mijn_wijzigingen = [label for _naam, label in vergelijking.mijn_wijzigingen]
        self.andermans_wijzigingen = vergelijking.andermans_wijzigingen
        self.versie = opgeslagen.versie
        self.basis_versie = basis_versie
        self.verborgen = [
            (f"{MIJN}-{naam}", waarde)
            for naam in gepost
            if naam not in {"csrfmiddlewaretoken", "versie", "conflict_oplossen"} and not naam.startswith("keuze-")
            for waarde in gepost.getlist(naam)
        ]
        self.verborgen += [(f"keuze-{naam}", MIJN) for naam, _label in vergelijking.mijn_wijzigingen]
        self.verborgen += [("conflicten", veld.naam) for veld in self.velden]

    @staticmethod
    def ontbrekende_keuzes(post) -> bool:
        return any(post.get(f"keuze-{naam}") not in {MIJN, OPGESLAGEN} for naam in post.getlist("conflicten"))

    @staticmethod
    def mijn_invoer(post) -> QueryDict:
        """What the user posted before the conflict, to show the conflict page again."""
        mijn = QueryDict(mutable=True)
        for sleutel in post:
            if sleutel.startswith(f"{MIJN}-"):
                mijn.setlist(sleutel.removeprefix(f"{MIJN}-"), post.getlist(sleutel))
        mijn["versie"] = post.get("basis_versie", "")
        return mijn

    @staticmethod
    def samenvoegen(post, opgeslagen: Actie, *, gemeente) -> QueryDict:
        data = _formdata(opgeslagen, gemeente)
        mijn = ConflictFormulier.mijn_invoer(post)
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
