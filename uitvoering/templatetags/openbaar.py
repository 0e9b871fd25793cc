"""Whether a plan is published, for the publication buttons above the uitvoeringsoverzicht."""

from django import template

from uitvoering.models import Publicatie

register = template.Library()


@register.simple_tag
def publicatie_van(plan) -> Publicatie | None:
    """The plan's Publicatie, or None for a plan never published (reading `plan.publicatie` would raise)."""
    try:
        return plan.publicatie
    except Publicatie.DoesNotExist:
        return None
