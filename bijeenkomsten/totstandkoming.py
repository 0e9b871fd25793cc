"""A draft of the plan's "samenvatting totstandkoming", told from what was recorded about the meetings."""

from collections import Counter

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, ngettext_lazy

from uitvoeringsplan.constants import Opdrachtgever, PlanStatus, Rol
from uitvoeringsplan.models import Uitvoeringsplan

from .constants import BijeenkomstSoort
from .models import Uitnodiging

# The assignment's giver as it reads inside a sentence ("Op 4 juli 2026 gaf de gemeenteraad de opdracht").
OPDRACHTGEVER_IN_ZIN = {
    Opdrachtgever.RAAD: gettext_lazy("de gemeenteraad"),
    Opdrachtgever.COLLEGE: gettext_lazy("het college van burgemeester en wethouders"),
}


SOORT_IN_ZIN = {
    BijeenkomstSoort.STARTGESPREK: ngettext_lazy("een startgesprek", "%(n)s startgesprekken", "n"),
    BijeenkomstSoort.STARTBIJEENKOMST: ngettext_lazy("een startbijeenkomst", "%(n)s startbijeenkomsten", "n"),
    BijeenkomstSoort.INHOUDELIJK: ngettext_lazy(
        "een inhoudelijke bijeenkomst", "%(n)s inhoudelijke bijeenkomsten", "n"
    ),
    BijeenkomstSoort.SLOTBIJEENKOMST: ngettext_lazy("een slotbijeenkomst", "%(n)s slotbijeenkomsten", "n"),
}


def _opsomming(delen: list[str]) -> str:
    """ "a, b en c" """
    if len(delen) < 2:
        return "".join(delen)
    return _("%(eerste)s en %(laatste)s") % {"eerste": ", ".join(delen[:-1]), "laatste": delen[-1]}


def _soorten_in_zin(soorten: Counter) -> list[str]:
    """The held meetings per kind, in the method's order: ["een startgesprek", "2 inhoudelijke bijeenkomsten"]."""
    return [str(SOORT_IN_ZIN[soort] % {"n": soorten[soort]}) for soort in BijeenkomstSoort.values if soorten.get(soort)]


