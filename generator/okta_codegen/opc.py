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
from openapi_python_client.strings import PythonIdentifier, in_double_quote_literal

from .client_view import ClientView, enum_key

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
    # Endpoints know their operation by openapi-python-client's name for it (list_users).
    project.env.globals["okta_operations"] = {
        PythonIdentifier(operation_id, config.field_prefix): facts for operation_id, facts in view.operations.items()
    }
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


def _render_extras(env: Any, package_dir: Path) -> None:
    """Our own runtime modules of the package, which openapi-python-client does not know about."""
    for template in sorted((TEMPLATES / "extra").glob("*.py.jinja")):
        target = package_dir / template.name.removesuffix(".jinja")
        target.write_text(env.get_template(f"extra/{template.name}").render(), encoding="utf-8")
    (package_dir / "py.typed").write_text("", encoding="utf-8")


def _describe(problems: Any) -> str:
    return "\n".join(f"{p.level.name}: {p.header}\n{p.detail or ''}".strip() for p in problems)
