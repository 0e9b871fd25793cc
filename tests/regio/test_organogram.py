"""The organogram: its geometry, its text alternative, escaping, and the PNG for the DOCX."""

import itertools
from xml.etree import ElementTree

import pytest
from django.template.loader import render_to_string

from regio.constants import Groepsoort
from regio.models import Groep, Groepslid, Regioproject
from regio.organogram import BREEDTE, organogram_png, organogram_svg, organogram_van


def overlappen(a, b) -> bool:
    return a.x < b.x + b.breedte and b.x < a.x + a.breedte and a.y < b.y + b.hoogte and b.y < a.y + a.hoogte


def vak(organogram, groep):
    return next(v for v in organogram.vakken if v.groep.pk == groep.pk)


def test_the_hierarchy_runs_top_down_with_the_werkgroepen_side_by_side(regio):
    organogram = organogram_van(regio["project"])
    stuur, team = vak(organogram, regio["stuurgroep"]), vak(organogram, regio["projectteam"])
    monitor, communicatie = vak(organogram, regio["monitor"]), vak(organogram, regio["communicatie"])
    assert stuur.onder < team.y
    assert team.onder < monitor.y
    assert monitor.y == communicatie.y
    assert monitor.x + monitor.breedte < communicatie.x
    assert stuur.midden_x == team.midden_x
    for a, b in itertools.combinations(organogram.vakken, 2):
        assert not overlappen(a, b), (a.groep, b.groep)


def test_the_klankbord_groups_stand_beside_the_hierarchy_with_a_dashed_line(regio):
    organogram = organogram_van(regio["project"])
    hierarchie = [v for v in organogram.vakken if not v.klankbord]
    rechts = max(v.x + v.breedte for v in hierarchie)
    expert, kop = vak(organogram, regio["expertgroep"]), vak(organogram, regio["kopgroep"])
    assert expert.x > rechts and kop.x == expert.x
    assert expert.y == vak(organogram, regio["projectteam"]).y
    assert kop.y > expert.onder
    gestippeld = [lijn for lijn in organogram.lijnen if lijn.gestippeld]
    assert len(gestippeld) == 4  # from the projectteam, the spine, and one to each klankbord group
    assert "Als klankbord ernaast: Expertgroep, Kopgroep." in organogram.beschrijving


def test_members_with_a_footnote_get_a_marker_and_the_footnotes_are_listed(regio):
    Groepslid.objects.create(groep=regio["monitor"], naam="Bram", voetnoot="Focus op handhaving en veiligheid")
    Groepslid.objects.create(groep=regio["stuurgroep"], naam="Carla", voetnoot="Projectleider")
    organogram = organogram_van(regio["project"])
    assert [(n.teken, n.tekst) for n in organogram.voetnoten] == [
        ("*", "Projectleider"),
        ("**", "Focus op handhaving en veiligheid"),
    ]
    teksten = [regel.tekst for v in organogram.vakken for regel in v.regels]
    assert any(t.startswith("Carla*") and "**" not in t for t in teksten)
    assert any(t.startswith("Bram**") for t in teksten)
    html = render_to_string("regio/partials/organogram.html", {"organogram": organogram})
    assert "** Focus op handhaving en veiligheid" in html


def test_long_names_are_wrapped_inside_the_box(regio):
    regio["monitor"].naam = "Werkgroep " + "Beleid, handhaving en veiligheid " * 3
    regio["monitor"].save()
    organogram = organogram_van(regio["project"])
    monitor = vak(organogram, regio["monitor"])
    koppen = [r for r in monitor.regels if r.soort == "kop"]
    assert len(koppen) >= 4
    assert all(len(r.tekst) * 14 * 0.66 <= BREEDTE for r in koppen)
    assert monitor.regels[-1].y < monitor.onder


