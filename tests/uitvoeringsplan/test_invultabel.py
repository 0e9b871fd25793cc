import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import factories
from uitvoeringsplan.constants import PlanStatus, Uitvoeringsstatus
from uitvoeringsplan.models import Actie, Invultabel, Vergrendeld

pytestmark = pytest.mark.django_db

WERKVOORBEELD = {
    "titel": "Training vroegsignalering alcohol- en drugsproblematiek voor professionals in de eerstelijnszorg en "
    "het sociaal domein.",
    "relevantie": "Om ergere problemen te voorkomen, is het belangrijk dat hulpverleners problemen met alcohol en/of "
    "drugs in een zo vroeg mogelijk stadium (h)erkennen.",
    "haalbaarheid": "goed",
    "haalbaarheid_toelichting": "De interventie lijkt haalbaar omdat er een trainer beschikbaar is.",
    "benodigde_middelen": "- Trainer\n- Kosten training\n- Terugkomdag",
    "effectiviteit": "Kennis en kunde over riskant en problematisch middelengebruik bij professionals zijn voorwaarde "
    "om het gesprek aan te gaan over middelengebruik.",
    "obstakels": "Mogelijk vindt een aantal professionals dit niet tot hun takenpakket behoren.",
    "obstakels_aanpak": "Hiervoor starten we eerst met de gemotiveerde professionals.",
    "periode_soort": "kwartalen",
    "start_kwartaal": "2026-1",
    "herhalend": "on",
    "herhaling": "en daarna jaarlijks aanbieden.",
    "wie_doet_wat": "De training wordt gegeven door trainer x van de instelling van verslavingszorg.",
    "prioriteit": "1",
    "prioriteit_overwegingen": "Deze training zetten we als eerste in.",
}


def url(naam, plan, **kwargs):
    return reverse(naam, kwargs={"plan_pk": plan.pk, **kwargs})


@pytest.fixture
def invultabel(plan):
    return factories.InvultabelFactory(plan=plan, aanbeveling__titel="Investeer in vroegsignalering")


def bewerk_data(actie, **wijzigingen):
    """What the edit form posts for `actie` unchanged, with `wijzigingen` applied."""
    data = {
        "versie": actie.versie,
        "titel": actie.titel,
        "relevantie": actie.relevantie,
        "periode_soort": "kwartalen",
        "prioriteit": actie.prioriteit or "",
    }
    return {**data, **wijzigingen}


def test_the_worked_example_typed_in_reads_back_exactly_as_in_the_handreiking(client, kernteamlid, plan, invultabel):
    client.force_login(kernteamlid)
    organisatie = factories.OrganisatieFactory(gemeente=plan.gemeente, naam="Verslavingszorg Lindestroom")
    response = client.post(
        url("actie_create", plan, invultabel_pk=invultabel.pk),
        {**WERKVOORBEELD, "verantwoordelijken": [organisatie.pk]},
    )
    actie = Actie.objects.get()
    assert response.status_code == 302
    assert actie.is_compleet
    assert actie.periode_tekst == "Q1 2026, en daarna jaarlijks aanbieden."
    pagina = client.get(url("invultabel_detail", plan, pk=invultabel.pk)).content.decode()
    for tekst in (
        "Training vroegsignalering alcohol- en drugsproblematiek voor professionals in de eerstelijnszorg en het "
        "sociaal domein.",
        "in een zo vroeg mogelijk stadium (h)erkennen.",
        "- Trainer<br>- Kosten training<br>- Terugkomdag",
        "Q1 2026, en daarna jaarlijks aanbieden.",
        "Deze training zetten we als eerste in.",
        "Welke actie(s), interventie(s) of maatregel(en) willen we inzetten?",
        "Wie is verantwoordelijk voor de organisatie en uitvoering van de gesuggereerde interventie? Wie doet wat?",
    ):
        assert tekst in pagina


