from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import href_object as _href_object
from . import href_object_self_link as _href_object_self_link
from .links_activate import LinksActivate

if TYPE_CHECKING:
    from typing import Self

    from .href_object import HrefObject
    from .href_object_self_link import HrefObjectSelfLink


@_attrs_define(kw_only=True)
class UserFactorLinks(LinksActivate):
    """An Okta `UserFactorLinks`.

    Attributes:
        activate: HrefObject
        cancel: HrefObject
        deactivate: HrefObject
        enroll: HrefObject
        factor: HrefObject
        poll: HrefObject
        qrcode: HrefObject
        question: HrefObject
        resend: HrefObject
        send: HrefObject
        self_ (`self`): HrefObjectSelfLink
        user: HrefObject
        verify: HrefObject
    """

    _json_names: ClassVar[dict[str, str]] = {
        "activate": "activate",
        "cancel": "cancel",
        "deactivate": "deactivate",
        "enroll": "enroll",
        "factor": "factor",
        "poll": "poll",
        "qrcode": "qrcode",
        "question": "question",
        "resend": "resend",
        "send": "send",
        "self": "self_",
        "user": "user",
        "verify": "verify",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "activate": "model",
        "cancel": "model",
        "deactivate": "model",
        "enroll": "model",
        "factor": "model",
        "poll": "model",
        "qrcode": "model",
        "question": "model",
        "resend": "model",
        "send": "model",
        "self_": "model",
        "user": "model",
        "verify": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "activate": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("activate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "cancel": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("cancel", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "deactivate": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("deactivate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "enroll": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("enroll", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "factor": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("factor", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "poll": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("poll", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "qrcode": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("qrcode", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "question": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("question", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "resend": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("resend", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "send": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("send", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "self_": lambda d: (
            _href_object_self_link.HrefObjectSelfLink.from_json(v)
            if (v := d.get("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)
        ),
        "user": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("user", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "verify": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("verify", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UserFactorLinks._json_names),
    }

    activate: HrefObject | None | Unset = UNSET
    cancel: HrefObject | None | Unset = UNSET
    deactivate: HrefObject | None | Unset = UNSET
    enroll: HrefObject | None | Unset = UNSET
    factor: HrefObject | None | Unset = UNSET
    poll: HrefObject | None | Unset = UNSET
    qrcode: HrefObject | None | Unset = UNSET
    question: HrefObject | None | Unset = UNSET
    resend: HrefObject | None | Unset = UNSET
    send: HrefObject | None | Unset = UNSET
    self_: HrefObjectSelfLink | None | Unset = UNSET
    user: HrefObject | None | Unset = UNSET
    verify: HrefObject | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.activate is not UNSET:
            d["activate"] = _convert.dump_model(self.activate, omit_read_only)
        if self.cancel is not UNSET:
            d["cancel"] = _convert.dump_model(self.cancel, omit_read_only)
        if self.deactivate is not UNSET:
            d["deactivate"] = _convert.dump_model(self.deactivate, omit_read_only)
        if self.enroll is not UNSET:
            d["enroll"] = _convert.dump_model(self.enroll, omit_read_only)
        if self.factor is not UNSET:
            d["factor"] = _convert.dump_model(self.factor, omit_read_only)
        if self.poll is not UNSET:
            d["poll"] = _convert.dump_model(self.poll, omit_read_only)
        if self.qrcode is not UNSET:
            d["qrcode"] = _convert.dump_model(self.qrcode, omit_read_only)
        if self.question is not UNSET:
            d["question"] = _convert.dump_model(self.question, omit_read_only)
        if self.resend is not UNSET:
            d["resend"] = _convert.dump_model(self.resend, omit_read_only)
        if self.send is not UNSET:
            d["send"] = _convert.dump_model(self.send, omit_read_only)
        if self.self_ is not UNSET:
            d["self"] = _convert.dump_model(self.self_, omit_read_only)
        if self.user is not UNSET:
            d["user"] = _convert.dump_model(self.user, omit_read_only)
        if self.verify is not UNSET:
            d["verify"] = _convert.dump_model(self.verify, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.activate = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("activate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.cancel = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("cancel", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.deactivate = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("deactivate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.enroll = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("enroll", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.factor = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("factor", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.poll = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("poll", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.qrcode = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("qrcode", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.question = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("question", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.resend = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("resend", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.send = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("send", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.self_ = (
            _href_object_self_link.HrefObjectSelfLink.from_dict(v)
            if (v := d.pop("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)
        )
        obj.user = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("user", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.verify = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("verify", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.additional_properties = d
        return obj
