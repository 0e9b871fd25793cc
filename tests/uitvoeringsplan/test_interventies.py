import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from scanner.models import Middel
from tests import factories
from uitvoeringsplan.models import Interventie

pytestmark = pytest.mark.django_db


def test_the_catalogue_is_searched_and_filtered(client, lezer):
    alcohol = factories.InterventieFactory(naam="Ouderavond alcohol", databank="leefstijl", preventievorm="universeel")
    alcohol.middelen.add(Middel.standaard()["alcohol"])
    factories.InterventieFactory(naam="Festival harm reduction", databank="wat_werkt_drugs")
    client.force_login(lezer)
    assert [i.naam for i in client.get(reverse("interventie_list"), {"q": "ouder"}).context["interventies"]] == [
        "Ouderavond alcohol"
    ]
    assert [
        i.naam for i in client.get(reverse("interventie_list"), {"databank": "wat_werkt_drugs"}).context["interventies"]
    ] == ["Festival harm reduction"]
    middel = Middel.standaard()["alcohol"]
    assert [i.naam for i in client.get(reverse("interventie_list"), {"middel": middel.pk}).context["interventies"]] == [
        "Ouderavond alcohol"
    ]


def test_only_kernteam_members_maintain_the_catalogue(client, lezer, kernteamlid):
    interventie = factories.InterventieFactory()
    client.force_login(lezer)
    weigering = client.get(reverse("interventie_create"))
    assert weigering.status_code == 403
    assert "onderhouden de catalogus" in weigering.content.decode()
    assert client.post(reverse("interventie_update", args=[interventie.pk]), {"naam": "Anders"}).status_code == 403
    assert Interventie.objects.get().naam == interventie.naam
    assert client.get(reverse("interventie_list")).context["mag_bewerken"] is False
    client.force_login(kernteamlid)
    response = client.post(reverse("interventie_create"), {"naam": "Nieuwe interventie", "databank": "jeugd"})
    assert response.status_code == 302
    assert Interventie.objects.filter(naam="Nieuwe interventie").exists()


def schrijf(tmp_path, tekst):
    bestand = tmp_path / "interventies.csv"
    bestand.write_text(tekst, encoding="utf-8")
    return bestand


def test_a_good_file_is_imported_and_importing_it_again_changes_nothing(tmp_path):
    bestand = schrijf(
        tmp_path,
        "naam;databank;erkenningsniveau;preventievorm;middelen;voorbeeld\n"
        "Voorbeeld A;jeugd;Goed onderbouwd;universeel;alcohol|drugs;ja\n"
        "Voorbeeld B;Basispakket Verslavingspreventie;;;roken;nee\n",
    )
    call_command("import_interventies", str(bestand), verbosity=0)
    call_command("import_interventies", str(bestand), verbosity=0)
    a = Interventie.objects.get(naam="Voorbeeld A")
    assert Interventie.objects.count() == 2
    assert (a.databank, a.erkenningsniveau, a.is_voorbeeld) == ("jeugd", "goed_onderbouwd", True)
    assert sorted(m.code for m in a.middelen.all()) == ["alcohol", "drugs"]
    assert Interventie.objects.get(naam="Voorbeeld B").databank == "basispakket"


def test_a_file_with_a_bad_row_imports_nothing_and_names_the_line(tmp_path):
    bestand = schrijf(tmp_path, "naam,databank,middelen\nGoed,jeugd,alcohol\nFout,onbekend,bier\n,jeugd,\n")
    with pytest.raises(CommandError) as fout:
        call_command("import_interventies", str(bestand), verbosity=0)
    melding = str(fout.value)
    assert "regel 3: databank" in melding and "bier" in melding
    assert "regel 4: naam" in melding
    assert not Interventie.objects.exists()


def test_unknown_columns_are_refused(tmp_path):
    bestand = schrijf(tmp_path, "naam,kleur\nA,rood\n")
    with pytest.raises(CommandError, match="onbekende kolommen: kleur"):
        call_command("import_interventies", str(bestand), verbosity=0)
