"""`from_json` models (what responses parse into): the same values as `from_dict`, converted on first read."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import attrs
import httpx
import pytest
from attrs import define
from okta_api import _convert
from okta_api.api.user import get_user, list_users
from okta_api.client import Client
from okta_api.models.application import Application
from okta_api.models.group import Group
from okta_api.models.policy import Policy
from okta_api.models.policy_rule import PolicyRule
from okta_api.models.saml_application import SamlApplication
from okta_api.models.user import User
from okta_api.models.user_factor import UserFactor
from okta_api.models.user_status import UserStatus
from okta_api.types import UNSET

from ..conftest import FIXTURES, load_fixture
from .test_lenient_parsing import StrictClient

MODEL_OF_PREFIX: dict[str, type[Any]] = {
    "app_": Application,
    "factor_": UserFactor,
    "group_": Group,
    "policy_rule_": PolicyRule,
    "policy_": Policy,
    "user_": User,
}


def _fixture_cases() -> list[Any]:
    cases = []
    for path in sorted((FIXTURES / "okta").glob("*.json")):
        prefix = next((p for p in MODEL_OF_PREFIX if path.name.startswith(p)), None)
        if prefix is not None:
            cases.append(pytest.param(path.name, MODEL_OF_PREFIX[prefix], id=path.name))
    cases.append(pytest.param("users_page_200.json", User, id="users_page_200.json"))
    cases.append(pytest.param("apps_mixed_page.json", Application, id="apps_mixed_page.json"))
    return cases


@pytest.mark.parametrize(("fixture", "cls"), _fixture_cases())
def test_from_json_models_equal_from_dict_models(fixture: str, cls: type[Any]) -> None:
    data = load_fixture(fixture)
    items = data if isinstance(data, list) else [data]
    for item in items:
        eager = cls.from_dict(item)
        # Compared twice: once before any field is read (to_dict reads them), once field by field (==).
        assert cls.from_json(copy.deepcopy(item)).to_dict() == eager.to_dict() == item
        lazy = cls.from_json(copy.deepcopy(item))
        assert type(lazy) is type(eager)
        assert lazy == eager


@pytest.fixture
def converted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The timestamps generated models convert from now on, in order."""
    seen: list[str] = []
    fromisoformat = _convert._fromisoformat
    monkeypatch.setattr(_convert, "_fromisoformat", lambda value: seen.append(value) or fromisoformat(value))
    return seen


def test_fields_are_converted_when_first_read(converted: list[str]) -> None:
    data = load_fixture("user_provisioned.json")
    user = User.from_json(copy.deepcopy(data))
    assert user.id == data["id"] and converted == []
    created = user.created
    assert converted == [data["created"]] and created.isoformat().startswith(data["created"][:19])
    assert user.created is created and len(converted) == 1  # stored: read twice, converted once


def test_a_field_written_before_it_is_read_keeps_the_written_value() -> None:
    user = User.from_json(load_fixture("user_provisioned.json"))
    user.status = UserStatus.ACTIVE
    user.profile.first_name = "Changed"
    assert user.status is UserStatus.ACTIVE and user.profile.first_name == "Changed"
    assert user.to_dict()["status"] == "ACTIVE" and user.to_dict()["profile"]["firstName"] == "Changed"
    assert user.to_dict()["profile"]["lastName"] == load_fixture("user_provisioned.json")["profile"]["lastName"]


def test_undeclared_keys_and_custom_profile_attributes() -> None:
    data = load_fixture("group_with_custom_profile.json")
    group = Group.from_json(copy.deepcopy(data))
    assert group.profile.additional_properties == Group.from_dict(data).profile.additional_properties
    custom = next(iter(group.profile.additional_properties))
    assert getattr(group.profile, custom) == data["profile"][custom] == group.profile[custom]
    fresh = Group.from_json(copy.deepcopy(data))
    fresh.profile.someNewAttribute = "set before anything was read"
    assert fresh.profile.to_dict()["someNewAttribute"] == "set before anything was read"
    with pytest.raises(AttributeError, match="'User' object has no attribute 'no_such_field'"):
        User.from_json({}).no_such_field  # noqa: B018


def test_discriminators_dispatch_as_from_dict_does() -> None:
    bookmark = load_fixture("app_bookmark.json")
    assert type(Application.from_json(copy.deepcopy(bookmark))).__name__ == "BookmarkApplication"
    # A subclass asked directly builds itself, whatever the JSON says, as from_dict does.
    assert type(SamlApplication.from_json(copy.deepcopy(bookmark))) is type(SamlApplication.from_dict(bookmark))


@pytest.mark.parametrize("value", [[], "text", 3, None])
def test_anything_but_an_object_is_refused_as_from_dict_refuses_it(value: object) -> None:
    with pytest.raises(_convert.ResponseShapeError, match="User expects a JSON object"):
        User.from_json(value)


def test_copies_and_pickles_equal_the_original_and_keep_unset() -> None:
    data = load_fixture("user_provisioned.json")
    for model in (User.from_json(copy.deepcopy(data)), User.from_dict(data)):
        for clone in (pickle.loads(pickle.dumps(model)), copy.deepcopy(model), copy.copy(model)):
            assert clone == User.from_dict(data)
            assert clone.to_dict() == data  # UNSET fields stay out: the copy keeps the one UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET


