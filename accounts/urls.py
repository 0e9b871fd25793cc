"""Login, logout and password change, on Django's own views with our templates."""

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy
from django.utils.translation import gettext as _

from .forms import InlogForm


class WachtwoordInstellenView(auth_views.PasswordResetConfirmView):
    """The personal link from an invitation: choose a password, then log in."""

    template_name = "registration/wachtwoord_instellen.html"
    success_url = reverse_lazy("login")

    def form_valid(self, form):
        messages.success(self.request, _("Je wachtwoord is opgeslagen. Log nu in."))
        return super().form_valid(form)


urlpatterns = [
    path(
        "inloggen/",
        auth_views.LoginView.as_view(authentication_form=InlogForm, redirect_authenticated_user=True),
        name="login",
    ),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("wachtwoord/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path("wachtwoord/gewijzigd/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
    path("wachtwoord-instellen/<uidb64>/<token>/", WachtwoordInstellenView.as_view(), name="wachtwoord_instellen"),
]
