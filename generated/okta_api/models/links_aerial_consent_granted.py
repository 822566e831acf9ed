from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import href_object_revoke_aerial_consent as _href_object_revoke_aerial_consent
from . import href_object_self_link as _href_object_self_link
from .links_self import LinksSelf

if TYPE_CHECKING:
    from typing import Self

    from .href_object_revoke_aerial_consent import HrefObjectRevokeAerialConsent
    from .href_object_self_link import HrefObjectSelfLink


@_attrs_define(kw_only=True)
class LinksAerialConsentGranted(LinksSelf):
    """An Okta `LinksAerialConsentGranted`.

    Attributes:
        self_ (`self`): HrefObjectSelfLink
        revoke: HrefObjectRevokeAerialConsent
    """

    _json_names: ClassVar[dict[str, str]] = {
        "self": "self_",
        "revoke": "revoke",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "self_": "model",
        "revoke": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "self_": lambda d: (
            _href_object_self_link.HrefObjectSelfLink.from_json(v)
            if (v := d.get("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)
        ),
        "revoke": lambda d: (
            _href_object_revoke_aerial_consent.HrefObjectRevokeAerialConsent.from_json(v)
            if (v := d.get("revoke", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_revoke_aerial_consent.HrefObjectRevokeAerialConsent, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, LinksAerialConsentGranted._json_names),
    }

    self_: HrefObjectSelfLink | None | Unset = UNSET
    revoke: HrefObjectRevokeAerialConsent | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.self_ is not UNSET:
            d["self"] = _convert.dump_model(self.self_, omit_read_only)
        if self.revoke is not UNSET:
            d["revoke"] = _convert.dump_model(self.revoke, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.self_ = (
            _href_object_self_link.HrefObjectSelfLink.from_dict(v)
            if (v := d.pop("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)
        )
        obj.revoke = (
            _href_object_revoke_aerial_consent.HrefObjectRevokeAerialConsent.from_dict(v)
            if (v := d.pop("revoke", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_revoke_aerial_consent.HrefObjectRevokeAerialConsent, v)
        )
        obj.additional_properties = d
        return obj
