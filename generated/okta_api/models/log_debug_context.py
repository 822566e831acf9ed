from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "debug_data": ("debugData", None),
    }

    debug_data: dict[str, Any] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        debug_data: dict[str, Any] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if debug_data is not UNSET:
            _set_field(self, "debug_data", debug_data)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("debug_data", UNSET)) is not UNSET and not omit_read_only:
            d["debugData"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("debugData", UNSET)) is not UNSET:
            obj.debug_data = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
