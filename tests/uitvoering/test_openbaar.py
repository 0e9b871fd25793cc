"""Publication: who may publish, what the public sees and never sees, the open data, fixed query counts.

The plans here are adopted through `plan_vaststellen`, because the public side reads the adopted
snapshot; the adopted PDF/A itself is a stand-in except where a test asks for `echte_pdf`. The
public PDF is always rendered for real.
"""

import csv
import hashlib
import io
import json

import pypdf
import pytest
from django.urls import reverse

from rapportage.services import nieuwe_conceptversie, plan_vaststellen
from tests import factories
from tests.test_config import OPEN_PAGINAS
from uitvoering import urls_openbaar
from uitvoering.models import Publicatie
from uitvoering.openbaar import CSV_KOLOMMEN
from uitvoering.services import publicatie_wijzigen, voortgang_melden
from uitvoeringsplan.constants import PlanStatus, Rol, Uitvoeringsstatus
from uitvoeringsplan.models import Actie
from uitvoeringsplan.workflow import status_wijzigen

pytestmark = pytest.mark.django_db

OPENBARE_NAMEN = {"openbaar_plannen", "openbaar_plan", "openbaar_plan_pdf", "openbaar_plan_json", "openbaar_plan_csv"}
# Free text that names people: it is in the adopted plan, never on the public side.
WIE_DOET_WAT = "Ferdinanda Grubbekamp belt de scholen"
AMBASSADEUR = "Hendrikus Zwanepoel"
GEHEIME_TITEL = "Geheim plan Zuidwaard"


@pytest.fixture
def echte_pdf():
    """Ask for this to have the adopted PDF/A rendered for real."""


@pytest.fixture(autouse=True)
def _snelle_vaststelling(request, monkeypatch):
    """Rendering the adopted PDF/A takes seconds and only one test reads it: the others get a stand-in.

    The public PDF is always rendered for real.
    """
    if "echte_pdf" not in request.fixturenames:
        monkeypatch.setattr("rapportage.services.render_pdf", lambda *args, **kwargs: ("", b"%PDF-1.7\n% stand-in\n"))


@pytest.fixture
def organisatie(plan):
    return factories.OrganisatieFactory(gemeente=plan.gemeente, naam="Jongerenwerk De Linde")


@pytest.fixture
def persoonsgegevens(plan, projectleider, kernteamlid, stakeholder, lezer, organisatie) -> list[str]:
    """Every member and a register entry get a name, e-mail and phone number found nowhere else."""
    gegevens = []
    for user, voornaam, achternaam in [
        (projectleider, "Quirijntje", "Vlamsteeg"),
        (kernteamlid, "Eeltje", "Oudewillemse"),
        (stakeholder, "Brechtje", "Kwakernaat"),
        (lezer, "Wybrand", "Snoeijink"),
    ]:
        user.username, user.first_name, user.last_name = f"{voornaam}{achternaam}".lower(), voornaam, achternaam
        user.email = f"{voornaam.lower()}.{achternaam.lower()}@geheim.example"
        user.save()
        gegevens += [voornaam, achternaam, user.email, user.username]
    factories.StakeholderFactory(
        organisatie=organisatie,
        user=stakeholder,
        naam="Ferdinanda Grubbekamp",
        email="f.grubbekamp@geheim.example",
        telefoon="06-98765432",
    )
    return [*gegevens, "Ferdinanda", "Grubbekamp", "f.grubbekamp@geheim.example", "06-98765432", "0698765432"]


