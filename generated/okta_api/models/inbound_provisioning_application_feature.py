from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
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


_parse_name = _convert.enum_parser(ApplicationFeatureType)

_parse_status = _convert.enum_parser(EnabledStatus)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_self.LinksSelf.from_json(v) if lazy else _links_self.LinksSelf.from_dict(v)
    return _convert.parse_model(_links_self.LinksSelf, v)


def _parse_capabilities(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _capabilities_inbound_provisioning_object.CapabilitiesInboundProvisioningObject.from_json(v)
            if lazy
            else _capabilities_inbound_provisioning_object.CapabilitiesInboundProvisioningObject.from_dict(v)
        )
    return _convert.parse_model(_capabilities_inbound_provisioning_object.CapabilitiesInboundProvisioningObject, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "description": ("description", None),
        "name": ("name", _parse_name),
        "status": ("status", _parse_status),
        "field_links": ("_links", _parse_field_links),
        "capabilities": ("capabilities", _parse_capabilities),
    }

    description: str | None = _attrs_field(init=False)
    name: ApplicationFeatureType | None = _attrs_field(init=False)
    status: EnabledStatus | None = _attrs_field(init=False)
    field_links: LinksSelf | None = _attrs_field(init=False)
    capabilities: CapabilitiesInboundProvisioningObject | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        description: str | None | Unset = UNSET,
        name: ApplicationFeatureType | None | Unset = ApplicationFeatureType("INBOUND_PROVISIONING"),
        status: EnabledStatus | None | Unset = UNSET,
        field_links: LinksSelf | None | Unset = UNSET,
        capabilities: CapabilitiesInboundProvisioningObject | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if description is not UNSET:
            _set_field(self, "description", description)
        if name is not UNSET:
            _set_field(self, "name", name)
        if status is not UNSET:
            _set_field(self, "status", status)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        if capabilities is not UNSET:
            _set_field(self, "capabilities", capabilities)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("description", UNSET)) is not UNSET and not omit_read_only:
            d["description"] = v
        if (v := values.get("name", UNSET)) is not UNSET and not omit_read_only:
            d["name"] = v
        if (v := values.get("status", UNSET)) is not UNSET and not omit_read_only:
            d["status"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("capabilities", UNSET)) is not UNSET:
            d["capabilities"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = _parse_name(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        if (v := d.pop("capabilities", UNSET)) is not UNSET:
            obj.capabilities = _parse_capabilities(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
