"""A person's rights under the AVG (GDPR): everything stored about them, and erasure, also from the history."""

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from stakeholders.models import Stakeholder
from uitvoeringsplan.constants import Rol
from uitvoeringsplan.models import Lidmaatschap

from .models import Uitnodiging


def stakeholder_gegevens(stakeholder: Stakeholder) -> dict:
    """Everything stored about one person, for an AVG request (inzageverzoek)."""
    historie = [
        {
            "datum": record.history_date.isoformat(),
            "soort": {"+": "aangemaakt", "~": "gewijzigd", "-": "verwijderd"}[record.history_type],
            "naam": record.naam,
            "functie": record.functie,
            "email": record.email,
            "telefoon": record.telefoon,
            "bijdrage": record.bijdrage,
            "informeren": record.informeren,
        }
        for record in stakeholder.history.all()
    ]
    return {
        "naam": stakeholder.naam,
        "organisatie": stakeholder.organisatie.naam,
        "functie": stakeholder.functie,
        "email": stakeholder.email,
        "telefoon": stakeholder.telefoon,
        "bijdrage_aan_preventie": stakeholder.bijdrage,
        "zo_op_de_hoogte_houden": stakeholder.get_informeren_display(),
        "wil_meewerken_aan": [str(a) for a in stakeholder.aanbevelingen.all()],
        "account": stakeholder.user.get_username() if stakeholder.user else None,
        "uitnodigingen": [
            {
                "bijeenkomst": str(u.bijeenkomst),
                "datum": u.bijeenkomst.datum.isoformat(),
                "status": u.get_status_display(),
                "uitgenodigd_via": u.get_kanaal_display(),
                "notitie": u.notitie,
            }
            for u in stakeholder.uitnodigingen.select_related("bijeenkomst")
        ],
        "prioriteringen": [
            {"bijeenkomst": str(p.bijeenkomst), "aanbeveling": str(p.aanbeveling), "punten": p.punten}
            for p in stakeholder.prioriteringen.select_related("bijeenkomst", "aanbeveling")
        ],
        "geschiedenis": historie,
        "opgevraagd_op": timezone.now().isoformat(),
    }


@transaction.atomic
def stakeholder_wissen(*, stakeholder: Stakeholder, door: AbstractBaseUser) -> None:
    """Erase a person's data (AVG), also from the history; what the meetings need stays anonymous.

    Attendance and points stay (without a name), so the plan's figures do not change.
    """
    historisch = Stakeholder.history.model
    m2m = Stakeholder.aanbevelingen.through
    historisch_m2m = historisch._meta.apps.get_model("stakeholders", "HistoricalStakeholder_aanbevelingen")
    historisch_m2m.objects.filter(history__id=stakeholder.pk).delete()
    historisch.objects.filter(id=stakeholder.pk).delete()
    Uitnodiging.history.model.objects.filter(stakeholder_id=stakeholder.pk).update(notitie="")
    stakeholder.uitnodigingen.update(notitie="")
    m2m.objects.filter(stakeholder=stakeholder).delete()
    if stakeholder.user is not None:
        _account_wissen(stakeholder=stakeholder)
    stakeholder.naam = _("Verwijderde persoon")
    stakeholder.functie = stakeholder.email = stakeholder.telefoon = stakeholder.bijdrage = ""
    stakeholder.informeren = []
    stakeholder.user = None
    stakeholder.skip_history_when_saving = True
    stakeholder.save()
    del stakeholder.skip_history_when_saving


def stakeholder_account_nodig(stakeholder: Stakeholder) -> bool:
    """Whether the person's account must stay after erasure: it still gives access for another reason.

    That is a membership other than as a stakeholder in this gemeente's plans (a kernteam role, or another
    gemeente), or a staff account. Otherwise the account only existed for the review and is anonymised.
    """
    account = stakeholder.user
    if account is None:
        return False
    return (
        account.is_staff
        or account.lidmaatschappen.exclude(rol=Rol.STAKEHOLDER, plan__gemeente=stakeholder.gemeente).exists()
    )


def _account_wissen(*, stakeholder: Stakeholder) -> None:
    """Take away the stakeholder role in the gemeente's plans; anonymise the account if nothing else needs it."""
    account = stakeholder.user
    lidmaatschappen = Lidmaatschap.objects.filter(
        user=account, rol=Rol.STAKEHOLDER, plan__gemeente=stakeholder.gemeente
    )
    lidmaatschappen.delete()
    Lidmaatschap.history.model.objects.filter(user_id=account.pk, rol=Rol.STAKEHOLDER).update(functie_omschrijving="")
    if stakeholder_account_nodig(stakeholder):
        return
    account.username = f"verwijderd-{account.pk}"
    account.first_name, account.last_name, account.email = _("Verwijderde persoon"), "", ""
    account.is_active = False
    account.set_unusable_password()
    account.save()