def vaststellen(plan, door, organisatie, *, acties: int = 2):
    """Adopt `plan` with `acties` complete acties of `organisatie`, and put it in uitvoering."""
    invultabel = factories.InvultabelFactory(plan=plan, aanbeveling__titel="Minder alcohol onder jongeren")
    for nummer in range(1, acties + 1):
        actie = factories.CompleteActieFactory(
            invultabel=invultabel, titel=f"{plan.titel}: actie {nummer}", wie_doet_wat=WIE_DOET_WAT
        )
        actie.verantwoordelijken.add(organisatie)
    plan.inleiding = "Samen zorgen we dat jongeren later beginnen met drinken."
    plan.ambassadeur = AMBASSADEUR
    plan.status = PlanStatus.TER_REVIEW
    plan.save()
    vaststelling = plan_vaststellen(plan=plan, door=door, reden="test")
    status_wijzigen(plan=plan, naar=PlanStatus.IN_UITVOERING, door=door)
    return vaststelling


@pytest.fixture
def gepubliceerd(plan, projectleider, organisatie, persoonsgegevens):
    vaststellen(plan, projectleider, organisatie)
    publicatie_wijzigen(plan=plan, openbaar=True, door=projectleider)
    return plan


def ander_plan(titel: str, *, acties: int = 2, openbaar: bool = True):
    """An adopted plan of another gemeente with its own projectleider, published or taken down again."""
    projectleider = factories.LidmaatschapFactory(rol=Rol.PROJECTLEIDER, plan__titel=titel).user
    plan = projectleider.lidmaatschappen.get().plan
    vaststellen(plan, projectleider, factories.OrganisatieFactory(gemeente=plan.gemeente), acties=acties)
    publicatie_wijzigen(plan=plan, openbaar=True, door=projectleider)
    if not openbaar:
        publicatie_wijzigen(plan=plan, openbaar=False, door=projectleider)
    return plan


def openbaar_url(naam: str, plan) -> str:
    return reverse(naam, kwargs={"pk": plan.pk})


def inhoud(response) -> str:
    """The text a visitor receives: a PDF's extracted text and metadata, anything else as it is."""
    data = b"".join(response.streaming_content) if response.streaming else response.content
    if data.startswith(b"%PDF"):
        lezer = pypdf.PdfReader(io.BytesIO(data))
        return "\n".join([*(pagina.extract_text() for pagina in lezer.pages), *map(str, lezer.metadata.values())])
    return data.decode("utf-8-sig")


# The projectleider's commands


def test_the_projectleider_publishes_an_adopted_plan_and_takes_it_down(client, plan, projectleider, organisatie):
    vaststellen(plan, projectleider, organisatie)
    client.force_login(projectleider)
    response = client.post(reverse("publiceren", args=[plan.pk]), follow=True)
    assert response.redirect_chain[-1][0] == reverse("uitvoering", args=[plan.pk])
    assert "Het plan is nu openbaar." in response.content.decode()
    assert Publicatie.objects.get(plan=plan).openbaar
    assert client.get(openbaar_url("openbaar_plan", plan)).status_code == 200

    response = client.post(reverse("publicatie_intrekken", args=[plan.pk]), follow=True)
    assert "Het plan is niet meer openbaar." in response.content.decode()
    publicatie = Publicatie.objects.get(plan=plan)
    assert not publicatie.openbaar and publicatie.gewijzigd_door == projectleider
    assert [h.openbaar for h in publicatie.history.all()] == [False, True]  # one record per change
    assert client.get(openbaar_url("openbaar_plan", plan)).status_code == 404


@pytest.mark.parametrize("rol", [Rol.KERNTEAMLID, Rol.STAKEHOLDER, Rol.LEZER])
@pytest.mark.parametrize("commando", ["publiceren", "publicatie_intrekken"])
def test_only_the_projectleider_may_publish(client, uitvoering, leden, rol, commando):
    client.force_login(leden[rol])
    assert client.post(reverse(commando, args=[uitvoering["plan"].pk])).status_code == 403
    assert not Publicatie.objects.exists()


def test_a_projectleider_of_another_gemeente_gets_404(client, uitvoering):
    plan = uitvoering["plan"]
    elders = factories.LidmaatschapFactory(rol=Rol.PROJECTLEIDER).user
    client.force_login(elders)
    assert client.post(reverse("publiceren", args=[plan.pk])).status_code == 404
    assert not Publicatie.objects.exists()


