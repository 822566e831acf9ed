from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import href_object as _href_object
from . import href_object_self_link as _href_object_self_link

if TYPE_CHECKING:
    from typing import Self

    from .href_object import HrefObject
    from .href_object_self_link import HrefObjectSelfLink


def _parse_self_(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_self_link.HrefObjectSelfLink.from_json(v)
            if lazy
            else _href_object_self_link.HrefObjectSelfLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)


def _parse_acs(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_authorize(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_client_redirect_uri(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_metadata(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_users(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_deactivate(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_activate(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_keys(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class IdentityProviderLinks(OktaModel):
    """An Okta `IdentityProviderLinks`.

    Attributes:
        self_ (`self`): HrefObjectSelfLink
        acs: HrefObject
        authorize: HrefObject
        client_redirect_uri (`clientRedirectUri`): HrefObject
        metadata: HrefObject
        users: HrefObject
        deactivate: HrefObject
        activate: HrefObject
        keys: HrefObject
    """

    _json_names: ClassVar[dict[str, str]] = {
        "self": "self_",
        "acs": "acs",
        "authorize": "authorize",
        "clientRedirectUri": "client_redirect_uri",
        "metadata": "metadata",
        "users": "users",
        "deactivate": "deactivate",
        "activate": "activate",
        "keys": "keys",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "self_": "model",
        "acs": "model",
        "authorize": "model",
        "client_redirect_uri": "model",
        "metadata": "model",
        "users": "model",
        "deactivate": "model",
        "activate": "model",
        "keys": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "self_": ("self", _parse_self_),
        "acs": ("acs", _parse_acs),
        "authorize": ("authorize", _parse_authorize),
        "client_redirect_uri": ("clientRedirectUri", _parse_client_redirect_uri),
        "metadata": ("metadata", _parse_metadata),
        "users": ("users", _parse_users),
        "deactivate": ("deactivate", _parse_deactivate),
        "activate": ("activate", _parse_activate),
        "keys": ("keys", _parse_keys),
    }

    self_: HrefObjectSelfLink | None = _attrs_field(init=False)
    acs: HrefObject | None = _attrs_field(init=False)
    authorize: HrefObject | None = _attrs_field(init=False)
    client_redirect_uri: HrefObject | None = _attrs_field(init=False)
    metadata: HrefObject | None = _attrs_field(init=False)
    users: HrefObject | None = _attrs_field(init=False)
    deactivate: HrefObject | None = _attrs_field(init=False)
    activate: HrefObject | None = _attrs_field(init=False)
    keys: HrefObject | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        self_: HrefObjectSelfLink | None | Unset = UNSET,
        acs: HrefObject | None | Unset = UNSET,
        authorize: HrefObject | None | Unset = UNSET,
        client_redirect_uri: HrefObject | None | Unset = UNSET,
        metadata: HrefObject | None | Unset = UNSET,
        users: HrefObject | None | Unset = UNSET,
        deactivate: HrefObject | None | Unset = UNSET,
        activate: HrefObject | None | Unset = UNSET,
        keys: HrefObject | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if self_ is not UNSET:
            _set_field(self, "self_", self_)
        if acs is not UNSET:
            _set_field(self, "acs", acs)
        if authorize is not UNSET:
            _set_field(self, "authorize", authorize)
        if client_redirect_uri is not UNSET:
            _set_field(self, "client_redirect_uri", client_redirect_uri)
        if metadata is not UNSET:
            _set_field(self, "metadata", metadata)
        if users is not UNSET:
            _set_field(self, "users", users)
        if deactivate is not UNSET:
            _set_field(self, "deactivate", deactivate)
        if activate is not UNSET:
            _set_field(self, "activate", activate)
        if keys is not UNSET:
            _set_field(self, "keys", keys)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("self_", UNSET)) is not UNSET:
            d["self"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("acs", UNSET)) is not UNSET:
            d["acs"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("authorize", UNSET)) is not UNSET:
            d["authorize"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("client_redirect_uri", UNSET)) is not UNSET:
            d["clientRedirectUri"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("metadata", UNSET)) is not UNSET:
            d["metadata"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("users", UNSET)) is not UNSET:
            d["users"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("deactivate", UNSET)) is not UNSET:
            d["deactivate"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("activate", UNSET)) is not UNSET:
            d["activate"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("keys", UNSET)) is not UNSET:
            d["keys"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("self", UNSET)) is not UNSET:
            obj.self_ = _parse_self_(v, False)
        if (v := d.pop("acs", UNSET)) is not UNSET:
            obj.acs = _parse_acs(v, False)
        if (v := d.pop("authorize", UNSET)) is not UNSET:
            obj.authorize = _parse_authorize(v, False)
        if (v := d.pop("clientRedirectUri", UNSET)) is not UNSET:
            obj.client_redirect_uri = _parse_client_redirect_uri(v, False)
        if (v := d.pop("metadata", UNSET)) is not UNSET:
            obj.metadata = _parse_metadata(v, False)
        if (v := d.pop("users", UNSET)) is not UNSET:
            obj.users = _parse_users(v, False)
        if (v := d.pop("deactivate", UNSET)) is not UNSET:
            obj.deactivate = _parse_deactivate(v, False)
        if (v := d.pop("activate", UNSET)) is not UNSET:
            obj.activate = _parse_activate(v, False)
        if (v := d.pop("keys", UNSET)) is not UNSET:
            obj.keys = _parse_keys(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
