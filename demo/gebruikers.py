"""The demo's accounts: one password for everyone, hashed once."""

from functools import cache

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password

from demo.gegevens.mensen import EMAILDOMEIN, Persoon


def gebruiker(persoon: Persoon, wachtwoord: str, email_domein: str = EMAILDOMEIN):
    user, nieuw = get_user_model().objects.get_or_create(
        username=persoon.username,
        defaults={
            "first_name": persoon.voornaam,
            "last_name": persoon.achternaam,
            "email": f"{persoon.username}@{email_domein}",
        },
    )
    if nieuw:
        user.password = _wachtwoord_hash(wachtwoord)
        user.save()
    return user


@cache
def _wachtwoord_hash(wachtwoord: str) -> str:
    """Everyone in the demo shares one password; hashing it once saves seconds on every build."""
    return make_password(wachtwoord)
