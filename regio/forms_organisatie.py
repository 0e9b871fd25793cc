"""Forms for the project, its hoofddoelstellingen, its groups and their members.

The rules of a group (its parent in the same project, never under itself) live in `Groep.clean`;
the ModelForm runs them and shows the message beside the field.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .models import Groep, Groepslid, Hoofddoelstelling, Regioproject

JAAR = forms.NumberInput(attrs={"inputmode": "numeric", "min": 2000, "max": 2100})


class RegioprojectForm(forms.ModelForm):
    class Meta:
        model = Regioproject
        fields = ["naam", "startjaar", "eindjaar", "hoofdboodschap", "omschrijving"]
        widgets = {"startjaar": JAAR, "eindjaar": JAAR, "omschrijving": forms.Textarea(attrs={"rows": 5})}


class HoofddoelstellingForm(forms.ModelForm):
    class Meta:
        model = Hoofddoelstelling
        fields = ["tekst"]
        widgets = {"tekst": forms.Textarea(attrs={"rows": 3})}
        help_texts = {"tekst": _("Neem de hoofddoelstelling over uit het uitvoeringsplan van het project.")}


class GroepForm(forms.ModelForm):
    class Meta:
        model = Groep
        fields = ["naam", "soort", "thema", "bovenliggend", "volgorde"]
        help_texts = {
            "thema": _("Bijvoorbeeld: monitor, communicatie en educatie, of beleid, handhaving en veiligheid."),
            "volgorde": _("Groepen met een lager getal staan in het organogram eerder (links of boven)."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        groepen = Groep.objects.filter(project_id=self.instance.project_id)
        if self.instance.pk:
            groepen = groepen.exclude(pk=self.instance.pk)
        self.fields["bovenliggend"].queryset = groepen.order_by("volgorde", "pk")
        self.fields["bovenliggend"].empty_label = _("(valt nergens onder)")


class GroepslidForm(forms.ModelForm):
    """A member; the account is found by its exact username or e-mail address, never chosen from a list."""

    account = forms.CharField(
        label=_("Account"),
        required=False,
        max_length=254,
        help_text=_(
            "Vul de gebruikersnaam of het e-mailadres van het account in, als deze persoon er een heeft. "
            "Met een account ziet de persoon het project; leeg laten mag."
        ),
    )

    class Meta:
        model = Groepslid
        fields = ["naam", "organisatie", "gemeente", "rol", "voetnoot"]

    def __init__(self, *args, regio, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["gemeente"].queryset = regio.gemeenten.order_by("naam")
        self.fields["gemeente"].empty_label = _("(geen gemeente)")
        if self.instance.user_id:
            self.fields["account"].initial = self.instance.user.get_username()
        self.order_fields(["naam", "organisatie", "gemeente", "rol", "account", "voetnoot"])

    def clean_account(self):
        invoer = self.cleaned_data["account"].strip()
        if not invoer:
            return None
        users = list(
            get_user_model().objects.filter(Q(username__iexact=invoer) | Q(email__iexact=invoer), is_active=True)[:2]
        )
        if not users:
            raise forms.ValidationError(_("Er is geen account met deze gebruikersnaam of dit e-mailadres."))
        if len(users) > 1:
            raise forms.ValidationError(_("Meer accounts passen hierbij. Vul de gebruikersnaam in."))
        return users[0]

    def save(self, commit=True):
        self.instance.user = self.cleaned_data["account"]
        return super().save(commit)
