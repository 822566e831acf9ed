from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import csr_metadata_subject as _csr_metadata_subject
from . import csr_metadata_subject_alt_names as _csr_metadata_subject_alt_names

if TYPE_CHECKING:
    from typing import Self

    from .csr_metadata_subject import CsrMetadataSubject
    from .csr_metadata_subject_alt_names import CsrMetadataSubjectAltNames


@_attrs_define(kw_only=True)
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
        "subject": lambda d: (
            _csr_metadata_subject.CsrMetadataSubject.from_json(v)
            if (v := d.get("subject", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_csr_metadata_subject.CsrMetadataSubject, v)
        ),
        "subject_alt_names": lambda d: (
            _csr_metadata_subject_alt_names.CsrMetadataSubjectAltNames.from_json(v)
            if (v := d.get("subjectAltNames", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_csr_metadata_subject_alt_names.CsrMetadataSubjectAltNames, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, CsrMetadata._json_names),
    }

    subject: CsrMetadataSubject | None | Unset = UNSET
    subject_alt_names: CsrMetadataSubjectAltNames | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.subject is not UNSET:
            d["subject"] = _convert.dump_model(self.subject, omit_read_only)
        if self.subject_alt_names is not UNSET:
            d["subjectAltNames"] = _convert.dump_model(self.subject_alt_names, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.subject = (
            _csr_metadata_subject.CsrMetadataSubject.from_dict(v)
            if (v := d.pop("subject", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_csr_metadata_subject.CsrMetadataSubject, v)
        )
        obj.subject_alt_names = (
            _csr_metadata_subject_alt_names.CsrMetadataSubjectAltNames.from_dict(v)
            if (v := d.pop("subjectAltNames", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_csr_metadata_subject_alt_names.CsrMetadataSubjectAltNames, v)
        )
        obj.additional_properties = d
        return obj