def test_the_invultabel_page_issues_as_many_queries_for_fifty_acties_as_for_one(
    client, kernteamlid, plan, invultabel, django_assert_num_queries
):
    organisatie = factories.OrganisatieFactory(gemeente=plan.gemeente)
    factories.CompleteActieFactory(invultabel=invultabel).verantwoordelijken.add(organisatie)
    client.force_login(kernteamlid)
    pagina = url("invultabel_detail", plan, pk=invultabel.pk)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as een:
        client.get(pagina)
    for actie in factories.CompleteActieFactory.create_batch(49, invultabel=invultabel):
        actie.verantwoordelijken.add(organisatie)
    with django_assert_num_queries(len(een)):
        response = client.get(pagina)
    assert len(response.context["acties"]) == 50
    assert len(een) <= 12


def test_the_aanbevelingen_list_query_count_does_not_grow(client, kernteamlid, plan, django_assert_max_num_queries):
    factories.CompleteActieFactory(invultabel__plan=plan)
    client.force_login(kernteamlid)
    with django_assert_max_num_queries(20) as klein:
        client.get(url("aanbevelingen", plan))
    for _ in range(10):
        factories.CompleteActieFactory.create_batch(3, invultabel=factories.InvultabelFactory(plan=plan))
    with django_assert_max_num_queries(len(klein)):
        response = client.get(url("aanbevelingen", plan))
    assert len(response.context["statussen"]) == 11


def test_the_invultabel_names_the_empty_rows_of_each_actie(client, kernteamlid, plan, invultabel):
    factories.ActieFactory(invultabel=invultabel, titel="Half af", relevantie="Omdat.")
    client.force_login(kernteamlid)
    pagina = client.get(url("invultabel_detail", plan, pk=invultabel.pk)).content.decode()
    assert "0 van 1 actie compleet" in pagina
    assert "3. Haalbaarheid, 4. Benodigde middelen, 5. Effectiviteit" in pagina
    assert "nog niet ingevuld" in pagina


def test_an_incomplete_row_still_shows_what_was_filled_in(client, kernteamlid, plan, invultabel):
    factories.ActieFactory(
        invultabel=invultabel,
        effectiviteit="",
        effectiviteit_url="https://example.org/interventie",
        obstakels="",
        obstakels_aanpak="Eerst de gemotiveerde professionals.",
    )
    client.force_login(kernteamlid)
    rij = client.get(url("invultabel_detail", plan, pk=invultabel.pk)).content.decode().split("up-rij-5")[1]
    assert rij.index("nog niet ingevuld") < rij.index("https://example.org/interventie") < rij.index("up-rij-6")
    assert "Eerst de gemotiveerde professionals." in rij.split("up-rij-6")[1]


@pytest.mark.parametrize(
    ("wijziging", "veld", "melding"),
    [
        ({"kosten_euro": "-5"}, "kosten_euro", "De kosten kunnen niet negatief zijn."),
        ({"fte": "-0.5"}, "fte", "Het aantal fte kan niet negatief zijn."),
        ({"prioriteit": "0"}, "prioriteit", "De prioriteit is een getal vanaf 1"),
        ({"prioriteit": "eerst"}, "prioriteit", "De prioriteit is een getal vanaf 1"),
        ({"start_kwartaal": "2027-3", "eind_kwartaal": "2027-1"}, "eind_kwartaal", "vóór het eerste"),
        (
            {"periode_soort": "datums", "periode_start": "2027-05-01", "periode_eind": "2027-04-01"},
            "periode_eind",
            "vóór de startdatum",
        ),
        ({"relevantie": "x" * 5001}, "relevantie", "niet meer dan 5000 tekens"),
        ({"titel": ""}, "titel", "verplicht"),
    ],
)
def test_bad_input_is_explained_next_to_the_field_and_changes_nothing(
    client, kernteamlid, plan, invultabel, wijziging, veld, melding
):
    actie = factories.ActieFactory(invultabel=invultabel, titel="Origineel", prioriteit=2)
    client.force_login(kernteamlid)
    response = client.post(
        url("actie_update", plan, pk=actie.pk), bewerk_data(actie, **{"relevantie": "Nieuw", **wijziging})
    )
    assert response.status_code == 200
    assert melding in " ".join(response.context["form"].errors[veld])
    assert response.context["form"]["relevantie"].value() == wijziging.get("relevantie", "Nieuw")  # input kept
    actie.refresh_from_db()
    assert (actie.titel, actie.relevantie, actie.versie) == ("Origineel", "", 1)


