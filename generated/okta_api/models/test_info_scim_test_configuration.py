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
        "spec_test_results": ("specTestResults", None),
        "crud_test_results": ("crudTestResults", None),
        "entitlements_test_results": ("entitlementsTestResults", None),
    }

    spec_test_results: str | None = _attrs_field(init=False)
    crud_test_results: str | None = _attrs_field(init=False)
    entitlements_test_results: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        spec_test_results: str | None | Unset,
        crud_test_results: str | None | Unset,
        entitlements_test_results: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if spec_test_results is not UNSET:
            _set_field(self, "spec_test_results", spec_test_results)
        if crud_test_results is not UNSET:
            _set_field(self, "crud_test_results", crud_test_results)
        if entitlements_test_results is not UNSET:
            _set_field(self, "entitlements_test_results", entitlements_test_results)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("spec_test_results", UNSET)) is not UNSET:
            d["specTestResults"] = v
        if (v := values.get("crud_test_results", UNSET)) is not UNSET:
            d["crudTestResults"] = v
        if (v := values.get("entitlements_test_results", UNSET)) is not UNSET:
            d["entitlementsTestResults"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("specTestResults", UNSET)) is not UNSET:
            obj.spec_test_results = v
        if (v := d.pop("crudTestResults", UNSET)) is not UNSET:
            obj.crud_test_results = v
        if (v := d.pop("entitlementsTestResults", UNSET)) is not UNSET:
            obj.entitlements_test_results = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
