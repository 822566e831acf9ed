"""What the model and response machinery relies on in attrs and httpx, checked so that an upgrade that breaks it
fails here rather than in a user's program.

- `_model.slot_getters`: attrs gives each field a member descriptor of its own slot, whose getter raises
  AttributeError while the slot is empty (how absent fields are told from null ones without `__getattr__`).
- `_model.unguarded_instance`: an extensible model's empty subclass whose `__setattr__` is `object`'s, filled by
  `from_dict` and then re-classed (about 4x cheaper a field than the model's own `__setattr__`).
- `init=False, getstate_setstate=False`: each model's own `__init__` and `OktaModel.__getstate__` are the ones used.
- `OktaResponse.adopt`: an `httpx.Response` re-classed to its subclass rather than wrapped (about 13 us a call).
"""

from __future__ import annotations

import copy
from typing import Any

import attrs
import httpx
import pytest
from okta_api._model import OktaModel, slot_getters, unguarded_instance
from okta_api.models.user import User
from okta_api.models.user_profile import UserProfile
from okta_plugins.serializers._wire import BodyCodec, OktaResponse

MODELS = [User, UserProfile]


@pytest.mark.parametrize("cls", MODELS)
def test_attrs_gives_every_field_a_slot_of_its_own(cls: type[OktaModel]) -> None:
    names = {field.name for field in attrs.fields(cls)}
    assert names == {*cls._json_fields, "additional_properties"}
    for name in names:
        owner = next(klass for klass in cls.__mro__ if name in klass.__dict__)
        assert type(owner.__dict__[name]).__name__ == "member_descriptor", (cls, name)
    assert not hasattr(cls.__new__(cls), "__dict__")  # slots only: nothing can hide in an instance dict


@pytest.mark.parametrize("cls", MODELS)
def test_an_empty_slots_getter_raises_without_asking_getattr(cls: type[OktaModel]) -> None:
    model = cls.__new__(cls)
    for name, get in slot_getters(cls).items():
        with pytest.raises(AttributeError):
            get(model)
        assert getattr(model, name) is None or name == "additional_properties"  # __getattr__: absent reads None


@pytest.mark.parametrize("cls", MODELS)
def test_attrs_leaves_the_models_own_init_and_state(cls: type[OktaModel]) -> None:
    assert "__init__" in cls.__dict__ and cls.__init__.__qualname__ == f"{cls.__name__}.__init__"
    assert cls.__getstate__ is OktaModel.__getstate__ and cls.__setstate__ is OktaModel.__setstate__
    clone = copy.copy(cls.from_dict({"id": "x"} if cls is User else {"login": "x"}))
    assert "created" not in clone if cls is User else "email" not in clone


def test_an_unguarded_instance_stores_as_object_does_and_takes_its_class_back() -> None:
    blank = unguarded_instance(UserProfile)
    unguarded = type(blank)
    assert unguarded.__bases__ == (UserProfile,) and unguarded.__slots__ == ()
    assert unguarded.__setattr__ is object.__setattr__  # the C setter: slot stores stay specialized
    blank.login = "a@example.com"
    blank.additional_properties = {}
    blank.__class__ = UserProfile  # same layout: allowed
    assert type(blank) is UserProfile and blank.login == "a@example.com"
    blank.shoeSize = 42  # the model's own __setattr__ again: undeclared names go to additional_properties
    assert blank.additional_properties == {"shoeSize": 42}


def test_from_dict_of_an_extensible_model_returns_the_model_class_itself() -> None:
    profile = UserProfile.from_dict({"login": "a@example.com", "shoeSize": 42})
    assert type(profile) is UserProfile and profile.additional_properties == {"shoeSize": 42}
    profile.hatSize = 7  # written after from_dict: through the model's own __setattr__
    assert profile.additional_properties == {"shoeSize": 42, "hatSize": 7}


class _NoHooks:
    def deserialize_body(self, **_: Any) -> None:
        return None


def test_an_httpx_response_is_adopted_in_place_not_wrapped() -> None:
    request = httpx.Request("GET", "https://dev-1.okta.com/api/v1/users/me")
    response = httpx.Response(200, json={"id": "00u1"})
    adopted = OktaResponse.adopt(response, request, BodyCodec(_NoHooks()))  # type: ignore[arg-type]
    assert adopted is response and type(adopted) is OktaResponse
    assert adopted.request is request and adopted.json() == {"id": "00u1"}
    # httpx.Response keeps its state in an instance dict, which is what makes `__class__` assignable.
    assert "__slots__" not in vars(httpx.Response) and hasattr(response, "__dict__")
