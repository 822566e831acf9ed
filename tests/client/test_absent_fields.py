"""A field Okta did not send is absent: it reads None, is not `in` the model and is not sent back.
A field sent as null reads None, is `in` the model and is sent back as null."""

from __future__ import annotations

import copy
import pickle
from collections.abc import Callable
from typing import Any

import pytest
from okta_api.models.user import User
from okta_api.models.user_profile import UserProfile
from okta_api.models.user_status import UserStatus

from ..conftest import load_fixture

SENT = {"id": "00u1", "status": "ACTIVE", "lastLogin": None, "profile": {"login": "a@example.com", "email": None}}

BUILDERS: dict[str, Callable[[dict[str, Any]], User]] = {
    "from_dict": User.from_dict,
    "from_json": lambda data: User.from_json(copy.deepcopy(data)),
    "from_json, read whole": lambda data: User.from_json(copy.deepcopy(data)).materialize(),
}


@pytest.mark.parametrize("build", BUILDERS.values(), ids=BUILDERS.keys())
def test_absent_null_and_set_fields_of_parsed_models(build: Callable[[dict[str, Any]], User]) -> None:
    user = build(SENT)
    assert user.id == "00u1" and user.status is UserStatus.ACTIVE  # set
    assert user.last_login is None and "lastLogin" in user  # null
    assert user.created is None and "created" not in user  # absent
    assert user.profile is not None and user.profile.email is None and "email" in user.profile
    assert user.profile.first_name is None and "firstName" not in user.profile
    assert user["created"] is None and user["lastLogin"] is None
    assert user.to_dict() == SENT  # null sent as null, absent not sent


def test_absent_fields_of_a_lazy_model_stay_absent_when_the_rest_is_converted() -> None:
    user = User.from_json(copy.deepcopy(SENT))
    for _ in range(5):  # absent reads convert nothing and are not counted towards converting the rest
        assert user.created is None
    assert "created" not in user and user.to_dict() == SENT


def test_constructor_stores_only_what_it_is_given() -> None:
    user = User(profile=UserProfile(login="a@example.com", email=None), type_=None)
    assert user.id is None and "id" not in user
    assert user.type_ is None and "type" in user
    assert user.to_dict() == {"profile": {"login": "a@example.com", "email": None}, "type": None}
    assert user.to_dict(omit_read_only=True) == user.to_dict()


def test_writing_none_sends_null_and_deleting_makes_a_field_absent() -> None:
    user = User.from_json(copy.deepcopy(SENT))
    user.status = None
    assert user.to_dict()["status"] is None
    del user["status"]
    del user["lastLogin"]
    assert "status" not in user and user.status is None
    assert user.to_dict() == {"id": "00u1", "profile": SENT["profile"]}
    with pytest.raises(KeyError):
        del user["created"]  # absent already


@pytest.mark.parametrize("build", BUILDERS.values(), ids=BUILDERS.keys())
def test_copies_and_pickles_keep_absent_fields_absent(build: Callable[[dict[str, Any]], User]) -> None:
    for clone in (pickle.loads(pickle.dumps(build(SENT))), copy.deepcopy(build(SENT)), copy.copy(build(SENT))):
        assert clone.to_dict() == SENT and "created" not in clone and "lastLogin" in clone


def test_a_recorded_user_with_absent_and_null_fields() -> None:
    data = load_fixture("user_provisioned.json")
    user = User.from_json(copy.deepcopy(data))
    for json_name, attribute in User._json_names.items():
        assert (json_name in user) is (json_name in data)
        if json_name not in data or data[json_name] is None:
            assert getattr(user, attribute) is None
