"""Built-in spec transformations, each a build-time plugin of its own.

Every module here implements `okta_codegen_spec_transforms`. `BUILTIN_MODULES` is the one source of
the built-ins' run order; their `order` numbers only rise along it (a test holds them to that), so a
third party's `order` keeps its meaning. A transform gets the whole upstream document and the file
name to blame in errors.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Document = dict[str, Any]


@dataclass(frozen=True)
class SpecTransform:
    """One named, ordered change to the spec document.

    A third party places it with `after` or `before` (the name of another transform, built-in or
    not), or, older style, with `order` alone: see `okta_codegen.hookspecs`.
    """

    name: str
    order: int
    apply: Callable[[Document, str], None]
    after: str | None = None
    before: str | None = None


BUILTIN_MODULES = (
    "okta_codegen.transforms.definitions_refs",
    "okta_codegen.transforms.example_refs",
    "okta_codegen.transforms.enum_duplicates",
    "okta_codegen.transforms.ignored_header_parameters",
    "okta_codegen.transforms.path_parameters_required",
    "okta_codegen.transforms.multi_operation",
    "okta_codegen.transforms.query_in_path",
    "okta_codegen.transforms.free_form_maps",
    "okta_codegen.transforms.enum_types",
    "okta_codegen.transforms.contradicting_defaults",
    "okta_codegen.transforms.allof_inheritance",
    "okta_codegen.transforms.defined_as",
    "okta_codegen.transforms.discriminators",
    "okta_codegen.transforms.parent_inheritance",
    "okta_codegen.transforms.extensible_objects",
    "okta_codegen.transforms.overlapping_one_of",
    "okta_codegen.transforms.required_undeclared",
    "okta_codegen.transforms.pattern_violations",
    "okta_codegen.transforms.example_violations",
    "okta_codegen.transforms.operation_scopes",
)
"""The built-in transforms, in the order they run."""
