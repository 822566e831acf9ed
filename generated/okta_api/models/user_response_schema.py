from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import identity_source_user_profile_for_upsert as _identity_source_user_profile_for_upsert

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .identity_source_user_profile_for_upsert import IdentitySourceUserProfileForUpsert


@_attrs_define(kw_only=True)
class UserResponseSchema(OktaModel):
    """An Okta `UserResponseSchema`.

    Attributes:
        created (read-only, never sent): The timestamp when the user was created in the identity source
        external_id (`externalId`, read-only, never sent): The external ID of the user in the identity source
        id (read-only, never sent): The ID of the user in the identity source
        last_updated (`lastUpdated`, read-only, never sent): The timestamp when the user was last updated in the identity source
        profile: Contains a set of external user attributes and their values that are mapped to Okta
            standard and custom profile properties. See the [`profile`
            object](https://developer.okta.com/docs/api/openapi/okta-management/management/user/getuser#user/getuser/t=response&c=200&path=profile)
            and Declaration of a Custom Identity Source Schema in [Using anything as a
            source](https://help.okta.com/okta_help.htm?type=oie&id=ext-anything-as-a-source).
            > **Note:** Profile attributes can only be of the string type.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "externalId": "external_id",
        "id": "id",
        "lastUpdated": "last_updated",
        "profile": "profile",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "external_id": "str",
        "id": "str",
        "last_updated": "datetime",
        "profile": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "external_id": "externalId",
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "profile": lambda d: (
            _identity_source_user_profile_for_upsert.IdentitySourceUserProfileForUpsert.from_json(v)
            if (v := d.get("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_identity_source_user_profile_for_upsert.IdentitySourceUserProfileForUpsert, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UserResponseSchema._json_names),
    }

    created: datetime.datetime | None | Unset = UNSET
    external_id: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    profile: IdentitySourceUserProfileForUpsert | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.external_id is not UNSET and not omit_read_only:
            d["externalId"] = self.external_id
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
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
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.external_id = d.pop("externalId", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.profile = (
            _identity_source_user_profile_for_upsert.IdentitySourceUserProfileForUpsert.from_dict(v)
            if (v := d.pop("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_identity_source_user_profile_for_upsert.IdentitySourceUserProfileForUpsert, v)
        )
        obj.additional_properties = d
        return obj
