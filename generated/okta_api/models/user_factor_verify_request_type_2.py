from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class UserFactorVerifyRequestType2(OktaModel):
    """push

    Sends an asynchronous push notification to the device for approval by the user. A successful request
    returns an HTTP 201 response, unlike other factors. You must poll the transaction to determine the
    state of the verification. See Retrieve a factor transaction status.

    Attributes:
        use_number_matching_challenge (`useNumberMatchingChallenge`): Select whether to use a number matching challenge for a `push` factor.

            > **Note:** Sending a request with a body is required when you verify a `push` factor with
            a number matching challenge.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "useNumberMatchingChallenge": "use_number_matching_challenge",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "use_number_matching_challenge": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "use_number_matching_challenge": "useNumberMatchingChallenge",
        "additional_properties": lambda d: _convert.undeclared(d, UserFactorVerifyRequestType2._json_names),
    }

    use_number_matching_challenge: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.use_number_matching_challenge is not UNSET:
            d["useNumberMatchingChallenge"] = self.use_number_matching_challenge
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.use_number_matching_challenge = d.pop("useNumberMatchingChallenge", UNSET)
        obj.additional_properties = d
        return obj
