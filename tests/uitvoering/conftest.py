"""A plan in uitvoering: adopted acties of two organisations, one of which is the stakeholder's own.

`uitvoering` is a dict: the plan, the stakeholder's organisation `eigen` and another `andere`,
and three acties: `eigen_actie` (of `eigen`), `andere_actie` (of `andere`) and `late_actie`
(of `eigen`, its period ended a year ago, still gestart).
"""

import datetime

import pytest
from django.utils import timezone

from tests import factories
from uitvoeringsplan.constants import PlanStatus, Uitvoeringsstatus


@pytest.fixture
def vandaag():
    return timezone.localdate()


@pytest.fixture
def uitvoering(plan, projectleider, kernteamlid, stakeholder, lezer, vandaag):
    eigen = factories.OrganisatieFactory(gemeente=plan.gemeente, naam="Jongerenwerk De Linde")
    andere = factories.OrganisatieFactory(gemeente=plan.gemeente, naam="Politie Lindewaard")
    factories.StakeholderFactory(organisatie=eigen, user=stakeholder)
    invultabel = factories.InvultabelFactory(plan=plan)
    jaar = datetime.timedelta(days=365)

    def actie(titel, organisatie, status, start, eind):
        nieuw = factories.ActieFactory(
            invultabel=invultabel, titel=titel, uitvoeringsstatus=status, periode_start=start, periode_eind=eind
        )
        nieuw.verantwoordelijken.add(organisatie)
        return nieuw

    acties = {
        "eigen_actie": actie("Voorlichting ouders", eigen, Uitvoeringsstatus.GEPLAND, vandaag, vandaag + jaar),
        "andere_actie": actie("Controles alcoholverkoop", andere, Uitvoeringsstatus.GESTART, vandaag, vandaag + jaar),
        "late_actie": actie(
            "Training barpersoneel", eigen, Uitvoeringsstatus.GESTART, vandaag - 2 * jaar, vandaag - jaar
        ),
    }
    # Adopted and in uitvoering: from here on the plan is locked, only the uitvoering changes.
    plan.status = PlanStatus.IN_UITVOERING
    plan.save()
    return {
        "plan": plan,
        "eigen": eigen,
        "andere": andere,
        **acties,
    }
