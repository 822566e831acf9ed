"""Read-only fields stay home on every path that serializes a model, however deep it sits.

A model is sent as ``to_dict(omit_read_only=True)`` at the top of a body, inside plain dicts, lists
and tuples, in another model's ``additional_properties``, custom profile attributes or free-form
fields, with the standard-library engine and the orjson one. In a form or multipart field a model
has no meaning: it is refused before anything is sent.
"""

from __future__ import annotations

import asyncio
import datetime
import inspect
import io
import json
from collections.abc import Callable
from typing import Any

import httpx
import okta_api.models
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from okta_api.api import operation
from okta_api.models.agent import Agent
from okta_api.models.agent_pool_update import AgentPoolUpdate
from okta_api.models.application_sign_on_mode import ApplicationSignOnMode
from okta_api.models.bookmark_application import BookmarkApplication
from okta_api.models.create_user_request import CreateUserRequest
from okta_api.models.group import Group
from okta_api.models.group_type import GroupType
from okta_api.models.upload_application_logo_body import UploadApplicationLogoBody
from okta_api.models.user import User
from okta_api.models.user_profile import UserProfile
from okta_api.models.user_type import UserType
from okta_api.types import UNSET
from okta_client import OktaClient
from okta_plugins.serializers import json_body, orjson_engine
from okta_plugins.serializers.errors import BodyError

from tests.okta_fakes import Script

ORG = "https://dev-123.okta.com"
READ_ONLY = "RO-MARK"
"""In every read-only value of the test models: it must never be on the wire."""
WRITABLE = "W-MARK"
"""In writable values only: each must reach the wire."""
WHEN = datetime.datetime(1999, 9, 9, 9, 9, 9, tzinfo=datetime.UTC)
ENGINES = {"json": "okta.serializers.orjson", "orjson": "okta.serializers.json"}
"""Engine under test -> the built-in blocked so that it is the one that encodes."""
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32

# Operations and models as Okta's releases name them: current first, 2.x after.
update_group = operation("replaceGroup", "updateGroup")
update_user = operation("updateUser")
create_user = operation("createUser")
update_application = operation("replaceApplication", "updateApplication")
upload_application_logo = operation("uploadApplicationLogo")


def model_class(*names: str) -> Any:
    """The first of `names` this client has as a model (group profile: OktaUserGroupProfile, GroupProfile in 2.x)."""
    for name in names:
        if hasattr(okta_api.models, name):
            return getattr(okta_api.models, name)
    raise LookupError(f"this client has no model {' or '.join(names)}")


GroupProfile = model_class("OktaUserGroupProfile", "GroupProfile")


def build(cls: Any, **fields: Any) -> Any:
    """A `cls` with these fields; a required field not given stays unset (the spec may require more than we test)."""
    parameters = inspect.signature(cls).parameters.values()
    missing = {p.name: UNSET for p in parameters if p.default is inspect.Parameter.empty and p.name not in fields}
    return cls(**fields, **missing)


def new_group() -> Group:
    return Group(
        id=f"{READ_ONLY}-id",
        created=WHEN,
        last_updated=WHEN,
        object_class=[READ_ONLY],
        field_links={"self": {"href": f"{ORG}/{READ_ONLY}"}},
        field_embedded={"stats": READ_ONLY},
        type_=GroupType("OKTA_GROUP"),
        profile=GroupProfile(name=WRITABLE),
    )


def fetched_group() -> Group:
    # As a response builds it: fields converted from the JSON when first read (here: never).
    return Group.from_json(
        {
            "id": f"{READ_ONLY}-id",
            "created": "1999-09-09T09:09:09.000Z",
            "objectClass": [READ_ONLY],
            "_links": {"self": {"href": READ_ONLY}},
            "profile": {"name": WRITABLE},
        }
    )


def new_user() -> User:
    return User(
        id=f"{READ_ONLY}-id",
        activated=WHEN,
        created=WHEN,
        last_login=WHEN,
        password_changed=WHEN,
        status_changed=WHEN,
        field_links={"self": {"href": READ_ONLY}},
        profile=UserProfile(login=WRITABLE),
    )


def new_application() -> BookmarkApplication:
    return build(
        BookmarkApplication,
        id=f"{READ_ONLY}-id",
        created=WHEN,
        last_updated=WHEN,
        field_links={"users": {"href": READ_ONLY}},
        label=WRITABLE,
        sign_on_mode=ApplicationSignOnMode("BOOKMARK"),
    )


def new_user_request() -> CreateUserRequest:
    # A model field (type) whose model has read-only fields of its own.
    # (2.x also made its _links read-only; current specs do not.)
    user_type = build(UserType, id="oty1", name=WRITABLE, created=WHEN, created_by=READ_ONLY, default=False)
    return CreateUserRequest(profile=UserProfile(login=WRITABLE), type_=user_type)


def new_agent_pool_update() -> AgentPoolUpdate:
    # A list-of-models field whose model has a read-only id. (2.x's AppAndInstanceConditionEvaluatorAppOrInstance
    # had one too; current specs make that id writable.)
    agent = Agent(id=f"{READ_ONLY}-id", name=WRITABLE, field_links={"self": {"href": READ_ONLY}})
    return AgentPoolUpdate(name=WRITABLE, agents=[agent, agent])


MODELS: list[Callable[[], Any]] = [
    new_group,
    fetched_group,
    new_user,
    new_application,
    new_user_request,
    new_agent_pool_update,
]


def in_additional_properties(child: Any) -> GroupProfile:
    profile = GroupProfile(name=WRITABLE)
    profile.additional_properties["nested"] = child
    return profile


def as_custom_profile_attribute(child: Any) -> UserProfile:
    profile = UserProfile(login=WRITABLE)
    profile.buddy = child  # not a declared field: an extensible profile files it under additional_properties
    return profile


