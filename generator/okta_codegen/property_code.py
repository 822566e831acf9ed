"""The Python code of one spec property: its type, how it is parsed from JSON and how it is dumped to JSON.

The only module that asks which kind of openapi-python-client property it has (isinstance against its classes):
templates receive the strings these functions return and print them. `free_form` is the JSON names of a model's
fields that are free-form objects (`x-okta-codegen-free-form`): plain dicts, never converted. Generated modules
import each referenced model module as `_<module>` and each enum class by its name (see model.py.jinja).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.properties.uuid import UuidProperty

Prop = Any
"""An openapi-python-client property (its `Property` union): typed loosely, as its attributes differ by kind."""


@dataclass(frozen=True, order=True)
class ClassRef:
    """A generated class a property refers to: `models/<module>.py` defines `name`."""

    module: str
    name: str
    is_model: bool
    """A model (imported as its module, `_<module>`) rather than an enum (imported by its class name)."""


def is_none(prop: Prop) -> bool:
    """True for the property of a response without content."""
    return isinstance(prop, NoneProperty)


def is_model(prop: Prop) -> bool:
    return isinstance(prop, ModelProperty)


def is_enum(prop: Prop) -> bool:
    return isinstance(prop, EnumProperty)


def is_file(prop: Prop) -> bool:
    """True for raw bytes (a file upload or an octet-stream body)."""
    return isinstance(prop, FileProperty)


def is_list(prop: Prop) -> bool:
    return isinstance(prop, ListProperty)


def is_list_of_models(prop: Prop) -> bool:
    return isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty)


def class_refs(props: Iterable[Prop]) -> list[ClassRef]:
    """The models and enums `props` refer to, also inside lists and unions, sorted, each once."""
    found: set[ClassRef] = set()

    def visit(prop: Prop) -> None:
        if isinstance(prop, (ModelProperty, EnumProperty)):
            found.add(ClassRef(str(prop.class_info.module_name), str(prop.class_info.name), is_model(prop)))
        elif isinstance(prop, ListProperty):
            visit(prop.inner_property)
        elif isinstance(prop, UnionProperty):
            for inner in prop.inner_properties:
                visit(inner)

    for prop in props:
        visit(prop)
    return sorted(found)


def union_model_classes(prop: Prop) -> list[ClassRef]:
    """The model alternatives of a union, in the spec's order ([] for any other property)."""
    if not isinstance(prop, UnionProperty):
        return []
    return [
        ClassRef(str(inner.class_info.module_name), str(inner.class_info.name), True)
        for inner in prop.inner_properties
        if isinstance(inner, ModelProperty)
    ]


def _tuple(items: list[str]) -> str:
    """A tuple expression of `items` ("" when there are none)."""
    return f"({', '.join(items)},)" if items else ""


def union_models(prop: Prop) -> str:
    """The model alternatives of a union as a tuple of `_<module>.<Class>` ("" when it has none)."""
    return _tuple([f"_{ref.module}.{ref.name}" for ref in union_model_classes(prop)])


def type_of(prop: Prop, free_form: Collection[str] = ()) -> str:
    """The annotation of a value of `prop`, without `| None`."""
    if prop.name in free_form:
        return "dict[str, Any]"
    if isinstance(prop, (ModelProperty, EnumProperty)):
        return str(prop.class_info.name)
    if isinstance(prop, ListProperty):
        return f"list[{type_of(prop.inner_property)}]"
    if isinstance(prop, NoneProperty):
        return "None"
    if isinstance(prop, UnionProperty):
        return " | ".join(type_of(inner) for inner in prop.inner_properties)
    if isinstance(prop, FileProperty):
        return "bytes"
    if isinstance(prop, UuidProperty):
        return "str"
    return str(prop.get_base_type_string().as_unembedded_code())


def _model(prop: Prop) -> str:
    """`_<module>.<Class>` of a model property."""
    return f"_{prop.class_info.module_name}.{prop.class_info.name}"


