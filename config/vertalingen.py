"""Strings of Django 6.1 itself that the application translates on its own.

Listing them here lets `makemessages` keep them in locale/nl, where they get a Dutch msgstr:
some Django's Dutch catalog does not translate yet, others it says with "u" where the
application says "je". Our catalog goes before Django's, so these msgstr win.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

DJANGO_ZONDER_VERTALING = [
    gettext_noop("- Select an option -"),
]

DJANGO_IN_JE_VORM = [
    gettext_noop("Your old password was entered incorrectly. Please enter it again."),
    gettext_noop("Your password can’t be too similar to your other personal information."),
    gettext_noop("Your password can’t be a commonly used password."),
    gettext_noop("Your password can’t be entirely numeric."),
    ngettext_lazy(
        "Your password must contain at least %(min_length)d character.",
        "Your password must contain at least %(min_length)d characters.",
        "min_length",
    ),
]
