from django import forms
from django.utils.translation import gettext_lazy as _

from scanner.models import Gemeente

from .models import Uitvoeringsplan


class Bron:
    SCANNER = "scanner"
    BELEIDSDOCUMENT = "beleidsdocument"
    CHOICES = [
        (SCANNER, _("Een Scanner (Trimbos-instituut, verslavingszorg of GGD)")),
        (BELEIDSDOCUMENT, _("Een beleidsplan, zoals een P&H-plan Alcoholwet of een drugspreventiebeleid")),
    ]


class PlanAanmakenForm(forms.Form):
    gemeente = forms.ModelChoiceField(
        Gemeente.objects.all(),
        required=False,
        label=_("Gemeente"),
        empty_label=_("— een nieuwe gemeente —"),
    )
    nieuwe_gemeente = forms.CharField(label=_("Naam van de nieuwe gemeente"), max_length=100, required=False)
    cbs_code = forms.CharField(
        label=_("CBS-code van de nieuwe gemeente"),
        max_length=6,
        required=False,
        help_text=_("GM gevolgd door vier cijfers, bijvoorbeeld GM0363."),
    )
    titel = forms.CharField(
        label=_("Titel van het plan"), max_length=200, initial=_("Uitvoeringsplan middelenpreventie")
    )
    bron = forms.ChoiceField(
        label=_("Waar komen de aanbevelingen vandaan?"),
        choices=Bron.CHOICES,
        widget=forms.RadioSelect,
        initial=Bron.SCANNER,
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("gemeente"):
            return cleaned
        naam = (cleaned.get("nieuwe_gemeente") or "").strip()
        cbs_code = (cleaned.get("cbs_code") or "").strip().upper()
        if not naam:
            self.add_error("nieuwe_gemeente", _("Kies een bestaande gemeente of vul de naam van een nieuwe in."))
            return cleaned
        gemeente = Gemeente(naam=naam, cbs_code=cbs_code)
        try:
            gemeente.full_clean()
        except forms.ValidationError as error:
            for veld, fouten in error.message_dict.items():
                self.add_error("cbs_code" if veld == "cbs_code" else "nieuwe_gemeente", fouten)
            return cleaned
        cleaned["gemeente"] = gemeente
        return cleaned


class PlanForm(forms.ModelForm):
    class Meta:
        model = Uitvoeringsplan
        fields = ["titel", "inleiding"]
        widgets = {"inleiding": forms.Textarea(attrs={"rows": 10})}
        help_texts = {
            "inleiding": _(
                "Waarom dit plan, voor wie, en hoe het aansluit bij het beleid van de gemeente. "
                "Dit wordt hoofdstuk 1 van het Uitvoeringsplan."
            )
        }
