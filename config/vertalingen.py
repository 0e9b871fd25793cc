"""Strings of Django 6.1 itself that its Dutch catalog does not translate yet.

Listing them here lets `makemessages` keep them in locale/nl, where they get a Dutch msgstr.
"""

from django.utils.translation import gettext_noop

DJANGO_ZONDER_VERTALING = [
    gettext_noop("- Select an option -"),
]
