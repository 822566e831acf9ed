from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import api_service_integration_secret_links as _api_service_integration_secret_links
from .api_service_integration_instance_secret_status import APIServiceIntegrationInstanceSecretStatus

if TYPE_CHECKING:
    from typing import Self

    from .api_service_integration_secret_links import APIServiceIntegrationSecretLinks


_parse_status = _convert.enum_parser(APIServiceIntegrationInstanceSecretStatus)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _api_service_integration_secret_links.APIServiceIntegrationSecretLinks.from_json(v)
            if lazy
            else _api_service_integration_secret_links.APIServiceIntegrationSecretLinks.from_dict(v)
        )
    return _convert.parse_model(_api_service_integration_secret_links.APIServiceIntegrationSecretLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class APIServiceIntegrationInstanceSecret(OktaModel):
    """An Okta `APIServiceIntegrationInstanceSecret`.

    Attributes:
        client_secret (read-only, never sent): The OAuth 2.0 client secret string. The client secret string is returned in the response
            of a Secret creation request. In other responses (such as list, activate, or deactivate
            requests), the client secret is returned as an undisclosed hashed value.
        created (read-only, never sent): Timestamp when the API Service Integration instance Secret was created
        id (read-only, never sent): The ID of the API Service Integration instance Secret
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the API Service Integration instance Secret was updated
        secret_hash (read-only, never sent): OAuth 2.0 client secret string hash
        status: Status of the API Service Integration instance Secret
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available for the current status of an application using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "client_secret": "client_secret",
        "created": "created",
        "id": "id",
        "lastUpdated": "last_updated",
        "secret_hash": "secret_hash",
        "status": "status",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "client_secret": "str",
        "created": "str",
        "id": "str",
        "last_updated": "str",
        "secret_hash": "str",
        "status": "enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "client_secret": ("client_secret", None),
        "created": ("created", None),
        "id": ("id", None),
        "last_updated": ("lastUpdated", None),
        "secret_hash": ("secret_hash", None),
        "status": ("status", _parse_status),
        "field_links": ("_links", _parse_field_links),
    }

    client_secret: str | None = _attrs_field(init=False, repr=_convert.masked)
    created: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: str | None = _attrs_field(init=False)
    secret_hash: str | None = _attrs_field(init=False)
    status: APIServiceIntegrationInstanceSecretStatus | None = _attrs_field(init=False)
    field_links: APIServiceIntegrationSecretLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        client_secret: str | None | Unset,
        created: str | None | Unset,
        id: str | None | Unset,
        last_updated: str | None | Unset,
        secret_hash: str | None | Unset,
        status: APIServiceIntegrationInstanceSecretStatus | None | Unset,
        field_links: APIServiceIntegrationSecretLinks | None | Unset,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if client_secret is not UNSET:
            _set_field(self, "client_secret", client_secret)
        if created is not UNSET:
            _set_field(self, "created", created)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if secret_hash is not UNSET:
            _set_field(self, "secret_hash", secret_hash)
        if status is not UNSET:
            _set_field(self, "status", status)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("client_secret", UNSET)) is not UNSET and not omit_read_only:
            d["client_secret"] = v
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = v
        if (v := values.get("secret_hash", UNSET)) is not UNSET and not omit_read_only:
            d["secret_hash"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
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
        if (v := d.pop("client_secret", UNSET)) is not UNSET:
            obj.client_secret = v
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = v
        if (v := d.pop("secret_hash", UNSET)) is not UNSET:
            obj.secret_hash = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
