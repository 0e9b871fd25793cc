"""A regional project like the seed's (seeds/003): its organisation, and last year's jaarplan with realisations.

`regio` is a dict:
- `regio` with the `plan`'s gemeente and two more (`gemeente_b`, `gemeente_c`);
- `project` (2021–2024, hoofdboodschap "Skip die trip");
- groups `stuurgroep`, `projectteam` (under it), werkgroepen `monitor` and `communicatie` (under the
  projectteam), `expertgroep` and `kopgroep` beside them;
- users: `voorzitter` (stuurgroep), `projectleider_regio` (projectteam), `trekker` and `werkgroeplid`
  (werkgroep Monitor);
- `jaarplan` of 2022 (concept) with an uitgangspunt, a hoofddoel per deelgebied and four
  hoofdactiviteiten of the werkgroep Monitor: `gerealiseerd`, `deels`, `niet` and `open` (no realisation).
"""

import datetime

import pytest

from regio.constants import Groepsoort, Groepsrol, Realisatie
from regio.models import Groep, Groepslid, Hoofdactiviteit, Hoofddoel, Jaarplan, Regio, Regioproject, Uitgangspunt
from tests import factories


@pytest.fixture
def regio(plan):
    return regio_bouwen(plan)


def regio_bouwen(plan) -> dict:
    """The fixture's data, also for browser tests that build it in a transactional database."""
    gemeente_b = factories.GemeenteFactory(naam="Beekveld")
    gemeente_c = factories.GemeenteFactory(naam="Costerwijk")
    regio = Regio.objects.create(naam="Regio Lindeland")
    regio.gemeenten.set([plan.gemeente, gemeente_b, gemeente_c])
    project = Regioproject.objects.create(
        regio=regio, naam="Preventieproject Lindeland", startjaar=2021, eindjaar=2024, hoofdboodschap="Skip die trip"
    )

    def groep(naam, soort, boven=None, volgorde=0, thema=""):
        return Groep.objects.create(
            project=project, naam=naam, soort=soort, bovenliggend=boven, volgorde=volgorde, thema=thema
        )

    stuurgroep = groep("Stuurgroep", Groepsoort.STUURGROEP, volgorde=1)
    projectteam = groep("Projectteam", Groepsoort.PROJECTTEAM, stuurgroep, 2)
    monitor = groep("Werkgroep Monitor", Groepsoort.WERKGROEP, projectteam, 3, "Monitor")
    communicatie = groep("Werkgroep Communicatie en Educatie", Groepsoort.WERKGROEP, projectteam, 4)
    expertgroep = groep("Expertgroep", Groepsoort.EXPERTGROEP, volgorde=5)
    kopgroep = groep("Kopgroep", Groepsoort.KOPGROEP, volgorde=6)

    def lid(groep, username, rol=Groepsrol.LID, **velden):
        user = factories.UserFactory(username=username)
        Groepslid.objects.create(groep=groep, naam=user.get_full_name(), user=user, rol=rol, **velden)
        return user

    gebruikers = {
        "voorzitter": lid(stuurgroep, "voorzitter", Groepsrol.VOORZITTER, gemeente=plan.gemeente),
        "projectleider_regio": lid(projectteam, "projectleider_regio", voetnoot="Projectleider"),
        "trekker": lid(monitor, "trekker", Groepsrol.TREKKER),
        "werkgroeplid": lid(monitor, "werkgroeplid"),
    }
    jaarplan = Jaarplan.objects.create(project=project, jaar=2022, inleiding="Het tweede projectjaar.")
    Uitgangspunt.objects.create(jaarplan=jaarplan, kop="Resultaten monitor als inhoudelijk kompas", volgorde=1)
    Hoofddoel.objects.create(jaarplan=jaarplan, groep=projectteam, tekst="Draagvlak versterken")
    Hoofddoel.objects.create(
        jaarplan=jaarplan, groep=monitor, tekst="Eerste analyses", deadline=datetime.date(2022, 5, 1)
    )

    def activiteit(tekst, realisatie, volgorde):
        nieuw = Hoofdactiviteit.objects.create(
            jaarplan=jaarplan, groep=monitor, tekst=tekst, realisatie=realisatie, trekker="GGD", volgorde=volgorde
        )
        nieuw.gemeenten.set([gemeente_b])
        return nieuw

    activiteiten = {
        "gerealiseerd": activiteit("Voorlopig rapport", Realisatie.GEREALISEERD, 1),
        "deels": activiteit("Rapport met aanbevelingen", Realisatie.DEELS, 2),
        "niet": activiteit("Overhandigingsmoment", Realisatie.NIET, 3),
        "open": activiteit("Advies aan de stuurgroep", "", 4),
    }
    return {
        "regio": regio,
        "project": project,
        "gemeente_b": gemeente_b,
        "gemeente_c": gemeente_c,
        "stuurgroep": stuurgroep,
        "projectteam": projectteam,
        "monitor": monitor,
        "communicatie": communicatie,
        "expertgroep": expertgroep,
        "kopgroep": kopgroep,
        "jaarplan": jaarplan,
        **gebruikers,
        **activiteiten,
    }
