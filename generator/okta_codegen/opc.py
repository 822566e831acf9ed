"""Run openapi-python-client, in process, with our config, templates and template data."""

from __future__ import annotations

import contextlib
import io
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.strings import ClassName, PythonIdentifier, in_double_quote_literal, safe_for_docstring

from .client_view import ClientView, enum_key
from .docstrings import Argument, args_section, raises_section, spec_text, wrapped
from .endpoint_code import EndpointView, body_content_types, endpoint_view
from .model_code import model_view
from .property_code import PROPERTY_CODE, type_of

TEMPLATES = Path(__file__).parent / "templates"
PACKAGE = "okta_api"

CONFIG = ConfigFile(
    package_name_override=PACKAGE,
    project_name_override="okta-api",
    post_hooks=[],  # formatting is our own step
    literal_enums=False,
    # Certificate bodies are raw bytes or base64 text; the SAML metadata preview is XML text.
    content_type_overrides={
        "application/x-x509-ca-cert": "application/octet-stream",
        "application/pkix-cert": "application/octet-stream",
        "application/x-pem-file": "application/octet-stream",
        "application/xml": "text/plain",
        # A Security Event Token is a compact JWT, sent as its bytes.
        "application/secevent+jwt": "application/octet-stream",
    },
)


# What OktaModel (templates/extra/_model.py.jinja) and every generated model define besides fields: a
# property with one of these Python names would silently replace the method.
MODEL_MEMBERS = frozenset({"additional_properties", "from_dict", "from_json", "materialize", "to_dict"})


class GenerationFailed(Exception):
    """openapi-python-client reported problems; each is listed in the message."""


def check_field_names(data: GeneratorData) -> None:
    """Raise GenerationFailed for a property named like a model member, or two names generated twice.

    names.check_python_names refuses such documents first, with file and pointer; this is the backstop that
    looks at what openapi-python-client actually made of the document.
    """
    clashes = [
        f'{model.class_info.name}: property "{in_double_quote_literal(prop.name)}" would be the attribute'
        f" {prop.python_name!r}, which every model uses itself"
        for model in data.models
        for prop in (*(model.required_properties or ()), *(model.optional_properties or ()))
        if prop.python_name in MODEL_MEMBERS
    ]
    for model in data.models:
        attributes = [p.python_name for p in (*(model.required_properties or ()), *(model.optional_properties or ()))]
        clashes += [f"{model.class_info.name}: two properties are the attribute {a!r}" for a in _twice(attributes)]
    modules = [c.class_info.module_name for c in (*data.models, *data.enums)]
    clashes += [f"two models are the module models/{module}.py" for module in _twice(modules)]
    functions = [e.name for c in data.endpoint_collections_by_tag.values() for e in c.endpoints]
    clashes += [f"two operations are the function {name!r}" for name in _twice(functions)]
    if clashes:
        raise GenerationFailed("\n".join(sorted(clashes)))


def _twice(names: Iterable[str]) -> list[str]:
    counts = Counter(names)
    return sorted(name for name, count in counts.items() if count > 1)


def retyped_fields(data: GeneratorData) -> dict[str, set[str]]:
    """Per class, the fields whose type is not the type (or a subclass of it) of an ancestor's same field.

    The spec retypes them (UserFactorSMS.profile is a UserFactorSMSProfile where UserFactor's is any
    object); the generated subclass says so, which type checkers accept only when told.
    """
    models: dict[str, Any] = {str(model.class_info.name): model for model in data.models}

    def parent_name(name: str) -> str | None:
        parent = (models[name].data.model_extra or {}).get("x-okta-codegen-parent") if name in models else None
        return str(ClassName(parent, "")) if isinstance(parent, str) else None

    def ancestors(name: str) -> list[str]:
        chain: list[str] = []
        current = parent_name(name)
        while current is not None and current not in chain:
            chain.append(current)
            current = parent_name(current)
        return chain

    def field_types(name: str) -> dict[str, str]:
        model = models[name]
        free_form = (model.data.model_extra or {}).get("x-okta-codegen-free-form", [])
        props = (*(model.required_properties or ()), *(model.optional_properties or ()))
        return {p.python_name: type_of(p, free_form) for p in props}

    def narrows(mine: str, inherited: str) -> bool:
        """True when the type checker accepts `mine` in place of `inherited`: a subclass, a string enum for str."""
        return mine == inherited or inherited in ancestors(mine) or (inherited == "str" and mine in string_enums)

    string_enums = {str(e.class_info.name) for e in data.enums if getattr(e, "value_type", None) is str}

    result: dict[str, set[str]] = {}
    for name in models:
        own = field_types(name)
        for ancestor in ancestors(name):
            if ancestor not in models:
                continue
            for field, inherited in field_types(ancestor).items():
                mine = own.get(field)
                if mine is not None and not narrows(mine, inherited):
                    result.setdefault(name, set()).add(field)
    return result


