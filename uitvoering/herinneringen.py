"""Which reminders of the uitvoering are due on a day, and sending each of them once.

Two mails, each of which a person can switch off in their notification preferences:

- a daily reminder (`Notificatievoorkeur.uitvoering`) about acties that are te laat or stil
  (`stand.py` says what those mean), to the people responsible for them;
- a weekly overview (`Notificatievoorkeur.weekoverzicht`) for each projectleider of each plan in
  uitvoering that has acties: counts per status, the late and stale acties, and the
  voortgangsberichten of the past seven days.

A plan is in uitvoering while its members may report voortgang: from its first adoption until it is
evaluated (`rechten.py` decides, through `mag_melden`).

Who is reminded of an actie: the members of its plan who are a contact person (`Stakeholder.user`)
of one of its verantwoordelijke organisaties, have an active account with an e-mail address, and
may report voortgang (a stakeholder, kernteamlid or projectleider; a lezer may not, so is not
asked). When an actie has no such person (no organisation filled in, or nobody of it can be mailed
in this plan), the plan's projectleider(s) are reminded instead, so that no late actie goes
unmentioned. Someone who switched
the reminders off is not replaced by the projectleider: they chose, and the weekly overview still
lists the actie.

Once per reason: every reason has a key (`Herinnering.sleutel`) that names what makes it a reason,
so the same reason is never mailed twice but a new one is:

- ``te-laat:<actie>:<end of period>``: moving the period makes it a new reason;
- ``stil:<actie>:<last bericht, or start of period>``: a new bericht starts a new spell;
- ``weekoverzicht:<plan>:<ISO year-week>``: the first run in a week sends it (daily cron suffices);
- ``indicator:<indicator>:<year>``: a meting that is due (`metingen_verschuldigd`), mailed to the
  plan's projectleider(s) in a mail of its own, as the kernteam records metingen.

A person gets at most one reminder per run, naming only their reasons not recorded yet; with none,
no mail. The keys are written in the same transaction as the send and kept only when the send
succeeded: a failing mail server records nothing, so the next run tries again. The unique key also
settles two runs at once: the second one's insert fails and it sends nothing.

A new kind of reason (an indicator value that is due, say) is one more function in `REGELS` for a
reason about an actie, or one more source of `Reden` in `herinneringen_per_ontvanger`; keys,
preferences, bundling and sending stay as they are.
"""

import logging
import smtplib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from simple_history.utils import bulk_create_with_history

from rapportage.meldingen import wil_melding
from stakeholders.models import Stakeholder
from uitvoeringsplan.constants import PlanStatus, Rol, Uitvoeringsstatus
from uitvoeringsplan.models import Actie, Indicator, Lidmaatschap, Uitvoeringsplan
from uitvoeringsplan.rechten import VOORTGANG_RECHTEN, rechten_voor

from .models import Herinnering, Voortgangsbericht
from .stand import aantallen_per_status, in_uitvoering, met_stand

logger = logging.getLogger(__name__)

TE_LAAT = "te_laat"
STIL = "stil"


def _te_laat(actie: Actie) -> str | None:
    return f"te-laat:{actie.pk}:{actie.periode_eind.isoformat()}" if actie.te_laat else None


def _stil(actie: Actie) -> str | None:
    return f"stil:{actie.pk}:{actie.peilmoment.isoformat()}" if actie.stil else None


# Per kind of reason about an actie (annotated by `stand.met_stand`): its key, or None when not due.
REGELS: dict[str, Callable[[Actie], str | None]] = {TE_LAAT: _te_laat, STIL: _stil}

METING_VANAF = (4, 1)  # (month, day) from which last year's value of an indicator is due


def metingen_verschuldigd(indicator: Indicator, vandaag: date) -> list[int]:
    """The years whose value of `indicator` is due today and not recorded yet.

    Due are (1) last year's value, from 1 April on (monitors and registrations publish in the
    first quarter), when last year lies after the year of the nulmeting; and (2) the value of the
    streefjaar once that year has passed. A meting row counts as recorded also when its value is
    missing with a reason: "te weinig respondenten" or "niet gemeten dit jaar" ends the reminder,
    so an indicator measured every four years asks once a year until the team says so.
    Reads `indicator.metingen` through `.all()`, so prefetching counts.
    """
    jaren = set()
    vorig = vandaag.year - 1
    if vandaag >= date(vandaag.year, *METING_VANAF) and (not indicator.basisjaar or vorig > indicator.basisjaar):
        jaren.add(vorig)
    if indicator.streefjaar and indicator.streefjaar < vandaag.year:
        jaren.add(indicator.streefjaar)
    return sorted(jaren - {meting.jaar for meting in indicator.metingen.all()})


