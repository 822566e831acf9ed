from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import identity_source_user_profile_for_upsert as _identity_source_user_profile_for_upsert

if TYPE_CHECKING:
    from typing import Self

    from .identity_source_user_profile_for_upsert import IdentitySourceUserProfileForUpsert


@_attrs_define(kw_only=True)
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
        "external_id": "externalId",
        "profile": lambda d: (
            _identity_source_user_profile_for_upsert.IdentitySourceUserProfileForUpsert.from_json(v)
            if (v := d.get("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_identity_source_user_profile_for_upsert.IdentitySourceUserProfileForUpsert, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, BulkUpsertRequestBodyProfilesItem._json_names),
    }

    external_id: str | None | Unset = UNSET
    profile: IdentitySourceUserProfileForUpsert | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.external_id is not UNSET:
            d["externalId"] = self.external_id
        if self.profile is not UNSET:
            d["profile"] = _convert.dump_model(self.profile, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.external_id = d.pop("externalId", UNSET)
        obj.profile = (
            _identity_source_user_profile_for_upsert.IdentitySourceUserProfileForUpsert.from_dict(v)
            if (v := d.pop("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_identity_source_user_profile_for_upsert.IdentitySourceUserProfileForUpsert, v)
        )
        obj.additional_properties = d
        return obj
