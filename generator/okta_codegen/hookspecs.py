"""Build-time hooks: how a plugin adds a transformation of the spec.

Built-in transforms are plugins too (`okta_codegen.transforms`); a third party adds its own by
publishing a module under the `okta_codegen` entry-point group that implements these hooks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from .transforms import SpecTransform

hookspec = pluggy.HookspecMarker("okta_codegen")
hookimpl = pluggy.HookimplMarker("okta_codegen")


@hookspec
def okta_codegen_spec_transforms() -> list[SpecTransform]:
    """Return the spec transformations this plugin contributes.

    Called once per generator run. The pipeline runs every returned `SpecTransform` in ascending
    `order` (ties by `name`) on the merged document (upstream spec plus our fragments), before it
    is validated. A transform changes the document in place and raises
    `okta_codegen.errors.SpecError`, naming the file and JSON pointer, for input it cannot use.
    """
    raise NotImplementedError
