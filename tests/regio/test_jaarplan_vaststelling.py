"""Realisation, adoption by the stuurgroep with its PDF check, the exports and the comparison."""

import hashlib
import io

import pytest
from django.urls import reverse

from regio.constants import Realisatie
from regio.models import Hoofdactiviteit, Hoofddoel, Jaarplan, Uitgangspunt
from regio.services import jaarplan_opstellen, jaarplan_vaststellen
from regio.vergelijken import jaarplannen_vergelijken


def url(regio, naam, *extra, jaar=2022):
    return reverse(naam, args=[regio["project"].pk, jaar, *extra])


def realisatie(activiteit, waarde, toelichting=""):
    prefix = f"a{activiteit.pk}"
    return {f"{prefix}-realisatie": waarde, f"{prefix}-realisatie_toelichting": toelichting}


def test_a_trekker_fills_in_the_realisation_also_after_adoption(client, regio):
    jaarplan_vaststellen(jaarplan=regio["jaarplan"], door=regio["voorzitter"])
    client.force_login(regio["trekker"])
    open_ = regio["open"]
    adres = url(regio, "jaarplan_realisatie", open_.pk)
    response = client.post(adres, realisatie(open_, Realisatie.DOORGESCHOVEN, "Wacht op de monitor"))
    assert response["Location"].endswith(f"#activiteit-{open_.pk}")
    open_.refresh_from_db()
    assert (open_.realisatie, open_.realisatie_toelichting) == (Realisatie.DOORGESCHOVEN, "Wacht op de monitor")
    pagina = client.get(url(regio, "jaarplan_activiteitenoverzicht")).content.decode()
    assert "Wacht op de monitor" in pagina and "Realisatie opslaan" in pagina


def test_a_werkgroeplid_reads_the_activiteitenoverzicht_but_does_not_fill_it_in(client, regio):
    client.force_login(regio["werkgroeplid"])
    pagina = client.get(url(regio, "jaarplan_activiteitenoverzicht")).content.decode()
    assert "Voorlopig rapport" in pagina and "Realisatie opslaan" not in pagina
    response = client.post(url(regio, "jaarplan_realisatie", regio["open"].pk), realisatie(regio["open"], "niet"))
    assert response.status_code == 403


def test_an_unknown_realisation_is_refused_next_to_the_field(client, regio):
    client.force_login(regio["trekker"])
    response = client.post(url(regio, "jaarplan_realisatie", regio["open"].pk), realisatie(regio["open"], "half"))
    assert response.status_code == 200
    assert "Selecteer een geldige keuze" in response.content.decode()
    regio["open"].refresh_from_db()
    assert regio["open"].realisatie == ""


def test_the_adoption_page_warns_about_a_deelgebied_without_hoofddoel(client, regio):
    client.force_login(regio["voorzitter"])
    pagina = client.get(url(regio, "jaarplan_vaststelling")).content.decode()
    assert "Werkgroep Communicatie en Educatie heeft nog geen hoofddoel." in pagina
    assert "Projectorganisatie heeft 1 hoofddoel(en)." in pagina


@pytest.mark.parametrize("gebruiker", ["projectleider_regio", "trekker", "werkgroeplid"])
def test_only_the_stuurgroep_adopts(client, regio, gebruiker):
    client.force_login(regio[gebruiker])
    response = client.post(url(regio, "jaarplan_vaststelling"), {"bevestigen": "on"})
    assert response.status_code == 403
    assert "Alleen de stuurgroep stelt het jaarplan vast." in response.content.decode()
    assert not Jaarplan.objects.get(pk=regio["jaarplan"].pk).is_vastgesteld


def test_adoption_needs_the_confirmation(client, regio):
    client.force_login(regio["voorzitter"])
    response = client.post(url(regio, "jaarplan_vaststelling"), {})
    assert "Vink aan dat de stuurgroep het jaarplan heeft vastgesteld." in response.content.decode()
    assert not Jaarplan.objects.get(pk=regio["jaarplan"].pk).is_vastgesteld


def test_the_voorzitter_adopts_and_the_stored_pdf_is_served_and_checked(client, regio):
    client.force_login(regio["voorzitter"])
    response = client.post(url(regio, "jaarplan_vaststelling"), {"bevestigen": "on"}, follow=True)
    pagina = response.content.decode()
    jaarplan = Jaarplan.objects.select_related("vaststelling").get(pk=regio["jaarplan"].pk)
    assert jaarplan.is_vastgesteld
    assert "Vastgesteld door de stuurgroep op" in pagina and jaarplan.vaststelling.sha256 in pagina
    pdf = b"".join(client.get(url(regio, "jaarplan_pdf")).streaming_content)
    assert pdf.startswith(b"%PDF") and hashlib.sha256(pdf).hexdigest() == jaarplan.vaststelling.sha256
    response = client.post(url(regio, "jaarplan_controleren"), follow=True)
    assert "De bewaarde PDF is precies de vastgestelde versie." in response.content.decode()
    assert client.post(url(regio, "jaarplan_vaststelling"), {"bevestigen": "on"}).status_code == 403


