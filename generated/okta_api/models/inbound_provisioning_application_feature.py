from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import capabilities_inbound_provisioning_object as _capabilities_inbound_provisioning_object
from . import links_self as _links_self
from .application_feature import ApplicationFeature
from .application_feature_type import ApplicationFeatureType
from .enabled_status import EnabledStatus

if TYPE_CHECKING:
    from typing import Self

    from .capabilities_inbound_provisioning_object import CapabilitiesInboundProvisioningObject
    from .links_self import LinksSelf


@_attrs_define(kw_only=True)
class InboundProvisioningApplicationFeature(ApplicationFeature):
    """An Okta `InboundProvisioningApplicationFeature`.

    Attributes:
        description (read-only, never sent): Description of the feature
        name (read-only, never sent): Key name of the feature

            | Feature name | Description   |
            | --------- | ------------- |
            | USER_PROVISIONING  | User profiles are pushed from Okta to the third-party app.
            Represents the **To App** provisioning feature setting in the Admin Console. |
            | INBOUND_PROVISIONING | User profiles are imported from the third-party app into Okta.
            This feature represents the **To Okta** provisioning feature setting in the Admin Console.
            |

            Select the feature:
        status (read-only, never sent): Setting status
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
        capabilities: Defines the configuration for the INBOUND_PROVISIONING feature
    """

    _json_names: ClassVar[dict[str, str]] = {
        "description": "description",
        "name": "name",
        "status": "status",
        "_links": "field_links",
        "capabilities": "capabilities",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "description": "str",
        "name": "enum",
        "status": "enum",
        "field_links": "model",
        "capabilities": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "description": "description",
        "name": lambda d: (
            _convert.parse_enum(ApplicationFeatureType, v) if (v := d.get("name", UNSET)).__class__ is str else v
        ),
        "status": lambda d: (
            _convert.parse_enum(EnabledStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _links_self.LinksSelf.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        ),
        "capabilities": lambda d: (
            _capabilities_inbound_provisioning_object.CapabilitiesInboundProvisioningObject.from_json(v)
            if (v := d.get("capabilities", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _capabilities_inbound_provisioning_object.CapabilitiesInboundProvisioningObject, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, InboundProvisioningApplicationFeature._json_names),
    }

    description: str | None | Unset = UNSET
    name: ApplicationFeatureType | None | Unset = ApplicationFeatureType("INBOUND_PROVISIONING")
    status: EnabledStatus | None | Unset = UNSET
    field_links: LinksSelf | None | Unset = UNSET
    capabilities: CapabilitiesInboundProvisioningObject | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.description is not UNSET and not omit_read_only:
            d["description"] = self.description
        if self.name is not UNSET and not omit_read_only:
            d["name"] = self.name
        if self.status is not UNSET and not omit_read_only:
            d["status"] = self.status
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.capabilities is not UNSET:
            d["capabilities"] = _convert.dump_model(self.capabilities, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.description = d.pop("description", UNSET)
        obj.name = _convert.parse_enum(ApplicationFeatureType, v) if (v := d.pop("name", UNSET)).__class__ is str else v
        obj.status = _convert.parse_enum(EnabledStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.field_links = (
            _links_self.LinksSelf.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        )
        obj.capabilities = (
            _capabilities_inbound_provisioning_object.CapabilitiesInboundProvisioningObject.from_dict(v)
            if (v := d.pop("capabilities", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _capabilities_inbound_provisioning_object.CapabilitiesInboundProvisioningObject, v
            )
        )
        obj.additional_properties = d
        return obj
