"""The house reads one way: each app imports only from the floors below it (docs/ARCHITECTURE.md).

Checked twice, from both sides: the Python imports of every module of an app, and the relations
(foreign keys, many-to-many, one-to-one) of every model. Size limits keep each room small enough
to read: no module over 400 lines, no app over 30% of the project's lines.
"""

import ast
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings

ROOT = Path(settings.BASE_DIR)

# From the lowest floor up. An app may import from the apps before it in this list, never from
# an app after it. `regio` is the app a next issue adds; config is the roof.
FLOORS = [
    "basis",
    "accounts",
    "scanner",
    "stakeholders",
    "uitvoeringsplan",
    "bijeenkomsten",
    "rapportage",
    "uitvoering",
    "cyclus",
    "regio",
    "dashboard",
    "demo",
]
MAX_MODULE_LINES = 400
MAX_APP_SHARE = 0.30


def floor(app: str) -> int:
    return FLOORS.index(app)


def modules(app: str) -> list[Path]:
    return sorted(path for path in (ROOT / app).rglob("*.py") if "migrations" not in path.parts)


def imported_apps(path: Path, source: str | None = None) -> set[tuple[str, int]]:
    """The project apps a module imports, each with the line of the import."""
    tree = ast.parse(source if source is not None else path.read_text(), filename=str(path))
    package = path.relative_to(ROOT).parent.parts
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the module's own package
                base = package[: len(package) - node.level + 1]
                names = [".".join([*base, node.module] if node.module else base)]
            else:
                names = [node.module or ""]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            if top in FLOORS or top == "config":
                found.add((top, node.lineno))
    return found


def upward_imports(app: str, path: Path, source: str | None = None) -> list[str]:
    return [
        f"{path.relative_to(ROOT)}:{line} imports {other}"
        for other, line in sorted(imported_apps(path, source))
        if other == "config" or (other != app and floor(other) > floor(app))
    ]


def our_apps() -> list[str]:
    return [config.label for config in apps.get_app_configs() if Path(config.path).parent == ROOT]


def python_lines(path: Path) -> int:
    return len(path.read_text().splitlines())


def test_every_app_of_ours_has_a_floor():
    assert our_apps(), "no project apps found"
    assert [app for app in our_apps() if app not in FLOORS] == []
    # INSTALLED_APPS lists them from the lowest floor up, as the architecture document does.
    assert our_apps() == sorted(our_apps(), key=floor)


@pytest.mark.parametrize("app", [app for app in FLOORS if (ROOT / app).is_dir()])
def test_an_app_imports_only_from_the_floors_below_it(app):
    assert [fout for path in modules(app) for fout in upward_imports(app, path)] == []


def test_the_import_check_catches_an_import_from_a_floor_above():
    """The check itself can fail: a module of scanner that imports the plan is caught, relative imports too."""
    path = ROOT / "scanner" / "views.py"
    assert upward_imports("scanner", path, "from uitvoeringsplan.mixins import PlanMixin\n") == [
        "scanner/views.py:1 imports uitvoeringsplan"
    ]
    assert upward_imports("rapportage", ROOT / "rapportage" / "x.py", "import dashboard.views\n") != []
    assert upward_imports("rapportage", ROOT / "rapportage" / "x.py", "from ..config import urls\n") != []
    assert upward_imports("rapportage", ROOT / "rapportage" / "x.py", "from .document import plan_document\n") == []
    assert upward_imports("rapportage", ROOT / "rapportage" / "x.py", "from scanner.models import Scanner\n") == []


def test_no_model_points_at_a_floor_above_its_own():
    """Foreign keys and many-to-many fields follow the floors too, so the migrations have no cycle."""
    fouten = []
    for app in our_apps():
        for model in apps.get_app_config(app).get_models(include_auto_created=True):
            for field in model._meta.get_fields(include_hidden=True):
                if not field.is_relation or field.auto_created or field.related_model is None:
                    continue
                other = field.related_model._meta.app_label
                if other in FLOORS and floor(other) > floor(app):
                    fouten.append(f"{model._meta.label}.{field.name} -> {field.related_model._meta.label}")
    assert fouten == []


def test_no_module_is_over_400_lines():
    roots = [*FLOORS, "config", "scripts"]
    te_lang = [
        f"{path.relative_to(ROOT)} ({python_lines(path)})"
        for root in roots
        if (ROOT / root).is_dir()
        for path in sorted((ROOT / root).rglob("*.py"))
        if "migrations" not in path.parts and python_lines(path) > MAX_MODULE_LINES
    ]
    assert te_lang == []


def test_no_app_holds_more_than_30_percent_of_the_lines():
    """Counted over the apps and config, without migrations, tests and vendored files."""
    regels = {app: sum(python_lines(path) for path in modules(app)) for app in [*our_apps(), "config"]}
    totaal = sum(regels.values())
    assert totaal > 5000, "the count missed most of the project"
    assert {app: round(n / totaal, 3) for app, n in regels.items() if n / totaal > MAX_APP_SHARE} == {}
