"""Everything the assembled Uitvoeringsplan shows (DESIGN §5), gathered with a fixed number of queries.

The same `PlanDocument` feeds the HTML preview, the PDF, the Word export and the frozen snapshot
of an adopted version.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from basis.kwartalen import kwartaal_index
from bijeenkomsten.models import Bijeenkomst, Uitnodiging
from rapportage.models import Vaststelling
from scanner.constants import Uitvoerder
from scanner.models import Scanner
from stakeholders.models import Organisatie
from uitvoeringsplan.constants import PlanStatus, Rol
from uitvoeringsplan.models import Actie, Uitvoeringsplan

MAX_KWARTALEN = 16  # the planning chart shows at most four years


@dataclass
class Totaal:
    naam: str
    acties: int = 0
    euro: Decimal = Decimal("0")
    fte: Decimal = Decimal("0")

    def tel(self, actie: Actie) -> None:
        self.acties += 1
        self.euro += actie.kosten_euro or 0
        self.fte += actie.fte or 0


@dataclass
class Planningsregel:
    """One actie on the quarter timeline; an SVG bar in units of 10 per quarter."""

    actie: Actie
    nummer: str
    start: int
    lengte: int
    vervolg: tuple[int, int] | None = None  # (x, width) of a recurring actie's pale continuation

    @property
    def x(self) -> int:
        return self.start * 10 + 1

    @property
    def breedte(self) -> int:
        return self.lengte * 10 - 2

    def herhaling(self, kwartalen: int) -> tuple[int, int] | None:
        """A recurring actie ("daarna jaarlijks") continues, paler, to the end of the timeline."""
        rest = kwartalen - self.start - self.lengte
        if not self.actie.herhalend or rest <= 0:
            return None
        return (self.start + self.lengte) * 10, rest * 10 - 1


def uitvoerder_in_zin(scanner: Scanner) -> str:
    """Who carried out the Scanner, as it reads after "uitgevoerd door"; empty when only "Anders" is known.

    The choices' labels are written for a form ("Trimbos-instituut", "Instelling voor verslavingszorg");
    in running text they need an article and a small letter.
    """
    if scanner.uitvoerder_naam:
        return scanner.uitvoerder_naam
    return {
        Uitvoerder.TRIMBOS: _("het Trimbos-instituut"),
        Uitvoerder.VERSLAVINGSZORG: _("een instelling voor verslavingszorg"),
        Uitvoerder.GGD: _("de GGD"),
    }.get(scanner.uitvoerder, "")


def scanner_zin(scanner: Scanner) -> str:
    """The sentence in the Beleidskader naming the Scanner the aanbevelingen come from (HTML, PDF and Word)."""
    gegevens = {"scanner": scanner.titel, "datum": date_format(scanner.datum, "F Y")}
    if uitvoerder := uitvoerder_in_zin(scanner):
        return _("De aanbevelingen komen uit de %(scanner)s, uitgevoerd door %(uitvoerder)s (%(datum)s).") % {
            **gegevens,
            "uitvoerder": uitvoerder,
        }
    return _("De aanbevelingen komen uit de %(scanner)s (%(datum)s).") % gegevens


@dataclass
class PlanDocument:
    plan: Uitvoeringsplan
    datum: date
    kernteam: list
    beleidsdocumenten: list
    bijeenkomsten: list
    organisaties: list[str]
    invultabellen: list
    per_aanbeveling: list[Totaal]
    per_organisatie: list[Totaal]
    totaal: Totaal
    kwartalen: list[str] = field(default_factory=list)
    planning: list[Planningsregel] = field(default_factory=list)
    doelstellingen: list = field(default_factory=list)  # with indicatoren and metingen (`met_indicatoren`)
    versie: int = 1

    @property
    def concept(self) -> bool:
        return self.plan.status in {PlanStatus.CONCEPT, PlanStatus.TER_REVIEW}

    @property
    def scanner_zin(self) -> str:
        return scanner_zin(self.plan.scanner) if self.plan.scanner else ""

    @property
    def tijdlijn_breedte(self) -> int:
        return len(self.kwartalen) * 10

    @property
    def herhalend(self) -> bool:
        return any(regel.vervolg for regel in self.planning)

    @property
    def acties(self) -> list[Actie]:
        return [actie for invultabel in self.invultabellen for actie in invultabel.lijst]

    @property
    def ondertekenaars(self) -> list[str]:
        """Everyone who takes part: the organisations responsible for acties and those at the meetings."""
        verantwoordelijk = {o.naam for actie in self.acties for o in actie.verantwoordelijken.all()}
        return sorted(verantwoordelijk | set(self.organisaties), key=str.lower)


def plan_document(plan: Uitvoeringsplan, *, versie: int | None = None) -> PlanDocument:
    kernteam = sorted(
        plan.lidmaatschappen.kernteam().select_related("user"),
        key=lambda lid: (lid.rol != Rol.PROJECTLEIDER, lid.user.get_full_name()),
    )
    bijeenkomsten = list(
        Bijeenkomst.objects.filter(plan=plan, datum__lte=timezone.localdate())
        .met_aantal_aanwezig()
        .prefetch_related("aanbevelingen")
    )
    organisaties = sorted(
        set(
            Uitnodiging.objects.aanwezig()
            .filter(bijeenkomst__plan=plan)
            .values_list("stakeholder__organisatie__naam", flat=True)
        ),
        key=str.lower,
    )
    invultabellen = list(
        plan.invultabellen.select_related("aanbeveling").prefetch_related(
            Prefetch(
                "acties",
                queryset=Actie.objects.select_related("interventie").prefetch_related(
                    Prefetch("verantwoordelijken", queryset=Organisatie.objects.order_by("naam")), "middelen"
                ),
                to_attr="lijst",
            )
        )
    )
    totaal = Totaal("")
    per_organisatie: dict[str, Totaal] = {}
    per_aanbeveling = []
    planning = []
    for positie, invultabel in enumerate(invultabellen, start=1):
        invultabel.positie = positie
        subtotaal = Totaal(invultabel.aanbeveling.titel)
        for nummer, actie in enumerate(invultabel.lijst, start=1):
            actie.nummer = f"{positie}.{nummer}"
            subtotaal.tel(actie)
            totaal.tel(actie)
            for organisatie in actie.verantwoordelijken.all():
                per_organisatie.setdefault(organisatie.naam, Totaal(organisatie.naam)).tel(actie)
            if actie.periode_start:
                start = kwartaal_index(actie.periode_start)
                eind = kwartaal_index(actie.periode_eind or actie.periode_start)
                planning.append(Planningsregel(actie, actie.nummer, start, eind - start + 1))
        per_aanbeveling.append(subtotaal)
    kwartalen = []
    if planning:
        eerste = min(regel.start for regel in planning)
        laatste = min(max(regel.start + regel.lengte - 1 for regel in planning), eerste + MAX_KWARTALEN - 1)
        kwartalen = [f"Q{index % 4 + 1} {index // 4}" for index in range(eerste, laatste + 1)]
        for regel in planning:
            regel.start -= eerste
            regel.lengte = max(1, min(regel.lengte, len(kwartalen) - regel.start))
            regel.vervolg = regel.herhaling(len(kwartalen))
        planning = [regel for regel in planning if regel.start < len(kwartalen)]
    return PlanDocument(
        plan=plan,
        datum=timezone.localdate(),
        kernteam=kernteam,
        beleidsdocumenten=list(plan.beleidsdocumenten.all()),
        bijeenkomsten=bijeenkomsten,
        organisaties=organisaties,
        invultabellen=invultabellen,
        per_aanbeveling=per_aanbeveling,
        per_organisatie=sorted(per_organisatie.values(), key=lambda t: t.naam.lower()),
        totaal=totaal,
        kwartalen=kwartalen,
        planning=planning,
        doelstellingen=list(plan.doelstellingen.met_indicatoren()),
        versie=versie or plan.versie,
    )


def geldende_vaststelling(plan: Uitvoeringsplan) -> Vaststelling | None:
    """The adopted version the plan stands at, with its signatures; None while a concept is written or reviewed."""
    if plan.is_bewerkbaar:
        return None
    return (
        plan.vaststellingen.select_related("vastgesteld_door", "bijeenkomst")
        .prefetch_related("ondertekeningen")
        .filter(versie=plan.versie)
        .first()
    )


def snapshot(document: PlanDocument) -> dict:
    """The adopted content as plain data: what was decided, independent of later changes."""
    plan = document.plan
    return {
        "plan": {
            "titel": plan.titel,
            "gemeente": plan.gemeente.naam,
            "versie": document.versie,
            "datum": document.datum.isoformat(),
            "inleiding": plan.inleiding,
            "samenvatting_totstandkoming": plan.samenvatting_totstandkoming,
        },
        "beleidsdocumenten": [
            {"titel": str(d), "soort": d.get_soort_display(), "url": d.url} for d in document.beleidsdocumenten
        ],
        "kernteam": [
            {"naam": lid.user.get_full_name() or lid.user.get_username(), "functie": lid.get_functie_display()}
            for lid in document.kernteam
        ],
        "bijeenkomsten": [
            {
                "soort": b.get_soort_display(),
                "datum": b.datum.isoformat(),
                "titel": str(b),
                "deelnemers": b.aantal_aanwezig,
            }
            for b in document.bijeenkomsten
        ],
        "aanbevelingen": [
            {
                "titel": invultabel.aanbeveling.titel,
                "acties": [_actie(actie) for actie in invultabel.lijst],
            }
            for invultabel in document.invultabellen
        ],
        "doelstellingen": [
            {
                "titel": doel.titel,
                "omschrijving": doel.omschrijving,
                "indicatoren": [
                    {
                        "id": indicator.pk,
                        "naam": indicator.naam,
                        "eenheid": indicator.eenheid,
                        "doelgroep": indicator.doelgroep,
                        "bron": indicator.bron_tekst,
                        "nulmeting": indicator.basis_tekst,
                        "streefwaarde": indicator.streef_tekst,
                    }
                    for indicator in doel.indicatoren.all()
                ],
            }
            for doel in document.doelstellingen
        ],
        "totaal": {
            "acties": document.totaal.acties,
            "euro": str(document.totaal.euro),
            "fte": str(document.totaal.fte),
        },
    }


def _actie(actie: Actie) -> dict:
    return {
        "id": actie.pk,
        "nummer": actie.nummer,
        "gesuggereerde_interventie": actie.titel,
        "relevantie": actie.relevantie,
        "haalbaarheid": actie.get_haalbaarheid_display(),
        "haalbaarheid_toelichting": actie.haalbaarheid_toelichting,
        "benodigde_middelen": actie.benodigde_middelen,
        "financieel_euro": str(actie.kosten_euro) if actie.kosten_euro is not None else "",
        "financieel_toelichting": actie.kosten_toelichting,
        "fte": str(actie.fte) if actie.fte is not None else "",
        "andere_voorwaarden": actie.andere_voorwaarden,
        "effectiviteit": actie.effectiviteit,
        "erkend": actie.get_erkend_display(),
        "databank": actie.get_databank_display(),
        "erkenningsniveau": actie.get_erkenningsniveau_display(),
        "obstakels": actie.obstakels,
        "obstakels_aanpak": actie.obstakels_aanpak,
        "periode": actie.periode_tekst,
        "verantwoordelijken": [o.naam for o in actie.verantwoordelijken.all()],
        "wie_doet_wat": actie.wie_doet_wat,
        "prioriteit": actie.prioriteit,
        "prioriteit_overwegingen": actie.prioriteit_overwegingen,
        "preventievorm": actie.get_preventievorm_display(),
        "doelgroep": actie.doelgroep,
    }
