from django.urls import path

from . import views_spreadsheet as views

spreadsheet = "plannen/<int:plan_pk>/uitvoering/spreadsheet/"

urlpatterns = [
    path(
        spreadsheet + "downloaden/", views.SpreadsheetDownloadView.as_view(), name="uitvoering_spreadsheet_downloaden"
    ),
    path(spreadsheet + "uploaden/", views.SpreadsheetUploadView.as_view(), name="uitvoering_spreadsheet_uploaden"),
    path(spreadsheet + "opslaan/", views.SpreadsheetOpslaanView.as_view(), name="uitvoering_spreadsheet_opslaan"),
    path(spreadsheet + "annuleren/", views.SpreadsheetAnnulerenView.as_view(), name="uitvoering_spreadsheet_annuleren"),
]
