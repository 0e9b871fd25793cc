from django.urls import path

from . import views

urlpatterns = [
    path("", views.DashboardView.as_view(), name="dashboard"),
    path("plannen/nieuw/", views.PlanAanmakenView.as_view(), name="plan_create"),
    path("plannen/<int:plan_pk>/", views.PlanDetailView.as_view(), name="plan_detail"),
    path("plannen/<int:plan_pk>/gegevens/", views.PlanUpdateView.as_view(), name="plan_update"),
]
