"""What a jaarplan shows, read once: its page, its PDF and DOCX, and the snapshot at adoption."""

from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Prefetch

from uitvoeringsplan.constants import PlanStatus
from uitvoeringsplan.models import Doelstelling

from .constants import DEELGEBIED_SOORTEN, Realisatie
from .models import Groep, Hoofdactiviteit, Hoofddoel, Jaarplan, Regioproject
from .organogram import Organogram, groepen_van, organogram_van

# Plans whose content is public within the region: adopted, and not a concept version being written.
VASTGESTELDE_PLANSTATUSSEN = (PlanStatus.VASTGESTELD, PlanStatus.IN_UITVOERING, PlanStatus.GEEVALUEERD)


@dataclass
class Deelgebied:
    """The projectorganisatie or a werkgroep, with its hoofddoelen and hoofdactiviteiten of one year."""

    groep: Groep
    hoofddoelen: list[Hoofddoel] = field(default_factory=list)
    hoofdactiviteiten: list[Hoofdactiviteit] = field(default_factory=list)

    @property
    def naam(self) -> str:
        return self.groep.deelgebied_naam

    @property
    def resultaten(self) -> list[Hoofdactiviteit]:
        """The realised activities: last year's results in next year's jaarplan."""
        return [a for a in self.hoofdactiviteiten if a.realisatie == Realisatie.GEREALISEERD]


def deelgebieden(jaarplan: Jaarplan | None, groepen: list[Groep]) -> list[Deelgebied]:
    """The jaarplan's content per deelgebied, in the order of the organisation; empty ones too."""
    per_groep = {groep.pk: Deelgebied(groep=groep) for groep in groepen if groep.soort in DEELGEBIED_SOORTEN}
    if jaarplan is not None:
        for doel in jaarplan.hoofddoelen.all():
            if doel.groep_id in per_groep:
                per_groep[doel.groep_id].hoofddoelen.append(doel)
        for activiteit in jaarplan.hoofdactiviteiten.all():
            if activiteit.groep_id in per_groep:
                per_groep[activiteit.groep_id].hoofdactiviteiten.append(activiteit)
    return list(per_groep.values())


def met_inhoud(jaarplannen):
    """Jaarplannen with everything a document shows, in a fixed number of queries."""
    return jaarplannen.select_related("project__regio", "opgesteld_uit", "vaststelling__door").prefetch_related(
        "project__regio__gemeenten",
        "uitgangspunten",
        "hoofddoelen",
        Prefetch(
            "hoofdactiviteiten",
            queryset=Hoofdactiviteit.objects.select_related("doorgeschoven_uit__jaarplan").prefetch_related(
                "gemeenten"
            ),
        ),
    )


@dataclass
class JaarplanDocument:
    jaarplan: Jaarplan
    groepen: list[Groep]
    deelgebieden: list[Deelgebied]
    vorig: Jaarplan | None
    vorige_deelgebieden: list[Deelgebied]  # the activiteitenoverzicht of the year before

    @property
    def project(self):
        return self.jaarplan.project

    @cached_property
    def organogram(self) -> Organogram:
        """The drawn organisation, the same in the page, the PDF and (as PNG) the Word document."""
        return organogram_van(self.project, self.groepen)

    @property
    def vaststelling(self):
        return getattr(self.jaarplan, "vaststelling", None)

    @property
    def projectjaar(self) -> int:
        return self.jaarplan.jaar - self.project.startjaar + 1

    @property
    def concept(self) -> bool:
        return not self.jaarplan.is_vastgesteld

    @property
    def resultaten(self) -> list[Deelgebied]:
        """Last year's deelgebieden that realised something."""
        return [deel for deel in self.vorige_deelgebieden if deel.resultaten]

    @property
    def gemeenten(self) -> list[str]:
        return [gemeente.naam for gemeente in self.project.regio.gemeenten.all()]


def jaarplan_document(jaarplan: Jaarplan) -> JaarplanDocument:
    jaarplan = met_inhoud(Jaarplan.objects.filter(pk=jaarplan.pk)).get()
    groepen = groepen_van(jaarplan.project)
    vorig = met_inhoud(Jaarplan.objects.filter(project=jaarplan.project_id, jaar=jaarplan.jaar - 1)).first()
    return JaarplanDocument(
        jaarplan=jaarplan,
        groepen=groepen,
        deelgebieden=deelgebieden(jaarplan, groepen),
        vorig=vorig,
        vorige_deelgebieden=deelgebieden(vorig, groepen) if vorig else [],
    )


def snapshot(doc: JaarplanDocument) -> dict:
    """The adopted content as plain values: what the comparison with the next version reads."""
    jaarplan = doc.jaarplan
    return {
        "jaar": jaarplan.jaar,
        "inleiding": jaarplan.inleiding,
        "uitgangspunten_inleiding": jaarplan.uitgangspunten_inleiding,
        "uitgangspunten": [{"kop": u.kop, "tekst": u.tekst} for u in jaarplan.uitgangspunten.all()],
        "deelgebieden": [
            {
                "groep": deelgebied.groep.pk,
                "naam": deelgebied.naam,
                "hoofddoelen": [
                    {"tekst": d.tekst, "deadline": d.deadline.isoformat() if d.deadline else None}
                    for d in deelgebied.hoofddoelen
                ],
                "hoofdactiviteiten": [
                    {
                        "id": a.pk,
                        "tekst": a.tekst,
                        "trekker": a.trekker,
                        "periode": a.periode,
                        "gemeenten": [g.naam for g in a.gemeenten.all()],
                        "doorgeschoven_uit": a.doorgeschoven_uit.jaarplan.jaar if a.doorgeschoven_uit_id else None,
                        "herkomst": a.doorgeschoven_uit_id,
                    }
                    for a in deelgebied.hoofdactiviteiten
                ],
            }
            for deelgebied in doc.deelgebieden
        ],
        "organisatie": [
            {
                "naam": groep.naam,
                "soort": groep.soort,
                "bovenliggend": groep.bovenliggend_id,
                "id": groep.pk,
                "leden": [
                    {"naam": lid.naam, "rol": lid.rol, "organisatie": lid.organisatie} for lid in groep.leden.all()
                ],
            }
            for groep in doc.groepen
        ],
    }


def doelstellingen_uit_plannen(project: Regioproject) -> list[Doelstelling]:
    """The doelstellingen of the region's gemeenten's adopted plans: input for the jaarplan.

    Only adopted plans (never a concept version), and only what the view shows: title and gemeente.
    """
    return list(
        Doelstelling.objects.filter(
            plan__gemeente__regios=project.regio_id, plan__status__in=VASTGESTELDE_PLANSTATUSSEN
        )
        .select_related("plan__gemeente")
        .order_by("plan__gemeente__naam", "plan_id", "volgorde", "pk")
    )
