"""Login with a brake on guessing: after a few wrong passwords for one name or from one address, wait.

The counts live in Django's cache, per process by default. With several application servers,
give CACHES a shared backend (Redis, Memcached or the database) so the brake holds across them.
"""

import hashlib

from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_POGINGEN = 5
WACHTTIJD_SECONDEN = 15 * 60


def _sleutels(request, gebruikersnaam: str) -> list[str]:
    naam = hashlib.sha256(gebruikersnaam.strip().lower().encode()).hexdigest()
    adres = request.META.get("REMOTE_ADDR", "") if request else ""
    return [f"inloggen:naam:{naam}", f"inloggen:adres:{adres}"]


class InlogForm(AuthenticationForm):
    error_messages = {
        **AuthenticationForm.error_messages,
        "te_vaak": _(
            "Er is te vaak een verkeerd wachtwoord ingevuld. Wacht een kwartier en probeer het dan opnieuw, "
            "of vraag de projectleider of beheerder om hulp."
        ),
    }

    def clean(self):
        sleutels = _sleutels(self.request, self.data.get("username", ""))
        if any(cache.get(sleutel, 0) >= MAX_POGINGEN for sleutel in sleutels):
            raise ValidationError(self.error_messages["te_vaak"], code="te_vaak")
        try:
            return super().clean()
        except ValidationError:
            for sleutel in sleutels:
                cache.add(sleutel, 0, WACHTTIJD_SECONDEN)
                cache.incr(sleutel)
            raise


class BeheerInlogForm(InlogForm, AdminAuthenticationForm):
    """The same brake on the admin's login, which lets in staff only."""
