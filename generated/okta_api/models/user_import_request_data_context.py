from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import user_import_request_data_context_application as _user_import_request_data_context_application
from . import user_import_request_data_context_job as _user_import_request_data_context_job

if TYPE_CHECKING:
    from typing import Self

    from .user_import_request_data_context_application import UserImportRequestDataContextApplication
    from .user_import_request_data_context_job import UserImportRequestDataContextJob


@_attrs_define(kw_only=True)
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
        "conflicts": "conflicts",
        "application": lambda d: (
            _user_import_request_data_context_application.UserImportRequestDataContextApplication.from_json(v)
            if (v := d.get("application", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _user_import_request_data_context_application.UserImportRequestDataContextApplication, v
            )
        ),
        "job": lambda d: (
            _user_import_request_data_context_job.UserImportRequestDataContextJob.from_json(v)
            if (v := d.get("job", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_import_request_data_context_job.UserImportRequestDataContextJob, v)
        ),
        "matches": "matches",
        "policy": "policy",
        "additional_properties": lambda d: _convert.undeclared(d, UserImportRequestDataContext._json_names),
    }

    conflicts: list[str] | None | Unset = UNSET
    application: UserImportRequestDataContextApplication | None | Unset = UNSET
    job: UserImportRequestDataContextJob | None | Unset = UNSET
    matches: list[str] | None | Unset = UNSET
    policy: list[str] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.conflicts is not UNSET:
            d["conflicts"] = self.conflicts
        if self.application is not UNSET:
            d["application"] = _convert.dump_model(self.application, omit_read_only)
        if self.job is not UNSET:
            d["job"] = _convert.dump_model(self.job, omit_read_only)
        if self.matches is not UNSET:
            d["matches"] = self.matches
        if self.policy is not UNSET:
            d["policy"] = self.policy
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.conflicts = d.pop("conflicts", UNSET)
        obj.application = (
            _user_import_request_data_context_application.UserImportRequestDataContextApplication.from_dict(v)
            if (v := d.pop("application", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _user_import_request_data_context_application.UserImportRequestDataContextApplication, v
            )
        )
        obj.job = (
            _user_import_request_data_context_job.UserImportRequestDataContextJob.from_dict(v)
            if (v := d.pop("job", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_import_request_data_context_job.UserImportRequestDataContextJob, v)
        )
        obj.matches = d.pop("matches", UNSET)
        obj.policy = d.pop("policy", UNSET)
        obj.additional_properties = d
        return obj
