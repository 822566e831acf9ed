from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import links_self as _links_self

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .links_self import LinksSelf


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _links_self.LinksSelf.from_json(v) if lazy else _links_self.LinksSelf.from_dict(v)
    return _convert.parse_model(_links_self.LinksSelf, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "assignment_type": ("assignmentType", None),
        "expiration": ("expiration", _convert.parse_datetime),
        "orn": ("orn", None),
        "field_links": ("_links", _parse_field_links),
    }

    assignment_type: str | None = _attrs_field(init=False)
    expiration: datetime.datetime | None = _attrs_field(init=False)
    orn: str | None = _attrs_field(init=False)
    field_links: LinksSelf | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        assignment_type: str | None | Unset = UNSET,
        expiration: datetime.datetime | None | Unset = UNSET,
        orn: str | None | Unset = UNSET,
        field_links: LinksSelf | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if assignment_type is not UNSET:
            _set_field(self, "assignment_type", assignment_type)
        if expiration is not UNSET:
            _set_field(self, "expiration", expiration)
        if orn is not UNSET:
            _set_field(self, "orn", orn)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("assignment_type", UNSET)) is not UNSET and not omit_read_only:
            d["assignmentType"] = v
        if (v := values.get("expiration", UNSET)) is not UNSET and not omit_read_only:
            d["expiration"] = _convert.dump_datetime(v)
        if (v := values.get("orn", UNSET)) is not UNSET and not omit_read_only:
            d["orn"] = v
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
        if (v := d.pop("assignmentType", UNSET)) is not UNSET:
            obj.assignment_type = v
        if (v := d.pop("expiration", UNSET)) is not UNSET:
            obj.expiration = _convert.parse_datetime(v, False)
        if (v := d.pop("orn", UNSET)) is not UNSET:
            obj.orn = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
