from django import template

from uitvoeringsplan.rijen import RIJEN

register = template.Library()


@register.inclusion_tag("uitvoeringsplan/partials/actie_rijen.html")
def actie_rijen(actie, vragen: bool = True):
    """One actie as the handreiking's nine-row table; `vragen` shows each row's question."""
    return {"actie": actie, "rijen": RIJEN, "vragen": vragen}


@register.filter(is_safe=True)
def bijgesneden(inhoud: str) -> str:
    """Strip the whitespace around a block's rendered content.

    WeasyPrint (70) breaks a table cell's first line too early when the cell's text ends in
    whitespace, e.g. "Alco-" / "hol- en drugsgebruik". The content is already escaped.
    """
    return inhoud.strip()
