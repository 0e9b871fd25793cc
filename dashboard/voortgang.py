"""Progress through the handreiking's steps, computed from the data with a fixed number of queries.

`voortgang_van(plannen)` answers for many plans at once (the dashboard) with the same queries
as for one (the plan home): each query covers all plans.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bijeenkomsten.constants import BijeenkomstSoort
from bijeenkomsten.models import Bijeenkomst, Prioritering, Uitnodiging
from uitvoeringsplan.constants import Fase, PlanStatus, Rol
from uitvoeringsplan.models import Actie, Invultabel, Lidmaatschap, Uitvoeringsplan


@dataclass
class Onderdeel:
    label: str
    klaar: bool
    url: str | None = None  # where this part is done, when that is another page than the step's


@dataclass
class Stap:
    nummer: str
    titel: str
    uitleg: str
    onderdelen: list[Onderdeel]
    url: str | None = None

    @property
    def klaar(self) -> bool:
        return all(onderdeel.klaar for onderdeel in self.onderdelen)

    @property
    def begonnen(self) -> bool:
        return any(onderdeel.klaar for onderdeel in self.onderdelen)


@dataclass
class Kerncijfers:
    aanbevelingen: int = 0
    acties: int = 0
    complete_acties: int = 0
    complete_invultabellen: int = 0
    kosten_euro: Decimal = Decimal("0")
    fte: Decimal = Decimal("0")
    deelnemers: int = 0


@dataclass
class Voortgang:
    fase: str
    stappen: list[Stap] = field(default_factory=list)
    kerncijfers: Kerncijfers = field(default_factory=Kerncijfers)

    @property
    def fase_label(self) -> str:
        return Fase(self.fase).label

    @property
    def stappen_klaar(self) -> int:
        return sum(stap.klaar for stap in self.stappen)

    @property
    def percentage(self) -> int:
        return round(100 * self.stappen_klaar / len(self.stappen)) if self.stappen else 0

    @property
    def volgende_stap(self) -> Stap | None:
        return next((stap for stap in self.stappen if not stap.klaar), None)


def _telling(klaar: int, totaal: int) -> str:
    return _("%(klaar)s van %(totaal)s") % {"klaar": klaar, "totaal": totaal}


def voortgang_van(plannen: list[Uitvoeringsplan]) -> dict[int, Voortgang]:
    ids = [plan.pk for plan in plannen]
    vandaag = timezone.localdate()

    rollen: dict[int, Counter] = defaultdict(Counter)
    for rij in Lidmaatschap.objects.filter(plan__in=ids).values("plan_id", "rol").annotate(n=Count("id")):
        rollen[rij["plan_id"]][rij["rol"]] = rij["n"]

    gehouden: dict[int, set[str]] = defaultdict(set)
    for rij in Bijeenkomst.objects.filter(plan__in=ids, datum__lte=vandaag).values("plan_id", "soort"):
        gehouden[rij["plan_id"]].add(rij["soort"])

    geprioriteerd = set(
        Prioritering.objects.filter(bijeenkomst__plan__in=ids).values_list("bijeenkomst__plan_id", flat=True)
    )

    aanbevelingen: dict[int, set[int]] = defaultdict(set)
    for plan_id, aanbeveling_id in Invultabel.objects.filter(plan__in=ids).values_list("plan_id", "aanbeveling_id"):
        aanbevelingen[plan_id].add(aanbeveling_id)

    besproken: dict[int, set[int]] = defaultdict(set)
    for plan_id, aanbeveling_id in Bijeenkomst.aanbevelingen.through.objects.filter(
        bijeenkomst__plan__in=ids, bijeenkomst__soort=BijeenkomstSoort.INHOUDELIJK, bijeenkomst__datum__lte=vandaag
    ).values_list("bijeenkomst__plan_id", "aanbeveling_id"):
        besproken[plan_id].add(aanbeveling_id)

    cijfers: dict[int, Kerncijfers] = defaultdict(Kerncijfers)
    compleet: dict[int, set[int]] = defaultdict(set)
    acties = (
        Actie.objects.filter(invultabel__plan__in=ids)
        .select_related("invultabel")
        .prefetch_related("verantwoordelijken")
        .order_by()
    )
    for actie in acties:
        plan_id = actie.invultabel.plan_id
        telling = cijfers[plan_id]
        telling.acties += 1
        telling.kosten_euro += actie.kosten_euro or 0
        telling.fte += actie.fte or 0
        if actie.is_compleet:
            telling.complete_acties += 1
            compleet[plan_id].add(actie.invultabel.aanbeveling_id)

    for rij in (
        Uitnodiging.objects.aanwezig()
        .filter(bijeenkomst__plan__in=ids)
        .values("bijeenkomst__plan_id")
        .annotate(n=Count("stakeholder", distinct=True))
    ):
        cijfers[rij["bijeenkomst__plan_id"]].deelnemers = rij["n"]

    resultaat = {}
    for plan in plannen:
        telling = cijfers[plan.pk]
        telling.aanbevelingen = len(aanbevelingen[plan.pk])
        telling.complete_invultabellen = len(compleet[plan.pk] & aanbevelingen[plan.pk])
        resultaat[plan.pk] = Voortgang(
            fase=_fase(plan, telling),
            stappen=_stappen(
                plan,
                rollen[plan.pk],
                gehouden[plan.pk],
                plan.pk in geprioriteerd,
                aanbevelingen[plan.pk],
                besproken[plan.pk],
                compleet[plan.pk],
            ),
            kerncijfers=telling,
        )
    return resultaat


def _fase(plan: Uitvoeringsplan, telling: Kerncijfers) -> str:
    if plan.status == PlanStatus.CONCEPT and telling.aanbevelingen == 0:
        return Fase.SCANNER
    return plan.fase


def _stappen(plan, rollen, gehouden, geprioriteerd, aanbevelingen, besproken, compleet) -> list[Stap]:
    url = {"plan_pk": plan.pk}
    totaal = len(aanbevelingen)
    return [
        Stap(
            _("Vooraf"),
            _("Scanner of beleidsplan"),
            _("Leg de Scanner of het beleidsplan vast waar de aanbevelingen uit komen."),
            [
                Onderdeel(_("Scanner of beleidsdocument vastgelegd"), bool(plan.scanner_id) or totaal > 0),
                Onderdeel(_("Aanbevelingen in het plan"), totaal > 0),
            ],
            reverse("scanner_detail", kwargs=url),
        ),
        Stap(
            _("Tip 1"),
            _("Politiek-bestuurlijk draagvlak"),
            _("Vraag de gemeenteraad of het college om de opdracht en zoek een ambassadeur-wethouder."),
            [Onderdeel(_("Opdracht van raad of college vastgelegd"), bool(plan.opdracht_door and plan.opdracht_datum))],
            reverse("draagvlak", kwargs=url),
        ),
        Stap(
            "1",
            _("Stel een kernteam samen"),
            _("De projectleider met 2 à 3 personen: preventiewerker verslavingszorg, GGD, beleidsmedewerker."),
            [
                Onderdeel(_("Projectleider"), rollen[Rol.PROJECTLEIDER] > 0),
                Onderdeel(_("Minstens één kernteamlid"), rollen[Rol.KERNTEAMLID] > 0),
            ],
            reverse("kernteam", kwargs=url),
        ),
        Stap(
            "2",
            _("Startgesprek kernteam"),
            _("Spreek de planning, de rolverdeling, het budget en de aanpak voor draagvlak af."),
            [
                Onderdeel(_("Planning"), bool(plan.datum_plan_gereed and plan.datum_start_uitvoering)),
                Onderdeel(
                    _("Rolverdeling"),
                    all(
                        [
                            plan.rol_agenda_id,
                            plan.rol_planning_id,
                            plan.rol_stakeholdercontact_id,
                            plan.rol_verwerking_id,
                        ]
                    ),
                ),
                Onderdeel(_("Beschikbare tijd en geld"), plan.budget_euro is not None or plan.budget_uren is not None),
            ],
            reverse("afspraken", kwargs=url),
        ),
        Stap(
            "3",
            _("Startbijeenkomst met lokale stakeholders"),
            _("Creëer draagvlak en commitment en prioriteer de aanbevelingen."),
            [
                Onderdeel(_("Startbijeenkomst gehouden"), BijeenkomstSoort.STARTBIJEENKOMST in gehouden),
                Onderdeel(_("Aanbevelingen geprioriteerd"), geprioriteerd),
            ],
            reverse("bijeenkomst_list", kwargs=url),
        ),
        Stap(
            "4",
            _("Inhoudelijke bijeenkomst(en)"),
            _("Vertaal elke aanbeveling met stakeholders naar uitvoerbare acties; neem er minstens 2 uur voor."),
            [
                Onderdeel(
                    _("Aanbevelingen besproken: %(telling)s")
                    % {"telling": _telling(len(aanbevelingen & besproken), totaal)},
                    totaal > 0 and aanbevelingen <= besproken,
                )
            ],
            reverse("bijeenkomst_list", kwargs=url),
        ),
        Stap(
            "5",
            _("Uitvoeringsplan opstellen"),
            _("Werk de invultabellen uit en schrijf de inleiding en de samenvatting van de totstandkoming."),
            [
                Onderdeel(
                    _("Aanbevelingen met een complete actie: %(telling)s")
                    % {"telling": _telling(len(aanbevelingen & compleet), totaal)},
                    totaal > 0 and aanbevelingen <= compleet,
                ),
                Onderdeel(_("Inleiding geschreven"), bool(plan.inleiding.strip()), reverse("plan_update", kwargs=url)),
                Onderdeel(
                    _("Samenvatting totstandkoming"),
                    bool(plan.samenvatting_totstandkoming.strip()),
                    reverse("totstandkoming", kwargs=url),
                ),
            ],
            reverse("aanbevelingen", kwargs=url),
        ),
        Stap(
            "6",
            _("Slotbijeenkomst: vaststellen"),
            _("Stel het plan samen met de stakeholders vast en laat het ondertekenen."),
            [Onderdeel(_("Uitvoeringsplan vastgesteld"), plan.is_vastgesteld)],
            reverse("versies", kwargs=url),
        ),
    ]
