from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import identity_source_user_profile_for_upsert as _identity_source_user_profile_for_upsert

if TYPE_CHECKING:
    from typing import Self

    from .identity_source_user_profile_for_upsert import IdentitySourceUserProfileForUpsert


def _parse_profile(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _identity_source_user_profile_for_upsert.IdentitySourceUserProfileForUpsert.from_json(v)
            if lazy
            else _identity_source_user_profile_for_upsert.IdentitySourceUserProfileForUpsert.from_dict(v)
        )
    return _convert.parse_model(_identity_source_user_profile_for_upsert.IdentitySourceUserProfileForUpsert, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class BulkUpsertRequestBodyProfilesItem(OktaModel):
    """An Okta `BulkUpsertRequestBodyProfilesItem`.

    Attributes:
        external_id (`externalId`): The external ID of the entity that needs to be created or updated in Okta
        profile: Contains a set of external user attributes and their values that are mapped to Okta
            standard and custom profile properties. See the [`profile`
            object](https://developer.okta.com/docs/api/openapi/okta-management/management/user/getuser#user/getuser/t=response&c=200&path=profile)
            and Declaration of a Custom Identity Source Schema in [Using anything as a
            source](https://help.okta.com/okta_help.htm?type=oie&id=ext-anything-as-a-source).
            > **Note:** Profile attributes can only be of the string type.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "externalId": "external_id",
        "profile": "profile",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "external_id": "str",
        "profile": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "external_id": ("externalId", None),
        "profile": ("profile", _parse_profile),
    }

    external_id: str | None = _attrs_field(init=False)
    profile: IdentitySourceUserProfileForUpsert | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        external_id: str | None | Unset = UNSET,
        profile: IdentitySourceUserProfileForUpsert | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if external_id is not UNSET:
            _set_field(self, "external_id", external_id)
        if profile is not UNSET:
            _set_field(self, "profile", profile)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("external_id", UNSET)) is not UNSET:
            d["externalId"] = v
        if (v := values.get("profile", UNSET)) is not UNSET:
            d["profile"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("externalId", UNSET)) is not UNSET:
            obj.external_id = v
        if (v := d.pop("profile", UNSET)) is not UNSET:
            obj.profile = _parse_profile(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
