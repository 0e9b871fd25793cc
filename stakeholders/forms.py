"""A stakeholder with their organisation, and the CSV file a register is imported from."""

from django import forms
from django.utils.translation import gettext_lazy as _

from scanner.models import Aanbeveling

from .constants import Informeren, Sector
from .models import Organisatie, Stakeholder


class StakeholderForm(forms.ModelForm):
    organisatie = forms.ModelChoiceField(Organisatie.objects.none(), label=_("Organisatie"), required=False)
    nieuwe_organisatie = forms.CharField(label=_("Of een nieuwe organisatie"), max_length=200, required=False)
    sector = forms.ChoiceField(
        label=_("Sector van de nieuwe organisatie"), choices=[("", "—"), *Sector.choices], required=False
    )
    informeren = forms.MultipleChoiceField(
        label=_("Zo op de hoogte houden"),
        choices=Informeren.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Hoe wil deze persoon op de hoogte gehouden worden? (agendapunt 6 van de startbijeenkomst)"),
    )

    class Meta:
        model = Stakeholder
        fields = ["naam", "functie", "email", "telefoon", "bijdrage", "informeren", "aanbevelingen"]
        widgets = {
            "bijdrage": forms.Textarea(attrs={"rows": 3}),
            "aanbevelingen": forms.CheckboxSelectMultiple,
            "telefoon": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
        }

    def __init__(self, *args, gemeente, **kwargs):
        super().__init__(*args, **kwargs)
        self.gemeente = gemeente
        self.fields["organisatie"].queryset = Organisatie.objects.filter(gemeente=gemeente)
        self.fields["aanbevelingen"].queryset = Aanbeveling.objects.filter(gemeente=gemeente).op_nummer()
        if self.instance.pk:
            self.initial["organisatie"] = self.instance.organisatie_id
        self.order_fields(["naam", "functie", "organisatie", "nieuwe_organisatie", "sector"])

    def clean(self):
        cleaned = super().clean()
        naam = (cleaned.get("nieuwe_organisatie") or "").strip()
        self.gekozen_organisatie = cleaned.get("organisatie")
        if naam:
            bestaand = Organisatie.objects.filter(gemeente=self.gemeente, naam__iexact=naam).first()
            if bestaand:
                self.gekozen_organisatie = bestaand
            elif not cleaned.get("sector"):
                self.add_error("sector", _("Kies de sector van de nieuwe organisatie."))
            else:
                self.gekozen_organisatie = Organisatie(gemeente=self.gemeente, naam=naam, sector=cleaned["sector"])
        elif not self.gekozen_organisatie:
            self.add_error("organisatie", _("Kies een organisatie of vul een nieuwe in."))
        return cleaned

    def save(self, commit=True):
        if self.gekozen_organisatie.pk is None:
            self.gekozen_organisatie.save()
        self.instance.organisatie = self.gekozen_organisatie
        self.instance.gemeente = self.gemeente
        return super().save(commit=commit)


class ImportForm(forms.Form):
    bestand = forms.FileField(label=_("CSV-bestand"), help_text=_("Hoogstens 2 MB, UTF-8, met een kopregel."))

    def clean_bestand(self) -> str:
        bestand = self.cleaned_data["bestand"]
        if bestand.size > 2 * 1024 * 1024:
            raise forms.ValidationError(_("Het bestand is te groot (hoogstens 2 MB)."))
        try:
            return bestand.read().decode("utf-8-sig")
        except UnicodeDecodeError as fout:
            raise forms.ValidationError(
                _("Dit bestand is geen UTF-8-tekst. Sla het in Excel op als “CSV UTF-8”.")
            ) from fout
