"""The form of one actie, row by row as in the handreiking (`rijen.py` words its questions)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from basis.kwartalen import kwartaal_grenzen, kwartaal_keuzes, kwartaal_waarde
from stakeholders.models import Organisatie

from .constants import Haalbaarheid
from .models import Actie, Interventie
from .rijen import ACTIEVELDEN, OVERIGE_VELDEN, RIJEN

# A model field the form asks differently: periode_soort sets it.
NIET_GEVRAAGD = {"periode_in_kwartalen"}
# Form fields that are no model field, shown with the model field they set.
SAMEN_MET = {
    "periode_start": ("periode_soort", "start_kwartaal", "eind_kwartaal", "periode_start"),
    "verantwoordelijken": ("verantwoordelijken", "nieuwe_organisatie"),
}
# The form fields per row of the handreiking, in the order they are asked.
VELDEN_PER_RIJ = {
    rij.nummer: [
        formulierveld
        for naam in rij.velden
        if naam not in NIET_GEVRAAGD
        for formulierveld in SAMEN_MET.get(naam, (naam,))
    ]
    for rij in RIJEN
}


class PeriodeSoort:
    KWARTALEN = "kwartalen"
    DATUMS = "datums"
    CHOICES = [(KWARTALEN, _("In kwartalen")), (DATUMS, _("Met datums"))]


class ActieForm(forms.ModelForm):
    """One actie, row by row as in the handreiking. Labels are its questions, help texts its guidance."""

    versie = forms.IntegerField(widget=forms.HiddenInput, required=False)
    periode_soort = forms.ChoiceField(
        label=_("Periode aangeven"),
        choices=PeriodeSoort.CHOICES,
        widget=forms.RadioSelect,
        initial=PeriodeSoort.KWARTALEN,
    )
    start_kwartaal = forms.ChoiceField(label=_("Start (kwartaal)"), required=False)
    eind_kwartaal = forms.ChoiceField(
        label=_("Einde (kwartaal)"), required=False, help_text=_("Leeg laten als de actie in één kwartaal valt.")
    )
    nieuwe_organisatie = forms.CharField(
        label=_("Andere organisatie"),
        max_length=200,
        required=False,
        help_text=_("Staat de organisatie er niet bij? Vul de naam in; ze wordt aan de gemeente toegevoegd."),
    )

    class Meta:
        model = Actie
        fields = [naam for naam in ACTIEVELDEN if naam not in NIET_GEVRAAGD]
        labels = {naam: veld.vraag for naam, veld in ACTIEVELDEN.items()}
        help_texts = {naam: veld.formulierhulp for naam, veld in ACTIEVELDEN.items() if veld.formulierhulp is not None}
        error_messages = {
            "kosten_euro": {"min_value": _("De kosten kunnen niet negatief zijn.")},
            "fte": {"min_value": _("Het aantal fte kan niet negatief zijn.")},
            "prioriteit": {
                "min_value": _("De prioriteit is een getal vanaf 1 (1 is de hoogste)."),
                "invalid": _("De prioriteit is een getal vanaf 1 (1 is de hoogste)."),
            },
        }
        widgets = {
            "titel": forms.Textarea(attrs={"rows": 2}),
            "relevantie": forms.Textarea(attrs={"rows": 3}),
            "haalbaarheid": forms.RadioSelect,
            "haalbaarheid_toelichting": forms.Textarea(attrs={"rows": 3}),
            "benodigde_middelen": forms.Textarea(attrs={"rows": 4}),
            "kosten_toelichting": forms.Textarea(attrs={"rows": 2}),
            "andere_voorwaarden": forms.Textarea(attrs={"rows": 2}),
            "effectiviteit": forms.Textarea(attrs={"rows": 4}),
            "obstakels": forms.Textarea(attrs={"rows": 3}),
            "obstakels_aanpak": forms.Textarea(attrs={"rows": 3}),
            "periode_start": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "periode_eind": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "verantwoordelijken": forms.CheckboxSelectMultiple,
            "wie_doet_wat": forms.Textarea(attrs={"rows": 3}),
            "prioriteit_overwegingen": forms.Textarea(attrs={"rows": 3}),
            "middelen": forms.CheckboxSelectMultiple,
            "kosten_euro": forms.NumberInput(attrs={"step": "0.01", "min": "0"}),
            "fte": forms.NumberInput(attrs={"step": "0.01", "min": "0"}),
            "prioriteit": forms.NumberInput(attrs={"min": "1"}),
        }

    RIJ_VELDEN = VELDEN_PER_RIJ
    OVERIG = list(OVERIGE_VELDEN)
    HALVE_BREEDTE = {
        "kosten_euro",
        "fte",
        "erkend",
        "databank",
        "start_kwartaal",
        "eind_kwartaal",
        "periode_start",
        "periode_eind",
    }

    def rijen(self) -> list[tuple]:
        return [(rij, [self[naam] for naam in self.RIJ_VELDEN[rij.nummer]]) for rij in RIJEN]

    def overig(self) -> list:
        return [self[naam] for naam in self.OVERIG]

    def __init__(self, *args, gemeente, **kwargs):
        super().__init__(*args, **kwargs)
        self.gemeente = gemeente
        self.fields["verantwoordelijken"].queryset = Organisatie.objects.filter(gemeente=gemeente)
        self.fields["interventie"].queryset = Interventie.objects.order_by("naam")
        self.fields["haalbaarheid"].choices = [("", _("Nog niet beoordeeld")), *Haalbaarheid.choices]
        actie = self.instance
        keuzes = kwartaal_keuzes(ook=(actie.periode_start, actie.periode_eind))
        self.fields["start_kwartaal"].choices = keuzes
        self.fields["eind_kwartaal"].choices = keuzes
        self.fields["versie"].initial = actie.versie
        if actie.pk:
            self.initial["periode_soort"] = (
                PeriodeSoort.KWARTALEN if actie.periode_in_kwartalen else PeriodeSoort.DATUMS
            )
            if actie.periode_in_kwartalen:
                self.initial["start_kwartaal"] = kwartaal_waarde(actie.periode_start)
                eind = kwartaal_waarde(actie.periode_eind)
                self.initial["eind_kwartaal"] = "" if eind == self.initial["start_kwartaal"] else eind

    def clean(self):
        cleaned = super().clean()
        for veld, waarde in cleaned.items():
            if isinstance(waarde, str):  # browsers post "\r\n"; stored text keeps one kind of line end
                cleaned[veld] = waarde.replace("\r\n", "\n")
        if cleaned.get("periode_soort") == PeriodeSoort.KWARTALEN:
            start, eind = cleaned.get("start_kwartaal"), cleaned.get("eind_kwartaal")
            if eind and not start:
                self.add_error("start_kwartaal", _("Kies ook het kwartaal waarin de actie start."))
            elif start:
                cleaned["periode_start"] = kwartaal_grenzen(start)[0]
                cleaned["periode_eind"] = kwartaal_grenzen(eind or start)[1]
                if eind and kwartaal_grenzen(eind)[0] < cleaned["periode_start"]:
                    self.add_error("eind_kwartaal", _("Het laatste kwartaal ligt vóór het eerste."))
                    cleaned["periode_eind"] = None  # the message stands beside the quarter, not a hidden date
            else:
                cleaned["periode_start"] = cleaned["periode_eind"] = None
        else:
            start, eind = cleaned.get("periode_start"), cleaned.get("periode_eind")
            if start and eind and eind < start:
                self.add_error("periode_eind", _("De einddatum ligt vóór de startdatum."))
            if eind and not start:
                self.add_error("periode_start", _("Vul ook de startdatum in."))
        if cleaned.get("herhaling") and "herhalend" in self.fields:
            cleaned["herhalend"] = True
        interventie = cleaned.get("interventie")
        if interventie:
            # Without JavaScript the catalogue still fills rows 1 and 5 where they are empty.
            for veld, waarde in interventie.invulling().items():
                if not cleaned.get(veld) and waarde:
                    cleaned[veld] = waarde
                    self.errors.pop(veld, None)
        naam = (cleaned.get("nieuwe_organisatie") or "").strip()
        if naam and Organisatie.objects.filter(gemeente=self.gemeente, naam__iexact=naam).exists():
            self.add_error("nieuwe_organisatie", _("Deze organisatie staat er al bij; vink haar hierboven aan."))
        return cleaned

    def _post_clean(self):
        self.instance.periode_in_kwartalen = self.cleaned_data.get("periode_soort") != PeriodeSoort.DATUMS
        super()._post_clean()

    def gegevens(self) -> dict:
        """The actie's own field values from the valid form, as plain values for `actie_opslaan`."""
        velden = {veld.name for veld in Actie._meta.concrete_fields}
        return {
            **{naam: self.cleaned_data.get(naam) for naam in self._meta.fields if naam in velden},
            "periode_in_kwartalen": self.cleaned_data.get("periode_soort") != PeriodeSoort.DATUMS,
        }
