from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import links_self as _links_self

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .links_self import LinksSelf


@_attrs_define(kw_only=True)
class RoleTarget(OktaModel):
    """An Okta `RoleTarget`.

    Attributes:
        assignment_type (`assignmentType`, read-only, never sent): The assignment type of how the user receives this target
        expiration (read-only, never sent): The expiry time stamp of the associated target. It's only included in the response if the
            associated target will expire.
        orn (read-only, never sent): The [Okta Resource Name
            (ORN)](https://support.okta.com/help/s/article/understanding-okta-resource-name-orn) of
            the app target or group target
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            This object is used for dynamic discovery of related resources and lifecycle operations.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "assignmentType": "assignment_type",
        "expiration": "expiration",
        "orn": "orn",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "assignment_type": "str",
        "expiration": "datetime",
        "orn": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "assignment_type": "assignmentType",
        "expiration": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("expiration", UNSET)).__class__ is str else v
        ),
        "orn": "orn",
        "field_links": lambda d: (
            _links_self.LinksSelf.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, RoleTarget._json_names),
    }

    assignment_type: str | None | Unset = UNSET
    expiration: datetime.datetime | None | Unset = UNSET
    orn: str | None | Unset = UNSET
    field_links: LinksSelf | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.assignment_type is not UNSET and not omit_read_only:
            d["assignmentType"] = self.assignment_type
        if self.expiration is not UNSET and not omit_read_only:
            d["expiration"] = _convert.dump_datetime(self.expiration)
        if self.orn is not UNSET and not omit_read_only:
            d["orn"] = self.orn
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
        obj.assignment_type = d.pop("assignmentType", UNSET)
        obj.expiration = _convert.parse_datetime_text(v) if (v := d.pop("expiration", UNSET)).__class__ is str else v
        obj.orn = d.pop("orn", UNSET)
        obj.field_links = (
            _links_self.LinksSelf.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_links_self.LinksSelf, v)
        )
        obj.additional_properties = d
        return obj
