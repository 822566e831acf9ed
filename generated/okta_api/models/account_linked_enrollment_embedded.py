from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
class AccountLinkedEnrollmentEmbedded(OktaModel):
    """Embedded data for a linked enrollment

    Attributes:
        last_authenticated_on (`lastAuthenticatedOn`): Timestamp of the last successful authentication
    """

    _json_names: ClassVar[dict[str, str]] = {
        "lastAuthenticatedOn": "last_authenticated_on",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "last_authenticated_on": "datetime",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "last_authenticated_on": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastAuthenticatedOn", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AccountLinkedEnrollmentEmbedded._json_names),
    }

    last_authenticated_on: datetime.datetime | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.last_authenticated_on is not UNSET:
            d["lastAuthenticatedOn"] = _convert.dump_datetime(self.last_authenticated_on)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.last_authenticated_on = (
            _convert.parse_datetime_text(v) if (v := d.pop("lastAuthenticatedOn", UNSET)).__class__ is str else v
        )
        obj.additional_properties = d
        return obj
