from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class LogUserAgent(OktaModel):
    """ "A user agent is software (a software agent) that is acting on behalf of a user." ([Definition of
    User Agent](https://developer.mozilla.org/en-US/docs/Glossary/User_agent))

    In the Okta event data object, the `UserAgent` object provides specifications about the client
    software that makes event-triggering HTTP requests. User agent identification is often useful for
    identifying interoperability problems between servers and clients, and also for browser and
    operating system usage analytics.

    Attributes:
        browser (read-only, never sent): If the client is a web browser, this field identifies the type of web browser (for
            example, CHROME, FIREFOX)
        os (read-only, never sent): The operating system that the client runs on (for example, Windows 10)
        raw_user_agent (`rawUserAgent`, read-only, never sent): A raw string representation of the user agent that is formatted according to [section
            5.5.3 of HTTP/1.1 Semantics and
            Content](https://datatracker.ietf.org/doc/html/rfc7231#section-5.5.3). Both the `browser`
            and the `OS` fields can be derived from this field.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "browser": "browser",
        "os": "os",
        "rawUserAgent": "raw_user_agent",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "browser": "str",
        "os": "str",
        "raw_user_agent": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "browser": ("browser", None),
        "os": ("os", None),
        "raw_user_agent": ("rawUserAgent", None),
    }

    browser: str | None = _attrs_field(init=False)
    os: str | None = _attrs_field(init=False)
    raw_user_agent: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        browser: str | None | Unset = UNSET,
        os: str | None | Unset = UNSET,
        raw_user_agent: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if browser is not UNSET:
            _set_field(self, "browser", browser)
        if os is not UNSET:
            _set_field(self, "os", os)
        if raw_user_agent is not UNSET:
            _set_field(self, "raw_user_agent", raw_user_agent)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("browser", UNSET)) is not UNSET and not omit_read_only:
            d["browser"] = v
        if (v := values.get("os", UNSET)) is not UNSET and not omit_read_only:
            d["os"] = v
        if (v := values.get("raw_user_agent", UNSET)) is not UNSET and not omit_read_only:
            d["rawUserAgent"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("browser", UNSET)) is not UNSET:
            obj.browser = v
        if (v := d.pop("os", UNSET)) is not UNSET:
            obj.os = v
        if (v := d.pop("rawUserAgent", UNSET)) is not UNSET:
            obj.raw_user_agent = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
