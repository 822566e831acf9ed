from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field, unguarded_instance
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class OktaUserGroupProfile(OktaModel):
    """Profile for any group that is not imported from Active Directory. Specifies the standard
    and custom profile properties for a group.

    The `objectClass` for these groups is `okta:user_group`.

    You can extend group profiles with custom properties, but you must first add the properties to the
    group profile schema before you can reference them. Use the Profile Editor in the Admin Console or
    the [Schemas
    API](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Schema/) to manage
    schema extensions.

    Custom properties can contain HTML tags. It is the client's responsibility to escape or encode this
    data before displaying it. Use
    [best-practices](https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html)
    to prevent cross-site scripting.

    Attributes:
        description: Description of the group
        name: Name of the group
    """

    _json_names: ClassVar[dict[str, str]] = {
        "description": "description",
        "name": "name",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "description": "str",
        "name": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "description": ("description", None),
        "name": ("name", None),
    }
    _extensible: ClassVar[bool] = True

    description: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        description: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if description is not UNSET:
            _set_field(self, "description", description)
        if name is not UNSET:
            _set_field(self, "name", name)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("description", UNSET)) is not UNSET:
            d["description"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        # Of a subclass without this class's name-checking __setattr__ until every field is in.
        obj = unguarded_instance(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("description", UNSET)) is not UNSET:
            obj.description = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        obj.__class__ = cls  # same layout; attribute writes from here on go through __setattr__ again
        return obj

    if TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            """An undeclared attribute (`profile.employeeStartDate`), from `additional_properties`."""

    def __setattr__(self, name: str, value: Any) -> None:
        # Custom profile attributes set by attribute go where Okta expects them: into the profile.
        if name in _FIELDS or name.startswith("_"):
            object.__setattr__(self, name, value)
        else:
            self.additional_properties[name] = value


_FIELDS = frozenset(
    {
        "additional_properties",
        "description",
        "name",
    }
)
