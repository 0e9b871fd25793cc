from django import forms
from django.core.validators import FileExtensionValidator
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from uitvoeringsplan.constants import Uitvoeringsstatus

from .models import BIJLAGE_EXTENSIES, MET_REDEN

MAX_BIJLAGE = 10 * 1024 * 1024


class VoortgangForm(forms.Form):
    """A voortgangsbericht: what happened, and optionally the actie's new status."""

    status = forms.ChoiceField(label=gettext_lazy("Nieuwe status"), required=False)
    tekst = forms.CharField(
        label=gettext_lazy("Bericht"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Wat is er gedaan en wat is de volgende stap? Bij uitstellen of stoppen: waarom?"),
    )
    datum = forms.DateField(
        label=gettext_lazy("Datum"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=gettext_lazy("Leeg laten is vandaag."),
    )
    bijlage = forms.FileField(
        label=gettext_lazy("Bijlage (optioneel)"),
        required=False,
        validators=[FileExtensionValidator(BIJLAGE_EXTENSIES)],
        help_text=gettext_lazy("Bijvoorbeeld een verslag of foto; PDF, Office of afbeelding, hoogstens 10 MB."),
    )
    link = forms.URLField(label=gettext_lazy("Link (optioneel)"), required=False, max_length=500, assume_scheme="https")
    versie = forms.IntegerField(widget=forms.HiddenInput, min_value=0, max_value=2**31 - 1)

    def __init__(self, *args, huidige_status: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        huidig = Uitvoeringsstatus(huidige_status).label if huidige_status else _("geen")
        self.fields["status"].choices = [("", _("Ongewijzigd (nu: %(status)s)") % {"status": huidig})] + [
            keuze for keuze in Uitvoeringsstatus.choices if keuze[0] != huidige_status
        ]

    def clean_datum(self):
        datum = self.cleaned_data["datum"] or timezone.localdate()
        if datum > timezone.localdate():
            raise forms.ValidationError(_("De datum ligt in de toekomst. Meld voortgang als het gebeurd is."))
        return datum

    def clean_bijlage(self):
        bijlage = self.cleaned_data["bijlage"]
        if bijlage and bijlage.size > MAX_BIJLAGE:
            raise forms.ValidationError(
                _("Het bestand is %(grootte)s; het mag hoogstens 10 MB zijn.")
                % {"grootte": filesizeformat(bijlage.size)}
            )
        return bijlage

    def clean(self):
        cleaned = super().clean()
        status, tekst = cleaned.get("status"), (cleaned.get("tekst") or "").strip()
        if status in MET_REDEN and not tekst:
            self.add_error(
                "tekst",
                _("Schrijf waarom de actie %(status)s wordt.") % {"status": Uitvoeringsstatus(status).label.lower()},
            )
        elif not status and not tekst and "tekst" not in self.errors:
            self.add_error("tekst", _("Schrijf een bericht of kies een nieuwe status."))
        return cleaned


class UitvoeringFilterForm(forms.Form):
    """The filters above the uitvoeringsoverzicht; every field optional, a bad value is ignored."""

    aanbeveling = forms.TypedChoiceField(
        label=gettext_lazy("Aanbeveling"), required=False, coerce=int, empty_value=None
    )
    organisatie = forms.TypedChoiceField(
        label=gettext_lazy("Organisatie"), required=False, coerce=int, empty_value=None
    )
    status = forms.ChoiceField(label=gettext_lazy("Status"), required=False)
    te_laat = forms.BooleanField(label=gettext_lazy("Alleen te laat"), required=False)
    stil = forms.BooleanField(label=gettext_lazy("Alleen stil"), required=False)

    def __init__(self, *args, aanbevelingen, organisaties, **kwargs):
        super().__init__(*args, **kwargs)
        for veld in self.fields.values():
            klasse = "form-check-input" if isinstance(veld, forms.BooleanField) else "form-select form-select-sm"
            veld.widget.attrs["class"] = klasse
        self.fields["aanbeveling"].choices = [("", _("Alle aanbevelingen"))] + [
            (pk, titel) for pk, titel in aanbevelingen
        ]
        self.fields["organisatie"].choices = [("", _("Alle organisaties"))] + [(pk, naam) for pk, naam in organisaties]
        self.fields["status"].choices = [("", _("Alle statussen")), *Uitvoeringsstatus.choices]
