from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import token_pay_load_data as _token_pay_load_data

if TYPE_CHECKING:
    from typing import Self

    from .token_pay_load_data import TokenPayLoadData


def _parse_data(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _token_pay_load_data.TokenPayLoadData.from_json(v)
            if lazy
            else _token_pay_load_data.TokenPayLoadData.from_dict(v)
        )
    return _convert.parse_model(_token_pay_load_data.TokenPayLoadData, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class TokenPayLoad(OktaModel):
    """An Okta `TokenPayLoad`.

    Attributes:
        data: TokenPayLoadData
        event_type (`eventType`): The type of inline hook. The token inline hook type is `com.okta.oauth2.tokens.transform`.
        source: The URL of the token inline hook
    """

    _json_names: ClassVar[dict[str, str]] = {
        "data": "data",
        "eventType": "event_type",
        "source": "source",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "data": "model",
        "event_type": "str",
        "source": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "data": ("data", _parse_data),
        "event_type": ("eventType", None),
        "source": ("source", None),
    }

    data: TokenPayLoadData | None = _attrs_field(init=False)
    event_type: str | None = _attrs_field(init=False)
    source: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        data: TokenPayLoadData | None | Unset = UNSET,
        event_type: str | None | Unset = UNSET,
        source: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if data is not UNSET:
            _set_field(self, "data", data)
        if event_type is not UNSET:
            _set_field(self, "event_type", event_type)
        if source is not UNSET:
            _set_field(self, "source", source)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("data", UNSET)) is not UNSET:
            d["data"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("event_type", UNSET)) is not UNSET:
            d["eventType"] = v
        if (v := values.get("source", UNSET)) is not UNSET:
            d["source"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("data", UNSET)) is not UNSET:
            obj.data = _parse_data(v, False)
        if (v := d.pop("eventType", UNSET)) is not UNSET:
            obj.event_type = v
        if (v := d.pop("source", UNSET)) is not UNSET:
            obj.source = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
