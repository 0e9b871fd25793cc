"""The cycle figure on the plan home: every plan of the gemeente beside its phase, with links to the others."""

from django.urls import reverse

from cyclus.cycli import cycli_van
from cyclus.services import volgende_cyclus_starten
from tests import factories
from uitvoeringsplan.constants import Fase


def test_the_plans_follow_each_other_and_pins_of_one_phase_stand_in_order(cyclus, projectleider):
    nieuw = volgende_cyclus_starten(
        vorig_plan=cyclus["vorig"], titel="Nieuw", scanner=cyclus["scanner"], door=projectleider
    )
    ander = factories.UitvoeringsplanFactory(gemeente=nieuw.gemeente, titel="Los plan")
    cycli = cycli_van(nieuw, projectleider)
    # Earlier cycles first; a plan outside the chain by its start, before the next cycle.
    assert [(c.nummer, c.plan, c.fase) for c in cycli] == [
        (1, cyclus["vorig"], Fase.IMPLEMENTATIE),
        (2, ander, Fase.OPSTELLEN),
        (3, nieuw, Fase.OPSTELLEN),
    ]
    assert [c.huidig for c in cycli if c.plan == nieuw] == [True]
    opstellen = [c for c in cycli if c.fase == Fase.OPSTELLEN]
    assert opstellen[0].x < opstellen[1].x
    # The user is no member of the loose plan: it is named but not linked.
    assert {c.plan.titel: c.zichtbaar for c in cycli} == {cyclus["vorig"].titel: True, "Nieuw": True, "Los plan": False}


def test_the_plan_home_links_to_the_previous_and_next_cycle(client, cyclus, projectleider):
    vorig = cyclus["vorig"]
    client.force_login(projectleider)
    html = client.get(reverse("plan_detail", args=[vorig.pk])).content.decode()
    assert "Volgende cyclus starten" in html
    nieuw = volgende_cyclus_starten(vorig_plan=vorig, titel="Nieuw", scanner=cyclus["scanner"], door=projectleider)
    html = client.get(reverse("plan_detail", args=[vorig.pk])).content.decode()
    assert "Volgende cyclus starten" not in html
    assert reverse("plan_detail", args=[nieuw.pk]) in html
    nieuw_html = client.get(reverse("plan_detail", args=[nieuw.pk])).content.decode()
    assert "Dit plan is de volgende cyclus van" in nieuw_html
    assert reverse("cyclus_vergelijking", args=[nieuw.pk]) in nieuw_html
    assert reverse("plan_detail", args=[vorig.pk]) in nieuw_html
    assert 'class="pin huidig"' in nieuw_html


def test_a_stakeholder_of_the_plan_sees_no_start_button(client, cyclus, stakeholder):
    client.force_login(stakeholder)
    html = client.get(reverse("plan_detail", args=[cyclus["vorig"].pk])).content.decode()
    assert reverse("volgende_cyclus_starten", args=[cyclus["vorig"].pk]) not in html


def test_a_taken_over_actie_names_its_origin_in_the_invultabel(client, cyclus, projectleider):
    from cyclus.services import acties_overnemen

    nieuw = volgende_cyclus_starten(
        vorig_plan=cyclus["vorig"], titel="Nieuw", scanner=cyclus["scanner"], door=projectleider
    )
    [kopie] = acties_overnemen(
        plan=nieuw, plaatsing={cyclus["doorzetten"].pk: cyclus["nieuw_roken"].pk}, door=projectleider
    )
    client.force_login(projectleider)
    html = client.get(reverse("invultabel_detail", args=[nieuw.pk, kopie.invultabel_id])).content.decode()
    assert "uit de vorige cyclus" in html
    herkomst = reverse("invultabel_detail", args=[cyclus["vorig"].pk, cyclus["doorzetten"].invultabel_id])
    assert f'href="{herkomst}#actie-{cyclus["doorzetten"].pk}"' in html


def test_after_the_evaluation_is_adopted_its_page_leads_to_the_next_cycle(client, cyclus, projectleider):
    from uitvoering.evaluatie import evaluatie_vaststellen

    vorig = cyclus["vorig"]
    evaluatie_vaststellen(plan=vorig, door=projectleider, reden="De rest loopt door.")
    client.force_login(projectleider)
    html = client.get(reverse("evaluatie", args=[vorig.pk])).content.decode()
    assert f'href="{reverse("volgende_cyclus_starten", args=[vorig.pk])}"><i class="bi bi-arrow-repeat"' in html
    assert client.get(reverse("volgende_cyclus_starten", args=[vorig.pk])).status_code == 200
    nieuw = volgende_cyclus_starten(vorig_plan=vorig, titel="Nieuw", scanner=cyclus["scanner"], door=projectleider)
    html = client.get(reverse("evaluatie", args=[vorig.pk])).content.decode()
    naar = reverse("plan_detail", args=[nieuw.pk])
    assert f'href="{naar}"><i class="bi bi-arrow-right" aria-hidden="true"></i> Naar de volgende cyclus' in html
