"""Stored PDFs (Scanner reports, beleidsdocumenten) leave the server only through a checked view."""

from django.http import FileResponse, Http404


def pdf_response(bestand) -> FileResponse:
    """Stream a stored PDF after the view has checked access; never through a public URL."""
    if not bestand:
        raise Http404
    naam = bestand.name.rsplit("/", 1)[-1]
    return FileResponse(bestand.open("rb"), content_type="application/pdf", filename=naam)
