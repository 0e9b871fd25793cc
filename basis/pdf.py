"""PDF rendering with WeasyPrint from the same kind of templates as the HTML pages.

Resources come only from the application's own static files: the URL fetcher refuses
everything else (file://, http(s)://, a link typed into a plan), so user data can never make
the renderer read a local file or call out to the network.
"""

import hashlib
import logging
import mimetypes
import threading
from collections import OrderedDict

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

# The HTML is rendered against this invented origin; only its static path is served.
BASIS_URL = "https://uitvoeringsplan.invalid/"


class Geweigerd(ValueError):
    """A resource outside the application's static files."""


def statisch_bestand(url: str) -> tuple[bytes, str]:
    """The bytes and MIME type of a static file named by `url`, or Geweigerd."""
    from django.conf import settings

    prefix = BASIS_URL + settings.STATIC_URL.lstrip("/")
    if not url.startswith(prefix):
        raise Geweigerd(f"Refused to load {url!r}: only the application's static files are allowed.")
    relatief = url[len(prefix) :].split("?", 1)[0].split("#", 1)[0]
    if ".." in relatief.split("/"):
        raise Geweigerd(f"Refused to load {url!r}.")
    pad = finders.find(relatief)
    if pad is None:
        raise Geweigerd(f"No static file {relatief!r}.")
    with open(pad, "rb") as bestand:
        inhoud = bestand.read()
    return inhoud, mimetypes.guess_type(pad)[0] or "application/octet-stream"


def url_fetcher():
    """A WeasyPrint URL fetcher that serves static files and data: URLs, and nothing else."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StatischeBestanden(URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            try:
                inhoud, mime = statisch_bestand(url)
            except Geweigerd:
                logger.warning("PDF: refused resource %s", url)
                raise
            return URLFetcherResponse(url, inhoud, {"Content-Type": mime})

    return StatischeBestanden(allowed_protocols=["https", "data"])


# The same HTML gives the same PDF: each process keeps the last few, so an unchanged document
# (a second download, the demo built again) is not rendered twice. A demo build renders five PDF/As
# (two plans of Lindewaard's neighbours, the previous plan, the jaarplan, ...), so keep a few builds' worth.
RECENT_MAX = 16
_recent: OrderedDict[str, bytes] = OrderedDict()
_recent_slot = threading.Lock()


def render_pdf(template: str, context: dict, *, pdfa: bool = False) -> tuple[str, bytes]:
    """Render `template` to HTML and to a PDF; tests can look at both.

    `pdfa` produces PDF/A-3b, for archiving an adopted plan.
    """
    from weasyprint import HTML

    html = render_to_string(template, context)
    sleutel = hashlib.sha256(f"{pdfa}:{html}".encode()).hexdigest()
    with _recent_slot:
        if sleutel in _recent:
            _recent.move_to_end(sleutel)
            return html, _recent[sleutel]
    opties = {"pdf_variant": "pdf/a-3b"} if pdfa else {}
    pdf = HTML(string=html, base_url=BASIS_URL, url_fetcher=url_fetcher()).write_pdf(**opties)
    with _recent_slot:
        _recent[sleutel] = pdf
        while len(_recent) > RECENT_MAX:
            _recent.popitem(last=False)
    return html, pdf


def vingerafdruk_klopt(vastgelegd) -> bool:
    """Whether an adopted record's stored `pdf` still has the SHA-256 recorded with it (`sha256`)."""
    with vastgelegd.pdf.open("rb") as bestand:
        return hashlib.sha256(bestand.read()).hexdigest() == vastgelegd.sha256
