"""The contract okta_api._endpoint documents: every module's public entry points, and the client options it reads."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from types import ModuleType

import httpx
import pytest
from okta_api import _endpoint
from okta_api.api import OPERATIONS
from okta_api.api.my_requests import get_my_catalog_entry_request_fields, list_my_catalog_entries
from okta_api.api.user import list_users
from okta_api.client import AuthenticatedClient, Client
from okta_api.models.my_catalog_entry import MyCatalogEntry
from okta_api.models.user import User

from ..conftest import ROOT

GENERATED = ROOT / "generated" / "okta_api"
GOVERNANCE_LISTS = {"listMyCatalogEntries", "listMyCatalogEntryUsers"}
# Its success body is one stream or an array of them (a oneOf): no list operation.
EITHER_ONE_OR_A_LIST = {"getSsfStreams"}
PLAIN = Client(base_url="https://x.okta.com")


def modules() -> list[tuple[str, ModuleType]]:
    return [(name, importlib.import_module(f"okta_api.api.{path}")) for name, path in OPERATIONS.items()]


def answers_a_json_array(module: ModuleType) -> bool:
    """Read from the module's own annotation, apart from the generator's decision."""
    return str(module._parse_response.__annotations__["return"]).startswith("list[")


def test_every_module_exports_the_documented_entry_points_and_only_list_operations_parse_pages() -> None:
    listing = set()
    for operation_id, module in modules():
        assert module.OPERATION.operation_id == operation_id
        assert module.build_request is module._get_kwargs and module.parse_response is module._parse_response
        if hasattr(module, "parse_page"):
            listing.add(operation_id)
    arrays = {operation_id for operation_id, module in modules() if answers_a_json_array(module)}
    assert listing == (arrays - EITHER_ONE_OR_A_LIST) | GOVERNANCE_LISTS
    assert len(arrays) > 100  # sanity: the spec has many list operations


def test_a_request_carries_its_operation_under_the_documented_extension() -> None:
    request = list_users.build_request(limit=3)
    assert request["extensions"][_endpoint.OPERATION_EXTENSION] is list_users.OPERATION
    assert request["params"] == {"limit": 3} and request["url"] == "/api/v1/users"
    # Every module, whatever arguments its build_request needs: the key is written into each.
    written = f'"extensions": {{"{_endpoint.OPERATION_EXTENSION}": OPERATION}}'
    missing = [name for name, module in modules() if written not in Path(str(module.__file__)).read_text("utf-8")]
    assert missing == []


def test_parse_page_gives_the_items_of_an_array_and_an_empty_page_without_a_body() -> None:
    response = httpx.Response(200, json=[{"id": "00u1"}, {"id": "00u2"}])
    page = list_users.parse_page(client=PLAIN, response=response)
    assert [user.id for user in page.items] == ["00u1", "00u2"] and page.next_link is None
    assert all(isinstance(user, User) for user in page.items)
    assert list_users.parse_page(client=PLAIN, response=httpx.Response(200)).items == []


def test_parse_page_of_a_governance_list_gives_data_and_the_bodys_next_link() -> None:
    body = {"data": [{"id": "cen1", "name": "Design tools"}], "_links": {"next": {"href": "https://x/next"}}}
    page = list_my_catalog_entries.parse_page(client=PLAIN, response=httpx.Response(200, json=body))
    assert [entry.name for entry in page.items] == ["Design tools"] and isinstance(page.items[0], MyCatalogEntry)
    assert page.next_link == "https://x/next"
    empty = list_my_catalog_entries.parse_page(client=PLAIN, response=httpx.Response(200, json={"_links": {}}))
    assert empty.items == [] and empty.next_link is None


def test_a_get_with_a_data_field_but_no_links_is_no_list_operation() -> None:
    assert not hasattr(get_my_catalog_entry_request_fields, "parse_page")


def test_a_page_that_parsed_as_something_else_is_refused_naming_the_operation() -> None:
    with pytest.raises(TypeError, match=r"listUsers: a page parsed as Error, not as its items"):
        list_users.parse_page(client=PLAIN, response=httpx.Response(429, json={"errorCode": "E0000047"}))


@pytest.mark.parametrize("kind", [Client, AuthenticatedClient])
def test_the_generated_clients_declare_the_options_generated_code_reads_with_plain_defaults(kind: type) -> None:
    client = kind(base_url="https://x.okta.com", token="t") if kind is AuthenticatedClient else kind(base_url="x")
    assert (client.strict_parsing, client.lazy_models, client.raise_on_unexpected_status) == (False, True, False)
    for name in ("strict_parsing", "lazy_models"):
        assert isinstance(getattr(kind, name), property), f"{kind.__name__}.{name} is not declared"


def test_generated_code_reads_client_options_only_through_declared_members() -> None:
    # Probing (`getattr(client, "x", default)`) would hide a renamed option behind its default.
    probes = [
        f"{path.relative_to(GENERATED)}:{number}"
        for path in sorted(GENERATED.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"getattr\(client\b|hasattr\(client\b", line)
    ]
    assert probes == []


def test_the_contract_module_is_what_the_generator_wrote() -> None:
    assert Path(_endpoint.__file__).resolve() == (GENERATED / "_endpoint.py").resolve()