def totstandkoming_opstellen(plan: Uitvoeringsplan) -> str:
    """A draft of the plan's "samenvatting totstandkoming": a few short paragraphs of prose.

    The plan document shows the kernteam, the meetings and the organisations as tables right after
    this text, so the draft tells the story (assignment, kernteam, meetings, review) without listing them.
    """
    bijeenkomsten = list(plan.bijeenkomsten.filter(datum__lte=timezone.localdate()))
    deelnemers, organisaties = set(), set()
    for uitnodiging in (
        Uitnodiging.objects.aanwezig().filter(bijeenkomst__in=bijeenkomsten).select_related("stakeholder")
    ):
        deelnemers.add(uitnodiging.stakeholder_id)
        organisaties.add(uitnodiging.stakeholder.organisatie_id)
    leden = list(plan.lidmaatschappen.kernteam().select_related("user"))
    projectleiders = [
        lid.user.get_full_name() or lid.user.get_username() for lid in leden if lid.rol == Rol.PROJECTLEIDER
    ]
    kernteamleden = sum(lid.rol == Rol.KERNTEAMLID for lid in leden)

    alineas = []
    opdracht = []
    if plan.opdracht_door and plan.opdracht_datum:
        opdracht.append(
            _("Op %(datum)s gaf %(door)s de opdracht om dit Uitvoeringsplan op te stellen.")
            % {"datum": date_format(plan.opdracht_datum, "j F Y"), "door": OPDRACHTGEVER_IN_ZIN[plan.opdracht_door]}
        )
    if projectleiders and kernteamleden:
        opdracht.append(
            ngettext(
                "Projectleider %(naam)s vormde samen met een collega het kernteam dat het proces organiseerde.",
                "Projectleider %(naam)s vormde samen met %(n)s collega's het kernteam dat het proces organiseerde.",
                kernteamleden,
            )
            % {"naam": _opsomming(projectleiders), "n": kernteamleden}
        )
    elif projectleiders:
        opdracht.append(_("Projectleider %(naam)s organiseerde het proces.") % {"naam": _opsomming(projectleiders)})
    elif kernteamleden:
        opdracht.append(
            ngettext(
                "Een kernteam van %(n)s persoon organiseerde het proces.",
                "Een kernteam van %(n)s personen organiseerde het proces.",
                kernteamleden,
            )
            % {"n": kernteamleden}
        )
    if opdracht:
        alineas.append(" ".join(opdracht))

    if bijeenkomsten:
        eerste, laatste = bijeenkomsten[0].datum, bijeenkomsten[-1].datum
        if eerste == laatste:
            wanneer = _("op %(datum)s") % {"datum": date_format(eerste, "j F Y")}
        else:
            wanneer = _("tussen %(eerste)s en %(laatste)s") % {
                "eerste": date_format(eerste, "F Y" if eerste.year != laatste.year else "F"),
                "laatste": date_format(laatste, "F Y"),
            }
            if (eerste.year, eerste.month) == (laatste.year, laatste.month):
                wanneer = _("in %(maand)s") % {"maand": date_format(laatste, "F Y")}
        zinnen = [
            _("Het kernteam organiseerde %(bijeenkomsten)s, %(wanneer)s.")
            % {
                "bijeenkomsten": _opsomming(_soorten_in_zin(Counter(b.soort for b in bijeenkomsten))),
                "wanneer": wanneer,
            }
        ]
        if deelnemers:
            zinnen.append(
                ngettext(
                    "Aan de bijeenkomsten nam %(n)s persoon deel",
                    "Aan de bijeenkomsten namen in totaal %(n)s mensen deel",
                    len(deelnemers),
                )
                % {"n": len(deelnemers)}
                + ngettext(", van %(m)s organisatie.", ", van %(m)s organisaties.", len(organisaties))
                % {"m": len(organisaties)}
            )
        alineas.append(" ".join(zinnen))
    else:
        alineas.append(_("Er zijn nog geen bijeenkomsten gehouden."))

    if plan.status == PlanStatus.CONCEPT:
        alineas.append(
            _(
                "Het kernteam legt het concept ter review voor aan de deelnemers en verwerkt hun opmerkingen "
                "voordat het plan wordt vastgesteld."
            )
        )
    else:
        tot = (
            _(" tot en met %(datum)s") % {"datum": date_format(plan.review_deadline, "j F Y")}
            if plan.review_deadline
            else ""
        )
        opmerkingen = plan.opmerkingen.count()
        if plan.status == PlanStatus.TER_REVIEW:
            # Written while the review still runs: the kernteam rewrites the ending once it is over.
            review = _("Het concept ligt ter review bij de deelnemers") + tot
            review += ngettext(
                ". Tot nu toe kwam er %(n)s opmerking; het kernteam beantwoordt elke opmerking en verwerkt ze "
                "waar mogelijk.",
                ". Tot nu toe kwamen er %(n)s opmerkingen; het kernteam beantwoordt elke opmerking en verwerkt ze "
                "waar mogelijk.",
                opmerkingen,
            ) % {"n": opmerkingen}
        else:
            review = _("Het concept lag ter review bij de deelnemers") + tot
            if opmerkingen:
                review += ngettext(
                    ". Er kwam %(n)s opmerking, die het kernteam heeft beantwoord en waar mogelijk verwerkt.",
                    ". Er kwamen %(n)s opmerkingen, die het kernteam heeft beantwoord en waar mogelijk verwerkt.",
                    opmerkingen,
                ) % {"n": opmerkingen}
            else:
                review += _(". Er kwamen geen opmerkingen.")
        alineas.append(review)
    return "\n\n".join(alineas)
