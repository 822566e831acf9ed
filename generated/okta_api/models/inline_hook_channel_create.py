from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .inline_hook_channel_type import InlineHookChannelType

if TYPE_CHECKING:
    from typing import Self


_parse_type_ = _convert.enum_parser(InlineHookChannelType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class InlineHookChannelCreate(OktaModel):
    """An Okta `InlineHookChannelCreate`.

    Attributes:
        type_ (`type`): InlineHookChannelType
        version: Version of the inline hook type. The currently supported version is `1.0.0`.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "type": "type_",
        "version": "version",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "type_": "enum",
        "version": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "type_": ("type", _parse_type_),
        "version": ("version", None),
    }
    _discriminator: ClassVar[str] = "type"
    _subclasses: ClassVar[dict[str, tuple[str, str]]] = {
        "HTTP": ("inline_hook_channel_http_create", "InlineHookChannelHttpCreate"),
        "OAUTH": ("inline_hook_channel_o_auth_create", "InlineHookChannelOAuthCreate"),
    }

    type_: InlineHookChannelType | None = _attrs_field(init=False)
    version: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        type_: InlineHookChannelType | None | Unset = UNSET,
        version: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if version is not UNSET:
            _set_field(self, "version", version)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("version", UNSET)) is not UNSET:
            d["version"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        if cls is InlineHookChannelCreate:
            subclass = _convert.subclass_for(cls, src_dict)
            if subclass is not None:
                return subclass.from_dict(src_dict)
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("version", UNSET)) is not UNSET:
            obj.version = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """A model over freshly decoded JSON, of the most specific class (see OktaModel.from_json)."""
        if cls is InlineHookChannelCreate and data.__class__ is dict:
            subclass = _convert.subclass_for(cls, data)
            if subclass is not None:
                return subclass.from_json(data)
        return super().from_json(data)
