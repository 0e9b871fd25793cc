"""Publication: the public pages of a published plan, and the projectleider's two commands.

The public pages are the only ones that open without login; `login_not_required` is set here, in
one place, for each of them. tests/test_config.py lists their names in OPEN_PAGINAS.
"""

from django.contrib.auth.decorators import login_not_required
from django.urls import path

from . import views_openbaar as views

openbaar = "openbaar/plannen/<int:pk>/"
plan = "plannen/<int:plan_pk>/uitvoering/"

urlpatterns = [
    path("openbaar/", login_not_required(views.OpenbareLijstView.as_view()), name="openbaar_plannen"),
    path(openbaar, login_not_required(views.OpenbaarPlanView.as_view()), name="openbaar_plan"),
    path(openbaar + "plan.pdf", login_not_required(views.OpenbarePdfView.as_view()), name="openbaar_plan_pdf"),
    path(openbaar + "open-data.json", login_not_required(views.OpenDataJsonView.as_view()), name="openbaar_plan_json"),
    path(openbaar + "open-data.csv", login_not_required(views.OpenDataCsvView.as_view()), name="openbaar_plan_csv"),
    # Behind login: the projectleider publishes the plan or takes it down.
    path(plan + "publiceren/", views.PubliceerView.as_view(), name="publiceren"),
    path(plan + "publicatie-intrekken/", views.PublicatieIntrekkenView.as_view(), name="publicatie_intrekken"),
]