def test_saving_raises_the_version(client, kernteamlid, plan, invultabel):
    actie = factories.ActieFactory(invultabel=invultabel)
    client.force_login(kernteamlid)
    client.post(url("actie_update", plan, pk=actie.pk), bewerk_data(actie, relevantie="Eerste keer"))
    actie.refresh_from_db()
    assert (actie.relevantie, actie.versie) == ("Eerste keer", 2)


def test_line_ends_from_the_browser_are_stored_as_one_kind(client, kernteamlid, plan, invultabel):
    actie = factories.ActieFactory(invultabel=invultabel)
    client.force_login(kernteamlid)
    client.post(url("actie_update", plan, pk=actie.pk), bewerk_data(actie, benodigde_middelen="- Trainer\r\n- Locatie"))
    actie.refresh_from_db()
    assert actie.benodigde_middelen == "- Trainer\n- Locatie"


def test_a_stale_save_shows_both_texts_and_overwrites_nothing(client, kernteamlid, projectleider, plan, invultabel):
    actie = factories.ActieFactory(invultabel=invultabel, relevantie="Basis")
    client.force_login(projectleider)
    client.post(url("actie_update", plan, pk=actie.pk), bewerk_data(actie, relevantie="Van de projectleider"))
    client.force_login(kernteamlid)
    response = client.post(url("actie_update", plan, pk=actie.pk), bewerk_data(actie, relevantie="Van het kernteamlid"))
    assert response.status_code == 409
    pagina = response.content.decode()
    assert "Van de projectleider" in pagina and "Van het kernteamlid" in pagina
    assert [veld.naam for veld in response.context["conflict"].velden] == ["relevantie"]
    actie.refresh_from_db()
    assert actie.relevantie == "Van de projectleider"


def conflict_oplossing(conflict, **keuzes) -> dict:
    """What the conflict page posts: the hidden copy of the user's input plus their choices."""
    oplossing = {"conflict_oplossen": "1", "versie": conflict.versie, "basis_versie": conflict.basis_versie}
    for naam, waarde in conflict.verborgen:
        oplossing.setdefault(naam, []).append(waarde)
    return oplossing | {f"keuze-{naam}": keuze for naam, keuze in keuzes.items()}


def test_the_conflict_is_resolved_by_choosing_per_field(client, kernteamlid, projectleider, plan, invultabel):
    actie = factories.ActieFactory(invultabel=invultabel, relevantie="Basis", obstakels="Basis")
    client.force_login(projectleider)
    client.post(
        url("actie_update", plan, pk=actie.pk),
        bewerk_data(actie, relevantie="Relevantie PL", obstakels="Obstakels PL"),
    )
    client.force_login(kernteamlid)
    mijn = bewerk_data(actie, relevantie="Relevantie KT", obstakels="Obstakels KT", doelgroep="Jongeren")
    conflict = client.post(url("actie_update", plan, pk=actie.pk), mijn).context["conflict"]
    assert [veld.naam for veld in conflict.velden] == ["relevantie", "obstakels"]
    assert conflict.mijn_wijzigingen == ["Doelgroep"]
    response = client.post(
        url("actie_update", plan, pk=actie.pk), conflict_oplossing(conflict, relevantie="opgeslagen", obstakels="mijn")
    )
    assert response.status_code == 302
    actie.refresh_from_db()
    assert (actie.relevantie, actie.obstakels, actie.doelgroep, actie.versie) == (
        "Relevantie PL",
        "Obstakels KT",
        "Jongeren",
        3,
    )


