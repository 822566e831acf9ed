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
class TestInfoScimTestConfiguration(OktaModel):
    """SCIM test details

    Attributes:
        spec_test_results (`specTestResults`): The Runscope URL to your SCIM server specification test results. See [Test your SCIM
            API](https://developer.okta.com/docs/guides/build-provisioning-integration/test-scim-api/).
        crud_test_results (`crudTestResults`): The Runscope URL to your Okta SCIM CRUD test results. See [Test your Okta SCIM
            integration](https://developer.okta.com/docs/guides/scim-provisioning-integration-test/main/).
        entitlements_test_results (`entitlementsTestResults`): The Runscope URL to your entitlements test results
    """

    _json_names: ClassVar[dict[str, str]] = {
        "specTestResults": "spec_test_results",
        "crudTestResults": "crud_test_results",
        "entitlementsTestResults": "entitlements_test_results",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "spec_test_results": "str",
        "crud_test_results": "str",
        "entitlements_test_results": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "spec_test_results": "specTestResults",
        "crud_test_results": "crudTestResults",
        "entitlements_test_results": "entitlementsTestResults",
        "additional_properties": lambda d: _convert.undeclared(d, TestInfoScimTestConfiguration._json_names),
    }

    spec_test_results: str | None | Unset
    crud_test_results: str | None | Unset
    entitlements_test_results: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.spec_test_results is not UNSET:
            d["specTestResults"] = self.spec_test_results
        if self.crud_test_results is not UNSET:
            d["crudTestResults"] = self.crud_test_results
        if self.entitlements_test_results is not UNSET:
            d["entitlementsTestResults"] = self.entitlements_test_results
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.spec_test_results = d.pop("specTestResults", UNSET)
        obj.crud_test_results = d.pop("crudTestResults", UNSET)
        obj.entitlements_test_results = d.pop("entitlementsTestResults", UNSET)
        obj.additional_properties = d
        return obj