def test_a_plan_never_adopted_cannot_be_published(client, plan, projectleider):
    client.force_login(projectleider)
    response = client.post(reverse("publiceren", args=[plan.pk]), follow=True)
    assert response.redirect_chain[-1][0] == plan.get_absolute_url()
    assert "Alleen een vastgesteld plan kan openbaar worden gemaakt." in response.content.decode()
    assert not Publicatie.objects.exists()


def test_the_commands_take_only_a_post(client, plan, projectleider):
    client.force_login(projectleider)
    assert client.get(reverse("publiceren", args=[plan.pk])).status_code == 405
    assert client.get(reverse("publicatie_intrekken", args=[plan.pk])).status_code == 405


def test_the_overview_offers_publication_to_the_projectleider_and_the_link_to_everyone(
    client, plan, projectleider, kernteamlid, organisatie
):
    vaststellen(plan, projectleider, organisatie, acties=1)
    client.force_login(projectleider)
    pagina = client.get(reverse("uitvoering", args=[plan.pk])).content.decode()
    assert reverse("publiceren", args=[plan.pk]) in pagina
    assert openbaar_url("openbaar_plan", plan) not in pagina

    publicatie_wijzigen(plan=plan, openbaar=True, door=projectleider)
    pagina = client.get(reverse("uitvoering", args=[plan.pk])).content.decode()
    assert reverse("publicatie_intrekken", args=[plan.pk]) in pagina and "data-bevestig" in pagina
    assert openbaar_url("openbaar_plan", plan) in pagina

    client.force_login(kernteamlid)
    pagina = client.get(reverse("uitvoering", args=[plan.pk])).content.decode()
    assert openbaar_url("openbaar_plan", plan) in pagina
    assert reverse("publicatie_intrekken", args=[plan.pk]) not in pagina


# What the public sees


def test_a_published_plan_opens_without_login(client, gepubliceerd):
    pagina = client.get(openbaar_url("openbaar_plan", gepubliceerd))
    assert pagina.status_code == 200
    tekst = pagina.content.decode()
    assert tekst.count("<h1") == 1 and '<html lang="nl">' in tekst
    assert "Samen zorgen we dat jongeren later beginnen met drinken." in tekst
    assert "Uitvoeringsplan middelenpreventie: actie 2" in tekst and "Jongerenwerk De Linde" in tekst
    assert "Uitloggen" not in tekst  # no user menu
    pdf = client.get(openbaar_url("openbaar_plan_pdf", gepubliceerd))
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert client.get(openbaar_url("openbaar_plan_json", gepubliceerd)).status_code == 200
    assert client.get(openbaar_url("openbaar_plan_csv", gepubliceerd)).status_code == 200
    lijst = client.get(reverse("openbaar_plannen")).content.decode()
    assert openbaar_url("openbaar_plan", gepubliceerd) in lijst


def test_a_plan_taken_down_adopted_but_unpublished_or_unknown_is_not_found(client, plan, projectleider, organisatie):
    vaststellen(plan, projectleider, organisatie, acties=1)
    ingetrokken = ander_plan(GEHEIME_TITEL, acties=1, openbaar=False)
    for naam in sorted(OPENBARE_NAMEN - {"openbaar_plannen"}):
        assert client.get(openbaar_url(naam, plan)).status_code == 404, naam  # adopted, never published
        assert client.get(openbaar_url(naam, ingetrokken)).status_code == 404, naam
        assert client.get(reverse(naam, kwargs={"pk": 999999})).status_code == 404, naam
    lijst = client.get(reverse("openbaar_plannen")).content.decode()
    assert GEHEIME_TITEL not in lijst and "Er zijn nog geen openbare uitvoeringsplannen." in lijst


