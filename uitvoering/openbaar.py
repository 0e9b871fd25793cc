"""The public face of an adopted plan: what its page, its open data and its PDF show, and nothing more.

The content comes from the latest `Vaststelling` (what was decided, frozen in its snapshot); only
each actie's status is read live, looked up by the snapshot's actie id. Fields leave through an
allowlist: the snapshot also holds the kernteam's names and free text ("wie doet wat", the
toelichtingen) that may name people, and the public side holds no personal data (issue 11 §3).

For the same reason the public PDF is not the adopted PDF/A itself: that one names the kernteam,
the ambassadeur-wethouder and "wie doet wat". The public PDF/A is rendered once per adopted
version from the public content and kept beside it; the metadata gives both fingerprints, so the
archived original can still be checked by anyone who receives it.
"""

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db.models import OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.fields.json import KT
from django.utils import timezone
from django.utils.translation import gettext as _

from basis.pdf import render_pdf
from rapportage.models import Vaststelling
from stakeholders.models import Organisatie
from uitvoeringsplan.constants import Uitvoeringsstatus
from uitvoeringsplan.models import Actie, Indicator, Uitvoeringsplan

from .stand import in_uitvoering

# The document type in the Woo metadata: a fixed name, not a translated label, so data users can rely on it.
DOCUMENTSOORT = "Uitvoeringsplan middelenpreventie"
INDICATORVELDEN = ("naam", "eenheid", "doelgroep", "bron", "nulmeting", "streefwaarde")
SCHEMAVERSIE = "1.0"
CSV_KOLOMMEN = [
    "gemeente_cbs_code",
    "planversie",
    "actie_id",
    "nummer",
    "aanbeveling",
    "titel",
    "doelgroep",
    "preventievorm",
    "periode",
    "verantwoordelijke_organisaties",
    "prioriteit",
    "kosten_euro",
    "fte",
    "status",
    "status_omschrijving",
]


@dataclass(frozen=True)
class OpenbareActie:
    """One actie as the public may see it. `status` is None when it is no longer in the plan."""

    id: int
    nummer: str
    titel: str
    aanbeveling: str
    doelgroep: str
    preventievorm: str
    periode: str
    organisaties: tuple[str, ...]
    prioriteit: int | None
    kosten_euro: str
    fte: str
    status: str | None

    @property
    def status_omschrijving(self) -> str:
        if self.status is None:
            return _("Niet meer in het plan")
        return str(Uitvoeringsstatus(self.status).label)

    def als_dict(self) -> dict:
        return {
            "id": self.id,
            "nummer": self.nummer,
            "aanbeveling": self.aanbeveling,
            "titel": self.titel,
            "doelgroep": self.doelgroep,
            "preventievorm": self.preventievorm,
            "periode": self.periode,
            "verantwoordelijke_organisaties": list(self.organisaties),
            "prioriteit": self.prioriteit,
            "kosten_euro": self.kosten_euro or None,
            "fte": self.fte or None,
            "status": self.status,
            "status_omschrijving": self.status_omschrijving,
        }


@dataclass(frozen=True)
class OpenbareDoelstelling:
    """A doelstelling as adopted, each indicator with its live metingen (`live`, None when it is gone since)."""

    titel: str
    omschrijving: str
    indicatoren: tuple[tuple[dict, Indicator | None], ...]

    def als_dict(self) -> dict:
        return {
            "titel": self.titel,
            "omschrijving": self.omschrijving,
            "indicatoren": [
                {
                    **{sleutel: inhoud.get(sleutel, "") for sleutel in INDICATORVELDEN},
                    "metingen": [
                        {
                            "jaar": meting.jaar,
                            "waarde": float(meting.waarde) if meting.waarde is not None else None,
                            "ontbreekt": meting.get_ontbreekt_display() if meting.waarde is None else None,
                        }
                        for meting in (live.metingen.all() if live else [])
                    ],
                }
                for inhoud, live in self.indicatoren
            ],
        }


@dataclass(frozen=True)
class OpenbareAanbeveling:
    titel: str
    acties: tuple[OpenbareActie, ...]


