from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import user_schema_base as _user_schema_base
from . import user_schema_public as _user_schema_public

if TYPE_CHECKING:
    from typing import Self

    from .user_schema_base import UserSchemaBase
    from .user_schema_public import UserSchemaPublic


def _parse_base(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _user_schema_base.UserSchemaBase.from_json(v) if lazy else _user_schema_base.UserSchemaBase.from_dict(v)
    return _convert.parse_model(_user_schema_base.UserSchemaBase, v)


def _parse_custom(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_schema_public.UserSchemaPublic.from_json(v)
            if lazy
            else _user_schema_public.UserSchemaPublic.from_dict(v)
        )
    return _convert.parse_model(_user_schema_public.UserSchemaPublic, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class UserSchemaDefinitions(OktaModel):
    """An Okta `UserSchemaDefinitions`.

    Attributes:
        base: All Okta-defined profile properties are defined in a profile subschema with the resolution
            scope `#base`. You can't modify these properties, except to update permissions, to change
            the nullability of `firstName` and `lastName`, or to specify a pattern for `login`. They
            can't be removed.

            The base user profile is based on the [System for Cross-domain Identity Management: Core
            Schema](https://tools.ietf.org/html/draft-ietf-scim-core-schema-22#section-4.1.1) and has
            the standard properties detailed below.
        custom: All custom profile properties are defined in a profile subschema with the resolution scope
            `#custom`.

            > **Notes:**
            > * When you refer to custom profile attributes that differ only by case, name collisions
            occur. This includes naming custom profile attributes the same as base profile attributes,
            for example, `firstName` and `FirstName`.
            > * Certain attributes are reserved and can't be used for custom user profiles. See
            [Review reserved
            attributes](https://help.okta.com/okta_help.htm?type=oie&id=reserved-attributes).
    """

    _json_names: ClassVar[dict[str, str]] = {
        "base": "base",
        "custom": "custom",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "base": "model",
        "custom": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "base": ("base", _parse_base),
        "custom": ("custom", _parse_custom),
    }

    base: UserSchemaBase | None = _attrs_field(init=False)
    custom: UserSchemaPublic | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        base: UserSchemaBase | None | Unset = UNSET,
        custom: UserSchemaPublic | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if base is not UNSET:
            _set_field(self, "base", base)
        if custom is not UNSET:
            _set_field(self, "custom", custom)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("base", UNSET)) is not UNSET:
            d["base"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("custom", UNSET)) is not UNSET:
            d["custom"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("base", UNSET)) is not UNSET:
            obj.base = _parse_base(v, False)
        if (v := d.pop("custom", UNSET)) is not UNSET:
            obj.custom = _parse_custom(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
