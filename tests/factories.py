"""Test data: one factory per domain model, producing valid objects with as little as possible."""

import datetime

import factory
from django.contrib.auth import get_user_model

from bijeenkomsten.constants import BijeenkomstSoort
from bijeenkomsten.models import Agendapunt, Bijeenkomst, Prioritering, Uitnodiging
from rapportage.models import Opmerking
from scanner.constants import BeleidsdocumentSoort, Uitvoerder
from scanner.models import Aanbeveling, Beleidsdocument, Gemeente, Scanner
from stakeholders.constants import Sector
from stakeholders.models import Organisatie, Stakeholder
from uitvoeringsplan.constants import Rol
from uitvoeringsplan.models import (
    Actie,
    Doelstelling,
    Indicator,
    Interventie,
    Invultabel,
    Lidmaatschap,
    Meting,
    Uitvoeringsplan,
)
from uitvoeringsplan.models.doelen import Indicatorbron


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"gebruiker{n}")
    first_name = factory.Faker("first_name", locale="nl_NL")
    last_name = factory.Faker("last_name", locale="nl_NL")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("geheim-wachtwoord")


class GemeenteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Gemeente
        django_get_or_create = ("cbs_code",)

    naam = factory.Sequence(lambda n: f"Testgemeente {n}")
    cbs_code = factory.Sequence(lambda n: f"GM{8000 + n:04d}")


class ScannerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Scanner

    gemeente = factory.SubFactory(GemeenteFactory)
    titel = "Scanner Alcohol en Drugs"
    uitvoerder = Uitvoerder.TRIMBOS
    datum = datetime.date(2025, 6, 1)


class BeleidsdocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Beleidsdocument

    gemeente = factory.SubFactory(GemeenteFactory)
    soort = BeleidsdocumentSoort.PH_PLAN
    titel = "Preventie- en Handhavingsplan Alcoholwet"
    jaar = 2025


class AanbevelingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Aanbeveling

    scanner = factory.SubFactory(ScannerFactory)
    gemeente = factory.SelfAttribute("scanner.gemeente")
    nummer = factory.Sequence(lambda n: n + 1)
    titel = factory.Sequence(lambda n: f"Aanbeveling {n + 1}")


class UitvoeringsplanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Uitvoeringsplan

    gemeente = factory.SubFactory(GemeenteFactory)
    titel = "Uitvoeringsplan middelenpreventie"


class LidmaatschapFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Lidmaatschap

    plan = factory.SubFactory(UitvoeringsplanFactory)
    user = factory.SubFactory(UserFactory)
    rol = Rol.KERNTEAMLID


class InvultabelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Invultabel

    plan = factory.SubFactory(UitvoeringsplanFactory)
    aanbeveling = factory.SubFactory(
        AanbevelingFactory,
        gemeente=factory.SelfAttribute("..plan.gemeente"),
        scanner__gemeente=factory.SelfAttribute("..gemeente"),
    )
    volgorde = factory.Sequence(lambda n: n + 1)


class ActieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actie

    invultabel = factory.SubFactory(InvultabelFactory)
    titel = factory.Sequence(lambda n: f"Actie {n + 1}")
    volgorde = factory.Sequence(lambda n: n + 1)


class CompleteActieFactory(ActieFactory):
    """An action with all nine rows filled."""

    relevantie = "Het helpt de aanbeveling."
    haalbaarheid = "goed"
    benodigde_middelen = "Een trainer."
    kosten_euro = 1000
    fte = "0.10"
    effectiviteit = "Vergroot de deskundigheid."
    obstakels = "Weinig tijd."
    periode_start = datetime.date(2027, 1, 1)
    periode_eind = datetime.date(2027, 3, 31)
    wie_doet_wat = "De GGD organiseert."
    prioriteit = 1


class InterventieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Interventie

    naam = factory.Sequence(lambda n: f"Interventie {n + 1}")


class OrganisatieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisatie

    gemeente = factory.SubFactory(GemeenteFactory)
    naam = factory.Sequence(lambda n: f"Organisatie {n + 1}")
    sector = Sector.ONDERWIJS


class StakeholderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Stakeholder

    organisatie = factory.SubFactory(OrganisatieFactory)
    gemeente = factory.SelfAttribute("organisatie.gemeente")
    naam = factory.Faker("name", locale="nl_NL")
    functie = "Coördinator"
    email = factory.Sequence(lambda n: f"stakeholder{n}@example.org")
    telefoon = "06-12345678"


class BijeenkomstFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Bijeenkomst

    plan = factory.SubFactory(UitvoeringsplanFactory)
    soort = BijeenkomstSoort.STARTBIJEENKOMST
    datum = datetime.date(2026, 3, 1)
    starttijd = datetime.time(14)
    eindtijd = datetime.time(16)


class AgendapuntFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agendapunt

    bijeenkomst = factory.SubFactory(BijeenkomstFactory)
    titel = factory.Sequence(lambda n: f"Agendapunt {n + 1}")
    volgorde = factory.Sequence(lambda n: n + 1)


class UitnodigingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Uitnodiging

    bijeenkomst = factory.SubFactory(BijeenkomstFactory)
    stakeholder = factory.SubFactory(StakeholderFactory, gemeente=factory.SelfAttribute("..bijeenkomst.plan.gemeente"))


class PrioriteringFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Prioritering

    bijeenkomst = factory.SubFactory(BijeenkomstFactory)
    aanbeveling = factory.SubFactory(AanbevelingFactory)
    punten = 3


class OpmerkingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Opmerking

    plan = factory.SubFactory(UitvoeringsplanFactory)
    auteur = factory.SubFactory(UserFactory)
    tekst = "Kan dit ook voor het mbo?"


class DoelstellingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Doelstelling

    plan = factory.SubFactory(UitvoeringsplanFactory)
    titel = factory.Sequence(lambda n: f"Doel {n + 1}")
    omschrijving = "In 2028 drinkt minder dan 20% van de scholieren in klas 4 maandelijks alcohol."
    volgorde = factory.Sequence(lambda n: n + 1)


class IndicatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Indicator

    doelstelling = factory.SubFactory(DoelstellingFactory)
    naam = factory.Sequence(lambda n: f"Indicator {n + 1}")
    eenheid = "%"
    doelgroep = "Scholieren klas 4"
    bron = Indicatorbron.GEZONDHEIDSMONITOR_JEUGD
    basiswaarde = 30
    basisjaar = 2023
    streefwaarde = 20
    streefjaar = 2028


class MetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meting

    indicator = factory.SubFactory(IndicatorFactory)
    jaar = factory.Sequence(lambda n: 2024 + n)
    waarde = 28
