from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from basis.kwartalen import kwartaal_grenzen, kwartaal_keuzes
from scanner.models import Aanbeveling
from uitvoeringsplan.constants import Kernteamfunctie, Opdrachtgever, Rol
from uitvoeringsplan.models import Lidmaatschap, Uitvoeringsplan, Wethouderoverleg

from .constants import BijeenkomstSoort, Werkvorm
from .models import Agendapunt, Bijeenkomst

DATUM = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TIJD = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
# The four tasks of the rolverdeling in the kernteam (stap 2).
ROLLEN = ["rol_agenda", "rol_planning", "rol_stakeholdercontact", "rol_verwerking"]
# Aanbevelingen are listed and numbered by their own number, as in the Scanner report, on every page.


def kernteam_keuzes(plan: Uitvoeringsplan):
    return (
        get_user_model()
        .objects.filter(pk__in=plan.lidmaatschappen.kernteam().values("user_id"))
        .order_by("first_name", "last_name")
    )


class KernteamKeuze(forms.ModelChoiceField):
    def label_from_instance(self, user) -> str:
        return user.get_full_name() or user.get_username()


class OpdrachtForm(forms.ModelForm):
    """Tip 1: the assignment from the raad or the college, and the ambassadeur-wethouder."""

    class Meta:
        model = Uitvoeringsplan
        fields = ["opdracht_door", "opdracht_datum", "opdracht_kenmerk", "ambassadeur"]
        widgets = {"opdracht_datum": DATUM, "opdracht_door": forms.RadioSelect}
        help_texts = {
            "opdracht_kenmerk": _("Bijvoorbeeld het nummer van het raads- of collegebesluit."),
            "ambassadeur": _(
                "Een wethouder die ambassadeur is, kun je tijdens het opstellen informeren over de voortgang."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["opdracht_door"].choices = [("", _("Nog niet gegeven")), *Opdrachtgever.choices]


class WethouderoverlegForm(forms.ModelForm):
    class Meta:
        model = Wethouderoverleg
        fields = ["datum", "onderwerp", "verslag"]
        widgets = {"datum": DATUM, "verslag": forms.Textarea(attrs={"rows": 4})}


class AfsprakenForm(forms.ModelForm):
    """Stap 2: what the kernteam agreed in the startgesprek."""

    class Meta:
        model = Uitvoeringsplan
        fields = [
            "datum_plan_gereed",
            "datum_start_uitvoering",
            "rol_agenda",
            "rol_planning",
            "rol_stakeholdercontact",
            "rol_verwerking",
            "budget_euro",
            "budget_uren",
            "draagvlak_aanpak",
        ]
        labels = {
            "datum_plan_gereed": _("Wanneer moet het Uitvoeringsplan klaar zijn?"),
            "datum_start_uitvoering": _("Wanneer start de uitvoering?"),
        }
        widgets = {
            "datum_plan_gereed": DATUM,
            "datum_start_uitvoering": DATUM,
            "draagvlak_aanpak": forms.Textarea(attrs={"rows": 5}),
            "budget_euro": forms.NumberInput(attrs={"min": "0", "step": "100"}),
            "budget_uren": forms.NumberInput(attrs={"min": "0", "step": "1"}),
        }
        help_texts = {
            "budget_euro": _("Hoeveel geld is er (al) beschikbaar voor de uitvoering? Dit helpt bij het prioriteren."),
            "budget_uren": _("Hoeveel uren zijn er (al) beschikbaar voor de uitvoering?"),
        }
        field_classes = dict.fromkeys(
            ["rol_agenda", "rol_planning", "rol_stakeholdercontact", "rol_verwerking"], KernteamKeuze
        )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for veld in ROLLEN:
            self.fields[veld].queryset = kernteam_keuzes(self.instance)
            self.fields[veld].empty_label = _("— nog niet afgesproken —")

    def clean(self):
        cleaned = super().clean()
        klaar, start = cleaned.get("datum_plan_gereed"), cleaned.get("datum_start_uitvoering")
        if klaar and start and start < klaar:
            self.add_error("datum_start_uitvoering", _("De uitvoering start pas als het plan klaar is."))
        return cleaned


FUNCTIE_HULPTEKST = _("Bij de rol Projectleider is de functie altijd Projectleider.")


def functie_bij_rol(form: forms.BaseForm, cleaned: dict) -> None:
    """Only a projectleider has the functie projectleider, and a projectleider always has it.

    Otherwise the kernteam page shows two projectleiders: one by role and one by function.
    """
    if cleaned.get("rol") == Rol.PROJECTLEIDER:
        cleaned["functie"] = Kernteamfunctie.PROJECTLEIDER
    elif cleaned.get("functie") == Kernteamfunctie.PROJECTLEIDER:
        form.add_error(
            "functie",
            _(
                "De functie Projectleider hoort bij de rol Projectleider. Kies bij Rol ‘Projectleider’, "
                "of kies een andere functie."
            ),
        )


class LidToevoegenForm(forms.Form):
    """Add someone to the plan: an existing account (by e-mail) or a new one."""

    email = forms.EmailField(label=_("E-mailadres"))
    voornaam = forms.CharField(label=_("Voornaam"), max_length=150, required=False)
    achternaam = forms.CharField(label=_("Achternaam"), max_length=150, required=False)
    rol = forms.ChoiceField(label=_("Rol in dit plan"), choices=Rol.choices, initial=Rol.KERNTEAMLID)
    functie = forms.ChoiceField(
        label=_("Functie in het kernteam"),
        choices=[("", _("— geen (geen kernteamlid) —")), *Kernteamfunctie.choices],
        required=False,
        help_text=FUNCTIE_HULPTEKST,
    )
    functie_omschrijving = forms.CharField(
        label=_("Organisatie en functie"),
        max_length=200,
        required=False,
        help_text=_("Bijvoorbeeld: preventiewerker, Verslavingszorg Lindestroom."),
    )

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.plan = plan

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        if Lidmaatschap.objects.filter(plan=self.plan, user__email__iexact=email).exists():
            raise forms.ValidationError(_("Deze persoon is al lid van dit plan."))
        return email

    def clean(self):
        cleaned = super().clean()
        email = cleaned.get("email")
        bestaat = email and get_user_model().objects.filter(email__iexact=email).exists()
        if email and not bestaat and not cleaned.get("voornaam"):
            self.add_error("voornaam", _("Deze persoon heeft nog geen account: vul de naam in."))
        functie_bij_rol(self, cleaned)
        if cleaned.get("rol") == Rol.KERNTEAMLID and not cleaned.get("functie") and "functie" not in self.errors:
            self.add_error("functie", _("Kies de functie van dit kernteamlid."))
        return cleaned


class LidmaatschapForm(forms.ModelForm):
    class Meta:
        model = Lidmaatschap
        fields = ["rol", "functie", "functie_omschrijving"]
        labels = {"functie_omschrijving": _("Organisatie en functie")}
        help_texts = {"functie": FUNCTIE_HULPTEKST}

    def clean(self):
        cleaned = super().clean()
        functie_bij_rol(self, cleaned)
        return cleaned


class BijeenkomstForm(forms.ModelForm):
    class Meta:
        model = Bijeenkomst
        fields = [
            "soort",
            "titel",
            "datum",
            "starttijd",
            "eindtijd",
            "locatie",
            "aanbevelingen",
            "expert",
            "werkvorm",
            "verslag",
        ]
        widgets = {
            "datum": DATUM,
            "starttijd": TIJD,
            "eindtijd": TIJD,
            "aanbevelingen": forms.CheckboxSelectMultiple,
            "verslag": forms.Textarea(attrs={"rows": 6}),
            "soort": forms.RadioSelect,
        }
        help_texts = {
            "aanbevelingen": _(
                "Het beste is een aparte bijeenkomst per aanbeveling. Liggen aanbevelingen dicht bij elkaar, of "
                "horen er dezelfde stakeholders bij, dan kunnen ze samen (kader 4)."
            ),
            "werkvorm": _("Kies een passende werkvorm om de aanbeveling om te zetten in concrete acties."),
        }

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["aanbevelingen"].queryset = Aanbeveling.objects.filter(invultabellen__plan=plan).op_nummer()
        self.fields["soort"].choices = BijeenkomstSoort.choices
        self.fields["werkvorm"].choices = [("", _("— nog niet gekozen —")), *Werkvorm.choices]

    def clean(self):
        cleaned = super().clean()
        start, eind = cleaned.get("starttijd"), cleaned.get("eindtijd")
        if start and eind and eind <= start:
            self.add_error("eindtijd", _("De eindtijd moet later zijn dan de begintijd."))
        if cleaned.get("soort") != BijeenkomstSoort.INHOUDELIJK:
            cleaned["expert"], cleaned["werkvorm"] = "", ""
        return cleaned


class AgendapuntForm(forms.ModelForm):
    class Meta:
        model = Agendapunt
        fields = ["titel", "toelichting", "duur_minuten"]
        widgets = {"toelichting": forms.Textarea(attrs={"rows": 3})}


class TipsForm(forms.Form):
    def __init__(self, *args, tips, gekozen, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tips"] = forms.MultipleChoiceField(
            label=_("Opgevolgd"), choices=tips, widget=forms.CheckboxSelectMultiple, required=False, initial=gekozen
        )


class WerkbladRijForm(forms.Form):
    """One proposed actie with the eight questions of stap 4, deel 2."""

    titel = forms.CharField(
        label=_("1. Welke actie, maatregel en/of interventie is relevant voor de aanbeveling?"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    relevantie = forms.CharField(
        label=_("2. Waarom is deze actie relevant?"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    haalbaarheid_toelichting = forms.CharField(
        label=_("3. Hoe haalbaar is deze actie?"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    benodigde_middelen = forms.CharField(
        label=_("4. Wat is er nodig? (financieel, fte, andere voorwaarden)"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    effectiviteit = forms.CharField(
        label=_("5. Wat is de verwachte effectiviteit? Is de interventie erkend?"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    obstakels = forms.CharField(
        label=_("6. Welke obstakels verwachten we, en hoe overwinnen we die?"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    start_kwartaal = forms.ChoiceField(label=_("Start"), required=False)
    eind_kwartaal = forms.ChoiceField(label=_("Einde"), required=False)
    wie_doet_wat = forms.CharField(
        label=_("8. Wie is verantwoordelijk voor de uitvoering?"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        keuzes = kwartaal_keuzes()
        self.fields["start_kwartaal"].choices = keuzes
        self.fields["eind_kwartaal"].choices = keuzes

    @property
    def is_leeg(self) -> bool:
        return not any(
            (self.cleaned_data.get(veld) or "").strip()
            for veld in self.fields
            if veld not in {"start_kwartaal", "eind_kwartaal"}
        )

    def clean(self):
        cleaned = super().clean()
        if self.is_leeg:
            if cleaned.get("start_kwartaal") or cleaned.get("eind_kwartaal"):
                self.add_error(
                    "titel",
                    _("Er is een periode gekozen, maar geen actie: beschrijf de actie of maak de periode leeg."),
                )
            return cleaned
        if not (cleaned.get("titel") or "").strip():
            self.add_error("titel", _("Beschrijf de actie in een paar woorden."))
        start, eind = cleaned.get("start_kwartaal"), cleaned.get("eind_kwartaal")
        if eind and not start:
            self.add_error("start_kwartaal", _("Kies ook het kwartaal waarin de actie start."))
        elif start:
            cleaned["periode_start"] = kwartaal_grenzen(start)[0]
            cleaned["periode_eind"] = kwartaal_grenzen(eind or start)[1]
            if cleaned["periode_eind"] < cleaned["periode_start"]:
                self.add_error("eind_kwartaal", _("Het laatste kwartaal ligt vóór het eerste."))
        return cleaned


class BaseWerkbladFormSet(forms.BaseFormSet):
    def __init__(self, *args, extra: int | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if extra is not None:
            self.extra = extra

    def ingevuld(self) -> list[dict]:
        """What was typed in every row, to show again unchanged when the worksheet gets more rows."""
        return [{veld: form[veld].value() for veld in form.fields} for form in self.forms]


WERKBLAD_RIJEN = 3  # empty rows on a new worksheet, and how many "meer rijen" adds
WerkbladFormSet = forms.formset_factory(WerkbladRijForm, formset=BaseWerkbladFormSet, extra=WERKBLAD_RIJEN, max_num=20)


class TotstandkomingForm(forms.ModelForm):
    class Meta:
        model = Uitvoeringsplan
        fields = ["samenvatting_totstandkoming"]
        widgets = {"samenvatting_totstandkoming": forms.Textarea(attrs={"rows": 14})}
        help_texts = {
            "samenvatting_totstandkoming": _("Dit wordt hoofdstuk 3 van het Uitvoeringsplan. Pas de tekst gerust aan.")
        }
