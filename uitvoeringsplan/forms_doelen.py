"""Forms for the plan's doelstellingen, their indicatoren and the metingen.

Numbers may be typed the Dutch way (12,5): the value fields are localized.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Actie, Doelstelling, Indicator, Meting, Uitvoeringsplan

GETAL = forms.TextInput(attrs={"inputmode": "decimal"})
GEEN_GETAL = {"invalid": _("Vul een getal in, bijvoorbeeld 12 of 12,5.")}
JAAR = forms.NumberInput(attrs={"inputmode": "numeric", "min": 1900, "max": 2200})


class DoelstellingForm(forms.ModelForm):
    class Meta:
        model = Doelstelling
        fields = ["titel", "omschrijving", "aanbevelingen", "acties"]
        widgets = {
            "omschrijving": forms.Textarea(attrs={"rows": 4}),
            "aanbevelingen": forms.CheckboxSelectMultiple,
            "acties": forms.CheckboxSelectMultiple,
        }
        help_texts = {
            "aanbevelingen": _("Bij welke aanbevelingen uit de Scanner hoort dit doel?"),
            "acties": _("Welke acties dragen bij aan dit doel?"),
        }

    def __init__(self, *args, plan: Uitvoeringsplan, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["aanbevelingen"].queryset = plan.alle_aanbevelingen().order_by("nummer", "pk")
        self.fields["acties"].queryset = Actie.objects.van_plan(plan).order_by(
            "invultabel__volgorde", "invultabel", "volgorde", "pk"
        )


class IndicatorForm(forms.ModelForm):
    class Meta:
        model = Indicator
        fields = [
            "naam",
            "eenheid",
            "doelgroep",
            "bron",
            "bron_toelichting",
            "lager_is_beter",
            "basiswaarde",
            "basisjaar",
            "streefwaarde",
            "streefjaar",
        ]
        localized_fields = ["basiswaarde", "streefwaarde"]
        widgets = {"basiswaarde": GETAL, "streefwaarde": GETAL, "basisjaar": JAAR, "streefjaar": JAAR}
        error_messages = {"basiswaarde": GEEN_GETAL, "streefwaarde": GEEN_GETAL}


class MetingForm(forms.ModelForm):
    class Meta:
        model = Meting
        fields = ["jaar", "waarde", "ontbreekt", "bron"]
        localized_fields = ["waarde"]
        widgets = {"waarde": GETAL, "jaar": JAAR}
        error_messages = {"waarde": GEEN_GETAL}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ontbreekt"].choices = [("", _("De waarde is bekend")), *self.fields["ontbreekt"].choices[1:]]

    def clean_jaar(self):
        # The unique (indicator, jaar) constraint names a field the form does not show, so the form checks it.
        jaar = self.cleaned_data["jaar"]
        andere = Meting.objects.filter(indicator=self.instance.indicator_id, jaar=jaar).exclude(pk=self.instance.pk)
        if andere.exists():
            raise forms.ValidationError(_("Voor dit jaar is al een meting ingevuld. Pas die aan."))
        return jaar
