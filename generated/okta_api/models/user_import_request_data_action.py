from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .user_import_request_data_action_result import UserImportRequestDataActionResult

if TYPE_CHECKING:
    from typing import Self


_parse_result = _convert.enum_parser(UserImportRequestDataActionResult)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class UserImportRequestDataAction(OktaModel):
    """The object that specifies the default action Okta is set to take

    Attributes:
        result: The current default action that results when Okta imports a user. The two possible values
            are `CREATE_USER` and `LINK_USER`. You
            can change the action that is taken by means of the commands object you return.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "result": "result",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "result": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "result": ("result", _parse_result),
    }

    result: UserImportRequestDataActionResult | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        result: UserImportRequestDataActionResult | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if result is not UNSET:
            _set_field(self, "result", result)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("result", UNSET)) is not UNSET:
            d["result"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("result", UNSET)) is not UNSET:
            obj.result = _parse_result(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