def metingsleutel(indicator: Indicator, jaar: int) -> str:
    return f"indicator:{indicator.pk}:{jaar}"


@dataclass(frozen=True)
class Reden:
    """One thing a person is reminded of."""

    sleutel: str
    soort: str
    actie: Actie
    namens: bool = False  # the projectleider stands in: nobody of the organisation can be reached


@dataclass
class Mail:
    """A mail that is due, with the keys it records once sent."""

    ontvanger: AbstractBaseUser
    sleutels: list[str]
    onderwerp: str
    tekst: str


@dataclass
class Uitslag:
    verstuurd: list[Mail] = field(default_factory=list)
    mislukt: list[tuple[Mail, Exception]] = field(default_factory=list)


def absoluut(naam: str, **kwargs) -> str:
    return settings.SITE_URL + reverse(naam, kwargs=kwargs)


def actie_link(actie: Actie) -> str:
    return absoluut("actie_voortgang", plan_pk=actie.invultabel.plan_id, pk=actie.pk)


def regel(actie: Actie, **extra) -> dict:
    """An actie as a mail shows it, with its link and its organisations (prefetched)."""
    return {
        "actie": actie,
        "link": actie_link(actie),
        "organisaties": ", ".join(org.naam for org in actie.verantwoordelijken.all()),
        **extra,
    }


def mag_melden(rol: str, plan: Uitvoeringsplan) -> bool:
    """May this role report voortgang in this plan now? The one rights table decides."""
    return bool(rechten_voor(rol, plan.status, ooit_vastgesteld=plan.ooit_vastgesteld) & VOORTGANG_RECHTEN)


def plannen_in_uitvoering() -> dict[int, Uitvoeringsplan]:
    plannen = Uitvoeringsplan.objects.exclude(status=PlanStatus.GEEVALUEERD).select_related("gemeente")
    return {plan.pk: plan for plan in plannen if mag_melden(Rol.PROJECTLEIDER, plan)}


def leden_per_plan(plannen: dict[int, Uitvoeringsplan]) -> dict[int, list[Lidmaatschap]]:
    """The members who can be mailed and may report voortgang, per plan."""
    leden = defaultdict(list)
    for lid in Lidmaatschap.objects.filter(plan__in=plannen, user__is_active=True).select_related("user"):
        if lid.user.email and mag_melden(lid.rol, plannen[lid.plan_id]):
            leden[lid.plan_id].append(lid)
    return leden


def acties_met_reden(plannen: dict[int, Uitvoeringsplan], vandaag: date) -> list[Actie]:
    """The acties of these plans that are te laat or stil today, in the plan's order."""
    acties = met_stand(in_uitvoering(Actie.objects.filter(invultabel__plan__in=plannen)), vandaag)
    acties = acties.filter(Q(te_laat=True) | Q(stil=True))
    return list(acties.select_related("invultabel").prefetch_related("verantwoordelijken"))


def herinneringen_per_ontvanger(
    acties: list[Actie], leden: dict[int, list[Lidmaatschap]]
) -> dict[AbstractBaseUser, list[Reden]]:
    """Every reason due today per person, recorded or not (see the module docstring for who)."""
    organisaties = {org.pk for actie in acties for org in actie.verantwoordelijken.all()}
    contacten = defaultdict(set)
    for organisatie, user in Stakeholder.objects.filter(organisatie__in=organisaties, user__isnull=False).values_list(
        "organisatie_id", "user_id"
    ):
        contacten[organisatie].add(user)
    redenen = defaultdict(list)
    for actie in acties:
        plan_leden = leden.get(actie.invultabel.plan_id, [])
        verantwoordelijk = {user for org in actie.verantwoordelijken.all() for user in contacten[org.pk]}
        ontvangers = [lid.user for lid in plan_leden if lid.user_id in verantwoordelijk]
        namens = not ontvangers
        if namens:
            ontvangers = [lid.user for lid in plan_leden if lid.rol == Rol.PROJECTLEIDER]
        for soort, sleutel_van in REGELS.items():
            if sleutel := sleutel_van(actie):
                for user in ontvangers:
                    redenen[user].append(Reden(sleutel, soort, actie, namens))
    return redenen


def weeksleutel(plan: Uitvoeringsplan, vandaag: date) -> str:
    jaar, week, _dag = vandaag.isocalendar()
    return f"weekoverzicht:{plan.pk}:{jaar}-W{week:02d}"


