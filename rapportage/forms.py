from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from bijeenkomsten.constants import BijeenkomstSoort
from bijeenkomsten.models import Bijeenkomst
from rapportage.constants import OpmerkingStatus
from rapportage.models import Notificatievoorkeur, Opmerking

DATUM = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ReviewForm(forms.Form):
    review_deadline = forms.DateField(
        label=_("Reageren kan tot en met"),
        widget=DATUM,
        help_text=_("Zorg dat alle stakeholders het plan gezien hebben vóór de slotbijeenkomst."),
    )

    def clean_review_deadline(self):
        deadline = self.cleaned_data["review_deadline"]
        if deadline < timezone.localdate():
            raise forms.ValidationError(_("Kies een datum vanaf vandaag."))
        return deadline


class OpmerkingForm(forms.Form):
    tekst = forms.CharField(label=_("Opmerking"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3}))


class AntwoordForm(forms.ModelForm):
    class Meta:
        model = Opmerking
        fields = ["status", "antwoord"]
        widgets = {"antwoord": forms.Textarea(attrs={"rows": 2}), "status": forms.RadioSelect}
        labels = {"status": _("Wat doen we ermee?"), "antwoord": _("Antwoord aan de indiener")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            (OpmerkingStatus.VERWERKT, _("Verwerkt in het plan")),
            (OpmerkingStatus.NIET_OVERGENOMEN, _("Niet overgenomen (met reden)")),
        ]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == OpmerkingStatus.NIET_OVERGENOMEN and not (cleaned.get("antwoord") or "").strip():
            self.add_error("antwoord", _("Geef een reden als je de opmerking niet overneemt."))
        return cleaned


class SlotbijeenkomstField(forms.ModelChoiceField):
    """A slotbijeenkomst by its date first: several may share the same title."""

    def label_from_instance(self, obj: Bijeenkomst) -> str:
        return f"{date_format(obj.datum, 'l j F Y')} — {obj}"


class VaststellenForm(forms.Form):
    bijeenkomst = SlotbijeenkomstField(
        Bijeenkomst.objects.none(), label=_("Vastgesteld tijdens de slotbijeenkomst"), required=False
    )
    reden = forms.CharField(
        label=_("Reden om toch vast te stellen"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Alleen nodig als niet alle controles hierboven slagen."),
    )
    bevestiging = forms.BooleanField(
        label=_("Ik begrijp dat deze versie daarna niet meer kan veranderen."), required=True
    )

    def __init__(self, *args, plan, controles_in_orde: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.controles_in_orde = controles_in_orde
        slotbijeenkomsten = Bijeenkomst.objects.filter(plan=plan, soort=BijeenkomstSoort.SLOTBIJEENKOMST)
        self.fields["bijeenkomst"].queryset = slotbijeenkomsten
        if len(slotbijeenkomsten) == 1:
            self.fields["bijeenkomst"].initial = slotbijeenkomsten[0].pk

    def clean_reden(self) -> str:
        reden = self.cleaned_data["reden"].strip()
        if not self.controles_in_orde and not reden:
            raise forms.ValidationError(
                _("Niet alle controles slagen. Geef aan waarom het plan toch wordt vastgesteld.")
            )
        return reden


class OndertekeningForm(forms.Form):
    naam = forms.CharField(label=_("Naam"), max_length=200)
    organisatie = forms.CharField(label=_("Organisatie"), max_length=200)
    datum = forms.DateField(label=_("Datum van ondertekening"), widget=DATUM)

    def clean_datum(self):
        datum = self.cleaned_data["datum"]
        if datum > timezone.localdate():
            raise forms.ValidationError(_("De datum ligt in de toekomst."))
        return datum


class MeldingenForm(forms.ModelForm):
    class Meta:
        model = Notificatievoorkeur
        fields = ["review_geopend", "herinnering", "nieuwe_opmerking", "antwoord", "uitvoering", "weekoverzicht"]
        labels = {
            "review_geopend": _("Een plan ligt ter review (voor stakeholders)"),
            "herinnering": _("Een herinnering vóór de reviewdeadline (voor stakeholders)"),
            "nieuwe_opmerking": _("Er is een nieuwe opmerking geplaatst (voor het kernteam)"),
            "antwoord": _("Mijn opmerking is beantwoord"),
            "uitvoering": _("Een actie van mijn organisatie is te laat of heeft lang geen voortgangsbericht gehad"),
            "weekoverzicht": _("Elke week een overzicht van de uitvoering (voor de projectleider)"),
        }