@dataclass(frozen=True)
class OpenbaarPlan:
    """A published plan's public content: the latest adopted version with its acties' current status."""

    vaststelling: Vaststelling
    titel: str
    gemeente: str
    cbs_code: str
    versie: int
    datum: date
    inleiding: str
    aanbevelingen: tuple[OpenbareAanbeveling, ...]
    peildatum: date
    doelstellingen: tuple[OpenbareDoelstelling, ...] = ()

    @property
    def plan(self) -> Uitvoeringsplan:
        return self.vaststelling.plan

    @property
    def acties(self) -> list[OpenbareActie]:
        return [actie for aanbeveling in self.aanbevelingen for actie in aanbeveling.acties]

    @property
    def aantallen(self) -> list[tuple[Uitvoeringsstatus, int]]:
        """How many acties have each status, leaving out the statuses no actie has."""
        acties = self.acties
        geteld = [(status, sum(actie.status == status for actie in acties)) for status in Uitvoeringsstatus]
        return [(status, aantal) for status, aantal in geteld if aantal]

    @property
    def openbaar_sinds(self) -> datetime:
        return self.plan.publicatie.gewijzigd_op


def openbare_vaststellingen() -> QuerySet[Vaststelling]:
    """Adopted versions of published plans, newest first, with what their public page needs in the same query.

    A view takes the first one of its plan: published, taken down (`openbaar=False`) and unknown
    plans all end in the same 404.
    """
    return (
        Vaststelling.objects.filter(plan__publicatie__openbaar=True)
        .select_related("plan__gemeente", "plan__publicatie")
        .order_by("-versie")
    )


def laatste_openbare_vaststelling(plan_pk: int) -> Vaststelling | None:
    return openbare_vaststellingen().filter(plan_id=plan_pk).first()


def gepubliceerde_plannen() -> QuerySet[Uitvoeringsplan]:
    """The published plans for the public list, each with its latest adopted title, version and date.

    The title comes from the adopted version too: a plan being rewritten may have a new title that
    nobody has adopted yet.
    """
    laatste = Vaststelling.objects.filter(plan=OuterRef("pk")).order_by("-versie")
    return (
        Uitvoeringsplan.objects.filter(publicatie__openbaar=True)
        .annotate(
            openbare_titel=Subquery(laatste.values(titel=KT("snapshot__plan__titel"))[:1]),
            openbare_versie=Subquery(laatste.values("versie")[:1]),
            vastgesteld_op=Subquery(laatste.values("vastgesteld_op")[:1]),
        )
        .filter(openbare_versie__isnull=False)
        .select_related("gemeente")
        .order_by("gemeente__naam", "openbare_titel")
    )


def openbaar_plan(vaststelling: Vaststelling) -> OpenbaarPlan:
    """Assemble the public content from the snapshot, with one query for the acties' current status.

    An actie deleted since adoption (in a next concept version) stays in the list with the status
    "niet meer in het plan": the page shows the adopted plan, and its numbers keep matching the PDF.
    The responsible organisations come from the snapshot; a snapshot without them (none so far)
    would take them from the actie itself, in one more query.
    """
    plan = vaststelling.plan
    inhoud = vaststelling.snapshot
    snapshot_acties = [actie for aanbeveling in inhoud.get("aanbevelingen", []) for actie in aanbeveling["acties"]]
    acties = in_uitvoering(Actie.objects.van_plan(plan)).filter(pk__in=[a["id"] for a in snapshot_acties])
    zonder_organisaties = any("verantwoordelijken" not in actie for actie in snapshot_acties)
    if zonder_organisaties:
        acties = acties.prefetch_related(
            Prefetch("verantwoordelijken", queryset=Organisatie.objects.order_by("naam").only("pk", "naam"))
        )
    live = {actie.pk: actie for actie in acties.only("pk", "uitvoeringsstatus")} if snapshot_acties else {}

    def organisaties(actie: dict) -> tuple[str, ...]:
        if "verantwoordelijken" in actie:
            return tuple(actie["verantwoordelijken"])
        nu = live.get(actie["id"])
        return tuple(org.naam for org in nu.verantwoordelijken.all()) if nu else ()

    plan_inhoud = inhoud["plan"]
    return OpenbaarPlan(
        vaststelling=vaststelling,
        titel=plan_inhoud["titel"],
        gemeente=plan_inhoud["gemeente"],
        cbs_code=plan.gemeente.cbs_code,
        versie=vaststelling.versie,
        datum=date.fromisoformat(plan_inhoud["datum"]),
        inleiding=plan_inhoud.get("inleiding", ""),
        aanbevelingen=tuple(
            OpenbareAanbeveling(
                titel=aanbeveling["titel"],
                acties=tuple(
                    _openbare_actie(actie, aanbeveling["titel"], organisaties(actie), live.get(actie["id"]))
                    for actie in aanbeveling["acties"]
                ),
            )
            for aanbeveling in inhoud.get("aanbevelingen", [])
        ),
        peildatum=timezone.localdate(),
        doelstellingen=_openbare_doelstellingen(plan, inhoud.get("doelstellingen", [])),
    )


