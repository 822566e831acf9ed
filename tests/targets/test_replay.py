"""Recorded Okta responses replayed through whichever client is under test (the shipped one or a target's).

The expectations come from the normalized spec the client was generated from, not from class names
written here, so the same test holds every spec family to the same promise: a response parses into
the most specific class its discriminators name (standard `discriminator` or Okta's older
`x-openapi-v3-discriminator`), and nothing it carried is lost.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from okta_codegen.transforms.discriminators import discriminator_of
from openapi_python_client.strings import ClassName

from ..contract._spec import load_spec

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "okta"
# Which schema each recorded file is an instance of, by file-name prefix (longest first).
BASES = (
    ("policy_rule_", "PolicyRule"),
    ("policy_", "Policy"),
    ("app_", "Application"),
    ("factor_", "UserFactor"),
    ("user_", "User"),
    ("group_", "Group"),
)
PAGES = {"apps_mixed_page.json": "Application", "users_page_200.json": "User"}
REF_PREFIX = "#/components/schemas/"


def _base_of(name: str) -> str | None:
    return next((schema for prefix, schema in BASES if name.startswith(prefix)), PAGES.get(name))


def _recorded() -> list[str]:
    return sorted(path.name for path in FIXTURES.glob("*.json") if _base_of(path.name))


def _discriminator(schema: dict[str, Any]) -> dict[str, Any] | None:
    found = discriminator_of(schema)
    return found if isinstance(found, dict) and found.get("mapping") else None


def expected_schema(spec: dict[str, Any], base: str, data: dict[str, Any]) -> str:
    """The schema the spec's discriminators lead `data` to, starting from `base` (mapped values only)."""
    schemas = spec["components"]["schemas"]
    current, seen = base, {base}
    while (discriminator := _discriminator(schemas[current])) is not None:
        target = discriminator["mapping"].get(data.get(discriminator["propertyName"]))
        if not isinstance(target, str) or not target.startswith(REF_PREFIX):
            break
        current = target.removeprefix(REF_PREFIX)
        if current in seen:
            break
        seen.add(current)
    return current


def _model(schema: str) -> type[Any]:
    import okta_api.models

    cls: type[Any] = getattr(okta_api.models, ClassName(schema, ""))
    return cls


def _items(name: str) -> list[dict[str, Any]]:
    data = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return data if isinstance(data, list) else [data]


@pytest.mark.parametrize("name", _recorded())
def test_a_recorded_response_parses_into_its_most_specific_class_losing_nothing(name: str) -> None:
    spec = load_spec()
    base = _base_of(name)
    assert base is not None
    if base not in spec["components"]["schemas"]:
        pytest.fail(f"{name}: the spec has no schema {base}; the replay table needs the new name")
    for item in _items(name):
        expected = _model(expected_schema(spec, base, item))
        for parsed in (_model(base).from_dict(item), _model(base).from_json(json.loads(json.dumps(item)))):
            assert type(parsed) is expected, f"{name}: {type(parsed).__name__}, expected {expected.__name__}"
            assert isinstance(parsed, _model(base))
            assert parsed.to_dict() == item


def test_the_replay_covers_every_polymorphic_family() -> None:
    """Each family of recorded responses has a discriminator in the spec, so the class checks above mean something."""
    schemas = load_spec()["components"]["schemas"]
    polymorphic = {base for _, base in BASES if base in schemas and _discriminator(schemas[base])}
    assert {"Application", "Policy", "PolicyRule", "UserFactor"} <= polymorphic


def test_the_client_under_test_is_the_targets_own() -> None:
    """A target run that imported the shipped client by mistake would prove nothing about the target."""
    import okta_api

    from ..contract._spec import SPEC_PATH

    assert Path(okta_api.__file__).resolve().parent == SPEC_PATH.parent.resolve() / "okta_api" or (
        SPEC_PATH.parent.name == "build" and Path(okta_api.__file__).resolve().parents[1].name == "generated"
    )