def parse_expression(prop: Prop, expr: str, free_form: Collection[str] = (), lazy: bool = False) -> str:
    """Python that turns the JSON value `expr` into the field's value (None passes through).

    `lazy`: nested models are `from_json` models too (see OktaModel.from_json).
    """
    if prop.name in free_form:
        return expr
    if isinstance(prop, UnionProperty) and union_models(prop):
        return f"_convert.parse_union({union_models(prop)}, {expr})"
    if isinstance(prop, ListProperty) and isinstance(prop.inner_property, UnionProperty):
        models = union_models(prop.inner_property)
        if models:
            return f"_convert.parse_union_list({models}, {expr})"
    if isinstance(prop, ModelProperty):
        return f"_convert.parse_model({_model(prop)}, {expr})"
    if isinstance(prop, EnumProperty):
        return f"_convert.parse_enum({prop.class_info.name}, {expr})"
    if isinstance(prop, DateTimeProperty):
        return f"_convert.parse_datetime({expr})"
    if isinstance(prop, DateProperty):
        return f"_convert.parse_date({expr})"
    if isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
        method = "from_json" if lazy else "from_dict"
        return f"_convert.parse_model_list({_model(prop.inner_property)}.{method}, {expr})"
    if isinstance(prop, ListProperty) and isinstance(prop.inner_property, EnumProperty):
        return f"_convert.parse_enum_list({prop.inner_property.class_info.name}, {expr})"
    return expr


def converter(prop: Prop, free_form: Collection[str] = ()) -> str:
    """The name of the field's converter (`_model.Converter`), which `from_dict` and first reads of `from_json`
    models both call: "" for a value taken as it comes, a shared one of `_convert`, or the model module's own
    `_parse_<field>` (see `converter_definition`)."""
    if parse_expression(prop, "v", free_form) == "v":
        return ""
    if isinstance(prop, DateTimeProperty):
        return "_convert.parse_datetime"
    if isinstance(prop, DateProperty):
        return "_convert.parse_date"
    return f"_parse_{prop.python_name}"


def converter_definition(prop: Prop, free_form: Collection[str] = ()) -> str:
    """The module-level definition of the field's own converter ("" when it needs none of its own).

    The common case (the JSON type Okta should send) is decided inline: one call less than `parse_expression`.
    """
    name = converter(prop, free_form)
    if not name.startswith("_parse_"):
        return ""
    if isinstance(prop, EnumProperty):
        return f"{name} = _convert.enum_parser({prop.class_info.name})"
    head = f"def {name}(v: Any, lazy: bool) -> Any:\n"
    if isinstance(prop, ModelProperty):
        model = _model(prop)
        return (
            f"{head}    if v.__class__ is dict:\n"
            f"        return {model}.from_json(v) if lazy else {model}.from_dict(v)\n"
            f"    return _convert.parse_model({model}, v)"
        )
    if is_list_of_models(prop):
        model = _model(prop.inner_property)
        return f"{head}    return _convert.parse_model_list({model}.from_json if lazy else {model}.from_dict, v)"
    return f"{head}    return {parse_expression(prop, 'v', free_form)}"


def dump_expression(prop: Prop, expr: str, free_form: Collection[str] = ()) -> str:
    """Python that turns the field value `expr` (of a field that has one) into JSON-ready data."""
    if prop.name in free_form:
        return expr
    if isinstance(prop, UnionProperty) or (
        isinstance(prop, ListProperty) and isinstance(prop.inner_property, UnionProperty)
    ):
        return f"_convert.dump_value({expr}, omit_read_only)"
    if isinstance(prop, ModelProperty):
        return f"_convert.dump_model({expr}, omit_read_only)"
    if isinstance(prop, DateTimeProperty):
        return f"_convert.dump_datetime({expr})"
    if isinstance(prop, DateProperty):
        return f"_convert.dump_date({expr})"
    if is_list_of_models(prop):
        return f"_convert.dump_model_list({expr}, omit_read_only)"
    return expr


_SCALAR_KINDS: tuple[tuple[type, str], ...] = (
    (ModelProperty, "model"),
    (EnumProperty, "enum"),
    (DateTimeProperty, "datetime"),
    (DateProperty, "date"),
    (StringProperty, "str"),
    (UuidProperty, "str"),
    (IntProperty, "int"),
    (FloatProperty, "float"),
    (BooleanProperty, "bool"),
)


def expected_kind(prop: Prop, free_form: Collection[str] = ()) -> str:
    """What `_convert.check_types` expects of a field in strict mode (`list:<kind>` for a list)."""
    if prop.name in free_form:
        return "dict"
    for cls, kind in _SCALAR_KINDS:
        if isinstance(prop, cls):
            return kind
    if isinstance(prop, ListProperty):
        return f"list:{expected_kind(prop.inner_property)}"
    return "any"


def default_expression(prop: Prop, json_literal: str) -> str:
    """The field's default, given as the JSON literal of the spec's default: an enum's member, else the literal."""
    return f"{prop.class_info.name}({json_literal})" if isinstance(prop, EnumProperty) else str(json_literal)


PROPERTY_CODE = {
    function.__name__: function
    for function in (
        class_refs,
        converter,
        converter_definition,
        default_expression,
        dump_expression,
        expected_kind,
        parse_expression,
        type_of,
    )
}
"""What opc.py installs as globals of the template environment, by name."""
