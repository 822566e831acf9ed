from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import org_creation_admin_credentials_password as _org_creation_admin_credentials_password
from . import recovery_question_credential as _recovery_question_credential

if TYPE_CHECKING:
    from typing import Self

    from .org_creation_admin_credentials_password import OrgCreationAdminCredentialsPassword
    from .recovery_question_credential import RecoveryQuestionCredential


@_attrs_define(kw_only=True)
class OrgCreationAdminCredentials(OktaModel):
    """Specifies primary authentication and recovery credentials for a user. Credential types and
    requirements vary depending on the provider and security policy of the org.

    Attributes:
        password: Specifies a password for a user
            > **Note:** For information on defaults and configuring your password policies, see
            [Configure the password
            authenticator](https://help.okta.com/okta_help.htm?type=oie&id=ext-configure-password) in
            the help documentation.
        recovery_question: Specifies a secret question and answer that's validated (case insensitive) when a user
            forgets their
            password or unlocks their account. The answer property is write-only.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "password": "password",
        "recovery_question": "recovery_question",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "password": "model",
        "recovery_question": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "password": lambda d: (
            _org_creation_admin_credentials_password.OrgCreationAdminCredentialsPassword.from_json(v)
            if (v := d.get("password", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_org_creation_admin_credentials_password.OrgCreationAdminCredentialsPassword, v)
        ),
        "recovery_question": lambda d: (
            _recovery_question_credential.RecoveryQuestionCredential.from_json(v)
            if (v := d.get("recovery_question", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_recovery_question_credential.RecoveryQuestionCredential, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OrgCreationAdminCredentials._json_names),
    }

    password: OrgCreationAdminCredentialsPassword | None | Unset = UNSET
    recovery_question: RecoveryQuestionCredential | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.password is not UNSET:
            d["password"] = _convert.dump_model(self.password, omit_read_only)
        if self.recovery_question is not UNSET:
            d["recovery_question"] = _convert.dump_model(self.recovery_question, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.password = (
            _org_creation_admin_credentials_password.OrgCreationAdminCredentialsPassword.from_dict(v)
            if (v := d.pop("password", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_org_creation_admin_credentials_password.OrgCreationAdminCredentialsPassword, v)
        )
        obj.recovery_question = (
            _recovery_question_credential.RecoveryQuestionCredential.from_dict(v)
            if (v := d.pop("recovery_question", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_recovery_question_credential.RecoveryQuestionCredential, v)
        )
        obj.additional_properties = d
        return obj
