from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import href_object as _href_object
from . import href_object_deactivate_link as _href_object_deactivate_link
from . import href_object_self_link as _href_object_self_link
from .links_self import LinksSelf

if TYPE_CHECKING:
    from typing import Self

    from .href_object import HrefObject
    from .href_object_deactivate_link import HrefObjectDeactivateLink
    from .href_object_self_link import HrefObjectSelfLink


def _parse_self_(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_self_link.HrefObjectSelfLink.from_json(v)
            if lazy
            else _href_object_self_link.HrefObjectSelfLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)


def _parse_claims(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_deactivate(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_deactivate_link.HrefObjectDeactivateLink.from_json(v)
            if lazy
            else _href_object_deactivate_link.HrefObjectDeactivateLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_deactivate_link.HrefObjectDeactivateLink, v)


def _parse_metadata(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _href_object.HrefObject.from_json if lazy else _href_object.HrefObject.from_dict, v
    )


def _parse_policies(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_rotate_key(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_scopes(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AuthServerLinks(LinksSelf):
    """An Okta `AuthServerLinks`.

    Attributes:
        self_ (`self`): HrefObjectSelfLink
        claims: HrefObject
        deactivate: HrefObjectDeactivateLink
        metadata: Link to the authorization server metadata
        policies: HrefObject
        rotate_key (`rotateKey`): HrefObject
        scopes: HrefObject
    """

    _json_names: ClassVar[dict[str, str]] = {
        "self": "self_",
        "claims": "claims",
        "deactivate": "deactivate",
        "metadata": "metadata",
        "policies": "policies",
        "rotateKey": "rotate_key",
        "scopes": "scopes",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "self_": "model",
        "claims": "model",
        "deactivate": "model",
        "metadata": "list:model",
        "policies": "model",
        "rotate_key": "model",
        "scopes": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "self_": ("self", _parse_self_),
        "claims": ("claims", _parse_claims),
        "deactivate": ("deactivate", _parse_deactivate),
        "metadata": ("metadata", _parse_metadata),
        "policies": ("policies", _parse_policies),
        "rotate_key": ("rotateKey", _parse_rotate_key),
        "scopes": ("scopes", _parse_scopes),
    }

    self_: HrefObjectSelfLink | None = _attrs_field(init=False)
    claims: HrefObject | None = _attrs_field(init=False)
    deactivate: HrefObjectDeactivateLink | None = _attrs_field(init=False)
    metadata: list[HrefObject] | None = _attrs_field(init=False)
    policies: HrefObject | None = _attrs_field(init=False)
    rotate_key: HrefObject | None = _attrs_field(init=False)
    scopes: HrefObject | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        self_: HrefObjectSelfLink | None | Unset = UNSET,
        claims: HrefObject | None | Unset = UNSET,
        deactivate: HrefObjectDeactivateLink | None | Unset = UNSET,
        metadata: list[HrefObject] | None | Unset = UNSET,
        policies: HrefObject | None | Unset = UNSET,
        rotate_key: HrefObject | None | Unset = UNSET,
        scopes: HrefObject | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if self_ is not UNSET:
            _set_field(self, "self_", self_)
        if claims is not UNSET:
            _set_field(self, "claims", claims)
        if deactivate is not UNSET:
            _set_field(self, "deactivate", deactivate)
        if metadata is not UNSET:
            _set_field(self, "metadata", metadata)
        if policies is not UNSET:
            _set_field(self, "policies", policies)
        if rotate_key is not UNSET:
            _set_field(self, "rotate_key", rotate_key)
        if scopes is not UNSET:
            _set_field(self, "scopes", scopes)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("self_", UNSET)) is not UNSET:
            d["self"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("claims", UNSET)) is not UNSET:
            d["claims"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("deactivate", UNSET)) is not UNSET:
            d["deactivate"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("metadata", UNSET)) is not UNSET:
            d["metadata"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("policies", UNSET)) is not UNSET:
            d["policies"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("rotate_key", UNSET)) is not UNSET:
            d["rotateKey"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("scopes", UNSET)) is not UNSET:
            d["scopes"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("claims", UNSET)) is not UNSET:
            obj.claims = _parse_claims(v, False)
        if (v := d.pop("deactivate", UNSET)) is not UNSET:
            obj.deactivate = _parse_deactivate(v, False)
        if (v := d.pop("metadata", UNSET)) is not UNSET:
            obj.metadata = _parse_metadata(v, False)
        if (v := d.pop("policies", UNSET)) is not UNSET:
            obj.policies = _parse_policies(v, False)
        if (v := d.pop("rotateKey", UNSET)) is not UNSET:
            obj.rotate_key = _parse_rotate_key(v, False)
        if (v := d.pop("scopes", UNSET)) is not UNSET:
            obj.scopes = _parse_scopes(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
