"""Who takes part in a plan: adding a person spans the account, the membership and the access mail."""

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from accounts.services import account_voor, toegang_mailen

from .constants import KERNTEAM_ROLLEN
from .models import Lidmaatschap, Uitvoeringsplan


@transaction.atomic
def lid_toevoegen(
    *,
    plan: Uitvoeringsplan,
    email: str,
    voornaam: str,
    achternaam: str,
    rol: str,
    functie: str = "",
    functie_omschrijving: str = "",
    door: AbstractBaseUser,
) -> tuple[Lidmaatschap, bool]:
    """Give a person a role in `plan`, with a new account if their e-mail address has none, and mail them.

    Returns the membership and whether the account is new (then the mail holds a link to choose a
    password). A functie belongs to the kernteam only, so it is dropped for other roles. The mail goes
    out last, inside the transaction: when the mail server fails nothing is added, and the projectleider
    can simply try again.
    """
    user, nieuw = account_voor(email=email, voornaam=voornaam, achternaam=achternaam)
    lid = Lidmaatschap(
        plan=plan,
        user=user,
        rol=rol,
        functie=functie if rol in KERNTEAM_ROLLEN else "",
        functie_omschrijving=functie_omschrijving,
    )
    lid._history_user = door
    lid.full_clean()
    lid.save()
    toegang_mailen(user=user, plan=plan, door=door, rol=lid.get_rol_display())
    return lid, nieuw
