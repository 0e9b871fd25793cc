"""Checks on uploaded files: the Scanner's report and beleidsdocumenten must be real PDFs.

One validator serves both, so its messages speak of "the document", never of "the report".
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

PDF_MAGIC = b"%PDF-"


def validate_pdf(upload) -> None:
    """Accept a file only when its content starts like a PDF and it is not too large.

    The name and the browser's content type are not trusted: a renamed Word file or an image
    with a .pdf extension is refused because its first bytes are not a PDF header.
    """
    if upload.size > settings.MAX_UPLOAD_SIZE:
        raise ValidationError(
            _("Het bestand is %(size)s; het mag hoogstens %(max)s zijn."),
            code="te_groot",
            params={"size": filesizeformat(upload.size), "max": filesizeformat(settings.MAX_UPLOAD_SIZE)},
        )
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    head = upload.read(1024)
    upload.seek(position)
    # The PDF standard allows a few bytes of junk before the header; look in the first kilobyte.
    if PDF_MAGIC not in head:
        raise ValidationError(
            _("Dit is geen PDF-bestand. Sla het document op als PDF en kies het opnieuw."),
            code="geen_pdf",
        )
