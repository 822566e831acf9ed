from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import href_csr_publish_link as _href_csr_publish_link
from . import href_csr_self_link as _href_csr_self_link

if TYPE_CHECKING:
    from typing import Self

    from .href_csr_publish_link import HrefCsrPublishLink
    from .href_csr_self_link import HrefCsrSelfLink


@_attrs_define(kw_only=True)
class CSRLinks(OktaModel):
    """Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288)) available for
    the current status of a CSR object using the [JSON Hypertext Application
    Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification. This object
    is used for dynamic discovery of related resources and lifecycle operations.

    Attributes:
        publish (read-only, never sent): Link to publish CSR
        self_ (`self`, read-only, never sent): Link to the resource (self)
    """

    _json_names: ClassVar[dict[str, str]] = {
        "publish": "publish",
        "self": "self_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "publish": "model",
        "self_": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "publish": lambda d: (
            _href_csr_publish_link.HrefCsrPublishLink.from_json(v)
            if (v := d.get("publish", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_csr_publish_link.HrefCsrPublishLink, v)
        ),
        "self_": lambda d: (
            _href_csr_self_link.HrefCsrSelfLink.from_json(v)
            if (v := d.get("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_csr_self_link.HrefCsrSelfLink, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, CSRLinks._json_names),
    }

    publish: HrefCsrPublishLink | None | Unset = UNSET
    self_: HrefCsrSelfLink | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.publish is not UNSET and not omit_read_only:
            d["publish"] = _convert.dump_model(self.publish, omit_read_only)
        if self.self_ is not UNSET and not omit_read_only:
            d["self"] = _convert.dump_model(self.self_, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.publish = (
            _href_csr_publish_link.HrefCsrPublishLink.from_dict(v)
            if (v := d.pop("publish", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_csr_publish_link.HrefCsrPublishLink, v)
        )
        obj.self_ = (
            _href_csr_self_link.HrefCsrSelfLink.from_dict(v)
            if (v := d.pop("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_csr_self_link.HrefCsrSelfLink, v)
        )
        obj.additional_properties = d
        return obj
