"""Uitgangspunten, hoofddoelen and hoofdactiviteiten of a concept jaarplan: who may change them, and bad input."""

import datetime

import pytest
from django.urls import reverse

from regio.models import Groep, Hoofdactiviteit, Hoofddoel, Regio, Regioproject, Uitgangspunt


def url(regio, naam, *extra, jaar=2022):
    return reverse(naam, args=[regio["project"].pk, jaar, *extra])


@pytest.mark.parametrize(("gebruiker", "status"), [("projectleider_regio", 302), ("trekker", 302)])
def test_the_projectteam_and_a_trekker_add_an_uitgangspunt(client, regio, gebruiker, status):
    client.force_login(regio[gebruiker])
    response = client.post(url(regio, "jaarplan_uitgangspunt_nieuw"), {"kop": "Duidelijke afzender", "tekst": "x"})
    assert response.status_code == status
    assert response["Location"].endswith("#uitgangspunten")
    nieuw = Uitgangspunt.objects.get(kop="Duidelijke afzender")
    assert (nieuw.jaarplan, nieuw.volgorde) == (regio["jaarplan"], 2)


@pytest.mark.parametrize("gebruiker", ["werkgroeplid", "voorzitter"])
def test_a_werkgroeplid_and_the_stuurgroep_may_not_change_the_content(client, regio, gebruiker):
    client.force_login(regio[gebruiker])
    assert client.get(url(regio, "jaarplan_uitgangspunt_nieuw")).status_code == 403
    assert client.post(url(regio, "jaarplan_uitgangspunt_nieuw"), {"kop": "Nee"}).status_code == 403
    assert not Uitgangspunt.objects.filter(kop="Nee").exists()


def test_a_plan_member_only_reads(client, regio, projectleider):
    client.force_login(projectleider)
    response = client.post(url(regio, "jaarplan_hoofddoel_nieuw"), {"groep": regio["monitor"].pk, "tekst": "Nee"})
    assert response.status_code == 403


def test_an_uitgangspunt_without_a_heading_is_refused_next_to_the_field(client, regio):
    client.force_login(regio["projectleider_regio"])
    response = client.post(url(regio, "jaarplan_uitgangspunt_nieuw"), {"kop": "", "tekst": "Zonder kop"})
    assert response.status_code == 200
    assert "Dit veld is verplicht." in response.content.decode()
    assert not Uitgangspunt.objects.filter(tekst="Zonder kop").exists()


def test_a_hoofddoel_is_added_to_a_deelgebied_with_a_deadline_in_the_year(client, regio):
    client.force_login(regio["trekker"])
    gegevens = {"groep": regio["communicatie"].pk, "tekst": "Merkbekendheid", "deadline": "2022-05-01"}
    response = client.post(url(regio, "jaarplan_hoofddoel_nieuw"), gegevens)
    assert response["Location"].endswith(f"#deelgebied-{regio['communicatie'].pk}")
    doel = Hoofddoel.objects.get(tekst="Merkbekendheid")
    assert doel.deadline == datetime.date(2022, 5, 1)


def test_a_deadline_outside_the_jaarplans_year_is_refused(client, regio):
    """Our choice: refused, not warned. A later deadline belongs in a later jaarplan."""
    client.force_login(regio["trekker"])
    gegevens = {"groep": regio["monitor"].pk, "tekst": "Te laat", "deadline": "2023-05-01"}
    response = client.post(url(regio, "jaarplan_hoofddoel_nieuw"), gegevens)
    assert "Kies een datum in 2022: dit jaarplan gaat over dat jaar." in response.content.decode()
    assert not Hoofddoel.objects.filter(tekst="Te laat").exists()


