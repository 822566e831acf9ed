from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import bounces_remove_list_error as _bounces_remove_list_error

if TYPE_CHECKING:
    from typing import Self

    from .bounces_remove_list_error import BouncesRemoveListError


@_attrs_define(kw_only=True)
class BouncesRemoveListResult(OktaModel):
    """An Okta `BouncesRemoveListResult`.

    Attributes:
        errors: A list of emails that wasn't added to the email-bounced remove list and the error reason
    """

    _json_names: ClassVar[dict[str, str]] = {
        "errors": "errors",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "errors": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "errors": lambda d: _convert.parse_model_list(
            _bounces_remove_list_error.BouncesRemoveListError.from_json, d.get("errors", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, BouncesRemoveListResult._json_names),
    }

    errors: list[BouncesRemoveListError] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.errors is not UNSET:
            d["errors"] = _convert.dump_model_list(self.errors, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.errors = _convert.parse_model_list(
            _bounces_remove_list_error.BouncesRemoveListError.from_dict, d.pop("errors", UNSET)
        )
        obj.additional_properties = d
        return obj
