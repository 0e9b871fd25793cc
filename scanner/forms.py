from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Aanbeveling, Beleidsdocument, Scanner
from .services import MAX_TITEL, aanbevelingen_uit_tekst

DATUM = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class AanbevelingenPlakkenForm(forms.Form):
    """Pasting the list of aanbevelingen from the report, one per line."""

    aanbevelingen = forms.CharField(
        label=_("Aanbevelingen"),
        required=False,
        max_length=30000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Plak de aanbevelingen uit het rapport, één per regel. Nummers en opsommingstekens "
            "aan het begin van een regel worden weggelaten."
        ),
    )
    in_plan = forms.BooleanField(
        label=_("Neem deze aanbevelingen op in het plan"),
        required=False,
        initial=True,
        help_text=_("Elke aanbeveling krijgt dan een eigen invultabel."),
    )

    def clean_aanbevelingen(self) -> list[str]:
        titels = aanbevelingen_uit_tekst(self.cleaned_data["aanbevelingen"])
        te_lang = [str(nummer) for nummer, titel in enumerate(titels, start=1) if len(titel) > MAX_TITEL]
        if te_lang:
            raise forms.ValidationError(
                _("Aanbeveling %(nummers)s is langer dan %(max)s tekens. Zet de toelichting niet op dezelfde regel."),
                params={"nummers": ", ".join(te_lang), "max": MAX_TITEL},
            )
        return titels


class VerplichtePlakForm(AanbevelingenPlakkenForm):
    def clean_aanbevelingen(self) -> list[str]:
        titels = super().clean_aanbevelingen()
        if not titels:
            raise forms.ValidationError(_("Plak minstens één aanbeveling."))
        return titels


class ScannerForm(forms.ModelForm):
    class Meta:
        model = Scanner
        fields = ["titel", "middelen", "uitvoerder", "uitvoerder_naam", "datum", "samenvatting", "rapport"]
        widgets = {
            "middelen": forms.CheckboxSelectMultiple,
            "datum": DATUM,
            "samenvatting": forms.Textarea(attrs={"rows": 5}),
            "rapport": forms.ClearableFileInput(attrs={"accept": "application/pdf,.pdf"}),
        }


class ScannerVervangenForm(forms.Form):
    """Asked when the plan already has a Scanner: recording a new one replaces it as the plan's source."""

    vervangen = forms.BooleanField(
        required=True,
        error_messages={
            "required": _("Vink aan dat de nieuwe Scanner de huidige vervangt, of wijzig de huidige Scanner.")
        },
    )

    def __init__(self, *args, scanner: Scanner, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["vervangen"].label = _("Ja, vervang %(scanner)s door deze nieuwe Scanner") % {"scanner": scanner}


class ScannerKiezenForm(forms.Form):
    scanner = forms.ModelChoiceField(Scanner.objects.none(), label=_("Scanner"), widget=forms.RadioSelect)

    def __init__(self, *args, gemeente, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["scanner"].queryset = Scanner.objects.filter(gemeente=gemeente)


class BeleidsdocumentForm(forms.ModelForm):
    class Meta:
        model = Beleidsdocument
        fields = ["soort", "titel", "jaar", "omschrijving", "url", "bestand"]
        widgets = {
            "omschrijving": forms.Textarea(attrs={"rows": 4}),
            "bestand": forms.ClearableFileInput(attrs={"accept": "application/pdf,.pdf"}),
        }


class AanbevelingForm(forms.ModelForm):
    class Meta:
        model = Aanbeveling
        fields = ["nummer", "titel", "toelichting", "doelgroep", "thema", "middelen"]
        widgets = {"middelen": forms.CheckboxSelectMultiple, "toelichting": forms.Textarea(attrs={"rows": 5})}
