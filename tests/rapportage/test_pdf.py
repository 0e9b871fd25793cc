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


def test_the_same_html_is_rendered_to_a_pdf_only_once(monkeypatch):
    import weasyprint

    from basis import pdf

    gerenderd = []
    echt = weasyprint.HTML.write_pdf

    def tellen(self, *args, **kwargs):
        gerenderd.append(1)
        return echt(self, *args, **kwargs)

    monkeypatch.setattr(weasyprint.HTML, "write_pdf", tellen)
    pdf._recent.clear()
    context = {"concept": True}
    eerste = pdf.render_pdf("rapportage/pdf/basis.html", context)
    tweede = pdf.render_pdf("rapportage/pdf/basis.html", context)
    assert eerste == tweede and len(gerenderd) == 1
    pdf.render_pdf("rapportage/pdf/basis.html", context, pdfa=True)  # another variant is another PDF
    assert len(gerenderd) == 2
