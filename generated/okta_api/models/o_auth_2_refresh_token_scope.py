from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import o_auth_2_refresh_token_scope_links as _o_auth_2_refresh_token_scope_links

if TYPE_CHECKING:
    from typing import Self

    from .o_auth_2_refresh_token_scope_links import OAuth2RefreshTokenScopeLinks


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _o_auth_2_refresh_token_scope_links.OAuth2RefreshTokenScopeLinks.from_json(v)
            if lazy
            else _o_auth_2_refresh_token_scope_links.OAuth2RefreshTokenScopeLinks.from_dict(v)
        )
    return _convert.parse_model(_o_auth_2_refresh_token_scope_links.OAuth2RefreshTokenScopeLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class OAuth2RefreshTokenScope(OktaModel):
    """An Okta `OAuth2RefreshTokenScope`.

    Attributes:
        description: Description of the Scope
        display_name (`displayName`): Name of the end user displayed in a consent dialog
        id (read-only, never sent): Scope object ID
        name: Scope name
        field_links (`_links`): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available for the current status of an application using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "description": "description",
        "displayName": "display_name",
        "id": "id",
        "name": "name",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "description": "str",
        "display_name": "str",
        "id": "str",
        "name": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "description": ("description", None),
        "display_name": ("displayName", None),
        "id": ("id", None),
        "name": ("name", None),
        "field_links": ("_links", _parse_field_links),
    }

    description: str | None = _attrs_field(init=False)
    display_name: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    field_links: OAuth2RefreshTokenScopeLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        description: str | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        field_links: OAuth2RefreshTokenScopeLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if description is not UNSET:
            _set_field(self, "description", description)
        if display_name is not UNSET:
            _set_field(self, "display_name", display_name)
        if id is not UNSET:
            _set_field(self, "id", id)
        if name is not UNSET:
            _set_field(self, "name", name)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("description", UNSET)) is not UNSET:
            d["description"] = v
        if (v := values.get("display_name", UNSET)) is not UNSET:
            d["displayName"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("description", UNSET)) is not UNSET:
            obj.description = v
        if (v := d.pop("displayName", UNSET)) is not UNSET:
            obj.display_name = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
