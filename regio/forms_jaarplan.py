"""The forms of a jaarplan: its texts, its uitgangspunten, hoofddoelen and hoofdactiviteiten, realisation, adoption.

The deelgebied of a hoofddoel or hoofdactiviteit is chosen from the project's own deelgebieden only,
and a hoofddoel's deadline lies in the jaarplan's year: a later one belongs in a later jaarplan.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from .constants import DEELGEBIED_SOORTEN
from .models import Groep, Hoofdactiviteit, Hoofddoel, Jaarplan, Uitgangspunt

ANDER_DEELGEBIED = _("Kies een deelgebied van dit project.")


class JaarplanTekstForm(forms.ModelForm):
    versie = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Jaarplan
        fields = ["inleiding", "uitgangspunten_inleiding"]
        widgets = {
            "inleiding": forms.Textarea(attrs={"rows": 6}),
            "uitgangspunten_inleiding": forms.Textarea(attrs={"rows": 5}),
        }
        help_texts = {"inleiding": _("Waarop is dit jaarplan gebaseerd, en wat beschrijft het?")}


class UitgangspuntForm(forms.ModelForm):
    class Meta:
        model = Uitgangspunt
        fields = ["kop", "tekst"]
        widgets = {"tekst": forms.Textarea(attrs={"rows": 6})}
        help_texts = {"kop": _("Bijvoorbeeld: Resultaten monitor als inhoudelijk kompas.")}


class DeelgebiedForm(forms.ModelForm):
    """A hoofddoel or hoofdactiviteit of one deelgebied of this jaarplan's project."""

    def __init__(self, *args, jaarplan: Jaarplan, **kwargs):
        super().__init__(*args, **kwargs)
        self.jaarplan = jaarplan
        groep = self.fields["groep"]
        groep.queryset = Groep.objects.filter(project=jaarplan.project_id, soort__in=DEELGEBIED_SOORTEN)
        groep.label_from_instance = lambda g: g.deelgebied_naam
        groep.error_messages["invalid_choice"] = ANDER_DEELGEBIED
        groep.empty_label = None


class HoofddoelForm(DeelgebiedForm):
    class Meta:
        model = Hoofddoel
        fields = ["groep", "tekst", "deadline"]
        widgets = {"tekst": forms.Textarea(attrs={"rows": 4}), "deadline": forms.DateInput(attrs={"type": "date"})}

    def clean_deadline(self):
        deadline = self.cleaned_data.get("deadline")
        if deadline and deadline.year != self.jaarplan.jaar:
            raise forms.ValidationError(
                _("Kies een datum in %(jaar)s: dit jaarplan gaat over dat jaar.") % {"jaar": self.jaarplan.jaar}
            )
        return deadline


class HoofdactiviteitForm(DeelgebiedForm):
    class Meta:
        model = Hoofdactiviteit
        fields = ["groep", "tekst", "trekker", "periode", "gemeenten"]
        widgets = {"tekst": forms.Textarea(attrs={"rows": 4}), "gemeenten": forms.CheckboxSelectMultiple}
        help_texts = {"trekker": _("Wie zorgt dat het gebeurt? Een persoon, organisatie of werkgroep.")}

    def __init__(self, *args, jaarplan: Jaarplan, **kwargs):
        super().__init__(*args, jaarplan=jaarplan, **kwargs)
        self.fields["gemeenten"].queryset = jaarplan.project.regio.gemeenten.order_by("naam")


class RealisatieForm(forms.ModelForm):
    class Meta:
        model = Hoofdactiviteit
        fields = ["realisatie", "realisatie_toelichting"]
        widgets = {"realisatie_toelichting": forms.Textarea(attrs={"rows": 2})}
        labels = {"realisatie_toelichting": _("Toelichting")}


class JaarplanVaststellenForm(forms.Form):
    bevestigen = forms.BooleanField(
        label=_("De stuurgroep heeft dit jaarplan vastgesteld."),
        help_text=_("Daarna verandert het jaarplan niet meer. De realisatie van de activiteiten vul je later nog in."),
        error_messages={"required": _("Vink aan dat de stuurgroep het jaarplan heeft vastgesteld.")},
    )
