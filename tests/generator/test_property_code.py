"""The code property_code.py writes for each kind of property: types, parse and dump expressions, imports."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from okta_codegen import opc
from okta_codegen import property_code as pc
from okta_codegen.property_code import ClassRef

from .spec_objects import SCHEMAS, model_properties

PROPS = model_properties(SCHEMAS, "Holder")


def prop(name: str) -> Any:
    return PROPS[name]


@pytest.mark.parametrize(
    ("name", "annotation"),
    [
        ("user", "User"),
        ("status", "Status"),
        ("users", "list[User]"),
        ("statuses", "list[Status]"),
        ("either", "User | Group"),
        ("eithers", "list[User | Group]"),
        ("scalar_union", "str | int"),
        ("created", "datetime.datetime"),
        ("day", "datetime.date"),
        ("name", "str"),
        ("uuid", "str"),
        ("count", "int"),
        ("ratio", "float"),
        ("flag", "bool"),
        ("blob", "bytes"),
        ("profile", "HolderProfile"),
        ("anything", "Any"),
    ],
)
def test_type_of_each_kind(name: str, annotation: str) -> None:
    assert pc.type_of(prop(name)) == annotation


def test_a_free_form_field_is_a_plain_dict_passed_through_unconverted() -> None:
    user = prop("user")
    assert pc.type_of(user, ["user"]) == "dict[str, Any]"
    assert pc.parse_expression(user, "x", ["user"]) == "x"
    assert pc.converter(user, ["user"]) == "" and pc.converter_definition(user, ["user"]) == ""
    assert pc.dump_expression(user, "x", ["user"]) == "x"
    assert pc.expected_kind(user, ["user"]) == "dict"


@pytest.mark.parametrize(
    ("name", "expression"),
    [
        ("user", "_convert.parse_model(_user.User, x)"),
        ("status", "_convert.parse_enum(Status, x)"),
        ("users", "_convert.parse_model_list(_user.User.from_dict, x)"),
        ("statuses", "_convert.parse_enum_list(Status, x)"),
        ("either", "_convert.parse_union((_user.User, _group.Group,), x)"),
        ("eithers", "_convert.parse_union_list((_user.User, _group.Group,), x)"),
        ("scalar_union", "x"),
        ("created", "_convert.parse_datetime(x)"),
        ("day", "_convert.parse_date(x)"),
        ("name", "x"),
        ("blob", "x"),
        ("anything", "x"),
    ],
)
def test_parse_expression_of_each_kind(name: str, expression: str) -> None:
    assert pc.parse_expression(prop(name), "x") == expression


def test_lazy_parsing_builds_nested_models_from_json() -> None:
    assert pc.parse_expression(prop("users"), "x", lazy=True) == "_convert.parse_model_list(_user.User.from_json, x)"


@pytest.mark.parametrize(
    ("name", "converter"),
    [
        ("user", "_parse_user"),
        ("status", "_parse_status"),
        ("users", "_parse_users"),
        ("either", "_parse_either"),
        ("created", "_convert.parse_datetime"),
        ("day", "_convert.parse_date"),
        ("name", ""),
        ("scalar_union", ""),
        ("anything", ""),
    ],
)
def test_each_converted_field_names_one_converter(name: str, converter: str) -> None:
    assert pc.converter(prop(name)) == converter
    assert bool(pc.converter_definition(prop(name))) is converter.startswith("_parse_")


def test_a_fields_own_converter_decides_the_usual_json_type_inline_and_nested_laziness_by_argument() -> None:
    assert pc.converter_definition(prop("user")) == (
        "def _parse_user(v: Any, lazy: bool) -> Any:\n"
        "    if v.__class__ is dict:\n"
        "        return _user.User.from_json(v) if lazy else _user.User.from_dict(v)\n"
        "    return _convert.parse_model(_user.User, v)"
    )
    assert pc.converter_definition(prop("status")) == "_parse_status = _convert.enum_parser(Status)"
    assert pc.converter_definition(prop("users")) == (
        "def _parse_users(v: Any, lazy: bool) -> Any:\n"
        "    return _convert.parse_model_list(_user.User.from_json if lazy else _user.User.from_dict, v)"
    )
    assert pc.converter_definition(prop("statuses")) == (
        "def _parse_statuses(v: Any, lazy: bool) -> Any:\n    return _convert.parse_enum_list(Status, v)"
    )


@pytest.mark.parametrize(
    ("name", "expression"),
    [
        ("user", "_convert.dump_model(x, omit_read_only)"),
        ("users", "_convert.dump_model_list(x, omit_read_only)"),
        ("either", "_convert.dump_value(x, omit_read_only)"),
        ("eithers", "_convert.dump_value(x, omit_read_only)"),
        ("scalar_union", "_convert.dump_value(x, omit_read_only)"),
        ("created", "_convert.dump_datetime(x)"),
        ("day", "_convert.dump_date(x)"),
        ("status", "x"),
        ("statuses", "x"),
        ("name", "x"),
        ("count", "x"),
    ],
)
def test_dump_expression_of_each_kind(name: str, expression: str) -> None:
    assert pc.dump_expression(prop(name), "x") == expression


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("user", "model"),
        ("status", "enum"),
        ("users", "list:model"),
        ("statuses", "list:enum"),
        ("eithers", "list:any"),
        ("either", "any"),
        ("created", "datetime"),
        ("day", "date"),
        ("name", "str"),
        ("uuid", "str"),
        ("count", "int"),
        ("ratio", "float"),
        ("flag", "bool"),
        ("blob", "any"),
        ("anything", "any"),
    ],
)
def test_expected_kind_for_strict_type_checks(name: str, kind: str) -> None:
    assert pc.expected_kind(prop(name)) == kind


def test_class_refs_reach_into_lists_and_unions_sorted_and_once() -> None:
    assert pc.class_refs(PROPS.values()) == [
        ClassRef("group", "Group", is_model=True),
        ClassRef("holder_profile", "HolderProfile", is_model=True),
        ClassRef("status", "Status", is_model=False),
        ClassRef("user", "User", is_model=True),
    ]
    assert pc.class_refs([prop("name"), prop("created")]) == []


def test_an_enum_default_is_its_member_and_any_other_default_the_literal() -> None:
    assert pc.default_expression(prop("status"), '"ACTIVE"') == 'Status("ACTIVE")'
    assert pc.default_expression(prop("count"), "3") == "3"


def test_templates_receive_every_function_by_its_name() -> None:
    assert set(pc.PROPERTY_CODE) >= {"type_of", "converter", "converter_definition", "dump_expression"}
    assert all(pc.PROPERTY_CODE[name].__name__ == name for name in pc.PROPERTY_CODE)


def test_no_template_asks_for_a_property_class() -> None:
    # Property kinds are property_code.py's to dispatch on, with isinstance; templates print what it returns.
    templates = Path(opc.__file__).parent / "templates"
    asking = [
        f"{path.relative_to(templates)}: {tag}"
        for path in templates.rglob("*.jinja")
        for tag in JINJA_TAG.findall(path.read_text())
        if "__class__" in tag or "Property" in tag
    ]
    assert not asking


JINJA_TAG = re.compile(r"\{[{%].*?[%}]\}", re.DOTALL)
