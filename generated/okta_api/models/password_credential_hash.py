from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .digest_algorithm import DigestAlgorithm
from .password_credential_hash_algorithm import PasswordCredentialHashAlgorithm

if TYPE_CHECKING:
    from typing import Self


_parse_algorithm = _convert.enum_parser(PasswordCredentialHashAlgorithm)

_parse_digest_algorithm = _convert.enum_parser(DigestAlgorithm)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "algorithm": ("algorithm", _parse_algorithm),
        "digest_algorithm": ("digestAlgorithm", _parse_digest_algorithm),
        "iteration_count": ("iterationCount", None),
        "key_size": ("keySize", None),
        "salt": ("salt", None),
        "salt_order": ("saltOrder", None),
        "value": ("value", None),
        "work_factor": ("workFactor", None),
    }

    algorithm: PasswordCredentialHashAlgorithm | None = _attrs_field(init=False)
    digest_algorithm: DigestAlgorithm | None = _attrs_field(init=False)
    iteration_count: int | None = _attrs_field(init=False)
    key_size: int | None = _attrs_field(init=False)
    salt: str | None = _attrs_field(init=False, repr=_convert.masked)
    salt_order: str | None = _attrs_field(init=False)
    value: str | None = _attrs_field(init=False, repr=_convert.masked)
    work_factor: int | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        algorithm: PasswordCredentialHashAlgorithm | None | Unset = UNSET,
        digest_algorithm: DigestAlgorithm | None | Unset = UNSET,
        iteration_count: int | None | Unset = UNSET,
        key_size: int | None | Unset = UNSET,
        salt: str | None | Unset = UNSET,
        salt_order: str | None | Unset = UNSET,
        value: str | None | Unset = UNSET,
        work_factor: int | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if algorithm is not UNSET:
            _set_field(self, "algorithm", algorithm)
        if digest_algorithm is not UNSET:
            _set_field(self, "digest_algorithm", digest_algorithm)
        if iteration_count is not UNSET:
            _set_field(self, "iteration_count", iteration_count)
        if key_size is not UNSET:
            _set_field(self, "key_size", key_size)
        if salt is not UNSET:
            _set_field(self, "salt", salt)
        if salt_order is not UNSET:
            _set_field(self, "salt_order", salt_order)
        if value is not UNSET:
            _set_field(self, "value", value)
        if work_factor is not UNSET:
            _set_field(self, "work_factor", work_factor)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("algorithm", UNSET)) is not UNSET:
            d["algorithm"] = v
        if (v := values.get("digest_algorithm", UNSET)) is not UNSET:
            d["digestAlgorithm"] = v
        if (v := values.get("iteration_count", UNSET)) is not UNSET:
            d["iterationCount"] = v
        if (v := values.get("key_size", UNSET)) is not UNSET:
            d["keySize"] = v
        if (v := values.get("salt", UNSET)) is not UNSET:
            d["salt"] = v
        if (v := values.get("salt_order", UNSET)) is not UNSET:
            d["saltOrder"] = v
        if (v := values.get("value", UNSET)) is not UNSET:
            d["value"] = v
        if (v := values.get("work_factor", UNSET)) is not UNSET:
            d["workFactor"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("algorithm", UNSET)) is not UNSET:
            obj.algorithm = _parse_algorithm(v, False)
        if (v := d.pop("digestAlgorithm", UNSET)) is not UNSET:
            obj.digest_algorithm = _parse_digest_algorithm(v, False)
        if (v := d.pop("iterationCount", UNSET)) is not UNSET:
            obj.iteration_count = v
        if (v := d.pop("keySize", UNSET)) is not UNSET:
            obj.key_size = v
        if (v := d.pop("salt", UNSET)) is not UNSET:
            obj.salt = v
        if (v := d.pop("saltOrder", UNSET)) is not UNSET:
            obj.salt_order = v
        if (v := d.pop("value", UNSET)) is not UNSET:
            obj.value = v
        if (v := d.pop("workFactor", UNSET)) is not UNSET:
            obj.work_factor = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
