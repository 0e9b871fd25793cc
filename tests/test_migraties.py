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


def newest_migrations() -> list[tuple[str, str]]:
    """The last migration of each of our apps, unless it is the initial one (undoing that drops the tables)."""
    graph = MigrationExecutor(connection).loader.graph
    newest = []
    for app, name in graph.leaf_nodes():
        if app in our_apps() and not graph.nodes[(app, name)].initial:
            newest.append((app, name))
    return newest


def test_the_newest_migrations_go_back_and_forth_over_the_demo_without_losing_a_row(settings):
    settings.DEBUG = True  # the demo refuses to run on what looks like production
    call_command("demo", verbosity=0, stdout=StringIO())
    voor = row_counts()
    assert voor["uitvoeringsplan_actie"] > 0 and voor["bijeenkomsten_uitnodiging"] > 0

    newest = newest_migrations()
    assert newest, "no migration after an initial one to check"
    executor = MigrationExecutor(connection)
    graph = executor.loader.graph
    terug = [parent for node in newest for parent in graph.node_map[node].parents if parent[0] == node[0]]
    executor.migrate(terug)
    tussendoor = row_counts()
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(newest)

    assert row_counts() == voor
    # Going back did not drop or empty a table either: each migration keeps the data it does not own.
    assert {table: n for table, n in tussendoor.items() if voor.get(table) != n} == {}
