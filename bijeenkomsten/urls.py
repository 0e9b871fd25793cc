from django.urls import path

from . import views_agenda as a
from . import views_bijeenkomsten as b
from . import views_kernteam as k
from . import views_prioriteren as p
from . import views_stakeholders as s
from . import views_uitnodigingen as u
from . import views_werkblad as w

plan = "plannen/<int:plan_pk>/"
bijeenkomst = plan + "bijeenkomsten/<int:bijeenkomst_pk>/"

urlpatterns = [
    path(plan + "draagvlak/", k.DraagvlakView.as_view(), name="draagvlak"),
    path(plan + "draagvlak/overleg/nieuw/", k.WethouderoverlegToevoegenView.as_view(), name="wethouderoverleg_create"),
    path(
        plan + "draagvlak/overleg/<int:pk>/bewerken/",
        k.WethouderoverlegWijzigenView.as_view(),
        name="wethouderoverleg_update",
    ),
    path(
        plan + "draagvlak/overleg/<int:pk>/verwijderen/",
        k.WethouderoverlegVerwijderenView.as_view(),
        name="wethouderoverleg_delete",
    ),
    path(plan + "kernteam/", k.KernteamView.as_view(), name="kernteam"),
    path(plan + "kernteam/toevoegen/", k.LidToevoegenView.as_view(), name="lid_toevoegen"),
    path(plan + "leden/<int:pk>/bewerken/", k.LidmaatschapWijzigenView.as_view(), name="lidmaatschap_update"),
    path(plan + "leden/<int:pk>/verwijderen/", k.LidmaatschapVerwijderenView.as_view(), name="lidmaatschap_delete"),
    path(plan + "startgesprek/afspraken/", k.AfsprakenView.as_view(), name="afspraken"),
    path(plan + "totstandkoming/", k.TotstandkomingView.as_view(), name="totstandkoming"),
    path(plan + "stakeholders/", s.StakeholderListView.as_view(), name="stakeholder_list"),
    path(plan + "stakeholders/nieuw/", s.StakeholderCreateView.as_view(), name="stakeholder_create"),
    path(plan + "stakeholders/importeren/", s.StakeholderImportView.as_view(), name="stakeholder_import"),
    path(plan + "stakeholders/<int:pk>/bewerken/", s.StakeholderUpdateView.as_view(), name="stakeholder_update"),
    path(plan + "stakeholders/<int:pk>/gegevens/", s.StakeholderExportView.as_view(), name="stakeholder_export"),
    path(plan + "stakeholders/<int:pk>/wissen/", s.StakeholderWissenView.as_view(), name="stakeholder_wissen"),
    path(plan + "bijeenkomsten/", b.BijeenkomstListView.as_view(), name="bijeenkomst_list"),
    path(plan + "bijeenkomsten/nieuw/", b.BijeenkomstCreateView.as_view(), name="bijeenkomst_create"),
    path(bijeenkomst, b.BijeenkomstDetailView.as_view(), name="bijeenkomst_detail"),
    path(bijeenkomst + "bewerken/", b.BijeenkomstUpdateView.as_view(), name="bijeenkomst_update"),
    path(bijeenkomst + "verwijderen/", b.BijeenkomstDeleteView.as_view(), name="bijeenkomst_delete"),
    path(bijeenkomst + "agenda/nieuw/", a.AgendapuntCreateView.as_view(), name="agendapunt_create"),
    path(bijeenkomst + "agenda/<int:pk>/bewerken/", a.AgendapuntUpdateView.as_view(), name="agendapunt_update"),
    path(bijeenkomst + "agenda/<int:pk>/verwijderen/", a.AgendapuntDeleteView.as_view(), name="agendapunt_delete"),
    path(
        bijeenkomst + "agenda/<int:pk>/verplaatsen/",
        a.AgendapuntVerplaatsenView.as_view(),
        name="agendapunt_verplaatsen",
    ),
    path(bijeenkomst + "tips/", b.TipsView.as_view(), name="bijeenkomst_tips"),
    path(bijeenkomst + "uitnodigen/", u.UitnodigenView.as_view(), name="uitnodigen"),
    path(bijeenkomst + "bellijst/", u.BellijstView.as_view(), name="bellijst"),
    path(bijeenkomst + "aanwezigheid/", u.AanwezigheidView.as_view(), name="aanwezigheid"),
    path(bijeenkomst + "uitnodigingen/<int:pk>/status/", u.UitnodigingStatusView.as_view(), name="uitnodiging_status"),
    path(bijeenkomst + "uitnodigingen/<int:pk>/mailen/", u.UitnodigingMailenView.as_view(), name="uitnodiging_mailen"),
    path(bijeenkomst + "presentielijst.pdf", u.PresentielijstView.as_view(), name="presentielijst"),
    path(bijeenkomst + "agenda.ics", b.IcsView.as_view(), name="bijeenkomst_ics"),
    path(bijeenkomst + "prioriteren/", p.PrioriterenView.as_view(), name="prioriteren"),
    path(bijeenkomst + "prioriteren/punten/", p.PuntenOpslaanView.as_view(), name="prioritering_punten"),
    path(bijeenkomst + "prioriteren/rangorde/", p.RangordeOpslaanView.as_view(), name="prioritering_rangorde"),
    path(bijeenkomst + "prioriteren/toepassen/", p.PrioriteringToepassenView.as_view(), name="prioritering_toepassen"),
    path(bijeenkomst + "werkblad/", w.WerkbladView.as_view(), name="werkblad"),
    path(bijeenkomst + "werkblad/meer-rijen/", w.WerkbladMeerRijenView.as_view(), name="werkblad_meer_rijen"),
]
