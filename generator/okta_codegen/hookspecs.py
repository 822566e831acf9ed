"""Build-time hooks: how a plugin transforms the spec and adds metadata to operations.

Built-in transforms are plugins too (`okta_codegen.transforms`); a third party adds its own by
publishing a module under the `okta_codegen` entry-point group that implements these hooks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from .transforms import SpecTransform

hookspec = pluggy.HookspecMarker("okta_codegen")
hookimpl = pluggy.HookimplMarker("okta_codegen")


@hookspec
def okta_codegen_spec_transforms() -> list[SpecTransform]:
    """Return the spec transformations this plugin contributes.

    Called once per generator run. Every returned `SpecTransform` runs on the merged document
    (upstream spec plus our fragments), before it is validated. A transform changes the document in
    place and raises `okta_codegen.errors.SpecError`, naming the file and JSON pointer, for input it
    cannot use; any other exception stops the run with an `okta_codegen: error:` line naming the
    transform and its plugin.

    Order: the built-ins run in the order of `okta_codegen.transforms.BUILTIN_MODULES`, whose
    `order` numbers rise along it: definitions_refs 10, example_refs 11, enum_duplicates,
    ignored_header_parameters and path_parameters_required 12, multi_operation 20, query_in_path 25,
    free_form_maps 30, enum_types 32, contradicting_defaults 35, allof_inheritance 38, defined_as 40,
    discriminators 45, parent_inheritance 50, extensible_objects 55, required_undeclared 57,
    example_violations 60, operation_scopes 70. A third-party transform runs right after the
    transform named by `after="discriminators"` or right before the one named by `before=...`
    (built-in or third-party; several next to one name go by name). Without either, its `order`
    places it: after every built-in with an order up to its own, ties among third parties by
    `name`. Names are unique; a name that matches no transform, both `after` and `before`, or a
    cycle of them is an error naming the plugin.

    The generated package lists the transforms that ran, in order, in `okta_api/_build.py`
    (name, order, distribution and version), and `python -m okta_codegen check` reports a change in
    that list before any file difference.
    """
    raise NotImplementedError


@hookspec
def okta_codegen_operation_metadata(operation: dict[str, Any], path: str, method: str) -> dict[str, str] | None:
    """Return extra metadata for one operation, typically from the spec's `x-` extensions.

    Called after the transforms, once per generated operation (a multi-operation alternative counts
    as one) with the operation object, its path and its lower-case method. Return a dict of str to
    str, or None for nothing. The generated module's `OPERATION.extensions` holds the entries of
    every plugin (a later plugin wins on a shared key, in pluggy's call order), and its docstring
    gets one `key: value` line each. Do not change `operation`.
    """
    raise NotImplementedError
