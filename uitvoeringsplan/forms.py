"""Forms for starting and editing a plan and for the catalogue; the actie form is in `forms_actie.py`."""

from django import forms
from django.utils.translation import gettext_lazy as _

from scanner.models import Aanbeveling, Gemeente, Middel

from .constants import Databank, Preventievorm
from .models import Interventie, Lidmaatschap, Uitvoeringsplan


class Bron:
    SCANNER = "scanner"
    BELEIDSDOCUMENT = "beleidsdocument"
    CHOICES = [
        (SCANNER, _("Een Scanner (Trimbos-instituut, verslavingszorg of GGD)")),
        (BELEIDSDOCUMENT, _("Een beleidsplan, zoals een P&H-plan Alcoholwet of een drugspreventiebeleid")),
    ]


class PlanAanmakenForm(forms.Form):
    """A new plan for a gemeente the user already works for as kernteam, or for a gemeente new to the application.

    Someone may not start a plan in another gemeente: that would open its stakeholder register to them.
    """

    gemeente = forms.ModelChoiceField(
        Gemeente.objects.none(),
        required=False,
        label=_("Gemeente"),
        empty_label=_("— een nieuwe gemeente —"),
    )
    nieuwe_gemeente = forms.CharField(label=_("Naam van de nieuwe gemeente"), max_length=100, required=False)
    cbs_code = forms.CharField(
        label=_("CBS-code van de nieuwe gemeente"),
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

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        gemeenten = Gemeente.objects.all()
        if not user.is_staff:
            gemeenten = gemeenten.filter(
                pk__in=Lidmaatschap.objects.kernteam().filter(user=user).values("plan__gemeente")
            )
        self.fields["gemeente"].queryset = gemeenten

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("gemeente"):
            return cleaned
        naam = (cleaned.get("nieuwe_gemeente") or "").strip()
        cbs_code = (cleaned.get("cbs_code") or "").strip().upper()
        if not naam:
            self.add_error("nieuwe_gemeente", _("Kies een bestaande gemeente of vul de naam van een nieuwe in."))
            return cleaned
        if not cbs_code:
            self.add_error("cbs_code", _("Vul de CBS-code van de gemeente in, bijvoorbeeld GM0363."))
            return cleaned
        if Gemeente.objects.filter(cbs_code=cbs_code).exists():
            self.add_error(
                "cbs_code",
                _(
                    "Deze gemeente werkt al met de applicatie. Vraag de projectleider of de beheerder van die "
                    "gemeente om je toe te voegen aan het kernteam."
                ),
            )
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


class NieuweAanbevelingForm(forms.ModelForm):
    class Meta:
        model = Aanbeveling
        fields = ["titel", "toelichting", "doelgroep"]
        labels = {"titel": _("Nieuwe aanbeveling")}
        widgets = {"toelichting": forms.Textarea(attrs={"rows": 3})}


class InterventieForm(forms.ModelForm):
    class Meta:
        model = Interventie
        fields = [
            "naam",
            "omschrijving",
            "databank",
            "erkenningsniveau",
            "preventievorm",
            "middelen",
            "doelgroep",
            "url",
            "bron",
            "is_voorbeeld",
        ]
        widgets = {"omschrijving": forms.Textarea(attrs={"rows": 4}), "middelen": forms.CheckboxSelectMultiple}


class InterventieFilterForm(forms.Form):
    q = forms.CharField(label=_("Zoeken"), required=False)
    databank = forms.ChoiceField(label=_("Databank"), required=False)
    preventievorm = forms.ChoiceField(label=_("Preventievorm"), required=False)
    middel = forms.ModelChoiceField(Middel.objects.all(), label=_("Middel"), required=False, empty_label=_("Alle"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["databank"].choices = [("", _("Alle"))] + Databank.choices
        self.fields["preventievorm"].choices = [("", _("Alle"))] + Preventievorm.choices