def test_changes_to_different_rows_are_merged_and_nobodys_work_is_undone(
    client, kernteamlid, projectleider, plan, invultabel
):
    actie = factories.ActieFactory(invultabel=invultabel, titel="Basis", relevantie="Basis")
    client.force_login(projectleider)
    client.post(url("actie_update", plan, pk=actie.pk), bewerk_data(actie, titel="Titel van de projectleider"))
    client.force_login(kernteamlid)
    response = client.post(
        url("actie_update", plan, pk=actie.pk), bewerk_data(actie, relevantie="Relevantie van het kernteamlid")
    )
    assert response.status_code == 409
    conflict = response.context["conflict"]
    assert conflict.velden == []
    assert conflict.mijn_wijzigingen == ["Waarom is de gesuggereerde interventie relevant voor de aanbeveling?"]
    assert conflict.andermans_wijzigingen == ["Welke actie(s), interventie(s) of maatregel(en) willen we inzetten?"]
    client.post(url("actie_update", plan, pk=actie.pk), conflict_oplossing(conflict))
    actie.refresh_from_db()
    assert (actie.titel, actie.relevantie) == ("Titel van de projectleider", "Relevantie van het kernteamlid")


def test_a_conflict_without_a_choice_is_asked_again_and_saves_nothing(
    client, kernteamlid, projectleider, plan, invultabel
):
    actie = factories.ActieFactory(invultabel=invultabel, relevantie="Basis")
    client.force_login(projectleider)
    client.post(url("actie_update", plan, pk=actie.pk), bewerk_data(actie, relevantie="Van de projectleider"))
    client.force_login(kernteamlid)
    mijn = bewerk_data(actie, relevantie="Van het kernteamlid")
    conflict = client.post(url("actie_update", plan, pk=actie.pk), mijn).context["conflict"]
    response = client.post(url("actie_update", plan, pk=actie.pk), conflict_oplossing(conflict))
    assert response.status_code == 409
    assert "Kies bij elke vraag welke tekst je wilt houden." in response.content.decode()
    assert [veld.mijn for veld in response.context["conflict"].velden] == ["Van het kernteamlid"]
    actie.refresh_from_db()
    assert (actie.relevantie, actie.versie) == ("Van de projectleider", 2)


def test_duplicating_deleting_and_reordering_acties(client, kernteamlid, plan, invultabel):
    eerste = factories.CompleteActieFactory(invultabel=invultabel, titel="Eerste", volgorde=1)
    tweede = factories.ActieFactory(invultabel=invultabel, titel="Tweede", volgorde=2)
    eerste.verantwoordelijken.add(factories.OrganisatieFactory(gemeente=plan.gemeente))
    client.force_login(kernteamlid)
    client.post(url("actie_dupliceren", plan, pk=eerste.pk))
    assert list(invultabel.acties.values_list("titel", flat=True)) == ["Eerste", "Kopie van Eerste", "Tweede"]
    kopie = invultabel.acties.get(titel="Kopie van Eerste")
    assert kopie.is_compleet and kopie.verantwoordelijken.count() == 1
    client.post(url("actie_verplaatsen", plan, pk=tweede.pk), {"richting": "op"})
    assert list(invultabel.acties.values_list("titel", flat=True)) == ["Eerste", "Tweede", "Kopie van Eerste"]
    assert client.get(url("actie_verwijderen", plan, pk=kopie.pk)).status_code == 200  # asks first
    client.post(url("actie_verwijderen", plan, pk=kopie.pk))
    assert list(invultabel.acties.values_list("titel", flat=True)) == ["Eerste", "Tweede"]


def test_aanbevelingen_are_added_reordered_and_removed(client, kernteamlid, plan):
    plan.scanner = factories.ScannerFactory(gemeente=plan.gemeente)
    plan.save()
    a, b = factories.AanbevelingFactory.create_batch(2, scanner=plan.scanner)
    client.force_login(kernteamlid)
    client.post(url("aanbevelingen_toevoegen", plan), {"aanbeveling": [a.pk, b.pk]})
    client.post(url("aanbevelingen_toevoegen", plan), {"nieuw": "1", "titel": "Zelf bedacht"})
    assert list(plan.invultabellen.values_list("aanbeveling__titel", flat=True)) == [a.titel, b.titel, "Zelf bedacht"]
    laatste = plan.invultabellen.get(aanbeveling__titel="Zelf bedacht")
    client.post(url("invultabel_verplaatsen", plan, pk=laatste.pk), {"richting": "op"})
    assert list(plan.invultabellen.values_list("aanbeveling__titel", flat=True)) == [a.titel, "Zelf bedacht", b.titel]
    client.post(url("invultabel_verwijderen", plan, pk=laatste.pk))
    assert plan.invultabellen.count() == 2


