"""The one way into a regional project."""

from django.db.models import Exists, OuterRef, QuerySet


def projecten_voor(user) -> QuerySet:
    """The regional projects `user` may open: as a member of one of its groups (with their account), or as a
    member of a plan of one of the region's gemeenten."""
    from uitvoeringsplan.models import Lidmaatschap

    from .models import Groepslid, Regioproject

    if not user.is_authenticated:
        return Regioproject.objects.none()
    in_groep = Groepslid.objects.filter(groep__project=OuterRef("pk"), user=user)
    in_plan = Lidmaatschap.objects.filter(user=user, plan__gemeente__regios=OuterRef("regio"))
    return Regioproject.objects.filter(Exists(in_groep) | Exists(in_plan))
