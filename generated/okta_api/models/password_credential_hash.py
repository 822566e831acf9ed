from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .digest_algorithm import DigestAlgorithm
from .password_credential_hash_algorithm import PasswordCredentialHashAlgorithm

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class PasswordCredentialHash(OktaModel):
    """Specifies a hashed password to import into Okta. This allows an existing password to be imported
    into Okta directly
    from some other store. Okta supports the BCRYPT, SHA-512, SHA-256, SHA-1, MD5, and PBKDF2 hash
    functions for password import.
     A hashed password may be specified in a password object when creating or updating a user, but not
    for other operations.
     See the [Create user with imported hashed
    password](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/User/#create-user-with-imported-hashed-password)
    description. When you update a user with a hashed password, the user must be in the `STAGED` status.

    Attributes:
        algorithm: The algorithm used to generate the hash using the password (and salt, when applicable).
        digest_algorithm (`digestAlgorithm`): Algorithm used to generate the key. Only required for the PBKDF2 algorithm.
        iteration_count (`iterationCount`): The number of iterations used when hashing passwords using PBKDF2. Must be >= 4096. Only
            required for PBKDF2 algorithm.
        key_size (`keySize`): Size of the derived key in bytes. Only required for PBKDF2 algorithm.
        salt: Only required for salted hashes. For BCRYPT, this specifies Radix-64 as the encoded salt
            used to generate the hash,
            which must be 22 characters long. For other salted hashes, this specifies the
            Base64-encoded salt used to
            generate the hash.
        salt_order (`saltOrder`): Specifies whether salt was pre- or postfixed to the password before hashing. Only required
            for salted algorithms.
        value: For SHA-512, SHA-256, SHA-1, MD5, and PBKDF2, this is the actual base64-encoded hash of
            the password (and salt, if used).
            This is the Base64-encoded `value` of the SHA-512/SHA-256/SHA-1/MD5/PBKDF2 digest that was
            computed by either pre-fixing or post-fixing
            the `salt` to the `password`, depending on the `saltOrder`. If a `salt` was not used in
            the `source` system, then this should just be
            the Base64-encoded `value` of the password's SHA-512/SHA-256/SHA-1/MD5/PBKDF2 digest. For
            BCRYPT, this is the actual Radix-64 encoded hashed password.
        work_factor (`workFactor`): Governs the strength of the hash and the time required to compute it. Only required for
            BCRYPT algorithm.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "algorithm": "algorithm",
        "digestAlgorithm": "digest_algorithm",
        "iterationCount": "iteration_count",
        "keySize": "key_size",
        "salt": "salt",
        "saltOrder": "salt_order",
        "value": "value",
        "workFactor": "work_factor",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "algorithm": "enum",
        "digest_algorithm": "enum",
        "iteration_count": "int",
        "key_size": "int",
        "salt": "str",
        "salt_order": "str",
        "value": "str",
        "work_factor": "int",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "algorithm": lambda d: (
            _convert.parse_enum(PasswordCredentialHashAlgorithm, v)
            if (v := d.get("algorithm", UNSET)).__class__ is str
            else v
        ),
        "digest_algorithm": lambda d: (
            _convert.parse_enum(DigestAlgorithm, v) if (v := d.get("digestAlgorithm", UNSET)).__class__ is str else v
        ),
        "iteration_count": "iterationCount",
        "key_size": "keySize",
        "salt": "salt",
        "salt_order": "saltOrder",
        "value": "value",
        "work_factor": "workFactor",
        "additional_properties": lambda d: _convert.undeclared(d, PasswordCredentialHash._json_names),
    }

    algorithm: PasswordCredentialHashAlgorithm | None | Unset = UNSET
    digest_algorithm: DigestAlgorithm | None | Unset = UNSET
    iteration_count: int | None | Unset = UNSET
    key_size: int | None | Unset = UNSET
    salt: str | None | Unset = _attrs_field(default=UNSET, repr=_convert.masked)
    salt_order: str | None | Unset = UNSET
    value: str | None | Unset = _attrs_field(default=UNSET, repr=_convert.masked)
    work_factor: int | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.algorithm is not UNSET:
            d["algorithm"] = self.algorithm
        if self.digest_algorithm is not UNSET:
            d["digestAlgorithm"] = self.digest_algorithm
        if self.iteration_count is not UNSET:
            d["iterationCount"] = self.iteration_count
        if self.key_size is not UNSET:
            d["keySize"] = self.key_size
        if self.salt is not UNSET:
            d["salt"] = self.salt
        if self.salt_order is not UNSET:
            d["saltOrder"] = self.salt_order
        if self.value is not UNSET:
            d["value"] = self.value
        if self.work_factor is not UNSET:
            d["workFactor"] = self.work_factor
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.algorithm = (
            _convert.parse_enum(PasswordCredentialHashAlgorithm, v)
            if (v := d.pop("algorithm", UNSET)).__class__ is str
            else v
        )
        obj.digest_algorithm = (
            _convert.parse_enum(DigestAlgorithm, v) if (v := d.pop("digestAlgorithm", UNSET)).__class__ is str else v
        )
        obj.iteration_count = d.pop("iterationCount", UNSET)
        obj.key_size = d.pop("keySize", UNSET)
        obj.salt = d.pop("salt", UNSET)
        obj.salt_order = d.pop("saltOrder", UNSET)
        obj.value = d.pop("value", UNSET)
        obj.work_factor = d.pop("workFactor", UNSET)
        obj.additional_properties = d
        return obj