def test_a_dragged_order_of_all_aanbevelingen_is_saved_and_ignores_other_plans(client, kernteamlid, lezer, plan):
    a, b, c = (factories.InvultabelFactory(plan=plan).aanbeveling for _ in range(3))
    vreemd = factories.InvultabelFactory().aanbeveling
    client.force_login(lezer)
    assert client.post(url("aanbevelingen_ordenen", plan), {"aanbeveling": [c.pk, a.pk, b.pk]}).status_code == 403
    client.force_login(kernteamlid)
    client.post(url("aanbevelingen_ordenen", plan), {"aanbeveling": [c.pk, vreemd.pk, a.pk, b.pk]})
    assert list(plan.invultabellen.values_list("aanbeveling", flat=True)) == [c.pk, a.pk, b.pk]
    assert client.post(url("aanbevelingen_ordenen", plan), {"aanbeveling": ["x"]}).status_code == 302
    assert list(plan.invultabellen.values_list("aanbeveling", flat=True)) == [c.pk, a.pk, b.pk]


def test_an_aanbeveling_of_another_gemeente_cannot_be_added(client, kernteamlid, plan):
    vreemd = factories.AanbevelingFactory()
    client.force_login(kernteamlid)
    client.post(url("aanbevelingen_toevoegen", plan), {"aanbeveling": [vreemd.pk]})
    assert not plan.invultabellen.exists()


def test_a_plan_without_a_scanner_is_offered_only_its_own_beleidsdocumenten(client, kernteamlid, plan):
    eigen = factories.BeleidsdocumentFactory(gemeente=plan.gemeente)
    eigen.plannen.add(plan)
    ander = factories.BeleidsdocumentFactory(gemeente=plan.gemeente, titel="Nota van een ander plan")
    welkom = factories.AanbevelingFactory(scanner=None, beleidsdocument=eigen, gemeente=plan.gemeente)
    factories.AanbevelingFactory(scanner=None, beleidsdocument=ander, gemeente=plan.gemeente)
    client.force_login(kernteamlid)
    aangeboden = client.get(url("aanbevelingen_toevoegen", plan)).context["aanbevelingen"]
    assert list(aangeboden) == [welkom]


@pytest.mark.parametrize("rol", ["stakeholder", "lezer"])
def test_readers_see_the_invultabel_but_cannot_change_it(client, request, plan, invultabel, rol):
    plan.status = PlanStatus.TER_REVIEW
    plan.save()
    actie = factories.ActieFactory(invultabel=invultabel, titel="Blijft zo")
    client.force_login(request.getfixturevalue(rol))
    pagina = client.get(url("invultabel_detail", plan, pk=invultabel.pk))
    assert pagina.status_code == 200
    assert url("actie_update", plan, pk=actie.pk) not in pagina.content.decode()
    assert client.get(url("actie_update", plan, pk=actie.pk)).status_code == 403
    assert client.post(url("actie_update", plan, pk=actie.pk), bewerk_data(actie, titel="Gewijzigd")).status_code == 403
    assert client.post(url("actie_verwijderen", plan, pk=actie.pk)).status_code == 403
    actie.refresh_from_db()
    assert actie.titel == "Blijft zo"


def test_another_plans_actie_is_not_found(client, kernteamlid, plan):
    vreemd = factories.ActieFactory()
    client.force_login(kernteamlid)
    assert client.get(url("actie_update", plan, pk=vreemd.pk)).status_code == 404
    assert client.get(url("invultabel_detail", plan, pk=vreemd.invultabel.pk)).status_code == 404
    assert client.get(url("actie_geschiedenis", plan, pk=vreemd.pk)).status_code == 404


