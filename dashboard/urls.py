from django.urls import path

from . import views

urlpatterns = [
    path("", views.DashboardView.as_view(), name="dashboard"),
    path("plannen/<int:plan_pk>/", views.PlanDetailView.as_view(), name="plan_detail"),
]
