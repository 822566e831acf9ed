from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import (
    token_hook_response_commands_item_value_item_value_type_2 as _token_hook_response_commands_item_value_item_value_type_2,
)

if TYPE_CHECKING:
    from typing import Self

    from .token_hook_response_commands_item_value_item_value_type_2 import (
        TokenHookResponseCommandsItemValueItemValueType2,
    )


def _parse_value(v: Any, lazy: bool) -> Any:
    return _convert.parse_union(
        (_token_hook_response_commands_item_value_item_value_type_2.TokenHookResponseCommandsItemValueItemValueType2,),
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class TokenHookResponseCommandsItemValueItem(OktaModel):
    """An Okta `TokenHookResponseCommandsItemValueItem`.

    Attributes:
        op: The name of one of the supported ops: `add`: Add a claim. `replace`: Modify an existing
            claim and update the token lifetime. `remove`: Remove an existing claim.
            #### `op: add` notes

            <details>
            <summary>Add a claim</summary>

              Add a claim

              **Existing JSON**

              ```
              {
                "employeeId": "00u12345678"
              }
              ```

              **Operation**

              ```
              {
                "commands": [
                  {
                    "type": "com.okta.assertion.patch",
                    "value": [
                      {
                        "op": "add",
                        "path": "/claims/extPatientId",
                        "value": "1234"
                      }
                    ]
                  },
                  {
                    "type": "com.okta.assertion.patch",
                    "value": [
                      {
                        "op": "add",
                        "path": "/claims/external_guid",
                        "value": "F0384685-F87D-474B-848D-2058AC5655A7"
                      }
                    ]
                  }
                ]
              }
              ```

              **Updated JSON**

              ```
              {
                "employeeId": "00u12345678",
                "extPatientId": 1234,
                "external_guid": "F0384685-F87D-474B-848D-2058AC5655A7"
              }
              ```

              > **Note:** If you use the `add` operation and include an existing claim in your
            response with a different value, that value is replaced. Use the `replace` operation
            instead. If you attempt to remove a system-specific claim or use an invalid operation, the
            entire PATCH fails and errors are logged in the token hooks events. See `op: replace`
            notes.
            </details>

            <details>
            <summary>Add new members to existing JSON objects</summary>

              If you have a JSON object in a claim called `employee_profile`, and you want to add the
            `department_id` member to the claim, the existing JSON is updated by specifying the claim
            in the path, followed by the name of the object member.

              **Existing JSON**

              ```
              {
                "employee_profile": {
                  "employee_id": "1234",
                  "name": "Anna"
                }
              }
              ```

              **Operation**

              ```
              {
                "commands": [
                  {
                    "type": "com.okta.identity.patch",
                    "value": [
                      {
                        "op": "add",
                        "path": "/claims/employee_profile/department_id",
                        "value": "4947"
                      }
                    ]
                  }
                ]
              }
              ```

              **Updated JSON**

              ```
              {
                "employee_profile": {
                  "employee_id": "1234",
                  "name": "Anna",
                  "department_id": "4947"
                }
              }
              ```

              > **Note:** If you attempt to add a member within a JSON object that doesn't exist or
            using an invalid operation, the entire PATCH fails and errors are logged in the token
            hooks events.
            </details>

            <details>
            <summary>Add new elements to existing arrays</summary>

              Append an element to an array by specifying the name of the array, followed by the index
            where you want to insert the element in the path. Alternatively, you can specify the array
            name followed by a hyphen (-) in the path to append an element at the end of the array.
            For example, you have an array that contains the user's preferred airports, and you want
            to add a new airport to the array. The existing target JSON object is updated by
            specifying the claim in the path, followed by the index of where to insert the claim.

              **Existing JSON**

              ```
              {
                "preferred_airports":[
                  "sjc",
                  "sfo",
                  "oak"
                ]
              }
              ```

              **Operation**

              ```
              {
                "commands": [
                  {
                    "type": "com.okta.identity.patch",
                    "value": [
                      {
                        "op": "add",
                        "path": "/claims/preferred_airports/3",
                        "value": "lax"
                      }
                    ]
                  }
                ]
              }
              ```

              **Updated JSON**

              ```
              {
                "preferred_airports":[
                  "sjc",
                  "sfo",
                  "oak",
                  "lax"
                ]
              }
              ```

              > **Note:** If you attempt to add an element within an array that doesn't exist or
            specify an invalid index, the entire PATCH fails and errors are logged in the token hooks
            events.
            </details>

            #### `op: replace` notes

            <details>
            <summary>Modify an existing claim</summary>

              You can modify (`replace`) existing custom claims or OIDC standard profile claims, such
            as `birthdate` and `locale`. You can't, however, modify any system-specific claims, such
            as `iss` or `ver`. Also, you can't modify a claim that isn't currently part of the token
            in the request payload. Attempting to modify a system-specific claim or using an invalid
            operation results in the entire PATCH failing and errors logged in the token hooks events.

              See [Access Tokens Scopes and
            Claims](https://developer.okta.com/docs/api/openapi/okta-oauth/guides/overview/#access-token-scopes-and-claims)
            for the list of access token-reserved claims that you can't modify.

              > **Note:** Although the `aud` and `sub` claims are listed as reserved claims, you can
            modify those claims in access tokens. You can't modify these claims in ID tokens.

              See [ID Token
            Claims](https://developer.okta.com/docs/api/openapi/okta-oauth/guides/overview/#id-token-claims)
            for a list of ID token-reserved claims that you can't modify.

              **Existing target JSON object**

              ```
              {
                "employeeId": "00u12345678",
                "extPatientId": 1234,
                "external_guid": "F0384685-F87D-474B-848D-2058AC5655A7"
              }
              ```

              **Operation**

              ```
              {
                "commands": [
                  {
                    "type": "com.okta.identity.patch",
                    "value": [
                      {
                        "op": "replace",
                        "path": "/claims/extPatientId",
                        "value": "12345"
                      },
                      {
                        "op": "replace",
                        "path": "/claims/external_guid",
                        "value": "D1495796-G98E-585C-959E-1269CD6766B8"
                      }
                    ]
                  }
                ]
              }
              ```

              **Updated JSON***

              ```
              {
                "employeeId": "00u12345678",
                "extPatientId": 12345,
                "external_guid": "D1495796-G98E-585C-959E-1269CD6766B8"
              }
              ```

            </details>

            <details>
            <summary>Modify members within existing JSON objects and arrays</summary>

              Use the `replace` operation to modify members within JSON objects and elements within
            arrays. For example, you have a JSON object in a claim called `employee_profile`, and you
            want to update the email address of the employee. The existing target JSON object is
            updated by specifying the claim in the path, followed by the name of the object member
            that you want to modify.

              **Existing target JSON object**

              ```
              {
                "employee_profile": {
                  "employee_id":"1234",
                  "name":"Anna",
                  "email":"anna.v@company.com"
                  }
              }
              ```

              **Operation**

              ```
              {
                "commands": [
                  {
                    "type": "com.okta.identity.patch",
                    "value": [
                      {
                        "op": "replace",
                        "path": "/claims/employee_profile/email",
                        "value": "anna@company.com"
                      }
                    ]
                  }
                ]
              }
              ```

              **Updated JSON**

              ```
              {
                "employee_profile": {
                  "employee_id":"1234",
                  "name":"Anna",
                  "email":"anna@company.com"
                  }
              }
              ```

              > **Note:** If you attempt to modify a member within a JSON object that doesn't exist or
            use an invalid operation, the entire PATCH fails and errors are logged in the token hooks
            events.

              Similarly, you can replace elements in an array by specifying the array name and the
            valid index of the element that you want to replace in the path.
            </details>

            <details>
            <summary>Modify token lifetimes</summary>
              You can modify how long the access and ID tokens are valid by specifying the `lifetime`
            in seconds. The `lifetime` value must be a minimum of five minutes (300 seconds) and a
            maximum of 24 hours (86,400 seconds).

              **Operation**

              ```
              {
                "commands": [
                  {
                    "type": "com.okta.identity.patch",
                    "value": [
                      {
                        "op": "replace",
                        "path": "/token/lifetime/expiration",
                        "value": 36000
                      }
                    ]
                  },
                  {
                    "type": "com.okta.access.patch",
                    "value": [
                      {
                        "op": "replace",
                        "path": "/token/lifetime/expiration",
                        "value": 36000
                      }
                    ]
                  }
                ]
              }
              ```

            </details>

            #### `op: remove` notes

            <details>
            <summary>Remove a claim</summary>

              You can remove existing custom claims or OIDC standard profile claims, such as
            `birthdate` or `locale`. You can't, however, remove any system-specific claims, such as
            `iss` or `ver`. You also can't remove a claim that isn't currently part of the token in
            the request payload. If you attempt to remove a system-specific claim or use an invalid
            operation, the entire PATCH fails and errors are logged in the token hooks events.

              See [Access Tokens Scopes and
            Claims](https://developer.okta.com/docs/api/openapi/okta-oauth/guides/overview/#access-token-scopes-and-claims)
            for the list of access token-reserved claims that you can't modify.

              See [ID Token
            Claims](https://developer.okta.com/docs/api/openapi/okta-oauth/guides/overview/#id-token-claims)
            for a list of ID token-reserved claims that you can't modify.

              **Operation**

              ```
              {
                "commands": [
                  {
                    "type": "com.okta.identity.patch",
                    "value": [
                      {
                        "op": "remove",
                        "path": "/claims/birthdate",
                        "value": null
                      }
                    ]
                  },
                  {
                    "type": "com.okta.access.patch",
                    "value": [
                      {
                        "op": "remove",
                        "path": "/claims/external_guid"
                      }
                    ]
                  }
                ]
              }
              ```

              > **Note:** The `value` property for the `remove` operation isn't required. If you
            provide it in the response, it should be set to `null`. Providing any other value fails
            the entire PATCH response.

            </details>

            <details>
            <summary>Remove members from existing arrays</summary>

              Use the `remove` operation to remove members from existing arrays. For example, you have
            an array that contains the user's preferred airports, and you want to remove an airport
            from the array. The existing target JSON object is updated by specifying the array name
            followed by the index of the element that you want to remove. You don't need to specify a
            value for the remove operation, but you can specify `null` as the value if you want.

              **Existing target JSON object**

              ```
              {
                "preferred_airports": [
                    "sjc",
                    "lax",
                    "sfo",
                    "oak"
                  ]
              }
              ```

              **Operation**

              ```
              {
                "commands": [
                  {
                    "type": "com.okta.identity.patch",
                    "value": [
                      {
                        "op": "remove",
                        "path": "/claims/preferred_airports/1"
                      }
                    ]
                  }
                ]
              }
              ```

              **Updated JSON**

              ```
              {
                "preferred_airports": [
                    "sjc",
                    "sfo",
                    "oak"
                  ]
              }
              ```

            </details>

            <details>
            <summary>Remove members from existing JSON objects</summary>

             Use the `remove` operation to remove members from existing JSON objects. Do this by
            specifying the JSON object in the path, followed by the claim member that you would like
            to remove. For example, you have an `employee_profile` claim, and you want to remove
            `email` from it.

            **Existing target JSON object**

            ```
            {
              "employee_profile": {
                "employee_id":"1234",
                "name":"Anna",
                "email":"anna.v@company.com"
                }
            }
            ```

            **Operation**

            ```
            {
              "commands": [
                {
                  "type": "com.okta.identity.patch",
                  "value": [
                    {
                      "op": "remove",
                      "path": "/claims/employee_profile/email"
                    }
                  ]
                }
              ]
            }
            ```

            **Updated JSON**
            ```
            {
              "employee_profile": {
                "employee_id":"1234",
                "name":"Anna",
                }
            }
            ```

            </details>
        path: Location within the token to apply the operation, specified as a slash-delimited path.
            When you add, replace, or remove a claim, this path always begins with `/claims/` and is
            followed by the name of the new claim that you're adding. When you replace a token
            lifetime, the path should always be `/token/lifetime/expiration`.
        value: Value to set the claim to.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "op": "op",
        "path": "path",
        "value": "value",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "op": "str",
        "path": "str",
        "value": "any",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "op": ("op", None),
        "path": ("path", None),
        "value": ("value", _parse_value),
    }

    op: str | None = _attrs_field(init=False)
    path: str | None = _attrs_field(init=False)
    value: str | int | TokenHookResponseCommandsItemValueItemValueType2 | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        op: str | None | Unset = UNSET,
        path: str | None | Unset = UNSET,
        value: str | int | TokenHookResponseCommandsItemValueItemValueType2 | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if op is not UNSET:
            _set_field(self, "op", op)
        if path is not UNSET:
            _set_field(self, "path", path)
        if value is not UNSET:
            _set_field(self, "value", value)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("op", UNSET)) is not UNSET:
            d["op"] = v
        if (v := values.get("path", UNSET)) is not UNSET:
            d["path"] = v
        if (v := values.get("value", UNSET)) is not UNSET:
            d["value"] = _convert.dump_value(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("op", UNSET)) is not UNSET:
            obj.op = v
        if (v := d.pop("path", UNSET)) is not UNSET:
            obj.path = v
        if (v := d.pop("value", UNSET)) is not UNSET:
            obj.value = _parse_value(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