def test_nothing_changes_once_the_plan_is_adopted(client, kernteamlid, plan, invultabel):
    actie = factories.ActieFactory(invultabel=invultabel, titel="Vastgesteld")
    plan.status = PlanStatus.VASTGESTELD
    plan.save()
    client.force_login(kernteamlid)
    assert client.post(url("actie_update", plan, pk=actie.pk), bewerk_data(actie, titel="Anders")).status_code == 403
    actie = Actie.objects.get(pk=actie.pk)
    actie.titel = "Via de shell"
    with pytest.raises(Vergrendeld):
        actie.save()
    with pytest.raises(Vergrendeld):
        actie.delete()
    with pytest.raises(Vergrendeld):
        Invultabel.objects.get(pk=invultabel.pk).delete()
    actie.uitvoeringsstatus = Uitvoeringsstatus.GESTART
    actie.save(update_fields=["uitvoeringsstatus"])  # the implementation status may still change
    assert Actie.objects.get(pk=actie.pk).titel == "Vastgesteld"


def test_the_history_shows_who_changed_what_and_restores_an_earlier_version(client, kernteamlid, plan, invultabel):
    actie = factories.ActieFactory(invultabel=invultabel, titel="Eerste titel", kosten_euro=Decimal("100"))
    client.force_login(kernteamlid)
    client.post(url("actie_update", plan, pk=actie.pk), bewerk_data(actie, titel="Tweede titel", kosten_euro="250"))
    response = client.get(url("actie_geschiedenis", plan, pk=actie.pk))
    nieuwste = response.context["gebeurtenissen"][0]
    assert nieuwste.wie == kernteamlid.get_full_name()
    veranderd = {w.veld: (w.oud, w.nieuw) for w in nieuwste.wijzigingen}
    assert veranderd["gesuggereerde interventie"] == ("Eerste titel", "Tweede titel")
    assert veranderd["a. financieel (euro)"] == ("100,00", "250,00")
    eerste = response.context["gebeurtenissen"][-1]
    assert eerste.soort == "aangemaakt"
    begonnen = {w.veld: (w.oud, w.nieuw) for w in eerste.wijzigingen}
    assert begonnen["gesuggereerde interventie"] == ("—", "Eerste titel")
    assert "terugkerend" not in begonnen and "periode in kwartalen" not in begonnen  # untouched defaults
    client.post(url("actie_herstellen", plan, pk=actie.pk, versie_id=eerste.record_id))
    actie.refresh_from_db()
    assert (actie.titel, actie.kosten_euro, actie.versie) == ("Eerste titel", Decimal("100"), 3)
    assert actie.history.first().history_change_reason.startswith("Hersteld naar de versie van")


def test_the_plan_history_names_people_by_name_and_writes_amounts_the_dutch_way(client, kernteamlid, plan):
    kernteamlid.username, kernteamlid.first_name, kernteamlid.last_name = "sanne@testdorp.nl", "Sanne", "Smit"
    kernteamlid.save()
    plan.rol_agenda, plan.budget_euro = kernteamlid, Decimal("25000")
    plan._history_user = kernteamlid
    plan.save()
    client.force_login(kernteamlid)
    pagina = client.get(url("plan_geschiedenis", plan)).content.decode()
    assert "Sanne Smit" in pagina and "25.000,00" in pagina
    assert "sanne@testdorp.nl" not in pagina


def test_the_plan_history_keeps_deleted_acties(client, kernteamlid, plan, invultabel):
    actie = factories.ActieFactory(invultabel=invultabel, titel="Weg ermee")
    client.force_login(kernteamlid)
    client.post(url("actie_verwijderen", plan, pk=actie.pk))
    gebeurtenissen = client.get(url("plan_geschiedenis", plan)).context["gebeurtenissen"]
    assert ("Actie: Weg ermee", "verwijderd") in [(g.onderwerp, g.soort) for g in gebeurtenissen]


def test_choosing_an_interventie_fills_rows_one_and_five(client, kernteamlid, plan, invultabel):
    interventie = factories.InterventieFactory(naam="Gezonde School", omschrijving="Werkt op school.", databank="jeugd")
    client.force_login(kernteamlid)
    client.post(
        url("actie_create", plan, invultabel_pk=invultabel.pk),
        {"interventie": interventie.pk, "periode_soort": "kwartalen"},
    )
    actie = Actie.objects.get()
    assert (actie.titel, actie.effectiviteit, actie.databank) == ("Gezonde School", "Werkt op school.", "jeugd")


