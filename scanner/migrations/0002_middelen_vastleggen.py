"""Reference data: the three substances of the Scanner-methodiek."""

from django.db import migrations

MIDDELEN = [("alcohol", "Alcohol", 1), ("drugs", "Drugs", 2), ("roken", "Roken", 3)]


def vastleggen(apps, schema_editor):
    Middel = apps.get_model("scanner", "Middel")
    for code, naam, volgorde in MIDDELEN:
        Middel.objects.update_or_create(code=code, defaults={"naam": naam, "volgorde": volgorde})


class Migration(migrations.Migration):
    dependencies = [("scanner", "0001_initial")]

    operations = [migrations.RunPython(vastleggen, migrations.RunPython.noop)]
