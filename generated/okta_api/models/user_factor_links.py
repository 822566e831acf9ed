from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import href_object as _href_object
from . import href_object_self_link as _href_object_self_link
from .links_activate import LinksActivate

if TYPE_CHECKING:
    from typing import Self

    from .href_object import HrefObject
    from .href_object_self_link import HrefObjectSelfLink


def _parse_activate(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_cancel(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_deactivate(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_enroll(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_factor(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_poll(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_qrcode(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_question(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_resend(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_send(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_self_(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_self_link.HrefObjectSelfLink.from_json(v)
            if lazy
            else _href_object_self_link.HrefObjectSelfLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)


def _parse_user(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_verify(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "activate": ("activate", _parse_activate),
        "cancel": ("cancel", _parse_cancel),
        "deactivate": ("deactivate", _parse_deactivate),
        "enroll": ("enroll", _parse_enroll),
        "factor": ("factor", _parse_factor),
        "poll": ("poll", _parse_poll),
        "qrcode": ("qrcode", _parse_qrcode),
        "question": ("question", _parse_question),
        "resend": ("resend", _parse_resend),
        "send": ("send", _parse_send),
        "self_": ("self", _parse_self_),
        "user": ("user", _parse_user),
        "verify": ("verify", _parse_verify),
    }

    activate: HrefObject | None = _attrs_field(init=False)
    cancel: HrefObject | None = _attrs_field(init=False)
    deactivate: HrefObject | None = _attrs_field(init=False)
    enroll: HrefObject | None = _attrs_field(init=False)
    factor: HrefObject | None = _attrs_field(init=False)
    poll: HrefObject | None = _attrs_field(init=False)
    qrcode: HrefObject | None = _attrs_field(init=False)
    question: HrefObject | None = _attrs_field(init=False)
    resend: HrefObject | None = _attrs_field(init=False)
    send: HrefObject | None = _attrs_field(init=False)
    self_: HrefObjectSelfLink | None = _attrs_field(init=False)
    user: HrefObject | None = _attrs_field(init=False)
    verify: HrefObject | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        activate: HrefObject | None | Unset = UNSET,
        cancel: HrefObject | None | Unset = UNSET,
        deactivate: HrefObject | None | Unset = UNSET,
        enroll: HrefObject | None | Unset = UNSET,
        factor: HrefObject | None | Unset = UNSET,
        poll: HrefObject | None | Unset = UNSET,
        qrcode: HrefObject | None | Unset = UNSET,
        question: HrefObject | None | Unset = UNSET,
        resend: HrefObject | None | Unset = UNSET,
        send: HrefObject | None | Unset = UNSET,
        self_: HrefObjectSelfLink | None | Unset = UNSET,
        user: HrefObject | None | Unset = UNSET,
        verify: HrefObject | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if activate is not UNSET:
            _set_field(self, "activate", activate)
        if cancel is not UNSET:
            _set_field(self, "cancel", cancel)
        if deactivate is not UNSET:
            _set_field(self, "deactivate", deactivate)
        if enroll is not UNSET:
            _set_field(self, "enroll", enroll)
        if factor is not UNSET:
            _set_field(self, "factor", factor)
        if poll is not UNSET:
            _set_field(self, "poll", poll)
        if qrcode is not UNSET:
            _set_field(self, "qrcode", qrcode)
        if question is not UNSET:
            _set_field(self, "question", question)
        if resend is not UNSET:
            _set_field(self, "resend", resend)
        if send is not UNSET:
            _set_field(self, "send", send)
        if self_ is not UNSET:
            _set_field(self, "self_", self_)
        if user is not UNSET:
            _set_field(self, "user", user)
        if verify is not UNSET:
            _set_field(self, "verify", verify)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("activate", UNSET)) is not UNSET:
            d["activate"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("cancel", UNSET)) is not UNSET:
            d["cancel"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("deactivate", UNSET)) is not UNSET:
            d["deactivate"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("enroll", UNSET)) is not UNSET:
            d["enroll"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("factor", UNSET)) is not UNSET:
            d["factor"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("poll", UNSET)) is not UNSET:
            d["poll"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("qrcode", UNSET)) is not UNSET:
            d["qrcode"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("question", UNSET)) is not UNSET:
            d["question"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("resend", UNSET)) is not UNSET:
            d["resend"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("send", UNSET)) is not UNSET:
            d["send"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("self_", UNSET)) is not UNSET:
            d["self"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("user", UNSET)) is not UNSET:
            d["user"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("verify", UNSET)) is not UNSET:
            d["verify"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("activate", UNSET)) is not UNSET:
            obj.activate = _parse_activate(v, False)
        if (v := d.pop("cancel", UNSET)) is not UNSET:
            obj.cancel = _parse_cancel(v, False)
        if (v := d.pop("deactivate", UNSET)) is not UNSET:
            obj.deactivate = _parse_deactivate(v, False)
        if (v := d.pop("enroll", UNSET)) is not UNSET:
            obj.enroll = _parse_enroll(v, False)
        if (v := d.pop("factor", UNSET)) is not UNSET:
            obj.factor = _parse_factor(v, False)
        if (v := d.pop("poll", UNSET)) is not UNSET:
            obj.poll = _parse_poll(v, False)
        if (v := d.pop("qrcode", UNSET)) is not UNSET:
            obj.qrcode = _parse_qrcode(v, False)
        if (v := d.pop("question", UNSET)) is not UNSET:
            obj.question = _parse_question(v, False)
        if (v := d.pop("resend", UNSET)) is not UNSET:
            obj.resend = _parse_resend(v, False)
        if (v := d.pop("send", UNSET)) is not UNSET:
            obj.send = _parse_send(v, False)
        if (v := d.pop("self", UNSET)) is not UNSET:
            obj.self_ = _parse_self_(v, False)
        if (v := d.pop("user", UNSET)) is not UNSET:
            obj.user = _parse_user(v, False)
        if (v := d.pop("verify", UNSET)) is not UNSET:
            obj.verify = _parse_verify(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
