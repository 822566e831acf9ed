from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import user_schema_base as _user_schema_base
from . import user_schema_public as _user_schema_public

if TYPE_CHECKING:
    from typing import Self

    from .user_schema_base import UserSchemaBase
    from .user_schema_public import UserSchemaPublic


@_attrs_define(kw_only=True)
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
        "base": lambda d: (
            _user_schema_base.UserSchemaBase.from_json(v)
            if (v := d.get("base", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_base.UserSchemaBase, v)
        ),
        "custom": lambda d: (
            _user_schema_public.UserSchemaPublic.from_json(v)
            if (v := d.get("custom", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_public.UserSchemaPublic, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UserSchemaDefinitions._json_names),
    }

    base: UserSchemaBase | None | Unset = UNSET
    custom: UserSchemaPublic | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.base is not UNSET:
            d["base"] = _convert.dump_model(self.base, omit_read_only)
        if self.custom is not UNSET:
            d["custom"] = _convert.dump_model(self.custom, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.base = (
            _user_schema_base.UserSchemaBase.from_dict(v)
            if (v := d.pop("base", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_base.UserSchemaBase, v)
        )
        obj.custom = (
            _user_schema_public.UserSchemaPublic.from_dict(v)
            if (v := d.pop("custom", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_schema_public.UserSchemaPublic, v)
        )
        obj.additional_properties = d
        return obj
