"""Accounts for people who are invited to a plan: kernteam members and stakeholders.

A new person gets an account without a usable password and an e-mail with a personal link to
choose one (Django's password-reset token: it expires after PASSWORD_RESET_TIMEOUT and
stops working once the password is set).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _


@transaction.atomic
def account_voor(*, email: str, voornaam: str, achternaam: str):
    """The account with this e-mail address, or a new one without a password. Returns (user, nieuw)."""
    User = get_user_model()
    email = email.strip().lower()
    bestaand = User.objects.filter(email__iexact=email).order_by("pk").first()
    if bestaand is not None:
        return bestaand, False
    user = User(username=email, email=email, first_name=voornaam.strip(), last_name=achternaam.strip())
    user.set_unusable_password()
    user.full_clean()
    user.save()
    return user, True


def wachtwoord_link(user) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return settings.SITE_URL + reverse("wachtwoord_instellen", kwargs={"uidb64": uid, "token": token})


def toegang_mailen(*, user, plan, door, rol: str, bericht: str = "") -> None:
    """E-mail `user` that they take part in `plan`, with a link to set a password if they need one."""
    context = {
        "user": user,
        "plan": plan,
        "door": door,
        "rol": rol,
        "bericht": bericht,
        "link": wachtwoord_link(user)
        if not user.has_usable_password()
        else settings.SITE_URL + plan.get_absolute_url(),
        "nieuw_wachtwoord": not user.has_usable_password(),
        "geldig_dagen": settings.PASSWORD_RESET_TIMEOUT // 86400,
    }
    EmailMessage(
        subject=_("Uitnodiging: %(plan)s") % {"plan": plan.titel},
        body=render_to_string("accounts/mail/toegang.txt", context),
        to=[user.email],
        reply_to=[door.email] if door.email else None,
    ).send()