def in_free_form_profile(child: Any) -> BookmarkApplication:
    application = new_application()
    application.profile = {"owner": child}
    return application


def in_model_field(child: Any) -> User:
    user = new_user()
    user.profile = as_custom_profile_attribute(child)
    return user


def wrapped(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    keys = st.text("abc", min_size=1, max_size=3)
    return st.one_of(
        st.lists(children, max_size=3),
        st.lists(children, max_size=3).map(tuple),
        st.dictionaries(keys, children, max_size=3),
        children.map(in_additional_properties),
        children.map(as_custom_profile_attribute),
        children.map(in_free_form_profile),
        children.map(in_model_field),
    )


LEAVES = st.one_of(st.sampled_from(MODELS).map(lambda build: build()), st.integers(0, 9), st.just("plain"))
BODIES = st.recursive(LEAVES, wrapped, max_leaves=8)


def assert_only_writable_data(content: bytes, body: Any) -> None:
    text = content.decode("utf-8")
    assert READ_ONLY not in text and "1999-" not in text, text
    # Every WRITABLE mark of the body's object graph (its repr shows them all), and nothing read-only.
    assert text.count(WRITABLE) == repr(body).count(WRITABLE), text
    json.loads(content)


def okta_client(recorder: Script, engine: str) -> Any:
    transport = httpx.MockTransport(recorder)
    return OktaClient.from_config(
        org_url=ORG, token="00t", plugins_block=[ENGINES[engine]], httpx_args={"transport": transport}
    )


@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_no_read_only_field_leaves_in_any_nesting_of_a_json_body(engine: str) -> None:
    recorder = Script()
    http = okta_client(recorder, engine).get_httpx_client()

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(BODIES)
    def check(body: Any) -> None:
        http.post("/api/v1/anything", json=body)
        assert_only_writable_data(recorder.last.content, body)

    check()


@given(BODIES)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_both_engines_write_the_same_bytes_without_read_only_fields(body: Any) -> None:
    encoded = json_body.dumps(body)
    assert orjson_engine.dumps(body) == encoded
    assert_only_writable_data(encoded, body)


@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_the_async_client_leaves_them_out_too(engine: str) -> None:
    recorder = Script()
    okta = okta_client(recorder, engine)
    body = {"groups": [new_group(), (fetched_group(),)], "user": in_model_field(new_group())}

    async def send() -> None:
        await okta.get_async_httpx_client().post("/api/v1/anything", json=body)

    asyncio.run(send())
    assert_only_writable_data(recorder.last.content, body)


@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_generated_endpoints_leave_out_read_only_fields_of_models_held_by_the_body(engine: str) -> None:
    recorder = Script()
    okta = okta_client(recorder, engine)
    group = new_group()
    assert isinstance(group.profile, GroupProfile)
    group.profile.additional_properties["deputies"] = [new_user(), {"app": new_application()}]
    update_group.sync_detailed("00g1", client=okta, body=group)
    assert_only_writable_data(recorder.last.content, group)

    user = in_model_field(fetched_group())
    update_user.sync_detailed("00u1", client=okta, body=user)
    assert_only_writable_data(recorder.last.content, user)

    request = new_user_request()
    request.profile = as_custom_profile_attribute([new_agent_pool_update()])
    create_user.sync_detailed(client=okta, body=request)
    assert_only_writable_data(recorder.last.content, request)

    application = in_free_form_profile({"groups": (new_group(), fetched_group())})
    update_application.sync_detailed("0oa1", client=okta, body=application)
    assert_only_writable_data(recorder.last.content, application)


# Forms: no place for a model


@pytest.mark.parametrize(
    "data",
    [
        {"group": new_group()},
        {"groups": [new_group()]},
        {"deep": {"in": (fetched_group(),)}},
        {"profile": UserProfile(login="x")},
    ],
    ids=["model", "list", "nested", "profile"],
)
@pytest.mark.parametrize("multipart", [False, True], ids=["urlencoded", "multipart"])
def test_a_model_in_a_form_field_is_refused_before_sending(data: dict[str, Any], multipart: bool) -> None:
    recorder = Script()
    http = okta_client(recorder, "json").get_httpx_client()
    files = {"file": ("a.txt", b"text")} if multipart else None
    with pytest.raises(BodyError, match=rf"form field {next(iter(data))!r} holds a \w+ model"):
        http.post("/api/v1/anything", data=data, files=files)
    assert recorder.requests == []


def test_plain_form_fields_still_go_out() -> None:
    recorder = Script()
    http = okta_client(recorder, "json").get_httpx_client()
    http.post("/api/v1/anything", data={"name": "x", "ids": ["1", "2"], "n": 3})
    assert recorder.last.content == b"name=x&ids=1&ids=2&n=3"


def test_an_image_upload_with_a_model_field_or_file_is_refused() -> None:
    recorder = Script()
    okta = okta_client(recorder, "json")
    http = okta.get_httpx_client()
    with pytest.raises(BodyError, match="form field 'meta' holds a Group model"):
        http.post("/api/v1/apps/0oa1/logo", data={"meta": new_group()}, files={"file": ("logo.png", PNG)})
    with pytest.raises(BodyError, match="file 'file' is a Group model"):
        http.post("/api/v1/anything", files={"file": ("logo.png", new_group(), "image/png")})
    with pytest.raises(BodyError, match="file 'file' is a Group model"):
        http.post("/api/v1/anything", files=[("file", new_group())])
    assert recorder.requests == []
    upload_application_logo.sync_detailed("0oa1", client=okta, body=UploadApplicationLogoBody(file=io.BytesIO(PNG)))
    assert PNG in recorder.last.content
