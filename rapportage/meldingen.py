"""E-mail notifications around the review, each of which a user can switch off."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from rapportage.models import Notificatievoorkeur, Opmerking
from uitvoeringsplan.constants import KERNTEAM_ROLLEN, PlanStatus, Rol
from uitvoeringsplan.models import Uitvoeringsplan


def wil_melding(user, soort: str) -> bool:
    voorkeur = Notificatievoorkeur.objects.filter(user=user).first()
    return bool(user.email) and (voorkeur is None or getattr(voorkeur, soort))


def _sturen(*, ontvangers, soort: str, onderwerp: str, template: str, context: dict) -> int:
    verstuurd = 0
    for user in ontvangers:
        if not wil_melding(user, soort):
            continue
        EmailMessage(
            subject=onderwerp,
            body=render_to_string(
                template, {**context, "user": user, "voorkeuren": settings.SITE_URL + reverse("meldingen")}
            ),
            to=[user.email],
        ).send()
        verstuurd += 1
    return verstuurd


def _leden(plan: Uitvoeringsplan, rollen) -> list:
    return [lid.user for lid in plan.lidmaatschappen.filter(rol__in=rollen).select_related("user")]


def plan_url(plan: Uitvoeringsplan) -> str:
    return settings.SITE_URL + reverse("plan_document", kwargs={"plan_pk": plan.pk})


def reactietermijn(plan: Uitvoeringsplan) -> str:
    """Until when a stakeholder can comment, or that the concept is not up for review yet."""
    if plan.status == PlanStatus.TER_REVIEW and plan.review_deadline:
        return _("Je kunt reageren tot en met %(datum)s.") % {"datum": date_format(plan.review_deadline, "l j F Y")}
    return _("Het kernteam werkt nog aan het concept; je krijgt een e-mail zodra het ter review ligt.")


def review_uitnodiging(*, plan: Uitvoeringsplan, user, door) -> None:
    """A stakeholder who already has an account is given access to the concept.

    A personal invitation, so it is sent whatever the notification preferences say.
    """
    EmailMessage(
        subject=_("Uitnodiging: lees het concept van %(plan)s") % {"plan": plan.titel},
        body=render_to_string(
            "rapportage/mail/review_uitnodiging.txt",
            {"plan": plan, "user": user, "door": door, "termijn": reactietermijn(plan), "link": plan_url(plan)},
        ),
        to=[user.email],
        reply_to=[door.email] if door.email else None,
    ).send()


def review_geopend(plan: Uitvoeringsplan) -> int:
    return _sturen(
        ontvangers=_leden(plan, [Rol.STAKEHOLDER]),
        soort="review_geopend",
        onderwerp=_("Graag je reactie: concept %(plan)s") % {"plan": plan.titel},
        template="rapportage/mail/review_geopend.txt",
        context={"plan": plan, "link": plan_url(plan)},
    )


def herinnering(plan: Uitvoeringsplan, ontvangers) -> int:
    return _sturen(
        ontvangers=ontvangers,
        soort="herinnering",
        onderwerp=_("Herinnering: reageren op %(plan)s kan tot %(datum)s")
        % {"plan": plan.titel, "datum": plan.review_deadline.strftime("%d-%m-%Y")},
        template="rapportage/mail/herinnering.txt",
        context={"plan": plan, "link": plan_url(plan)},
    )


def nieuwe_opmerking(opmerking: Opmerking) -> int:
    plan = opmerking.plan
    return _sturen(
        ontvangers=[u for u in _leden(plan, KERNTEAM_ROLLEN) if u.pk != opmerking.auteur_id],
        soort="nieuwe_opmerking",
        onderwerp=_("Nieuwe opmerking op %(plan)s") % {"plan": plan.titel},
        template="rapportage/mail/nieuwe_opmerking.txt",
        context={
            "opmerking": opmerking,
            "plan": plan,
            "link": settings.SITE_URL + reverse("opmerkingen", kwargs={"plan_pk": plan.pk}),
        },
    )


def antwoord(opmerking: Opmerking) -> int:
    return _sturen(
        ontvangers=[opmerking.auteur],
        soort="antwoord",
        onderwerp=_("Antwoord op je opmerking bij %(plan)s") % {"plan": opmerking.plan.titel},
        template="rapportage/mail/antwoord.txt",
        context={"opmerking": opmerking, "plan": opmerking.plan, "link": plan_url(opmerking.plan)},
    )
