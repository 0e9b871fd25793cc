"""The regional project (issue 13): organisation, jaarplan, and the local implementation of its activities."""

from .implementatie import LokaleImplementatie
from .jaarplan import (
    Hoofdactiviteit,
    Hoofddoel,
    Jaarplan,
    Jaarplanvaststelling,
    JaarplanVergrendeld,
    Uitgangspunt,
)
from .organisatie import Groep, Groepslid, Hoofddoelstelling, Regio, Regioproject

__all__ = [
    "Groep",
    "Groepslid",
    "Hoofdactiviteit",
    "Hoofddoel",
    "Hoofddoelstelling",
    "Jaarplan",
    "JaarplanVergrendeld",
    "Jaarplanvaststelling",
    "LokaleImplementatie",
    "Regio",
    "Regioproject",
    "Uitgangspunt",
]
