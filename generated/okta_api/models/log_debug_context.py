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
class LogDebugContext(OktaModel):
    """For some kinds of events (for example, OLM provisioning, sign-in request, second factor SMS, and so
    on), the fields that are provided in other response objects aren't sufficient to adequately describe
    the operations that the event has performed. In such cases, the `debugContext` object provides a way
    to store additional information.

    For example, an event where a second factor SMS token is sent to a user may have a `debugContext`
    that looks like the following:
    ```
    {
        "debugData": {
            "requestUri": "/api/v1/users/00u3gjksoiRGRAZHLSYV/factors/smsf8luacpZJAva10x45/verify",
            "smsProvider": "TELESIGN",
            "transactionId": "268632458E3C100F5F5F594C6DC689D4"
        }
    }
    ```
    By inspecting the debugData field, you can find the URI that is used to trigger the second factor
    SMS (`/api/v1/users/00u3gjksoiRGRAZHLSYV/factors/smsf8luacpZJAva10x45/verify`), the SMS provider
    (`TELESIGN`), and the ID used by Telesign to identify this transaction
    (`268632458E3C100F5F5F594C6DC689D4`).

    If for some reason the information that is needed to implement a feature isn't provided in other
    response objects, you should scan the `debugContext.debugData` field for potentially useful fields.
    > **Important:** The information contained in `debugContext.debugData` is intended to add context
    when troubleshooting customer platform issues. Both key names and values may change from release to
    release and aren't guaranteed to be stable. Therefore, they shouldn't be viewed as a data contract
    but as a debugging aid instead.

    Attributes:
        debug_data (`debugData`, read-only, never sent): A dynamic field that contains miscellaneous information that is dependent on the event
            type.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "debugData": "debug_data",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "debug_data": "dict",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "debug_data": "debugData",
        "additional_properties": lambda d: _convert.undeclared(d, LogDebugContext._json_names),
    }

    debug_data: dict[str, Any] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.debug_data is not UNSET and not omit_read_only:
            d["debugData"] = self.debug_data
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.debug_data = d.pop("debugData", UNSET)
        obj.additional_properties = d
        return obj