def test_the_concept_pdf_is_rendered_live_with_concept_on_it(client, regio):
    from basis.pdf import render_pdf
    from regio.document import jaarplan_document

    client.force_login(regio["werkgroeplid"])
    response = client.get(url(regio, "jaarplan_pdf"))
    assert response.content.startswith(b"%PDF")
    assert "concept" in response["Content-Disposition"]
    html, _pdf = render_pdf("regio/jaarplan_pdf.html", {"doc": jaarplan_document(regio["jaarplan"]), "concept": True})
    for tekst in ["CONCEPT", "Organisatieschema", "De belangrijkste uitgangspunten", "Doelstellingen per deelgebied"]:
        assert tekst in html
    assert "Skip die trip" in html and "uiterlijk 1 mei 2022" in html.lower()


def test_the_docx_has_the_jaarplans_chapters(client, regio):
    from docx import Document

    jaarplan_opstellen(project=regio["project"], jaar=2023, door=regio["projectleider_regio"])
    client.force_login(regio["werkgroeplid"])
    response = client.get(url(regio, "jaarplan_docx", jaar=2023))
    tekst = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
    for kop in ["Jaarplan 2023", "Organisatieschema", "De belangrijkste uitgangspunten", "Projectorganisatie"]:
        assert kop in tekst
    assert "doorgeschoven uit 2022" in tekst and "Activiteitenoverzicht 2022" in tekst


def test_the_comparison_names_what_was_added_removed_and_changed(client, regio):
    jaarplan_vaststellen(jaarplan=regio["jaarplan"], door=regio["voorzitter"])
    nieuw = jaarplan_opstellen(project=regio["project"], jaar=2023, door=regio["projectleider_regio"])
    Uitgangspunt.objects.filter(jaarplan=nieuw).update(tekst="Nu met de resultaten")
    Uitgangspunt.objects.create(jaarplan=nieuw, kop="Duidelijke afzender", volgorde=2)
    Hoofddoel.objects.filter(jaarplan=nieuw, groep=regio["projectteam"]).delete()
    Hoofdactiviteit.objects.create(jaarplan=nieuw, groep=regio["monitor"], tekst="Monitor 2 voorbereiden")
    jaarplan_vaststellen(jaarplan=nieuw, door=regio["voorzitter"])
    client.force_login(regio["werkgroeplid"])
    pagina = client.get(url(regio, "jaarplan_vergelijken", jaar=2023)).content.decode()
    assert "Vergeleken met het vastgestelde jaarplan 2022." in pagina
    assert "Duidelijke afzender" in pagina and "Nu met de resultaten" in pagina
    assert "Draagvlak versterken" in pagina and "Monitor 2 voorbereiden" in pagina
    # The realised activity is no longer in the plan; the carried-over ones are not reported as changes.
    assert "Voorlopig rapport" in pagina and "Overhandigingsmoment" not in pagina


def test_the_first_jaarplan_has_nothing_to_compare_with(client, regio):
    client.force_login(regio["werkgroeplid"])
    pagina = client.get(url(regio, "jaarplan_vergelijken")).content.decode()
    assert "Er is geen vorige versie om mee te vergelijken" in pagina


def test_a_concept_is_compared_with_the_draft_it_came_from_when_last_year_was_never_adopted(client, regio):
    jaarplan_opstellen(project=regio["project"], jaar=2023, door=regio["projectleider_regio"])
    client.force_login(regio["werkgroeplid"])
    pagina = client.get(url(regio, "jaarplan_vergelijken", jaar=2023)).content.decode()
    assert "Vergeleken met het jaarplan 2022 (concept)." in pagina


def test_a_rewritten_goal_is_paired_as_changed_not_as_removed_and_added():
    oud = {
        "uitgangspunten": [],
        "deelgebieden": [
            {
                "groep": 1,
                "naam": "Monitor",
                "hoofddoelen": [{"tekst": "Het opleveren van de eerste analyses vanuit de monitor", "deadline": None}],
                "hoofdactiviteiten": [],
            }
        ],
    }
    nieuw = {
        "uitgangspunten": [],
        "deelgebieden": [
            {
                "groep": 1,
                "naam": "Monitor",
                "hoofddoelen": [
                    {
                        "tekst": "Het opleveren van de eerste analyses vanuit de monitor in januari",
                        "deadline": "2023-01-31",
                    }
                ],
                "hoofdactiviteiten": [],
            }
        ],
    }
    verschillen = jaarplannen_vergelijken(oud, nieuw)
    [wijziging] = verschillen.deelgebieden[0].hoofddoelen
    assert wijziging.soort == "gewijzigd" and wijziging.velden == ["tekst", "deadline"]
