from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import user_import_request_data_context_application as _user_import_request_data_context_application
from . import user_import_request_data_context_job as _user_import_request_data_context_job

if TYPE_CHECKING:
    from typing import Self

    from .user_import_request_data_context_application import UserImportRequestDataContextApplication
    from .user_import_request_data_context_job import UserImportRequestDataContextJob


def _parse_application(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_import_request_data_context_application.UserImportRequestDataContextApplication.from_json(v)
            if lazy
            else _user_import_request_data_context_application.UserImportRequestDataContextApplication.from_dict(v)
        )
    return _convert.parse_model(
        _user_import_request_data_context_application.UserImportRequestDataContextApplication, v
    )


def _parse_job(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_import_request_data_context_job.UserImportRequestDataContextJob.from_json(v)
            if lazy
            else _user_import_request_data_context_job.UserImportRequestDataContextJob.from_dict(v)
        )
    return _convert.parse_model(_user_import_request_data_context_job.UserImportRequestDataContextJob, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class UserImportRequestDataContext(OktaModel):
    """An Okta `UserImportRequestDataContext`.

    Attributes:
        conflicts: An array of user profile attributes that are in conflict
        application: Details of the app from which the user is being imported
        job: The details of the running import job
        matches: The list of Okta users currently matched to the app user based on import matching. There
            can be more than one match.
        policy: The list of any policies that apply to the import matching
    """

    _json_names: ClassVar[dict[str, str]] = {
        "conflicts": "conflicts",
        "application": "application",
        "job": "job",
        "matches": "matches",
        "policy": "policy",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "conflicts": "list:str",
        "application": "model",
        "job": "model",
        "matches": "list:str",
        "policy": "list:str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "conflicts": ("conflicts", None),
        "application": ("application", _parse_application),
        "job": ("job", _parse_job),
        "matches": ("matches", None),
        "policy": ("policy", None),
    }

    conflicts: list[str] | None = _attrs_field(init=False)
    application: UserImportRequestDataContextApplication | None = _attrs_field(init=False)
    job: UserImportRequestDataContextJob | None = _attrs_field(init=False)
    matches: list[str] | None = _attrs_field(init=False)
    policy: list[str] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        conflicts: list[str] | None | Unset = UNSET,
        application: UserImportRequestDataContextApplication | None | Unset = UNSET,
        job: UserImportRequestDataContextJob | None | Unset = UNSET,
        matches: list[str] | None | Unset = UNSET,
        policy: list[str] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if conflicts is not UNSET:
            _set_field(self, "conflicts", conflicts)
        if application is not UNSET:
            _set_field(self, "application", application)
        if job is not UNSET:
            _set_field(self, "job", job)
        if matches is not UNSET:
            _set_field(self, "matches", matches)
        if policy is not UNSET:
            _set_field(self, "policy", policy)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("conflicts", UNSET)) is not UNSET:
            d["conflicts"] = v
        if (v := values.get("application", UNSET)) is not UNSET:
            d["application"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("job", UNSET)) is not UNSET:
            d["job"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("matches", UNSET)) is not UNSET:
            d["matches"] = v
        if (v := values.get("policy", UNSET)) is not UNSET:
            d["policy"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("conflicts", UNSET)) is not UNSET:
            obj.conflicts = v
        if (v := d.pop("application", UNSET)) is not UNSET:
            obj.application = _parse_application(v, False)
        if (v := d.pop("job", UNSET)) is not UNSET:
            obj.job = _parse_job(v, False)
        if (v := d.pop("matches", UNSET)) is not UNSET:
            obj.matches = v
        if (v := d.pop("policy", UNSET)) is not UNSET:
            obj.policy = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
