from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import registration_response_error_error_causes_item as _registration_response_error_error_causes_item

if TYPE_CHECKING:
    from typing import Self

    from .registration_response_error_error_causes_item import RegistrationResponseErrorErrorCausesItem


def _parse_error_causes(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _registration_response_error_error_causes_item.RegistrationResponseErrorErrorCausesItem.from_json
        if lazy
        else _registration_response_error_error_causes_item.RegistrationResponseErrorErrorCausesItem.from_dict,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class RegistrationResponseError(OktaModel):
    """For the registration inline hook, the `error` object provides a way of displaying an error message
    to the end user who is trying to register or update their profile.

    * If you're using the Okta Sign-In Widget for Profile Enrollment, only the `errorSummary` messages
    of the `errorCauses` objects that your external service returns appear as inline errors, given the
    following:
      * You don't customize the error handling behavior of the widget.
      * The `location` of `errorSummary` in the `errorCauses` object specifies the request object's user
    profile attribute.
    * If you don't return a value for the `errorCauses` object, and deny the user's registration attempt
    through the `commands` object in your response to Okta, one of the following generic messages
    appears to the end user:
      * "Registration cannot be completed at this time." (SSR)
      * "We found some errors. Please review the form and make corrections." (Progressive Enrollment)
    * If you don't return an `error` object at all and the registration is denied, the following generic
    message appears to the end user:
      * "Registration denied." (SSR)
      * "Profile update denied." (Progressive Enrollment)

    >**Note:** If you include an error object in your response, no commands are executed and the
    registration fails. This holds true even if the top-level `errorSummary` and the `errorCauses`
    objects are omitted.

    Attributes:
        error_summary (`errorSummary`): Human-readable summary of one or more errors
        error_causes (`errorCauses`): list[RegistrationResponseErrorErrorCausesItem]
    """

    _json_names: ClassVar[dict[str, str]] = {
        "errorSummary": "error_summary",
        "errorCauses": "error_causes",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "error_summary": "str",
        "error_causes": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "error_summary": ("errorSummary", None),
        "error_causes": ("errorCauses", _parse_error_causes),
    }

    error_summary: str | None = _attrs_field(init=False)
    error_causes: list[RegistrationResponseErrorErrorCausesItem] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        error_summary: str | None | Unset = UNSET,
        error_causes: list[RegistrationResponseErrorErrorCausesItem] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if error_summary is not UNSET:
            _set_field(self, "error_summary", error_summary)
        if error_causes is not UNSET:
            _set_field(self, "error_causes", error_causes)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("error_summary", UNSET)) is not UNSET:
            d["errorSummary"] = v
        if (v := values.get("error_causes", UNSET)) is not UNSET:
            d["errorCauses"] = _convert.dump_model_list(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("errorSummary", UNSET)) is not UNSET:
            obj.error_summary = v
        if (v := d.pop("errorCauses", UNSET)) is not UNSET:
            obj.error_causes = _parse_error_causes(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
