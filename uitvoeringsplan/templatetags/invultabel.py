from django import template

from uitvoeringsplan.rijen import RIJEN

register = template.Library()


@register.inclusion_tag("uitvoeringsplan/partials/actie_rijen.html")
def actie_rijen(actie, vragen: bool = True):
    """One actie as the handreiking's nine-row table; `vragen` shows each row's question."""
    return {"actie": actie, "rijen": RIJEN, "vragen": vragen}