def project_met(regio, aantal: int) -> Regioproject:
    """A stuurgroep, a projectteam, werkgroepen and the two klankbord groups: `aantal` groups in all."""
    project = Regioproject.objects.create(regio=regio["regio"], naam=f"Project {aantal}", startjaar=2024, eindjaar=2026)
    stuur = Groep.objects.create(project=project, naam="Stuurgroep", soort=Groepsoort.STUURGROEP)
    groepen = [stuur]
    if aantal > 1:
        team = Groep.objects.create(project=project, naam="Team", soort=Groepsoort.PROJECTTEAM, bovenliggend=stuur)
        groepen.append(team)
        for soort in [Groepsoort.EXPERTGROEP, Groepsoort.KOPGROEP][: aantal - 2]:
            groepen.append(Groep.objects.create(project=project, naam=soort.label, soort=soort))
        for nummer in range(aantal - len(groepen)):
            groepen.append(
                Groep.objects.create(
                    project=project, naam=f"Werkgroep {nummer}", soort=Groepsoort.WERKGROEP, bovenliggend=team
                )
            )
    for nummer, groep in enumerate(groepen):
        for lid in range(nummer % 4 + 1):
            Groepslid.objects.create(groep=groep, naam=f"Lid {lid} met een lange naam", organisatie="GGD")
    return project


@pytest.mark.parametrize("aantal", [1, 2, 3, 6, 7, 12])
def test_one_to_twelve_groups_fit_without_overlap(regio, aantal):
    organogram = organogram_van(project_met(regio, aantal))
    assert len(organogram.vakken) == aantal
    for a, b in itertools.combinations(organogram.vakken, 2):
        assert not overlappen(a, b), (a.groep, b.groep)
    assert all(v.x >= 0 and v.x + v.breedte <= organogram.breedte for v in organogram.vakken)
    assert all(v.y >= 0 and v.onder <= organogram.hoogte for v in organogram.vakken)
    # Eight werkgroepen wrap into two rows of four, so the drawing stays about a page wide.
    assert organogram.breedte < 5 * BREEDTE + 300


def test_names_are_escaped_in_the_svg_and_the_list(regio):
    regio["monitor"].naam = "<script>alert(1)</script> & Co"
    regio["monitor"].save()
    Groepslid.objects.create(groep=regio["monitor"], naam="Ed <b>", organisatie="A & B", voetnoot="<i>noot</i>")
    html = render_to_string("regio/partials/organogram.html", {"organogram": organogram_van(regio["project"])})
    assert "<script>" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in html
    assert "A &amp; B" in html
    svg = organogram_svg(regio["project"])
    ElementTree.fromstring(svg)  # well-formed XML, so WeasyPrint and cairosvg read it


def test_the_svg_has_a_text_alternative(regio):
    html = render_to_string("regio/partials/organogram.html", {"organogram": organogram_van(regio["project"])})
    assert 'role="img"' in html
    assert "<title id=" in html and "Organogram van Preventieproject Lindeland" in html
    assert "Bovenaan: Stuurgroep. Onder Stuurgroep: Projectteam." in html
    assert "Onder Projectteam: Werkgroep Monitor, Werkgroep Communicatie en Educatie." in html
    assert 'class="visually-hidden"' in html


def test_the_png_for_the_word_document(regio):
    png = organogram_png(regio["project"])
    assert png.startswith(b"\x89PNG")
    assert len(png) > 5000


def test_a_klankbord_group_under_a_werkgroep_is_joined_without_crossing_other_boxes(regio):
    regio["kopgroep"].bovenliggend = regio["monitor"]  # Monitor has Communicatie to its right
    regio["kopgroep"].save()
    organogram = organogram_van(regio["project"])
    for lijn in organogram.lijnen:
        for v in organogram.vakken:
            if lijn.y1 == lijn.y2:
                binnen = v.y < lijn.y1 < v.onder and min(lijn.x1, lijn.x2) < v.midden_x < max(lijn.x1, lijn.x2)
                assert not binnen, (lijn, v.groep)
    assert vak(organogram, regio["expertgroep"]).y == vak(organogram, regio["projectteam"]).y