def test_a_hoofddoel_for_a_group_of_another_project_or_a_klankbord_group_is_refused(client, regio):
    ander = Regioproject.objects.create(
        regio=Regio.objects.create(naam="Elders"), naam="Ander project", startjaar=2021, eindjaar=2024
    )
    vreemd = Groep.objects.create(project=ander, naam="Werkgroep elders", soort="werkgroep")
    client.force_login(regio["projectleider_regio"])
    for groep in (vreemd, regio["expertgroep"]):
        response = client.post(url(regio, "jaarplan_hoofddoel_nieuw"), {"groep": groep.pk, "tekst": "Vreemd"})
        assert "Kies een deelgebied van dit project." in response.content.decode()
    assert not Hoofddoel.objects.filter(tekst="Vreemd").exists()


def test_a_hoofdactiviteit_names_its_trekker_period_and_gemeenten_of_the_region(client, regio):
    client.force_login(regio["projectleider_regio"])
    gegevens = {
        "groep": regio["monitor"].pk,
        "tekst": "Lokaal beeld per gemeente",
        "trekker": "GGD",
        "periode": "Q2–Q3",
        "gemeenten": [regio["gemeente_c"].pk],
    }
    client.post(url(regio, "jaarplan_hoofdactiviteit_nieuw"), gegevens)
    activiteit = Hoofdactiviteit.objects.get(tekst="Lokaal beeld per gemeente")
    assert list(activiteit.gemeenten.all()) == [regio["gemeente_c"]]
    assert activiteit.volgorde == 5
    pagina = client.get(url(regio, "jaarplan")).content.decode()
    assert "Trekker: GGD" in pagina and "Periode: Q2–Q3" in pagina and "Gemeenten: Costerwijk" in pagina


def test_a_gemeente_outside_the_region_cannot_be_chosen(client, regio):
    from tests import factories

    elders = factories.GemeenteFactory(naam="Verweg")
    client.force_login(regio["projectleider_regio"])
    gegevens = {"groep": regio["monitor"].pk, "tekst": "Verweg", "gemeenten": [elders.pk]}
    response = client.post(url(regio, "jaarplan_hoofdactiviteit_nieuw"), gegevens)
    assert response.status_code == 200
    assert not Hoofdactiviteit.objects.filter(tekst="Verweg").exists()


def test_a_hoofdactiviteit_is_changed_moved_and_deleted(client, regio):
    client.force_login(regio["projectleider_regio"])
    open_ = regio["open"]
    client.post(
        url(regio, "jaarplan_hoofdactiviteit_bewerken", open_.pk),
        {"groep": regio["monitor"].pk, "tekst": "Advies met SMART doelen", "trekker": "Projectteam"},
    )
    open_.refresh_from_db()
    assert open_.tekst == "Advies met SMART doelen"
    client.post(url(regio, "jaarplan_hoofdactiviteit_verplaatsen", open_.pk), {"richting": "op"})
    volgorde = list(Hoofdactiviteit.objects.filter(groep=regio["monitor"]).order_by("volgorde"))
    assert volgorde.index(open_) == 2
    client.post(url(regio, "jaarplan_hoofdactiviteit_verwijderen", regio["gerealiseerd"].pk))
    assert not Hoofdactiviteit.objects.filter(pk=regio["gerealiseerd"].pk).exists()
    assert [a.volgorde for a in Hoofdactiviteit.objects.filter(groep=regio["monitor"]).order_by("volgorde")] == [
        1,
        2,
        3,
    ]


def test_a_part_of_another_jaarplan_is_not_found(client, regio):
    client.force_login(regio["projectleider_regio"])
    response = client.get(url(regio, "jaarplan_hoofdactiviteit_bewerken", regio["open"].pk, jaar=2021))
    assert response.status_code == 404


def test_markup_in_a_text_is_escaped(client, regio):
    Uitgangspunt.objects.create(jaarplan=regio["jaarplan"], kop="<script>alert(1)</script>", volgorde=2)
    client.force_login(regio["werkgroeplid"])
    pagina = client.get(url(regio, "jaarplan")).content.decode()
    assert "<script>alert(1)</script>" not in pagina
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pagina
