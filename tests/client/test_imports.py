"""Importing one operation loads that operation's models, not the whole package (PEP 562 laziness)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def loaded_after(statement: str) -> list[str]:
    script = (
        f"import json, sys\n{statement}\nprint(json.dumps(sorted(m for m in sys.modules if m.startswith('okta_'))))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    loaded: list[str] = json.loads(result.stdout)
    return loaded


def test_one_endpoint_loads_no_model_until_it_parses_and_then_only_its_own() -> None:
    imported = loaded_after("from okta_api.api.user import list_users")
    assert not [m for m in imported if m.startswith("okta_api.models.")]
    assert not any(m.startswith("okta_api.api.application") for m in imported)
    parsed = loaded_after(
        "import httpx\n"
        "from okta_api.api.user import list_users\n"
        "from okta_api.client import Client\n"
        "response = httpx.Response(200, json=[{'id': 'a'}])\n"
        "list_users._parse_response(client=Client(base_url='https://x'), response=response)"
    )
    models = [m for m in parsed if m.startswith("okta_api.models.")]
    assert "okta_api.models.user" in models
    assert "okta_api.models.application" not in models
    assert len(models) < 30, models


def test_the_package_root_and_models_package_load_nothing_eagerly() -> None:
    loaded = loaded_after("import okta_api, okta_api.models")
    assert loaded == ["okta_api", "okta_api.models"]


def test_lazy_names_resolve_and_type_checkers_see_them() -> None:
    import okta_api
    import okta_api.models as models

    assert okta_api.Client.__name__ == "Client"
    assert models.BookmarkApplication.__module__ == "okta_api.models.bookmark_application"
    assert "BookmarkApplication" in models.__all__
    source = Path(str(models.__file__)).read_text(encoding="utf-8")
    assert "from .bookmark_application import BookmarkApplication" in source  # under TYPE_CHECKING


def test_a_subclass_is_imported_only_when_a_payload_needs_it() -> None:
    loaded = loaded_after(
        "from okta_api.models.application import Application\n"
        "Application.from_dict({'signOnMode': 'BOOKMARK', 'name': 'bookmark'})"
    )
    assert "okta_api.models.bookmark_application" in loaded
    assert "okta_api.models.open_id_connect_application" not in loaded
