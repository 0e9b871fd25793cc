"""The demo's data modules hold plain values: they import no models and reach no database."""

import ast
import sys
from pathlib import Path

import pytest

import demo.gegevens

GEGEVENS = sorted(Path(demo.gegevens.__file__).parent.glob("*.py"))


def geimporteerd(pad: Path) -> set[str]:
    modules = set()
    for knoop in ast.walk(ast.parse(pad.read_text())):
        if isinstance(knoop, ast.Import):
            modules.update(alias.name for alias in knoop.names)
        elif isinstance(knoop, ast.ImportFrom):
            modules.add("." * knoop.level + (knoop.module or ""))
    return modules


@pytest.mark.parametrize("pad", GEGEVENS, ids=lambda pad: pad.name)
def test_a_data_module_imports_only_the_standard_library_choices_and_other_data(pad):
    toegestaan = {
        module
        for module in geimporteerd(pad)
        if module.split(".")[0] in sys.stdlib_module_names
        or module.endswith(".constants")
        or module.startswith(".")
        or module.startswith("demo.gegevens")
    }
    assert geimporteerd(pad) == toegestaan
    assert ".objects" not in pad.read_text()


def test_every_data_module_is_checked():
    assert {pad.stem for pad in GEGEVENS} >= {
        "mensen",
        "scanner",
        "stakeholders",
        "plan",
        "acties",
        "bijeenkomsten",
        "vorige_cyclus",
        "vorige_acties",
        "doelen",
        "evaluatie",
        "volgende_cyclus",
    }
