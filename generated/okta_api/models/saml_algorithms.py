from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import saml_request_algorithm as _saml_request_algorithm
from . import saml_response_algorithm as _saml_response_algorithm

if TYPE_CHECKING:
    from typing import Self

    from .saml_request_algorithm import SamlRequestAlgorithm
    from .saml_response_algorithm import SamlResponseAlgorithm


def _parse_request(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _saml_request_algorithm.SamlRequestAlgorithm.from_json(v)
            if lazy
            else _saml_request_algorithm.SamlRequestAlgorithm.from_dict(v)
        )
    return _convert.parse_model(_saml_request_algorithm.SamlRequestAlgorithm, v)


def _parse_response(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _saml_response_algorithm.SamlResponseAlgorithm.from_json(v)
            if lazy
            else _saml_response_algorithm.SamlResponseAlgorithm.from_dict(v)
        )
    return _convert.parse_model(_saml_response_algorithm.SamlResponseAlgorithm, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class SamlAlgorithms(OktaModel):
    """Settings for signing and verifying SAML messages

    Attributes:
        request: Algorithm settings used to secure an `<AuthnRequest>` message
        response: Algorithm settings for verifying `<SAMLResponse>` messages and `<Assertion>` elements from
            the IdP
    """

    _json_names: ClassVar[dict[str, str]] = {
        "request": "request",
        "response": "response",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "request": "model",
        "response": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "request": ("request", _parse_request),
        "response": ("response", _parse_response),
    }

    request: SamlRequestAlgorithm | None = _attrs_field(init=False)
    response: SamlResponseAlgorithm | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        request: SamlRequestAlgorithm | None | Unset = UNSET,
        response: SamlResponseAlgorithm | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if request is not UNSET:
            _set_field(self, "request", request)
        if response is not UNSET:
            _set_field(self, "response", response)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("request", UNSET)) is not UNSET:
            d["request"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("response", UNSET)) is not UNSET:
            d["response"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("request", UNSET)) is not UNSET:
            obj.request = _parse_request(v, False)
        if (v := d.pop("response", UNSET)) is not UNSET:
            obj.response = _parse_response(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
