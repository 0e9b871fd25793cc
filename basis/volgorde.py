"""Ordered lists of objects with a `volgorde` field: renumbering and moving one up or down."""

from typing import Protocol


class Geordend(Protocol):
    pk: int | None
    volgorde: int

    def save(self, *args, **kwargs) -> None: ...


def hernummeren(objecten: list[Geordend]) -> None:
    """Number `objecten` 1, 2, 3 … in list order, saving only those whose position changed (so history stays small)."""
    for volgorde, obj in enumerate(objecten, start=1):
        if obj.volgorde != volgorde:
            obj.volgorde = volgorde
            obj.save(update_fields=["volgorde"])


def verplaatsen_in_volgorde(objecten: list[Geordend], obj: Geordend, richting: int) -> bool:
    """Swap `obj` with its neighbour in `objecten` (ordered) and renumber; False at either end."""
    index = next(i for i, kandidaat in enumerate(objecten) if kandidaat.pk == obj.pk)
    doel = index + richting
    if not 0 <= doel < len(objecten):
        return False
    objecten[index], objecten[doel] = objecten[doel], objecten[index]
    hernummeren(objecten)
    return True


def richting_uit(post) -> int:
    """The direction a "move" button posts: -1 for up ("op"), 1 for down."""
    return -1 if post.get("richting") == "op" else 1
