import hashlib
import re

from django.core import mail
from playwright.sync_api import expect

from rapportage.models import Opmerking, Vaststelling
from uitvoeringsplan.constants import PlanStatus
from uitvoeringsplan.models import Uitvoeringsplan


def nieuwe_pagina(browser, browser_context_args):
    return browser.new_context(**browser_context_args).new_page()


def inloggen_op(pagina, live_server, gebruiker, wachtwoord="demo"):
    pagina.goto(live_server.url + "/account/inloggen/")
    pagina.get_by_label("Gebruikersnaam").fill(gebruiker)
    pagina.get_by_label("Wachtwoord").fill(wachtwoord)
    pagina.get_by_role("button", name="Inloggen").click()
    pagina.wait_for_url(live_server.url + "/")


def test_from_invitation_through_review_to_the_adopted_pdf(
    demo, browser, browser_context_args, live_server, mailoutbox
):
    plan = Uitvoeringsplan.objects.get(gemeente__cbs_code="GM9901", status="ter_review")
    basis = f"{live_server.url}/plannen/{plan.pk}"

    # The projectleider invites a stakeholder from the register.
    projectleider = nieuwe_pagina(browser, browser_context_args)
    inloggen_op(projectleider, live_server, "projectleider")
    projectleider.goto(basis + "/review/")
    projectleider.get_by_role("button", name="Uitnodigen voor de review Ingrid Kok").click()
    expect(projectleider.get_by_text("Ingrid Kok is uitgenodigd en heeft een e-mail gekregen.")).to_be_visible()
    link = re.search(r"https?://\S+(/account/wachtwoord-instellen/\S+/)", mail.outbox[-1].body).group(1)

    # She chooses a password from the e-mailed link, reads the draft and comments on an actie.
    ingrid = nieuwe_pagina(browser, browser_context_args)
    ingrid.goto(live_server.url + link)
    ingrid.locator("#id_new_password1").fill("Preventie-in-Lindewaard-2027")
    ingrid.get_by_label("Nieuw wachtwoord bevestigen").fill("Preventie-in-Lindewaard-2027")
    ingrid.get_by_role("button", name="Wachtwoord opslaan").click()
    expect(ingrid.get_by_text("Je wachtwoord is opgeslagen. Log nu in.")).to_be_visible()
    inloggen_op(ingrid, live_server, "ingrid@college.example", "Preventie-in-Lindewaard-2027")
    ingrid.goto(basis + "/plan/")
    actie = ingrid.locator(".actieblok", has_text="Alcohol- en drugsbeleid op het Lindewaard College")
    actie.locator("summary", has_text="Opmerking over deze actie").click()
    actie.get_by_label("Opmerking over deze actie").fill("Graag ook de ouderraad betrekken bij het schoolbeleid.")
    actie.get_by_role("button", name="Opmerking plaatsen").click()
    expect(ingrid.get_by_text("Je opmerking is geplaatst")).to_be_visible()
    opmerking = Opmerking.objects.get(tekst__startswith="Graag ook de ouderraad")

    # The kernteam answers it.
    kernteam = nieuwe_pagina(browser, browser_context_args)
    inloggen_op(kernteam, live_server, "kernteamlid")
    kernteam.goto(basis + "/opmerkingen/")
    kaart = kernteam.locator(f"#opmerking-{opmerking.pk}")
    kaart.get_by_label("Verwerkt in het plan").check()
    kaart.get_by_label("Antwoord aan de indiener").fill("Goed punt: de ouderraad staat nu bij wie doet wat.")
    kaart.get_by_role("button", name="Antwoord opslaan").click()
    expect(kernteam.get_by_text("Het antwoord is opgeslagen")).to_be_visible()
    ingrid.goto(basis + "/plan/")
    expect(ingrid.get_by_text("Goed punt: de ouderraad staat nu bij wie doet wat.")).to_be_visible()

    # The projectleider adopts the plan and downloads the PDF.
    projectleider.goto(basis + "/versies/")
    projectleider.get_by_role("link", name="Vaststellen").first.click()
    projectleider.get_by_label("Reden om toch vast te stellen").fill("Aanbeveling 6 werken we volgend jaar uit.")
    projectleider.get_by_label("Ik begrijp dat deze versie daarna niet meer kan veranderen.").check()
    projectleider.get_by_role("button", name="Vaststellen").click()
    expect(projectleider.get_by_text("Het Uitvoeringsplan is vastgesteld.")).to_be_visible()
    vaststelling = Vaststelling.objects.get(plan=plan)
    pdf = projectleider.request.get(basis + f"/versies/{vaststelling.pk}/plan.pdf")
    assert pdf.headers["content-type"] == "application/pdf"
    assert hashlib.sha256(pdf.body()).hexdigest() == vaststelling.sha256
    plan.refresh_from_db()
    assert plan.status == PlanStatus.VASTGESTELD
    projectleider.get_by_role("button", name="Nu controleren").click()
    expect(projectleider.get_by_text("De bewaarde PDF is precies de vastgestelde versie.")).to_be_visible()
