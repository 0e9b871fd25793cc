"""Every migration keeps data: the newest ones go backwards and forwards over the demo without losing a row."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tests.test_architectuur import our_apps

pytestmark = pytest.mark.django_db(transaction=True)


def row_counts() -> dict[str, int]:
    with connection.cursor() as cursor:
        counts = {}
        for table in connection.introspection.table_names(cursor):
            if table == "django_migrations":  # the record of what is applied, not data
                continue
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
            counts[table] = cursor.fetchone()[0]
    return counts


def newest_migrations(executor: MigrationExecutor) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """The last migration of each of our apps with the one before it.

    Left out: an initial migration (undoing it drops the app's tables) and one that other apps'
    migrations depend on (undoing it would undo those too).
    """
    graph = executor.loader.graph
    paren = []
    for app, name in graph.leaf_nodes():
        if app not in our_apps() or graph.nodes[(app, name)].initial:
            continue
        [vorige] = [parent for parent in graph.node_map[(app, name)].parents if parent[0] == app]
        if [m.app_label for m, _backwards in executor.migration_plan([vorige])] == [app]:
            paren.append(((app, name), vorige))
    return paren


def test_the_newest_migrations_go_back_and_forth_over_the_demo_without_losing_a_row(settings):
    settings.DEBUG = True  # the demo refuses to run on what looks like production
    call_command("demo", verbosity=0, stdout=StringIO())
    voor = row_counts()
    assert voor["uitvoeringsplan_actie"] > 0 and voor["bijeenkomsten_uitnodiging"] > 0

    executor = MigrationExecutor(connection)
    paren = newest_migrations(executor)
    assert paren, "no migration after an initial one to check"
    gebleven = set(voor)
    for nieuwste, vorige in paren:
        executor.migrate([vorige])
        tussendoor = row_counts()
        # Going back keeps every row of the tables that stay; a table the migration made goes with it.
        assert {table: n for table, n in tussendoor.items() if voor.get(table) != n} == {}, nieuwste
        gebleven &= set(tussendoor)
        executor.loader.build_graph()
        executor.migrate([nieuwste])
        executor.loader.build_graph()
    na = row_counts()
    assert set(na) == set(voor)
    assert {table: na[table] for table in gebleven} == {table: voor[table] for table in gebleven}
