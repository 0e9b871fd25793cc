"""The plan, its members, its invultabellen with their acties, its doelen, and the catalogue of interventies."""

from .actie import Actie
from .doelen import Doelstelling, Indicator, Meting
from .interventie import Interventie
from .invultabel import Invultabel
from .plan import Lidmaatschap, Uitvoeringsplan, Vergrendeld, Wethouderoverleg

__all__ = [
    "Actie",
    "Doelstelling",
    "Indicator",
    "Interventie",
    "Invultabel",
    "Lidmaatschap",
    "Meting",
    "Uitvoeringsplan",
    "Vergrendeld",
    "Wethouderoverleg",
]
