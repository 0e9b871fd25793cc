"""A mail backend that fails like an unreachable or refusing SMTP server."""

import smtplib

from django.core.mail.backends.base import BaseEmailBackend


class KapotteMailserver(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
