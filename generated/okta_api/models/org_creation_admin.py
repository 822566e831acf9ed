from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import org_creation_admin_credentials as _org_creation_admin_credentials
from . import org_creation_admin_profile as _org_creation_admin_profile

if TYPE_CHECKING:
    from typing import Self

    from .org_creation_admin_credentials import OrgCreationAdminCredentials
    from .org_creation_admin_profile import OrgCreationAdminProfile


def _parse_profile(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _org_creation_admin_profile.OrgCreationAdminProfile.from_json(v)
            if lazy
            else _org_creation_admin_profile.OrgCreationAdminProfile.from_dict(v)
        )
    return _convert.parse_model(_org_creation_admin_profile.OrgCreationAdminProfile, v)


def _parse_credentials(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _org_creation_admin_credentials.OrgCreationAdminCredentials.from_json(v)
            if lazy
            else _org_creation_admin_credentials.OrgCreationAdminCredentials.from_dict(v)
        )
    return _convert.parse_model(_org_creation_admin_credentials.OrgCreationAdminCredentials, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "profile": ("profile", _parse_profile),
        "credentials": ("credentials", _parse_credentials),
    }

    profile: OrgCreationAdminProfile | None = _attrs_field(init=False)
    credentials: OrgCreationAdminCredentials | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        profile: OrgCreationAdminProfile | None | Unset,
        credentials: OrgCreationAdminCredentials | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if profile is not UNSET:
            _set_field(self, "profile", profile)
        if credentials is not UNSET:
            _set_field(self, "credentials", credentials)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("profile", UNSET)) is not UNSET:
            d["profile"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("credentials", UNSET)) is not UNSET:
            d["credentials"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("profile", UNSET)) is not UNSET:
            obj.profile = _parse_profile(v, False)
        if (v := d.pop("credentials", UNSET)) is not UNSET:
            obj.credentials = _parse_credentials(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