def te_versturen(vandaag: date) -> list[Mail]:
    """The mails due on `vandaag`: new reasons only, for people who want them. Reads only."""
    plannen = plannen_in_uitvoering()
    leden = leden_per_plan(plannen)
    acties = acties_met_reden(plannen, vandaag)
    herinneringen = herinneringen_per_ontvanger(acties, leden)
    overzichten = [
        (lid.user, plannen[plan_pk])
        for plan_pk, plan_leden in leden.items()
        for lid in plan_leden
        if lid.rol == Rol.PROJECTLEIDER
    ]
    metingen = metingen_per_projectleider(plannen, leden, vandaag)
    sleutels = {reden.sleutel for redenen in herinneringen.values() for reden in redenen}
    sleutels |= {weeksleutel(plan, vandaag) for _user, plan in overzichten}
    sleutels |= {metingsleutel(indicator, jaar) for rijen in metingen.values() for indicator, jaar in rijen}
    ontvangers = {user.pk for user in herinneringen} | {user.pk for user, _plan in overzichten}
    ontvangers |= {user.pk for user, _plan in metingen}
    verstuurd = al_verstuurd(ontvangers, sleutels)

    mails = []
    for user, redenen in sorted(herinneringen.items(), key=lambda item: item[0].pk):
        nieuw = [reden for reden in redenen if (user.pk, reden.sleutel) not in verstuurd]
        if nieuw and wil_melding(user, "uitvoering"):
            mails.append(herinnering(user, nieuw, plannen))
    inhoud = {}
    for user, plan in overzichten:
        if (user.pk, weeksleutel(plan, vandaag)) in verstuurd or not wil_melding(user, "weekoverzicht"):
            continue
        if plan.pk not in inhoud:
            inhoud[plan.pk] = weekinhoud(plan, [a for a in acties if a.invultabel.plan_id == plan.pk], vandaag)
        if inhoud[plan.pk]["totaal"]:
            mails.append(weekoverzicht(user, plan, inhoud[plan.pk], vandaag))
    for (user, plan), rijen in metingen.items():
        nieuw = [
            (indicator, jaar) for indicator, jaar in rijen if (user.pk, metingsleutel(indicator, jaar)) not in verstuurd
        ]
        if nieuw and wil_melding(user, "uitvoering"):
            mails.append(metingherinnering(user, plan, nieuw))
    return mails


def metingen_per_projectleider(
    plannen: dict[int, Uitvoeringsplan], leden: dict[int, list[Lidmaatschap]], vandaag: date
) -> dict[tuple[AbstractBaseUser, Uitvoeringsplan], list[tuple[Indicator, int]]]:
    """Per projectleider and plan, the (indicator, year) whose meting is due today, recorded or not."""
    indicatoren = (
        Indicator.objects.filter(doelstelling__plan__in=plannen)
        .select_related("doelstelling")
        .prefetch_related("metingen")
        .order_by("doelstelling__plan", "doelstelling__volgorde", "doelstelling", "volgorde", "pk")
    )
    per_plan = defaultdict(list)
    for indicator in indicatoren:
        for jaar in metingen_verschuldigd(indicator, vandaag):
            per_plan[indicator.doelstelling.plan_id].append((indicator, jaar))
    return {
        (lid.user, plannen[plan_pk]): rijen
        for plan_pk, rijen in per_plan.items()
        for lid in leden.get(plan_pk, [])
        if lid.rol == Rol.PROJECTLEIDER
    }


def metingherinnering(user: AbstractBaseUser, plan: Uitvoeringsplan, rijen: list[tuple[Indicator, int]]) -> Mail:
    onderwerp = ngettext(
        "Herinnering: %(n)s meting van %(plan)s invullen",
        "Herinnering: %(n)s metingen van %(plan)s invullen",
        len(rijen),
    ) % {"n": len(rijen), "plan": plan.titel}
    regels = [
        {"indicator": indicator, "jaar": jaar, "link": absoluut("indicator_detail", plan_pk=plan.pk, pk=indicator.pk)}
        for indicator, jaar in rijen
    ]
    context = {"user": user, "plan": plan, "regels": regels, "overzicht": absoluut("doelen", plan_pk=plan.pk)}
    sleutels = [metingsleutel(indicator, jaar) for indicator, jaar in rijen]
    return _mail(user, sleutels, onderwerp, "uitvoering/mail/metingen.txt", context)


def al_verstuurd(ontvangers: set[int], sleutels: set[str], per_keer: int = 5000) -> set[tuple[int, str]]:
    """(ontvanger, sleutel) of the reasons already mailed.

    A few thousand keys per query keeps SQLite under its limit of bound parameters, however many
    plans there are.
    """
    sleutels = sorted(sleutels)
    gevonden = set()
    for begin in range(0, len(sleutels), per_keer):
        gevonden |= set(
            Herinnering.objects.filter(
                ontvanger__in=ontvangers, sleutel__in=sleutels[begin : begin + per_keer]
            ).values_list("ontvanger_id", "sleutel")
        )
    return gevonden


