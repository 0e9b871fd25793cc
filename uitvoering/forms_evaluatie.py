"""The evaluation's forms: one actie's evaluation, the plan's summary, and adoption."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ActieEvaluatie, Evaluatie


class ActieEvaluatieForm(forms.ModelForm):
    versie = forms.IntegerField(widget=forms.HiddenInput, min_value=0, max_value=2**31 - 1)

    class Meta:
        model = ActieEvaluatie
        fields = ["doel_bereikt", "resultaten", "geleerd", "advies"]
        widgets = {
            "doel_bereikt": forms.RadioSelect,
            "advies": forms.RadioSelect,
            "resultaten": forms.Textarea(attrs={"rows": 4}),
            "geleerd": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A radio list shows no empty choice; leaving it open is allowed until adoption.
        for naam in ("doel_bereikt", "advies"):
            self.fields[naam].choices = [keuze for keuze in self.fields[naam].choices if keuze[0]]


class EvaluatieSamenvattingForm(forms.ModelForm):
    class Meta:
        model = Evaluatie
        fields = ["samenvatting", "conclusies"]
        widgets = {
            "samenvatting": forms.Textarea(attrs={"rows": 6}),
            "conclusies": forms.Textarea(attrs={"rows": 5}),
        }


class EvaluatieVaststellenForm(forms.Form):
    reden = forms.CharField(
        label=_("Reden om toch vast te stellen"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Alleen nodig als niet alle controles slagen."),
    )
    bevestiging = forms.BooleanField(
        label=_("Ik begrijp dat de evaluatie daarna niet meer kan veranderen en dat de uitvoering wordt afgesloten."),
        required=True,
    )
