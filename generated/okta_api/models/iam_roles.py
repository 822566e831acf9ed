from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import iam_role as _iam_role
from . import links_next as _links_next

if TYPE_CHECKING:
    from typing import Self

    from .iam_role import IamRole
    from .links_next import LinksNext


@_attrs_define(kw_only=True)
class IamRoles(OktaModel):
    """An Okta `IamRoles`.

    Attributes:
        roles: list[IamRole]
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available for the current status of an application using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            Use the `LinksNext` object for dynamic discovery of related resources and lifecycle
            operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "roles": "roles",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "roles": "list:model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "roles": lambda d: _convert.parse_model_list(_iam_role.IamRole.from_json, d.get("roles", UNSET)),
        "field_links": lambda d: (
            _links_next.LinksNext.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_next.LinksNext, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, IamRoles._json_names),
    }

    roles: list[IamRole] | None | Unset = UNSET
    field_links: LinksNext | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.roles is not UNSET:
            d["roles"] = _convert.dump_model_list(self.roles, omit_read_only)
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.roles = _convert.parse_model_list(_iam_role.IamRole.from_dict, d.pop("roles", UNSET))
        obj.field_links = (
            _links_next.LinksNext.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_next.LinksNext, v)
        )
        obj.additional_properties = d
        return obj
