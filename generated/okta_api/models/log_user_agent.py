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
    """<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fca6d0>

    Attributes:
        browser (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fca090>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fca250>
        os (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fca2d0>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fca450>
        raw_user_agent (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fca4d0>`, read-only, never sent): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5fca650>
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
