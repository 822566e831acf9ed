from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class LogTargetChangeDetails(OktaModel):
    """Details on the target's changes. Not all event types support the `changeDetails` property, and not
    all
    `target` objects contain the `changeDetails` property.

    > **Note:** You can't run queries on `changeDetails` or the object's `to` or `from` properties.

    Attributes:
        from_ (`from`): The original properties of the target
        to: The updated properties of the target
    """

    _json_names: ClassVar[dict[str, str]] = {
        "from": "from_",
        "to": "to",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "from_": "dict",
        "to": "dict",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "from_": "from",
        "to": "to",
        "additional_properties": lambda d: _convert.undeclared(d, LogTargetChangeDetails._json_names),
    }

    from_: dict[str, Any] | None | Unset = UNSET
    to: dict[str, Any] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.from_ is not UNSET:
            d["from"] = self.from_
        if self.to is not UNSET:
            d["to"] = self.to
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.from_ = d.pop("from", UNSET)
        obj.to = d.pop("to", UNSET)
        obj.additional_properties = d
        return obj
