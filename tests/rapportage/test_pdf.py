import io

import pytest
from pypdf import PdfReader

from basis.pdf import BASIS_URL, Geweigerd, render_pdf, statisch_bestand, url_fetcher


def test_the_fetcher_serves_the_applications_own_static_files():
    inhoud, mime = statisch_bestand(BASIS_URL + "static/css/pdf.css")
    assert b"@page" in inhoud
    assert mime == "text/css"


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "http://example.org/logo.png",
        "https://example.org/static/css/pdf.css",
        BASIS_URL + "static/../config/settings/base.py",
        BASIS_URL + "bestanden/scanners/rapport.pdf",
    ],
)
def test_the_fetcher_refuses_everything_else(url):
    with pytest.raises(ValueError):
        url_fetcher().fetch(url)
    with pytest.raises(Geweigerd):
        statisch_bestand(url)


def test_a_pdf_is_rendered_from_a_template_and_marked_as_concept():
    html, pdf = render_pdf("rapportage/pdf/basis.html", {"concept": True})
    assert 'lang="nl"' in html
    tekst = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "CONCEPT" in tekst