def test_the_page_shows_the_current_status_and_an_actie_gone_since_adoption(client, gepubliceerd, projectleider):
    eerste, tweede = Actie.objects.van_plan(gepubliceerd)
    weg = tweede.pk
    voortgang_melden(actie=eerste, door=projectleider, status=Uitvoeringsstatus.GESTART, tekst="Begonnen.")
    nieuwe_conceptversie(plan=gepubliceerd, door=projectleider)
    gepubliceerd.refresh_from_db()
    gepubliceerd.titel = "Nieuwe titel, nog niet vastgesteld"
    gepubliceerd.save()
    tweede.delete()

    tekst = client.get(openbaar_url("openbaar_plan", gepubliceerd)).content.decode()
    assert "Gestart" in tekst and "Niet meer in het plan" in tekst
    assert "Nieuwe titel" not in tekst  # the adopted version, not the concept
    acties = client.get(openbaar_url("openbaar_plan_json", gepubliceerd)).json()["acties"]
    assert [(actie["id"], actie["status"]) for actie in acties] == [(eerste.pk, "gestart"), (weg, None)]
    assert "Nieuwe titel" not in client.get(reverse("openbaar_plannen")).content.decode()


def test_the_public_pdf_is_the_adopted_content_without_the_names_the_adopted_pdf_holds(client, echte_pdf, gepubliceerd):
    vaststelling = gepubliceerd.vaststellingen.get()
    with vaststelling.pdf.open("rb") as bestand:
        origineel = "".join(pagina.extract_text() for pagina in pypdf.PdfReader(bestand).pages)
    assert "Vlamsteeg" in origineel and AMBASSADEUR in origineel  # why the original cannot go out
    response = client.get(openbaar_url("openbaar_plan_pdf", gepubliceerd))
    data = b"".join(response.streaming_content)
    tekst = "".join(pagina.extract_text() for pagina in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert "Minder alcohol onder jongeren" in tekst and "Jongerenwerk De Linde" in tekst
    assert "Vlamsteeg" not in tekst and AMBASSADEUR not in tekst and "Ferdinanda" not in tekst
    assert b"pdfaid:part" in pypdf.PdfReader(io.BytesIO(data)).trailer["/Root"]["/Metadata"].get_data()
    metadata = client.get(openbaar_url("openbaar_plan_json", gepubliceerd)).json()["metadata"]
    assert metadata["pdf"]["sha256"] == hashlib.sha256(data).hexdigest()
    assert metadata["pdf"]["sha256_vastgestelde_pdf"] == vaststelling.sha256
    assert client.get(openbaar_url("openbaar_plan_pdf", gepubliceerd)).getvalue() == data  # rendered once, kept


# No personal data, no unpublished plan


def test_an_anonymous_walk_over_every_public_url_finds_no_personal_data_and_no_unpublished_plan(
    client, gepubliceerd, persoonsgegevens
):
    ingetrokken = ander_plan(GEHEIME_TITEL, openbaar=False)
    routes = [p for p in urls_openbaar.urlpatterns if getattr(p.callback, "login_required", True) is False]
    assert {route.name for route in routes} == OPENBARE_NAMEN <= OPEN_PAGINAS
    verboden = [*persoonsgegevens, WIE_DOET_WAT, AMBASSADEUR, GEHEIME_TITEL]
    bezocht = 0
    for route in routes:
        for plan, status in [(gepubliceerd, 200), (ingetrokken, 404)]:
            kwargs = {"pk": plan.pk} if "pk" in route.pattern.converters else {}
            response = client.get(reverse(route.name, kwargs=kwargs))
            assert response.status_code == (status if kwargs else 200), route.name
            tekst = inhoud(response).lower()
            gevonden = [woord for woord in verboden if woord.lower() in tekst]
            assert gevonden == [], f"{route.name} for {plan.titel}: {gevonden}"
            bezocht += 1
    assert bezocht == 2 * len(OPENBARE_NAMEN)


# Open data


def test_the_json_follows_the_documented_schema(client, gepubliceerd):
    response = client.get(openbaar_url("openbaar_plan_json", gepubliceerd))
    assert response["Content-Type"] == "application/json"
    gegevens = json.loads(response.content)
    assert set(gegevens) == {"metadata", "inleiding", "doelstellingen", "acties"}
    metadata = gegevens["metadata"]
    assert set(metadata) == {
        "titel",
        "gemeente",
        "documentsoort",
        "versie",
        "datum_vaststelling",
        "datum_openbaarmaking",
        "peildatum_status",
        "taal",
        "url",
        "pdf",
        "schemaversie",
    }
    assert metadata["gemeente"] == {"naam": "Lindewaard", "cbs_code": gepubliceerd.gemeente.cbs_code}
    assert metadata["documentsoort"] == "Uitvoeringsplan middelenpreventie" and metadata["versie"] == 1
    assert metadata["url"] == "http://testserver" + openbaar_url("openbaar_plan", gepubliceerd)
    assert set(metadata["pdf"]) == {"url", "sha256", "sha256_vastgestelde_pdf"}
    actie = gegevens["acties"][0]
    assert set(actie) == {
        "id",
        "nummer",
        "aanbeveling",
        "titel",
        "doelgroep",
        "preventievorm",
        "periode",
        "verantwoordelijke_organisaties",
        "prioriteit",
        "kosten_euro",
        "fte",
        "status",
        "status_omschrijving",
    }
    assert actie["nummer"] == "1.1" and actie["verantwoordelijke_organisaties"] == ["Jongerenwerk De Linde"]
    assert (actie["kosten_euro"], actie["fte"], actie["status"]) == ("1000.00", "0.10", "gepland")


def test_the_csv_has_a_fixed_header_and_opens_in_excel(client, gepubliceerd):
    response = client.get(openbaar_url("openbaar_plan_csv", gepubliceerd))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith("\ufeff".encode())
    rijen = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rijen[0] == CSV_KOLOMMEN
    assert len(rijen) == 3
    rij = dict(zip(CSV_KOLOMMEN, rijen[1], strict=True))
    assert rij["verantwoordelijke_organisaties"] == "Jongerenwerk De Linde"
    assert (rij["kosten_euro"], rij["fte"], rij["status_omschrijving"]) == ("1000,00", "0,10", "Gepland")


# Speed


def test_the_public_page_takes_the_same_number_of_queries_at_two_plan_sizes(client, django_assert_num_queries):
    klein = ander_plan("Klein plan", acties=2)
    groot = ander_plan("Groot plan", acties=12)
    for plan in (klein, groot):
        with django_assert_num_queries(2):
            response = client.get(openbaar_url("openbaar_plan", plan))
        assert response.status_code == 200
    with django_assert_num_queries(2):
        client.get(openbaar_url("openbaar_plan_csv", groot))


def test_the_adopted_doelen_are_public_with_their_charts_and_missing_values_stay_missing(
    client, plan, projectleider, organisatie
):
    doel = factories.DoelstellingFactory(plan=plan, titel="Minder jongeren drinken")
    indicator = factories.IndicatorFactory(doelstelling=doel, naam="Maandelijks alcoholgebruik klas 4")
    factories.MetingFactory(indicator=indicator, jaar=2024, waarde=27)
    factories.MetingFactory(indicator=indicator, jaar=2025, waarde=None, ontbreekt="te_weinig_respondenten")
    vaststellen(plan, projectleider, organisatie)
    publicatie_wijzigen(plan=plan, openbaar=True, door=projectleider)

    html = client.get(openbaar_url("openbaar_plan", plan)).content.decode()
    assert "Minder jongeren drinken" in html and 'class="indicator-svg"' in html
    doelen = json.loads(client.get(openbaar_url("openbaar_plan_json", plan)).content)["doelstellingen"]
    assert doelen[0]["titel"] == "Minder jongeren drinken"
    assert doelen[0]["indicatoren"][0]["metingen"] == [
        {"jaar": 2024, "waarde": 27.0, "ontbreekt": None},
        {"jaar": 2025, "waarde": None, "ontbreekt": "te weinig respondenten"},
    ]
