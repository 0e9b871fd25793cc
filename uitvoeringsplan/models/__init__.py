"""The plan, its members, its invultabellen with their acties, and the catalogue of interventies."""

from .actie import Actie
from .interventie import Interventie
from .invultabel import Invultabel
from .plan import Lidmaatschap, Uitvoeringsplan, Vergrendeld, Wethouderoverleg

__all__ = ["Actie", "Interventie", "Invultabel", "Lidmaatschap", "Uitvoeringsplan", "Vergrendeld", "Wethouderoverleg"]
