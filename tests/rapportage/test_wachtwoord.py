"""The password pages speak to the user as "je", like the rest of the application (Django's own texts say "u")."""

import re

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from tests import factories

pytestmark = pytest.mark.django_db

U_VORM = re.compile(r"\b[Uu]w?\b")


def zichtbare_tekst(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html.split("<main", 1)[-1])


def test_changing_the_password_says_je_also_in_its_errors(client):
    user = factories.UserFactory()
    user.set_password("Oud-wachtwoord-123")
    user.save()
    client.force_login(user)
    assert not U_VORM.search(zichtbare_tekst(client.get(reverse("password_change")).content.decode()))
    fout = client.post(
        reverse("password_change"),
        {"old_password": "fout", "new_password1": "Nieuw-wachtwoord-456", "new_password2": "Nieuw-wachtwoord-456"},
    ).content.decode()
    assert "Je oude wachtwoord klopt niet." in fout
    assert not U_VORM.search(zichtbare_tekst(fout))


def test_choosing_a_password_from_the_invitation_says_je(client):
    user = factories.UserFactory()
    user.set_unusable_password()
    user.save()
    link = reverse(
        "wachtwoord_instellen",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    pagina = client.get(link, follow=True).content.decode()
    assert "Je wachtwoord heeft minstens 8 tekens." in pagina
    assert not U_VORM.search(zichtbare_tekst(pagina))
