from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import csr_metadata_subject as _csr_metadata_subject
from . import csr_metadata_subject_alt_names as _csr_metadata_subject_alt_names

if TYPE_CHECKING:
    from typing import Self

    from .csr_metadata_subject import CsrMetadataSubject
    from .csr_metadata_subject_alt_names import CsrMetadataSubjectAltNames


def _parse_subject(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _csr_metadata_subject.CsrMetadataSubject.from_json(v)
            if lazy
            else _csr_metadata_subject.CsrMetadataSubject.from_dict(v)
        )
    return _convert.parse_model(_csr_metadata_subject.CsrMetadataSubject, v)


def _parse_subject_alt_names(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _csr_metadata_subject_alt_names.CsrMetadataSubjectAltNames.from_json(v)
            if lazy
            else _csr_metadata_subject_alt_names.CsrMetadataSubjectAltNames.from_dict(v)
        )
    return _convert.parse_model(_csr_metadata_subject_alt_names.CsrMetadataSubjectAltNames, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class CsrMetadata(OktaModel):
    """An Okta `CsrMetadata`.

    Attributes:
        subject: CsrMetadataSubject
        subject_alt_names (`subjectAltNames`): CsrMetadataSubjectAltNames
    """

    _json_names: ClassVar[dict[str, str]] = {
        "subject": "subject",
        "subjectAltNames": "subject_alt_names",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "subject": "model",
        "subject_alt_names": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "subject": ("subject", _parse_subject),
        "subject_alt_names": ("subjectAltNames", _parse_subject_alt_names),
    }

    subject: CsrMetadataSubject | None = _attrs_field(init=False)
    subject_alt_names: CsrMetadataSubjectAltNames | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        subject: CsrMetadataSubject | None | Unset = UNSET,
        subject_alt_names: CsrMetadataSubjectAltNames | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if subject is not UNSET:
            _set_field(self, "subject", subject)
        if subject_alt_names is not UNSET:
            _set_field(self, "subject_alt_names", subject_alt_names)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("subject", UNSET)) is not UNSET:
            d["subject"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("subject_alt_names", UNSET)) is not UNSET:
            d["subjectAltNames"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("subject", UNSET)) is not UNSET:
            obj.subject = _parse_subject(v, False)
        if (v := d.pop("subjectAltNames", UNSET)) is not UNSET:
            obj.subject_alt_names = _parse_subject_alt_names(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