def _openbare_doelstellingen(plan: Uitvoeringsplan, doelen: list[dict]) -> tuple[OpenbareDoelstelling, ...]:
    """The adopted doelstellingen; their indicators' metingen are read live (two queries when there are any)."""
    ids = [indicator["id"] for doel in doelen for indicator in doel["indicatoren"] if "id" in indicator]
    live = {}
    if ids:
        gevonden = Indicator.objects.filter(pk__in=ids, doelstelling__plan=plan).prefetch_related("metingen")
        live = {indicator.pk: indicator for indicator in gevonden}
    return tuple(
        OpenbareDoelstelling(
            titel=doel["titel"],
            omschrijving=doel.get("omschrijving", ""),
            indicatoren=tuple((indicator, live.get(indicator.get("id"))) for indicator in doel["indicatoren"]),
        )
        for doel in doelen
    )


def _openbare_actie(actie: dict, aanbeveling: str, organisaties: tuple[str, ...], nu: Actie | None) -> OpenbareActie:
    """The allowlist. Left out on purpose: "wie_doet_wat" and every toelichting, free text that may name people."""
    return OpenbareActie(
        id=actie["id"],
        nummer=actie.get("nummer", ""),
        titel=actie.get("gesuggereerde_interventie", ""),
        aanbeveling=aanbeveling,
        doelgroep=actie.get("doelgroep", ""),
        preventievorm=actie.get("preventievorm", ""),
        periode=actie.get("periode", ""),
        organisaties=organisaties,
        prioriteit=actie.get("prioriteit"),
        kosten_euro=actie.get("financieel_euro", ""),
        fte=actie.get("fte", ""),
        status=nu.uitvoeringsstatus if nu else None,
    )


def metadata(openbaar: OpenbaarPlan, *, url: str, pdf_url: str, pdf_sha256: str) -> dict:
    """The Woo metadata: what the document is, whose, which version, adopted and published when."""
    return {
        "titel": openbaar.titel,
        "gemeente": {"naam": openbaar.gemeente, "cbs_code": openbaar.cbs_code},
        "documentsoort": DOCUMENTSOORT,
        "versie": openbaar.versie,
        "datum_vaststelling": openbaar.datum.isoformat(),
        "datum_openbaarmaking": timezone.localdate(openbaar.openbaar_sinds).isoformat(),
        "peildatum_status": openbaar.peildatum.isoformat(),
        "taal": "nl",
        "url": url,
        "pdf": {
            "url": pdf_url,
            "sha256": pdf_sha256,
            "sha256_vastgestelde_pdf": openbaar.vaststelling.sha256,
        },
        "schemaversie": SCHEMAVERSIE,
    }


def als_json(openbaar: OpenbaarPlan, **urls_en_hash: str) -> dict:
    return {
        "metadata": metadata(openbaar, **urls_en_hash),
        "inleiding": openbaar.inleiding,
        "doelstellingen": [doel.als_dict() for doel in openbaar.doelstellingen],
        "acties": [actie.als_dict() for actie in openbaar.acties],
    }


def als_csv_rijen(openbaar: OpenbaarPlan) -> list[list]:
    """One row per actie under `CSV_KOLOMMEN`; decimals with a comma, as Dutch spreadsheets expect.

    Organisations are separated by " | ": their names may hold a comma ("Gemeente X, team Handhaving").
    """
    return [
        [
            openbaar.cbs_code,
            openbaar.versie,
            actie.id,
            actie.nummer,
            actie.aanbeveling,
            actie.titel,
            actie.doelgroep,
            actie.preventievorm,
            actie.periode,
            " | ".join(actie.organisaties),
            "" if actie.prioriteit is None else actie.prioriteit,
            actie.kosten_euro.replace(".", ","),
            actie.fte.replace(".", ","),
            actie.status or "",
            actie.status_omschrijving,
        ]
        for actie in openbaar.acties
    ]


def openbare_pdf(openbaar: OpenbaarPlan) -> str:
    """The storage name of the public PDF/A of this adopted version, rendered the first time it is asked for.

    An adopted version never changes and the PDF holds no status, so one file per version serves
    every later request; two first requests at once at worst leave a spare copy.
    """
    vaststelling = openbaar.vaststelling
    naam = f"openbaar/{openbaar.cbs_code}-plan{vaststelling.plan_id}-v{vaststelling.versie}-{vaststelling.pk}.pdf"
    if not default_storage.exists(naam):
        _html, pdf = render_pdf("uitvoering/openbaar/pdf.html", {"openbaar": openbaar}, pdfa=True)
        naam = default_storage.save(naam, ContentFile(pdf))
    return naam


def sha256_van(naam: str) -> str:
    with default_storage.open(naam, "rb") as bestand:
        return hashlib.sha256(bestand.read()).hexdigest()
