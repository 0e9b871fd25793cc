"""A crawl of every regional page: a member of one gemeente's plan sees the region's aggregates, never
another gemeente's concept, contact details or review comments, and no page fails.

The crawl reads the URL patterns from `config.urls`, so a regional page added later is crawled too.
"""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from regio.implementatie import hoofdactiviteit_overnemen
from regio.models import Groepslid, Hoofdactiviteit, Hoofddoel, Jaarplan, LokaleImplementatie, Uitgangspunt
from tests import factories
from uitvoeringsplan.models import Actie

GEHEIM = [
    "Conceptplan Merelzang",  # the title of Beekveld's concept plan
    "Geheimactie Zwaluwstaart",  # an actie of that concept
    "Hernoemd Kwartelkoning",  # the taken-over actie, renamed by Beekveld's kernteam
    "Indicator IJsvogel",  # an indicator of the concept
    "zwaluw.geheim@example.org",  # a stakeholder's e-mail address
    "06-98765432",  # the same stakeholder's phone number
    "Opmerking Roerdomp",  # a review comment on the concept
]


def regionale_routes() -> list[str]:
    """Every route of `config.urls` that starts with "regio/", with its converters as written."""
    routes = []

    def doorlopen(patronen, voor=""):
        for patroon in patronen:
            route = voor + str(patroon.pattern)
            if isinstance(patroon, URLResolver):
                doorlopen(patroon.url_patterns, route)
            elif isinstance(patroon, URLPattern) and route.startswith("regio/"):
                routes.append(route)

    doorlopen(get_resolver().url_patterns)
    return routes


@pytest.fixture
def beekveld(regio, kernteamlid):
    """Beekveld's concept plan with things nobody outside it may see; Lindewaard's member is `kernteamlid`."""
    plan = factories.UitvoeringsplanFactory(gemeente=regio["gemeente_b"], titel="Conceptplan Merelzang")
    eigen = factories.LidmaatschapFactory(plan=plan, user__username="beekveld").user
    tabel = factories.InvultabelFactory(plan=plan)
    actie = factories.ActieFactory(invultabel=tabel, titel="Geheimactie Zwaluwstaart")
    overgenomen = hoofdactiviteit_overnemen(
        hoofdactiviteit=regio["deels"], plan=plan, aanbeveling=tabel.aanbeveling, door=eigen
    )
    Actie.objects.filter(pk=overgenomen.pk).update(titel="Hernoemd Kwartelkoning")
    factories.IndicatorFactory(doelstelling__plan=plan, naam="Indicator IJsvogel")
    factories.StakeholderFactory(gemeente=plan.gemeente, email="zwaluw.geheim@example.org", telefoon="06-98765432")
    factories.OpmerkingFactory(plan=plan, actie=actie, tekst="Opmerking Roerdomp")
    return plan


def waarden_voor(regio) -> dict[str, list]:
    """Real values for the URL's keyword arguments; an unknown id is tried with every id of the project."""
    project = regio["project"]
    ids = {
        "jaarplan": list(Jaarplan.objects.filter(project=project).values_list("pk", flat=True)),
        "groep": [regio[naam].pk for naam in ("stuurgroep", "projectteam", "monitor", "communicatie", "kopgroep")],
        "lid": list(Groepslid.objects.filter(groep__project=project).values_list("pk", flat=True)),
        "activiteit": list(Hoofdactiviteit.objects.filter(jaarplan__project=project).values_list("pk", flat=True)),
        "hoofddoel": list(Hoofddoel.objects.filter(jaarplan__project=project).values_list("pk", flat=True)),
        "uitgangspunt": list(Uitgangspunt.objects.filter(jaarplan__project=project).values_list("pk", flat=True)),
        "implementatie": list(LokaleImplementatie.objects.values_list("pk", flat=True)),
    }
    ids["hoofdactiviteit"] = ids["activiteit"]
    ids["alle"] = sorted({pk for lijst in ids.values() for pk in lijst})
    ids["project"] = [project.pk]
    ids["jaar"] = [2022, 2021]
    return ids


def invullen(route: str, waarden: dict[str, list]) -> list[str]:
    """The paths for a route: each keyword argument filled with the values known for its name."""
    paden = [route]
    for soort, naam in re.findall(r"<(?:(\w+):)?(\w+)>", route):
        sleutel = naam.removesuffix("_pk").removesuffix("_id")
        kandidaten = waarden.get(sleutel) or (waarden["alle"] if soort in ("int", "") else ["1"])
        if soort not in ("int", ""):
            kandidaten = [str(k) for k in kandidaten]
        patroon = re.compile(rf"<(?:\w+:)?{naam}>")
        paden = [patroon.sub(str(kandidaat), pad, count=1) for pad in paden for kandidaat in kandidaten]
    return ["/" + pad for pad in paden]


@pytest.mark.parametrize("wie", ["kernteamlid", "voorzitter"])
def test_no_regional_page_shows_another_gemeentes_concept_people_or_comments(client, regio, beekveld, kernteamlid, wie):
    client.force_login(kernteamlid if wie == "kernteamlid" else regio["voorzitter"])
    routes = regionale_routes()
    assert any("gemeenten/" in route for route in routes) and any("lokale-implementatie/" in r for r in routes)
    waarden = waarden_voor(regio)
    bezocht = {}
    for route in routes:
        for pad in invullen(route, waarden):
            response = client.get(pad)
            bezocht[pad] = response.status_code
            assert response.status_code < 500, pad
            soort = response.get("Content-Type", "")
            if soort.startswith(("text/", "application/json", "image/svg")):
                tekst = response.content.decode()
                for geheim in GEHEIM:
                    assert geheim not in tekst, f"{geheim!r} op {pad}"
    project = regio["project"].pk
    assert bezocht[reverse("regio_gemeenten", args=[project])] == 200
    assert bezocht[reverse("regio_implementatie", args=[project])] == 200
    assert bezocht[reverse("regio_project", args=[project])] == 200
