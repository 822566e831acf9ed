from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .post_auth_session_failure_actions_object_action import PostAuthSessionFailureActionsObjectAction

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class PostAuthSessionFailureActionsObject(OktaModel):
    """An Okta `PostAuthSessionFailureActionsObject`.

    Attributes:
        action: PostAuthSessionFailureActionsObjectAction
    """

    _json_names: ClassVar[dict[str, str]] = {
        "action": "action",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "action": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "action": lambda d: (
            _convert.parse_enum(PostAuthSessionFailureActionsObjectAction, v)
            if (v := d.get("action", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PostAuthSessionFailureActionsObject._json_names),
    }

    action: PostAuthSessionFailureActionsObjectAction | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.action is not UNSET:
            d["action"] = self.action
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.action = (
            _convert.parse_enum(PostAuthSessionFailureActionsObjectAction, v)
            if (v := d.pop("action", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