def herinnering(user: AbstractBaseUser, redenen: list[Reden], plannen: dict[int, Uitvoeringsplan]) -> Mail:
    """One mail with all of a person's new reasons, grouped by plan and then by actie."""
    per_plan: dict[int, dict[int, dict]] = defaultdict(dict)
    for reden in redenen:
        actie = reden.actie
        plan_regels = per_plan[actie.invultabel.plan_id]
        if actie.pk not in plan_regels:
            plan_regels[actie.pk] = regel(actie, namens=reden.namens, soorten=set())
        plan_regels[actie.pk]["soorten"].add(reden.soort)
    groepen = [
        {
            "plan": plannen[plan_pk],
            "overzicht": absoluut("uitvoering", plan_pk=plan_pk),
            "acties": list(regels.values()),
        }
        for plan_pk, regels in per_plan.items()
    ]
    aantal = sum(len(groep["acties"]) for groep in groepen)
    if len(groepen) == 1:
        onderwerp = ngettext(
            "Herinnering: hoe staat het met %(n)s actie van %(plan)s?",
            "Herinnering: hoe staat het met %(n)s acties van %(plan)s?",
            aantal,
        ) % {"n": aantal, "plan": groepen[0]["plan"].titel}
    else:
        onderwerp = _("Herinnering: hoe staat het met %(n)s acties?") % {"n": aantal}
    context = {"user": user, "groepen": groepen}
    return _mail(user, [reden.sleutel for reden in redenen], onderwerp, "uitvoering/mail/herinnering.txt", context)


def weekinhoud(plan: Uitvoeringsplan, acties: list[Actie], vandaag: date) -> dict:
    """What a plan's weekly overview shows; `acties` are its acties that are te laat or stil."""
    sinds = vandaag - timedelta(days=7)
    berichten = (
        Voortgangsbericht.objects.filter(actie__invultabel__plan=plan, datum__gte=sinds, datum__lte=vandaag)
        .select_related("actie__invultabel", "auteur")
        .order_by("datum", "aangemaakt_op", "pk")
    )
    aantallen = aantallen_per_status(in_uitvoering(Actie.objects.van_plan(plan)))
    return {
        "aantallen": [(Uitvoeringsstatus(status).label, aantal) for status, aantal in aantallen.items()],
        "totaal": sum(aantallen.values()),
        "te_laat": [regel(actie) for actie in acties if actie.te_laat],
        "stil": [regel(actie) for actie in acties if actie.stil],
        "berichten": [{"bericht": bericht, "link": actie_link(bericht.actie)} for bericht in berichten],
        "sinds": sinds,
        "overzicht": absoluut("uitvoering", plan_pk=plan.pk),
    }


def weekoverzicht(user: AbstractBaseUser, plan: Uitvoeringsplan, inhoud: dict, vandaag: date) -> Mail:
    week = vandaag.isocalendar().week
    onderwerp = _("Weekoverzicht uitvoering %(plan)s, week %(week)s") % {"plan": plan.titel, "week": week}
    context = {**inhoud, "user": user, "plan": plan, "week": week, "vandaag": vandaag}
    context["weken"] = settings.UITVOERING_STIL_NA_WEKEN
    return _mail(user, [weeksleutel(plan, vandaag)], onderwerp, "uitvoering/mail/weekoverzicht.txt", context)


def _mail(user: AbstractBaseUser, sleutels: list[str], onderwerp: str, template: str, context: dict) -> Mail:
    tekst = render_to_string(template, {**context, "voorkeuren": absoluut("meldingen")})
    return Mail(ontvanger=user, sleutels=sleutels, onderwerp=onderwerp, tekst=tekst)


def versturen(mails: list[Mail]) -> Uitslag:
    """Send each mail and record its keys in one transaction; a failure does not stop the others."""
    uitslag = Uitslag()
    for mail in mails:
        try:
            with transaction.atomic():
                bulk_create_with_history(
                    [Herinnering(ontvanger=mail.ontvanger, sleutel=sleutel) for sleutel in mail.sleutels], Herinnering
                )
                EmailMessage(subject=mail.onderwerp, body=mail.tekst, to=[mail.ontvanger.email]).send()
        except IntegrityError:
            logger.info("Herinnering aan %s al verstuurd door een andere run", mail.ontvanger.pk)
        except (smtplib.SMTPException, OSError) as fout:
            logger.warning("Herinnering aan %s niet verstuurd: %s", mail.ontvanger.pk, fout)
            uitslag.mislukt.append((mail, fout))
        else:
            uitslag.verstuurd.append(mail)
    return uitslag