@define
class EagerClient(Client):
    """A client asking for whole conversion, as OktaClient does with `lazyModels: false`."""

    lazy_models: bool = False


def _client(body: bytes, cls: type[Client] = Client) -> Client:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    return cls(base_url="https://dev-123.okta.com", httpx_args={"transport": transport})


def test_generated_functions_return_from_json_models(converted: list[str]) -> None:
    page = (FIXTURES / "okta" / "users_page_200.json").read_bytes()
    users = list_users.sync(client=_client(page))
    assert users is not None and len(users) == 200
    assert [user.id for user in users] == [item["id"] for item in load_fixture("users_page_200.json")]
    assert converted == []
    assert users == [User.from_dict(item) for item in load_fixture("users_page_200.json")]


def test_clients_can_ask_for_whole_conversion(converted: list[str]) -> None:
    page = (FIXTURES / "okta" / "users_page_200.json").read_bytes()
    users = list_users.sync(client=_client(page, EagerClient))
    # Every timestamp of the page was converted before any field was read.
    created = [item["created"] for item in load_fixture("users_page_200.json") if item.get("created")]
    assert users is not None and created and set(created) <= set(converted)
    assert users == [User.from_dict(item) for item in load_fixture("users_page_200.json")]


def test_strict_parsing_still_checks_every_field() -> None:
    data = load_fixture("user_provisioned.json")
    data["profile"]["login"] = 42
    with pytest.raises(_convert.ResponseTypeError, match=r"UserProfile\.login at /profile/login"):
        get_user.sync("00ub0oNGTSWTBKOLGLNR", client=_client(json.dumps(data).encode(), StrictClient))


@pytest.mark.parametrize(("setting", "converted_at_parse"), [(True, False), (False, True)])
def test_okta_client_setting_lazy_models(setting: bool, converted_at_parse: bool, converted: list[str]) -> None:
    from okta_client import OktaClient

    data = load_fixture("user_provisioned.json")
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=data))
    client = OktaClient.from_config(
        org_url="https://dev-123.okta.com", token="00t", lazy_models=setting, httpx_args={"transport": transport}
    )
    user = get_user.sync(data["id"], client=client)
    assert client.lazy_models is setting
    assert (data["created"] in converted) is converted_at_parse
    # getUser's response is User or a subclass of it (2026.06.3: UserGetSingleton, with _embedded).
    assert isinstance(user, User) and user == type(user).from_dict(data)


def test_after_a_few_reads_the_rest_is_converted_at_once_keeping_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    from okta_api._model import READS_BEFORE_WHOLE

    data = load_fixture("user_provisioned.json")
    user = User.from_json(copy.deepcopy(data))
    user.status = UserStatus.DEPROVISIONED  # written before any read: kept through the whole conversion
    whole: list[type] = []
    from_dict = User.from_dict.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(User, "from_dict", classmethod(lambda cls, d: whole.append(cls) or from_dict(cls, d)))
    names = ["id", "created", "profile", "credentials", "type_", "last_updated"]
    for name in names[: READS_BEFORE_WHOLE - 1]:
        getattr(user, name)
    assert whole == []  # so far one field at a time
    getattr(user, names[READS_BEFORE_WHOLE - 1])
    assert whole == [User]
    expected = User.from_dict(data)
    expected.status = UserStatus.DEPROVISIONED
    assert user == expected


def test_materialize_converts_every_field_and_keeps_writes() -> None:
    data = load_fixture("user_provisioned.json")
    user = User.from_json(copy.deepcopy(data))
    user.profile.first_name = "Written"
    assert user.materialize() is user
    names = [field.name for field in attrs.fields(User)]
    state = object.__getstate__(user)[1]  # type: ignore[index]
    assert all(name in state for name in names)
    # Converted whole: the JSON is let go, and only the names of the fields it did not have are kept.
    absent = {name for name, (key, _) in User._json_fields.items() if key not in data}
    assert object.__getattribute__(user, "_okta_json") == absent and absent
    assert user.profile.first_name == "Written"
    eager = User.from_dict(data)
    assert eager.materialize() is eager and user.id == eager.id


def test_threads_reading_the_same_models_see_the_from_dict_values() -> None:
    import sys
    import threading

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible, to interleave first reads
    try:
        items = load_fixture("users_page_200.json")
        users = [User.from_json(copy.deepcopy(item)) for item in items]
        names = [field.name for field in attrs.fields(User)]
        seen: list[list[Any]] = []
        errors: list[BaseException] = []

        def read(order: list[str]) -> None:
            try:
                seen.append([[getattr(user, name) for name in order] for user in users])
            except BaseException as exc:  # reported below, with the thread's order
                errors.append(exc)

        orders = [names, names[::-1], names[1::2] + names[::2], sorted(names)]
        threads = [threading.Thread(target=read, args=(order,)) for order in orders]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert errors == []
    assert users == [User.from_dict(item) for item in items]
