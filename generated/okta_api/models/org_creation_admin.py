from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import org_creation_admin_credentials as _org_creation_admin_credentials
from . import org_creation_admin_profile as _org_creation_admin_profile

if TYPE_CHECKING:
    from typing import Self

    from .org_creation_admin_credentials import OrgCreationAdminCredentials
    from .org_creation_admin_profile import OrgCreationAdminProfile


@_attrs_define(kw_only=True)
class OrgCreationAdmin(OktaModel):
    """Profile and credential information for the first super admin user of the child org.
    If you plan to configure and manage the org programmatically, create a system user with a dedicated
    email address and a strong password.
    > **Note:** If you don't provide `credentials`, the super admin user is prompted to set up their
    credentials when they sign in to the org for the first time.

    Attributes:
        profile: Specifies the profile attributes for the first super admin user. The minimal set of
            required attributes are `email`, `firstName`, `lastName`, and `login`.
            See
            [profile](https://developer.okta.com/docs/api/openapi/okta-management/management/user/getuser#user/getuser/t=response&c=200&path=profile)
            for additional profile attributes.
        credentials: Specifies primary authentication and recovery credentials for a user. Credential types and
            requirements vary depending on the provider and security policy of the org.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "profile": "profile",
        "credentials": "credentials",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "profile": "model",
        "credentials": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "profile": lambda d: (
            _org_creation_admin_profile.OrgCreationAdminProfile.from_json(v)
            if (v := d.get("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_org_creation_admin_profile.OrgCreationAdminProfile, v)
        ),
        "credentials": lambda d: (
            _org_creation_admin_credentials.OrgCreationAdminCredentials.from_json(v)
            if (v := d.get("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_org_creation_admin_credentials.OrgCreationAdminCredentials, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OrgCreationAdmin._json_names),
    }

    profile: OrgCreationAdminProfile | None | Unset
    credentials: OrgCreationAdminCredentials | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.profile is not UNSET:
            d["profile"] = _convert.dump_model(self.profile, omit_read_only)
        if self.credentials is not UNSET:
            d["credentials"] = _convert.dump_model(self.credentials, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.profile = (
            _org_creation_admin_profile.OrgCreationAdminProfile.from_dict(v)
            if (v := d.pop("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_org_creation_admin_profile.OrgCreationAdminProfile, v)
        )
        obj.credentials = (
            _org_creation_admin_credentials.OrgCreationAdminCredentials.from_dict(v)
            if (v := d.pop("credentials", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_org_creation_admin_credentials.OrgCreationAdminCredentials, v)
        )
        obj.additional_properties = d
        return obj
