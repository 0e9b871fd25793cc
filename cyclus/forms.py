from django import forms
from django.db.models import Count, Q
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from scanner.models import Beleidsdocument, Scanner
from uitvoeringsplan.models import Uitvoeringsplan

from .vergelijken import Kandidaat, Overzicht

NIEUWE_SCANNER = "nieuw"


class StartenForm(forms.Form):
    """The new plan's title and where its aanbevelingen come from: a Scanner or beleidsdocument, or a new Scanner."""

    titel = forms.CharField(
        label=_("Titel van het nieuwe plan"), max_length=Uitvoeringsplan._meta.get_field("titel").max_length
    )
    bron = forms.ChoiceField(
        label=_("Waar komen de aanbevelingen van de nieuwe cyclus vandaan?"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies de nieuwe Scanner of het beleidsdocument.")},
    )

    def __init__(self, *args, vorig_plan: Uitvoeringsplan, **kwargs):
        super().__init__(*args, **kwargs)
        met_aanbevelingen = Count("aanbevelingen")
        self.scanners = {
            f"scanner-{s.pk}": s
            for s in Scanner.objects.filter(gemeente=vorig_plan.gemeente_id)
            .exclude(pk=vorig_plan.scanner_id)
            .annotate(aantal=met_aanbevelingen)
            .filter(aantal__gt=0)
        }
        self.documenten = {
            f"beleid-{d.pk}": d
            for d in Beleidsdocument.objects.filter(gemeente=vorig_plan.gemeente_id)
            .annotate(aantal=met_aanbevelingen)
            .filter(~Q(plannen=vorig_plan), aantal__gt=0)
        }
        keuzes = [
            (
                sleutel,
                _("Scanner: %(titel)s, %(datum)s, %(n)s aanbevelingen")
                % {"titel": s, "datum": date_format(s.datum), "n": s.aantal},
            )
            for sleutel, s in self.scanners.items()
        ]
        keuzes += [
            (sleutel, _("Beleidsdocument: %(titel)s, %(n)s aanbevelingen") % {"titel": d, "n": d.aantal})
            for sleutel, d in self.documenten.items()
        ]
        keuzes.append((NIEUWE_SCANNER, _("Een nieuwe Scanner, die ik hieronder vastleg")))
        self.fields["bron"].choices = keuzes
        if len(keuzes) == 1:
            self.fields["bron"].initial = NIEUWE_SCANNER
        elif self.scanners:
            self.fields["bron"].initial = next(iter(self.scanners))

    @property
    def nieuwe_scanner(self) -> bool:
        return self.cleaned_data.get("bron") == NIEUWE_SCANNER

    def gekozen_bron(self) -> dict:
        """The chosen existing source as the keyword of `volgende_cyclus_starten`."""
        sleutel = self.cleaned_data["bron"]
        if sleutel in self.scanners:
            return {"scanner": self.scanners[sleutel]}
        return {"beleidsdocument": self.documenten[sleutel]}


class VergelijkingForm(forms.Form):
    """Per aanbeveling of the new plan: the aanbeveling of the previous cycle it returns from, or none (new)."""

    def __init__(self, *args, overzicht: Overzicht, **kwargs):
        super().__init__(*args, **kwargs)
        keuzes = [("", _("Nieuw: kwam in de vorige cyclus niet voor"))]
        keuzes += [(str(a.pk), _("Terugkerend: %(titel)s") % {"titel": a.titel}) for a in overzicht.vorige]
        self.rijen = []
        for rij in overzicht.rijen:
            naam = f"nieuw-{rij.nieuwe.pk}"
            self.fields[naam] = forms.ChoiceField(
                label=rij.nieuwe.titel,
                choices=keuzes,
                required=False,
                initial=str(rij.vorige.pk) if rij.vorige else "",
            )
            self.rijen.append((rij, naam))

    def clean(self):
        gezien = {}
        for rij, naam in self.rijen:
            vorige = self.cleaned_data.get(naam)
            if not vorige:
                continue
            if vorige in gezien:
                self.add_error(
                    naam,
                    _("Deze aanbeveling uit de vorige cyclus is al gekoppeld aan “%(titel)s”. Kies er één.")
                    % {"titel": gezien[vorige]},
                )
            gezien[vorige] = rij.nieuwe.titel
        return self.cleaned_data

    def koppelingen(self) -> dict[int, int]:
        return {rij.nieuwe.pk: int(self.cleaned_data[naam]) for rij, naam in self.rijen if self.cleaned_data[naam]}

    def velden(self):
        """Each row of the comparison with its bound field, for the template."""
        return [(rij, self[naam]) for rij, naam in self.rijen]


class OvernemenForm(forms.Form):
    """Per actie of the previous cycle not yet taken over: take it over or not, and under which aanbeveling."""

    def __init__(self, *args, kandidaten: list[Kandidaat], overzicht: Overzicht, **kwargs):
        super().__init__(*args, **kwargs)
        plaatsen = [("", _("Kies een aanbeveling"))] + [(str(r.nieuwe.pk), str(r.nieuwe)) for r in overzicht.rijen]
        self.regels = []
        for kandidaat in kandidaten:
            if kandidaat.overgenomen:
                self.regels.append((kandidaat, None, None))
                continue
            pk = kandidaat.actie.pk
            self.fields[f"over-{pk}"] = forms.BooleanField(
                label=_("Overnemen"), required=False, initial=kandidaat.standaard
            )
            self.fields[f"plaats-{pk}"] = forms.ChoiceField(
                label=_("Onder aanbeveling"),
                choices=plaatsen,
                required=False,
                initial=str(kandidaat.voorstel or ""),
            )
            self.regels.append((kandidaat, f"over-{pk}", f"plaats-{pk}"))

    def clean(self):
        gekozen = 0
        for _kandidaat, over, plaats in self.regels:
            if over and self.cleaned_data.get(over):
                gekozen += 1
                if not self.cleaned_data.get(plaats):
                    self.add_error(plaats, _("Kies onder welke aanbeveling deze actie komt."))
        if not gekozen and not self.errors:
            raise forms.ValidationError(_("Vink minstens één actie aan om over te nemen."))
        return self.cleaned_data

    def plaatsing(self) -> dict[int, int]:
        return {
            kandidaat.actie.pk: int(self.cleaned_data[plaats])
            for kandidaat, over, plaats in self.regels
            if over and self.cleaned_data[over]
        }

    def velden(self):
        return [(k, self[over] if over else None, self[plaats] if plaats else None) for k, over, plaats in self.regels]