def render_client(view: ClientView, package_dir: Path) -> None:
    """Write the `okta_api` package for `view` into `package_dir` (which must not exist)."""
    config = Config.from_sources(
        CONFIG,
        MetaType.NONE,
        document_source=package_dir,
        file_encoding="utf-8",
        overwrite=True,
        output_path=package_dir,
    )
    data = GeneratorData.from_dict(view.document, config=config)
    if isinstance(data, GeneratorError):
        raise GenerationFailed(_describe([data]))
    check_field_names(data)
    project = Project(openapi=data, config=config, custom_template_path=TEMPLATES)
    # Spec prose in docstrings: Okta's site-relative links made absolute, and no URL split by wrapping.
    project.env.filters["safe_for_docstring"] = lambda text: spec_text(safe_for_docstring(text))
    project.env.filters["wordwrap"] = lambda text, width=79, *_: wrapped(str(text), width)
    # Templates print the code property_code.py writes for each property; they never look at its kind.
    project.env.globals.update(PROPERTY_CODE)
    retyped = retyped_fields(data)
    project.env.globals["okta_models"] = {
        str(model.class_info.module_name): model_view(
            model, retyped.get(model.class_info.name, ()), config.field_prefix
        )
        for model in data.models
    }
    project.env.globals["okta_transforms"] = view.transforms
    by_python_name = {
        PythonIdentifier(operation_id, config.field_prefix): operation_id for operation_id in view.operations
    }
    project.env.globals["okta_operation_modules"] = {
        by_python_name.get(module, str(endpoint.name)): f"{tag}.{module}"
        for tag, collection in data.endpoint_collections_by_tag.items()
        for endpoint in collection.endpoints
        for module in [PythonIdentifier(endpoint.name, config.field_prefix)]
    }
    # Endpoints know their operation by openapi-python-client's name for it (list_users).
    operations: dict[str, dict[str, Any]] = {
        PythonIdentifier(operation_id, config.field_prefix): facts for operation_id, facts in view.operations.items()
    }
    project.env.globals["okta_operations"] = operations
    project.env.globals["okta_endpoints"] = endpoint_views(data, operations)
    # Enum templates find their members' descriptions by the enum's description and values.
    project.env.globals["okta_enum_docs"] = lambda enum: view.enum_docs.get(
        enum_key(enum.description, enum.values.values()), {}
    )
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # its progress line names our scratch folder
            problems = project.build()
    except jinja2.TemplateError as exc:
        raise GenerationFailed(f"template error: {exc}") from exc
    if problems:
        raise GenerationFailed(_describe(problems))
    _render_extras(project.env, package_dir)


def endpoint_views(data: GeneratorData, operations: dict[str, dict[str, Any]]) -> dict[str, EndpointView]:
    """Per endpoint (by its Python name), what endpoint_module.py.jinja prints for it."""
    return {
        str(endpoint.name): endpoint_view(
            endpoint, operations[str(endpoint.name)], _docstring_sections(endpoint, operations[str(endpoint.name)])
        )
        for collection in data.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
    }


def _docstring_sections(endpoint: Any, facts: dict[str, Any]) -> dict[str, str]:
    docs = facts.get("parameters") or {}
    arguments = [
        Argument(str(p.python_name), "str", _description(docs, "path", p.name)) for p in endpoint.path_parameters
    ]
    for location in ("query", "header", "cookie"):
        for p in getattr(endpoint, f"{location}_parameters"):
            doc = docs.get(f"{location}:{_raw(p.name)}") or {}
            arguments.append(
                Argument(
                    str(p.python_name),
                    safe_for_docstring(p.get_type_string()),
                    _description(docs, location, p.name),
                    doc.get("default"),
                )
            )
    content_types = body_content_types(endpoint)
    if endpoint.bodies:
        body = endpoint.bodies[0].prop
        arguments.append(
            Argument("body", safe_for_docstring(body.get_type_string()), safe_for_docstring(body.description or ""))
        )
    if content_types:
        text = f"The media type to send the body as: {', '.join(content_types)}. Default: {content_types[0]}."
        arguments.append(Argument("content_type", "str", safe_for_docstring(text)))
    return {
        "args": args_section(arguments),
        "raises": raises_section(checks_arguments=bool(facts.get("checks")), has_content_type=bool(content_types)),
    }


def _description(docs: dict[str, Any], location: str, name: Any) -> str:
    return safe_for_docstring((docs.get(f"{location}:{_raw(name)}") or {}).get("description") or "")


def _raw(name: Any) -> str:
    """A parameter's name as the spec spells it: only a key here, never written into code."""
    return str(name.get_untrusted_value()) if hasattr(name, "get_untrusted_value") else str(name)


def _render_extras(env: Any, package_dir: Path) -> None:
    """Our own runtime modules of the package, which openapi-python-client does not know about."""
    for template in sorted((TEMPLATES / "extra").glob("*.py.jinja")):
        target = package_dir / template.name.removesuffix(".jinja")
        target.write_text(env.get_template(f"extra/{template.name}").render(), encoding="utf-8")
    (package_dir / "py.typed").write_text("", encoding="utf-8")


def _describe(problems: Any) -> str:
    return "\n".join(f"{p.level.name}: {p.header}\n{p.detail or ''}".strip() for p in problems)
