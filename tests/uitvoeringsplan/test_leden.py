"""lid_toevoegen(): a person's account, membership and access mail in one step."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.exceptions import ValidationError

from tests import factories
from uitvoeringsplan.constants import Kernteamfunctie, Rol
from uitvoeringsplan.leden import lid_toevoegen
from uitvoeringsplan.models import Lidmaatschap

pytestmark = pytest.mark.django_db


def toevoegen(plan, door, **gegevens):
    return lid_toevoegen(
        plan=plan,
        email=gegevens.pop("email", "fatima@ggd.example"),
        voornaam=gegevens.pop("voornaam", "Fatima"),
        achternaam=gegevens.pop("achternaam", "El Amrani"),
        rol=gegevens.pop("rol", Rol.KERNTEAMLID),
        door=door,
        **gegevens,
    )


def test_a_new_person_gets_an_account_without_a_password_a_membership_and_a_mail(plan, projectleider):
    lid, nieuw = toevoegen(plan, projectleider, functie=Kernteamfunctie.GGD, functie_omschrijving="GGD Lindeland")
    assert nieuw
    assert (lid.plan, lid.rol, lid.functie, lid.functie_omschrijving) == (
        plan,
        Rol.KERNTEAMLID,
        Kernteamfunctie.GGD,
        "GGD Lindeland",
    )
    assert (lid.user.email, lid.user.get_full_name(), lid.user.has_usable_password()) == (
        "fatima@ggd.example",
        "Fatima El Amrani",
        False,
    )
    assert mail.outbox[0].to == ["fatima@ggd.example"] and "/account/wachtwoord-instellen/" in mail.outbox[0].body
    assert lid.history.get().history_user == projectleider


def test_an_existing_account_is_reused_and_a_functie_is_for_the_kernteam_only(plan, projectleider):
    bestaand = factories.UserFactory(email="jan@ggd.example")
    lid, nieuw = toevoegen(plan, projectleider, email="Jan@GGD.example", rol=Rol.LEZER, functie=Kernteamfunctie.GGD)
    assert not nieuw
    assert (lid.user, lid.functie) == (bestaand, "")
    assert get_user_model().objects.filter(email__iexact="jan@ggd.example").count() == 1


def test_someone_who_is_already_a_member_is_refused_and_not_mailed(plan, projectleider, kernteamlid):
    with pytest.raises(ValidationError, match="Deze persoon is al lid van dit plan."):
        toevoegen(plan, projectleider, email=kernteamlid.email, rol=Rol.LEZER)
    assert Lidmaatschap.objects.get(plan=plan, user=kernteamlid).rol == Rol.KERNTEAMLID
    assert not mail.outbox


def test_when_the_mail_server_fails_nobody_is_added(plan, projectleider, settings):
    settings.MAILERS = {"default": {"BACKEND": "tests.mailserver.KapotteMailserver"}}
    with pytest.raises(OSError):
        toevoegen(plan, projectleider)
    assert not Lidmaatschap.objects.filter(plan=plan, user__email="fatima@ggd.example").exists()
    assert not get_user_model().objects.filter(email="fatima@ggd.example").exists()
