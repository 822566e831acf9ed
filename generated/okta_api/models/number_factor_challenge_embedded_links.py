from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import number_factor_challenge_embedded_links_challenge as _number_factor_challenge_embedded_links_challenge

if TYPE_CHECKING:
    from typing import Self

    from .number_factor_challenge_embedded_links_challenge import NumberFactorChallengeEmbeddedLinksChallenge


@_attrs_define(kw_only=True)
class NumberFactorChallengeEmbeddedLinks(OktaModel):
    """Contains the `challenge` and `correctAnswer` objects for `push` factors that use a number matching
    challenge

    Attributes:
        challenge: Number matching challenge for a `push` factor
    """

    _json_names: ClassVar[dict[str, str]] = {
        "challenge": "challenge",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "challenge": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "challenge": lambda d: (
            _number_factor_challenge_embedded_links_challenge.NumberFactorChallengeEmbeddedLinksChallenge.from_json(v)
            if (v := d.get("challenge", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _number_factor_challenge_embedded_links_challenge.NumberFactorChallengeEmbeddedLinksChallenge, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, NumberFactorChallengeEmbeddedLinks._json_names),
    }

    challenge: NumberFactorChallengeEmbeddedLinksChallenge | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.challenge is not UNSET:
            d["challenge"] = _convert.dump_model(self.challenge, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.challenge = (
            _number_factor_challenge_embedded_links_challenge.NumberFactorChallengeEmbeddedLinksChallenge.from_dict(v)
            if (v := d.pop("challenge", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _number_factor_challenge_embedded_links_challenge.NumberFactorChallengeEmbeddedLinksChallenge, v
            )
        )
        obj.additional_properties = d
        return obj
