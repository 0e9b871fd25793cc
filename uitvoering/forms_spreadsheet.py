from django import forms
from django.utils.translation import gettext_lazy as _

from .spreadsheet import XLSX


class SpreadsheetUploadForm(forms.Form):
    """Only the file; what is in it is checked by `spreadsheet_upload.spreadsheet_lezen`."""

    bestand = forms.FileField(
        label=_("Spreadsheet (.xlsx)"),
        help_text=_(
            "Het bestand dat je hier hebt gedownload, met de statussen en berichten ingevuld. Hoogstens 10 MB."
        ),
        widget=forms.FileInput(attrs={"accept": f".xlsx,{XLSX}"}),
    )
