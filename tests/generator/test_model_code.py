"""What model_code.py decides for a model's module: imports, docstring, field declarations."""

from __future__ import annotations

from typing import Any

from okta_codegen import model_code as mc
from okta_codegen.names import PREFIX
from okta_codegen.opc import retyped_fields

from .spec_objects import REF, SCHEMAS, parsed


def model(name: str, schema: dict[str, Any]) -> Any:
    data = parsed({**SCHEMAS, name: schema})
    return next(m for m in data.models if m.class_info.name == name)


ACCOUNT = {
    "type": "object",
    "required": ["id", "secret"],
    "properties": {
        "id": {"type": "string"},
        "secret": {"type": "string"},
        "status": {"$ref": "#/components/schemas/Status"},
        "owner": REF,
        "createdAt": {"type": "string", "format": "date-time", "description": "When it was made."},
        "others": {"type": "array", "items": REF},
    },
    "x-okta-codegen-secret": ["secret"],
    "x-okta-defaults": {"status": "ACTIVE"},
    "x-okta-codegen-read-only": ["createdAt"],
    "x-okta-codegen-parent": "Base",
}


def test_imports_parent_enums_and_model_modules_at_run_time_classes_under_type_checking() -> None:
    view = mc.model_view(model("Account", ACCOUNT), (), PREFIX)
    assert view.base == "Base"
    assert view.imports == [
        "from .base import Base",
        "from .status import Status",
        "from . import user as _user",
    ]
    assert view.type_checking_imports == ["from .user import User"]


def test_a_model_referring_to_itself_imports_no_class_of_its_own() -> None:
    node = {
        "type": "object",
        "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}},
    }
    view = mc.model_view(model("Node", node), (), PREFIX)
    assert view.imports == ["from . import node as _node"]
    assert view.type_checking_imports == []
    assert view.base == "OktaModel"


def test_fields_read_as_their_type_or_none_secrets_masked() -> None:
    view = mc.model_view(model("Account", ACCOUNT), {"owner"}, PREFIX)
    assert view.fields == [
        "id: str | None = _attrs_field(init=False)",
        "secret: str | None = _attrs_field(init=False, repr=_convert.masked)",
        "status: Status | None = _attrs_field(init=False)",
        "owner: User | None = _attrs_field(init=False)  # type: ignore[assignment]",
        "created_at: datetime.datetime | None = _attrs_field(init=False)",
        "others: list[User] | None = _attrs_field(init=False)",
    ]


def test_constructor_parameters_without_default_come_first_enum_defaults_members_others_unset() -> None:
    view = mc.model_view(model("Account", ACCOUNT), (), PREFIX)
    assert view.init_parameters == [
        "id: str | None | Unset",
        "secret: str | None | Unset",
        'status: Status | None | Unset = Status("ACTIVE")',
        "owner: User | None | Unset = UNSET",
        "created_at: datetime.datetime | None | Unset = UNSET",
        "others: list[User] | None | Unset = UNSET",
    ]


def test_docstring_names_json_names_read_only_fields_and_describes_or_types_each() -> None:
    view = mc.model_view(model("Account", ACCOUNT), (), PREFIX)
    assert view.docstring == (
        '""" An Okta `Account`.\n\nAttributes:\n'
        "    id: str\n"
        "    secret: str\n"
        "    status: Status\n"
        "    owner: User\n"
        "    created_at (`createdAt`, read-only, never sent): When it was made.\n"
        "    others: list[User]\n"
        ' """'
    )
    titled = mc.model_view(
        model("T", {"type": "object", "x-okta-codegen-title": "A thing", "description": "D."}), (), ""
    )
    assert titled.docstring == '""" A thing\n\nD.\n\n """'


def test_a_field_is_retyped_when_its_written_type_differs_from_the_ancestors() -> None:
    parent = {
        "type": "object",
        "properties": {"id": {"type": "string"}, "owner": {"type": "string"}, "status": {"type": "string"}},
    }
    child = {
        "type": "object",
        "x-okta-codegen-parent": "Parent",
        "properties": {
            "id": {"type": "string", "format": "uuid"},  # written `str` too
            "owner": REF,
            "status": {"$ref": "#/components/schemas/Status"},  # a string enum is a str
        },
    }
    data = parsed({**SCHEMAS, "Parent": parent, "Child": child})
    assert retyped_fields(data) == {"Child": {"owner"}}
