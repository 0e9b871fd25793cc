"""The choice of plan and aanbeveling when a gemeente takes a regional activity over.

The choices are built from plans already read for the page, so a plan or aanbeveling the user may
not use is simply not a valid choice: the form answers with a message, never with an error page.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from scanner.models import Aanbeveling
from uitvoeringsplan.models import Uitvoeringsplan


class OvernemenForm(forms.Form):
    plan = forms.ChoiceField(
        label=_("In welk plan?"),
        error_messages={"invalid_choice": _("Kies een plan van je eigen gemeente dat je nu mag bewerken.")},
    )
    aanbeveling = forms.ChoiceField(
        label=_("Bij welke aanbeveling?"),
        help_text=_("De actie komt in de invultabel van deze aanbeveling. Daar werk je haar verder uit."),
        error_messages={"invalid_choice": _("Kies een aanbeveling die in het gekozen plan staat.")},
    )

    def __init__(self, *args, plannen: list[Uitvoeringsplan], **kwargs):
        super().__init__(*args, **kwargs)
        self.plannen = {str(plan.pk): plan for plan in plannen}
        self.aanbevelingen: dict[str, dict[str, Aanbeveling]] = {
            str(plan.pk): {str(tabel.aanbeveling.pk): tabel.aanbeveling for tabel in plan.invultabellen.all()}
            for plan in plannen
        }
        self.fields["plan"].choices = [(pk, f"{plan.titel} ({plan.gemeente})") for pk, plan in self.plannen.items()]
        self.fields["aanbeveling"].choices = [
            (f"{self.plannen[plan_pk].titel} ({self.plannen[plan_pk].gemeente})", list(self._keuzes(plan_pk)))
            for plan_pk in self.plannen
        ]
        if len(self.plannen) == 1:
            self.fields["aanbeveling"].choices = list(self._keuzes(next(iter(self.plannen))))

    def _keuzes(self, plan_pk: str):
        for pk, aanbeveling in self.aanbevelingen[plan_pk].items():
            yield pk, str(aanbeveling)

    def clean(self):
        data = super().clean()
        plan_pk, aanbeveling_pk = data.get("plan"), data.get("aanbeveling")
        if plan_pk and aanbeveling_pk:
            if aanbeveling_pk not in self.aanbevelingen[plan_pk]:
                raise forms.ValidationError(_("Kies een aanbeveling die in het gekozen plan staat."))
            data["plan"] = self.plannen[plan_pk]
            data["aanbeveling"] = self.aanbevelingen[plan_pk][aanbeveling_pk]
        return data
