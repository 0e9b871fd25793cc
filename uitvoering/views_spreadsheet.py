"""The spreadsheet round trip of the uitvoering: download, upload with a preview, and save or cancel.

Between the preview and saving, the checked changes wait in the session as plain JSON under a
one-time token, so that a second click on "Wijzigingen opslaan" saves nothing twice.
"""

import secrets

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View
from django.views.generic import FormView

from uitvoeringsplan.rechten import Recht

from .forms_spreadsheet import SpreadsheetUploadForm
from .services import StatusIntussenGewijzigd
from .spreadsheet import (
    XLSX,
    acties_voor_spreadsheet,
    bestandsnaam,
    intussen_gewijzigd,
    spreadsheet_maken,
    spreadsheet_verwerken,
)
from .spreadsheet_upload import spreadsheet_lezen
from .views import UitvoeringMixin


class SpreadsheetMixin(UitvoeringMixin):
    recht = Recht.VOORTGANG

    @property
    def sessiesleutel(self) -> str:
        return f"uitvoering-spreadsheet-{self.plan.pk}"


class SpreadsheetDownloadView(SpreadsheetMixin, View):
    """Every actie in uitvoering as a row to fill in."""

    def get(self, request, *args, **kwargs):
        response = HttpResponse(spreadsheet_maken(self.plan, acties_voor_spreadsheet(self.plan)), content_type=XLSX)
        response["Content-Disposition"] = f'attachment; filename="{bestandsnaam(self.plan)}"'
        return response


class SpreadsheetUploadView(SpreadsheetMixin, FormView):
    """Check an uploaded spreadsheet and show every change it makes; nothing is saved here."""

    form_class = SpreadsheetUploadForm
    template_name = "uitvoering/spreadsheet/uploaden.html"

    def form_valid(self, form):
        bestand = form.cleaned_data["bestand"]
        uitslag = spreadsheet_lezen(bestand, naam=bestand.name, grootte=bestand.size, plan=self.plan)
        self.request.session.pop(self.sessiesleutel, None)
        if uitslag.fouten:
            form.add_error("bestand", _("Verbeter de fouten hierboven en upload het bestand opnieuw."))
            return self.render_to_response(self.get_context_data(form=form, fouten=uitslag.fouten))
        token = secrets.token_urlsafe(16)
        if uitslag.wijzigingen:
            self.request.session[self.sessiesleutel] = {
                "token": token,
                "wijzigingen": [wijziging.als_json() for wijziging in uitslag.wijzigingen],
            }
        return TemplateResponse(
            self.request,
            "uitvoering/spreadsheet/voorbeeld.html",
            self.get_context_data(wijzigingen=uitslag.wijzigingen, token=token, bestandsnaam=bestand.name),
        )


class SpreadsheetOpslaanView(SpreadsheetMixin, View):
    """Save the changes of the preview, all of them or none."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        bewaard = request.session.pop(self.sessiesleutel, None) or {}
        token = request.POST.get("token", "")
        if not token or not secrets.compare_digest(token.encode(), str(bewaard.get("token", "")).encode()):
            messages.info(
                request, _("Deze wijzigingen zijn al opgeslagen of geannuleerd. Hieronder zie je hoe het nu staat.")
            )
            return redirect("uitvoering", plan_pk=self.plan.pk)
        try:
            aantal = spreadsheet_verwerken(plan=self.plan, door=request.user, wijzigingen=bewaard["wijzigingen"])
        except StatusIntussenGewijzigd as conflict:
            reden = intussen_gewijzigd(conflict.actie, conflict.laatste)
            return self._niets_opgeslagen(
                _("Bij de actie “%(actie)s”: %(reden)s") % {"actie": conflict.actie, "reden": reden}
            )
        except ValidationError as fout:
            return self._niets_opgeslagen(" ".join(fout.messages))
        messages.success(
            request,
            ngettext("%(n)s wijziging is opgeslagen.", "%(n)s wijzigingen zijn opgeslagen.", aantal) % {"n": aantal},
        )
        return redirect("uitvoering", plan_pk=self.plan.pk)

    def _niets_opgeslagen(self, reden: str):
        messages.error(self.request, _("Er is niets opgeslagen. %(reden)s") % {"reden": reden})
        return redirect("uitvoering_spreadsheet_uploaden", plan_pk=self.plan.pk)


class SpreadsheetAnnulerenView(SpreadsheetMixin, View):
    """Forget the checked changes of the preview."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        request.session.pop(self.sessiesleutel, None)
        messages.info(request, _("Geannuleerd: er is niets opgeslagen."))
        return redirect("uitvoering", plan_pk=self.plan.pk)
