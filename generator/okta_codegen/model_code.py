"""What model.py.jinja writes for one model besides parsing and dumping: imports, docstring, field declarations.

The facts come from openapi-python-client's ModelProperty and the `x-okta-codegen-*` keys client_view.py puts on
the schema. Parse and dump expressions are property_code.py's; the template still asks for them per field.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from jinja2.filters import do_indent
from jinja2.utils import htmlsafe_json_dumps
from openapi_python_client.strings import ClassName, PythonIdentifier, safe_for_docstring

from . import property_code as pc
from .docstrings import spec_text, wrapped

Model = Any
"""openapi-python-client's ModelProperty."""


@dataclass(frozen=True)
class ModelView:
    """What model.py.jinja prints for one model, besides each field's parse and dump code."""

    base: str
    """The class it derives from: its parent model, or OktaModel."""
    imports: list[str]
    """Imports needed at run time, after the fixed ones: parent, enums (defaults), model modules (parsing)."""
    type_checking_imports: list[str]
    """Model classes only annotations name."""
    docstring: str
    """The class docstring, with its quotes."""
    fields: list[str]
    """The attribute declarations, without indentation: `name: type | None = _attrs_field(init=False...)`."""
    init_parameters: list[str]
    """The constructor's keyword parameters: those without a default (spec-required) first."""


def extension(model: Model, key: str, default: Any) -> Any:
    """One of the `x-okta-*` facts client_view.py left on the model's schema."""
    return (model.data.model_extra or {}).get(key, default)


def properties(model: Model) -> list[Any]:
    return [*model.required_properties, *model.optional_properties]


def model_view(model: Model, retyped: Collection[str], prefix: str) -> ModelView:
    """The view of `model`; `retyped`: its fields that narrow an ancestor's type; `prefix`: for Python names."""
    parent = extension(model, "x-okta-codegen-parent", None)
    return ModelView(
        base=str(ClassName(parent, prefix)) if parent else "OktaModel",
        imports=imports(model, prefix),
        type_checking_imports=type_checking_imports(model),
        docstring=docstring(model),
        fields=field_declarations(model, retyped),
        init_parameters=init_parameters(model),
    )


def imports(model: Model, prefix: str) -> list[str]:
    """Parent class, enums by class (defaults are evaluated at class creation), models by module (lazy)."""
    lines = []
    parent = extension(model, "x-okta-codegen-parent", None)
    if parent:
        lines.append(f"from .{PythonIdentifier(ClassName(parent, prefix), prefix)} import {ClassName(parent, prefix)}")
    refs = pc.class_refs(properties(model))
    lines += [f"from .{ref.module} import {ref.name}" for ref in refs if not ref.is_model]
    modules = dict.fromkeys(ref.module for ref in refs if ref.is_model)
    lines += [f"from . import {module} as _{module}" for module in modules]
    return lines


def type_checking_imports(model: Model) -> list[str]:
    """The model classes the annotations name (the module itself excepted)."""
    own = str(model.class_info.name)
    return [
        f"from .{ref.module} import {ref.name}"
        for ref in pc.class_refs(properties(model))
        if ref.is_model and ref.name != own
    ]


def _prose(text: Any, width: int) -> str:
    """Spec prose as the template filters `safe_for_docstring | wordwrap(width)` make it."""
    return wrapped(spec_text(safe_for_docstring(text)), width)


def docstring(model: Model) -> str:
    """Title, description (or a stand-in), then one `Attributes:` entry per field: its JSON name and read-only."""
    title = extension(model, "x-okta-codegen-title", None)
    read_only = extension(model, "x-okta-codegen-read-only", [])
    free_form = extension(model, "x-okta-codegen-free-form", [])
    content = ""
    if title:
        content += _prose(title, 100) + "\n\n"
    if model.description:
        content += _prose(model.description, 100) + "\n\n"
    if not title and not model.description:
        content += f"An Okta `{model.class_info.name}`.\n\n"
    props = properties(model)
    if props:
        content += "Attributes:\n"
    for prop in props:
        json_name = spec_text(safe_for_docstring(prop.name))
        notes = [f"`{json_name}`"] if json_name != prop.python_name else []
        notes += ["read-only, never sent"] if prop.name in read_only else []
        described = do_indent(_prose(prop.description, 90), 8) if prop.description else pc.type_of(prop, free_form)
        noted = f" ({', '.join(notes)})" if notes else ""
        content += f"    {prop.python_name}{noted}: {described}\n"
    return f'""" {content} """' if content.strip() else ""


def _json_literal(value: Any) -> str:
    """A default as the template's `tojson` filter writes it."""
    return str(htmlsafe_json_dumps(value, sort_keys=True))


def field_declarations(model: Model, retyped: Collection[str]) -> list[str]:
    """`name: type | None = _attrs_field(init=False)` of each field: read as its type, or None when null or absent.

    `init=False`: the model's own `__init__` stores only the values it is given (see `init_parameters`).
    """
    secret = extension(model, "x-okta-codegen-secret", [])
    free_form = extension(model, "x-okta-codegen-free-form", [])
    lines = []
    for prop in properties(model):
        masked = ", repr=_convert.masked" if prop.name in secret else ""
        line = f"{prop.python_name}: {pc.type_of(prop, free_form)} | None = _attrs_field(init=False{masked})"
        lines.append(line + ("  # type: ignore[assignment]" if prop.python_name in retyped else ""))
    return lines


def init_parameters(model: Model) -> list[str]:
    """`name: type | None | Unset[ = default]` of each field; `UNSET` (the default of optional ones) stores nothing.

    Spec-required fields without a spec default have no default and come first; a spec default is stored.
    """
    defaults = extension(model, "x-okta-defaults", {})
    free_form = extension(model, "x-okta-codegen-free-form", [])
    props = properties(model)

    def parameter(prop: Any, default: str | None) -> str:
        line = f"{prop.python_name}: {pc.type_of(prop, free_form)} | None | Unset"
        return line + (f" = {default}" if default is not None else "")

    required = [parameter(p, None) for p in props if p.required and p.name not in defaults]
    optional = [
        parameter(p, pc.default_expression(p, _json_literal(defaults[p.name])) if p.name in defaults else "UNSET")
        for p in props
        if p.name in defaults or not p.required
    ]
    return required + optional
