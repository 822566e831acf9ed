from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import identity_provider_application_user_links as _identity_provider_application_user_links

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .identity_provider_application_user_links import IdentityProviderApplicationUserLinks


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _identity_provider_application_user_links.IdentityProviderApplicationUserLinks.from_json(v)
            if lazy
            else _identity_provider_application_user_links.IdentityProviderApplicationUserLinks.from_dict(v)
        )
    return _convert.parse_model(_identity_provider_application_user_links.IdentityProviderApplicationUserLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class IdentityProviderApplicationUser(OktaModel):
    """An Okta `IdentityProviderApplicationUser`.

    Attributes:
        created (read-only, never sent): Timestamp when the object was created
        external_id (`externalId`, read-only, never sent): Unique IdP-specific identifier for the user
        id (read-only, never sent): Unique key of the user
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the object was last updated
        profile: IdP-specific profile for the user.

            IdP user profiles are IdP-specific but may be customized by the Profile Editor in the
            Admin Console.

            > **Note:** Okta variable names have reserved characters that may conflict with the name
            of an IdP assertion attribute. You can use the **External name** to define the attribute
            name as defined in an IdP assertion such as a SAML attribute name.
        field_embedded (`_embedded`, read-only, never sent): Embedded resources related to the IdP user
        field_links (`_links`, read-only, never sent): IdentityProviderApplicationUserLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "externalId": "external_id",
        "id": "id",
        "lastUpdated": "last_updated",
        "profile": "profile",
        "_embedded": "field_embedded",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "external_id": "str",
        "id": "str",
        "last_updated": "datetime",
        "profile": "dict",
        "field_embedded": "dict",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": ("created", _convert.parse_datetime),
        "external_id": ("externalId", None),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "profile": ("profile", None),
        "field_embedded": ("_embedded", None),
        "field_links": ("_links", _parse_field_links),
    }

    created: datetime.datetime | None = _attrs_field(init=False)
    external_id: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    profile: dict[str, Any] | None = _attrs_field(init=False)
    field_embedded: dict[str, Any] | None = _attrs_field(init=False)
    field_links: IdentityProviderApplicationUserLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        created: datetime.datetime | None | Unset = UNSET,
        external_id: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        profile: dict[str, Any] | None | Unset = UNSET,
        field_embedded: dict[str, Any] | None | Unset = UNSET,
        field_links: IdentityProviderApplicationUserLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if created is not UNSET:
            _set_field(self, "created", created)
        if external_id is not UNSET:
            _set_field(self, "external_id", external_id)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if profile is not UNSET:
            _set_field(self, "profile", profile)
        if field_embedded is not UNSET:
            _set_field(self, "field_embedded", field_embedded)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("external_id", UNSET)) is not UNSET and not omit_read_only:
            d["externalId"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("profile", UNSET)) is not UNSET:
            d["profile"] = v
        if (v := values.get("field_embedded", UNSET)) is not UNSET and not omit_read_only:
            d["_embedded"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
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
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("externalId", UNSET)) is not UNSET:
            obj.external_id = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("profile", UNSET)) is not UNSET:
            obj.profile = v
        if (v := d.pop("_embedded", UNSET)) is not UNSET:
            obj.field_embedded = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
