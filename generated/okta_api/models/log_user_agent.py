from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
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
        "browser": "browser",
        "os": "os",
        "raw_user_agent": "rawUserAgent",
        "additional_properties": lambda d: _convert.undeclared(d, LogUserAgent._json_names),
    }

    browser: str | None | Unset = UNSET
    os: str | None | Unset = UNSET
    raw_user_agent: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.browser is not UNSET and not omit_read_only:
            d["browser"] = self.browser
        if self.os is not UNSET and not omit_read_only:
            d["os"] = self.os
        if self.raw_user_agent is not UNSET and not omit_read_only:
            d["rawUserAgent"] = self.raw_user_agent
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.browser = d.pop("browser", UNSET)
        obj.os = d.pop("os", UNSET)
        obj.raw_user_agent = d.pop("rawUserAgent", UNSET)
        obj.additional_properties = d
        return obj
