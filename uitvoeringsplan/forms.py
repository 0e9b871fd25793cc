from django import forms
from django.utils.translation import gettext_lazy as _

from basis.kwartalen import kwartaal_grenzen, kwartaal_keuzes, kwartaal_waarde
from scanner.models import Aanbeveling, Gemeente, Middel
from stakeholders.constants import Sector
from stakeholders.models import Organisatie

from .constants import KERNTEAM_ROLLEN, Databank, Haalbaarheid, Preventievorm
from .models import Actie, Interventie, Uitvoeringsplan
from .rijen import RIJEN


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
                plannen__lidmaatschappen__user=user, plannen__lidmaatschappen__rol__in=KERNTEAM_ROLLEN
            ).distinct()
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
        fields = [
            "interventie",
            "titel",
            "relevantie",
            "haalbaarheid",
            "haalbaarheid_toelichting",
            "benodigde_middelen",
            "kosten_euro",
            "kosten_toelichting",
            "fte",
            "andere_voorwaarden",
            "effectiviteit",
            "erkend",
            "databank",
            "erkenningsniveau",
            "effectiviteit_url",
            "obstakels",
            "obstakels_aanpak",
            "periode_start",
            "periode_eind",
            "herhalend",
            "herhaling",
            "verantwoordelijken",
            "wie_doet_wat",
            "prioriteit",
            "prioriteit_overwegingen",
            "preventievorm",
            "doelgroep",
            "middelen",
        ]
        labels = {
            "interventie": _("Kies uit de catalogus (optioneel)"),
            "titel": _("Welke actie(s), interventie(s) of maatregel(en) willen we inzetten?"),
            "relevantie": _("Waarom is de gesuggereerde interventie relevant voor de aanbeveling?"),
            "haalbaarheid": _("Hoe haalbaar is de gesuggereerde interventie?"),
            "haalbaarheid_toelichting": _("Toelichting op de haalbaarheid"),
            "benodigde_middelen": _("Wat is er nodig om de gesuggereerde interventie uit te voeren?"),
            "kosten_euro": _("a. Financieel: kosten in euro"),
            "kosten_toelichting": _("a. Toelichting op de kosten"),
            "fte": _("b. Aantal fte"),
            "andere_voorwaarden": _("c. Andere voorwaarden"),
            "effectiviteit": _("Wat is de verwachte effectiviteit van de maatregel?"),
            "erkend": _("Is de interventie erkend?"),
            "databank": _("Gevonden in databank"),
            "erkenningsniveau": _("Erkenningsniveau"),
            "effectiviteit_url": _("Link naar de beschrijving in de databank"),
            "obstakels": _("Welke obstakels verwachten we?"),
            "obstakels_aanpak": _("Hoe kunnen die worden overwonnen?"),
            "periode_start": _("Startdatum"),
            "periode_eind": _("Einddatum"),
            "herhalend": _("De actie keert terug"),
            "herhaling": _("Hoe keert de actie terug?"),
            "verantwoordelijken": _("Verantwoordelijke organisatie(s)"),
            "wie_doet_wat": _("Wie doet wat?"),
            "prioriteit": _("Welke prioriteit geven we aan het inzetten van deze interventie?"),
            "prioriteit_overwegingen": _("En waarom? (overwegingen)"),
            "preventievorm": _("Vorm van preventie"),
            "doelgroep": _("Doelgroep"),
            "middelen": _("Middelen"),
        }
        help_texts = {
            "prioriteit": "",  # the row's own guidance says it already
            "interventie": _("Een interventie uit de catalogus vult rij 1 en rij 5 alvast in."),
            "benodigde_middelen": _("Bijvoorbeeld: trainer, locatie, uren van professionals. Eén per regel."),
            "herhaling": _("Bijvoorbeeld: en daarna jaarlijks aanbieden."),
            "wie_doet_wat": _("Wie organiseert, wie voert uit, wie doet mee?"),
            "preventievorm": _(
                "Universeel: een brede doelgroep. Proportioneel universalisme: universeel, met extra inzet voor "
                "groepen met meer risico. Selectief: groepen met een verhoogd risico. Geïndiceerd: individuen "
                "met risicofactoren of (problematisch) gebruik. Zorggerelateerd: inclusief harm reduction "
                "(kader 5)."
            ),
        }
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

    # The form fields per row of the handreiking, in the order they are asked.
    RIJ_VELDEN = {
        1: ["interventie", "titel"],
        2: ["relevantie"],
        3: ["haalbaarheid", "haalbaarheid_toelichting"],
        4: ["benodigde_middelen", "kosten_euro", "kosten_toelichting", "fte", "andere_voorwaarden"],
        5: ["effectiviteit", "erkend", "databank", "erkenningsniveau", "effectiviteit_url"],
        6: ["obstakels", "obstakels_aanpak"],
        7: [
            "periode_soort",
            "start_kwartaal",
            "eind_kwartaal",
            "periode_start",
            "periode_eind",
            "herhalend",
            "herhaling",
        ],
        8: ["verantwoordelijken", "nieuwe_organisatie", "wie_doet_wat"],
        9: ["prioriteit", "prioriteit_overwegingen"],
    }
    OVERIG = ["preventievorm", "doelgroep", "middelen"]
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

    def save(self, commit=True):
        actie = super().save(commit=commit)
        naam = (self.cleaned_data.get("nieuwe_organisatie") or "").strip()
        if commit and naam:
            organisatie = Organisatie.objects.create(gemeente=self.gemeente, naam=naam, sector=Sector.ANDERS)
            actie.verantwoordelijken.add(organisatie)
        return actie


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