def test_an_invented_example_claims_no_effect_or_recognition_in_an_actie(client, kernteamlid, plan, invultabel):
    voorbeeld = factories.InterventieFactory(
        naam="Voorbeeld: oudercursus",
        omschrijving="Verzonnen.",
        databank="leefstijl",
        erkenningsniveau="goed_beschreven",
        is_voorbeeld=True,
    )
    client.force_login(kernteamlid)
    pagina = client.get(url("actie_create", plan, invultabel_pk=invultabel.pk))
    assert pagina.context["interventies"][str(voorbeeld.pk)].keys() == {"titel", "preventievorm"}
    client.post(
        url("actie_create", plan, invultabel_pk=invultabel.pk),
        {"interventie": voorbeeld.pk, "periode_soort": "kwartalen"},
    )
    actie = Actie.objects.get()
    assert (actie.titel, actie.effectiviteit, actie.databank, actie.erkenningsniveau) == (
        "Voorbeeld: oudercursus",
        "",
        "",
        "",
    )


def test_a_new_organisation_can_be_named_on_the_spot(client, kernteamlid, plan, invultabel):
    client.force_login(kernteamlid)
    client.post(
        url("actie_create", plan, invultabel_pk=invultabel.pk),
        {"titel": "Actie", "periode_soort": "kwartalen", "nieuwe_organisatie": "Bibliotheek Lindewaard"},
    )
    assert [o.naam for o in Actie.objects.get().verantwoordelijken.all()] == ["Bibliotheek Lindewaard"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    veld=st.sampled_from(
        [
            "titel",
            "relevantie",
            "kosten_euro",
            "fte",
            "prioriteit",
            "start_kwartaal",
            "periode_start",
            "herhaling",
            "haalbaarheid",
            "effectiviteit_url",
            "verantwoordelijken",
            "versie",
            "periode_soort",
        ]
    ),
    tekst=st.text(max_size=300),
)
def test_arbitrary_text_in_any_field_never_breaks_the_form(client, kernteamlid, plan, invultabel, veld, tekst):
    actie, _nieuw = Actie.objects.get_or_create(invultabel=invultabel, defaults={"titel": "Hypothese"})
    client.force_login(kernteamlid)
    tekst = tekst.replace("\x00", "")
    response = client.post(url("actie_update", plan, pk=actie.pk), bewerk_data(actie, **{veld: tekst}))
    assert response.status_code in {200, 302, 409}


def test_an_empty_invultabel_says_what_to_do(client, kernteamlid, plan, invultabel):
    client.force_login(kernteamlid)
    pagina = client.get(url("invultabel_detail", plan, pk=invultabel.pk)).content.decode()
    assert "Deze invultabel is nog leeg" in pagina
    assert url("actie_create", plan, invultabel_pk=invultabel.pk) in pagina


def test_the_period_in_dates_is_kept(client, kernteamlid, plan, invultabel):
    client.force_login(kernteamlid)
    client.post(
        url("actie_create", plan, invultabel_pk=invultabel.pk),
        {"titel": "Datums", "periode_soort": "datums", "periode_start": "2027-03-01", "periode_eind": "2027-06-30"},
    )
    actie = Actie.objects.get()
    assert not actie.periode_in_kwartalen
    assert (actie.periode_start, actie.periode_eind) == (datetime.date(2027, 3, 1), datetime.date(2027, 6, 30))


def test_an_older_period_stays_selectable_and_is_kept_on_saving(client, kernteamlid, plan, invultabel):
    actie = factories.ActieFactory(
        invultabel=invultabel, periode_start=datetime.date(2019, 1, 1), periode_eind=datetime.date(2019, 3, 31)
    )
    client.force_login(kernteamlid)
    formulier = client.get(url("actie_update", plan, pk=actie.pk)).context["form"]
    assert formulier["start_kwartaal"].value() == "2019-1"
    assert ("2019-1", "Q1 2019") in formulier.fields["start_kwartaal"].choices
    client.post(url("actie_update", plan, pk=actie.pk), bewerk_data(actie, start_kwartaal="2019-1"))
    actie.refresh_from_db()
    assert (actie.periode_start, actie.versie) == (datetime.date(2019, 1, 1), 2)
