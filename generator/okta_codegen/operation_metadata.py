"""What Okta's vendor extensions say about one operation: lifecycle, deprecation, admin permissions.

`x-okta-lifecycle` is an object (`lifecycle: GA | LIMITED_GA | EA | BETA | DEPRECATED | TOMBSTONE`,
`isGenerallyAvailable`, `SKUs`, ...) or, in older specs, a bare string; the operation's own wins over
its path item's, which wins over its first tag's (`tags[].x-okta-lifecycle`). A multi-operation
alternative inherits what its base operation says. `deprecated: true` or a `DEPRECATED` or
`TOMBSTONE` lifecycle makes the operation deprecated.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .errors import SpecError

LIFECYCLE = "x-okta-lifecycle"
IAM_PERMISSIONS = "x-okta-iam-permissions"
ADMIN_ROLES = "x-okta-iam-admin-roles"
DEPRECATED_LIFECYCLES = frozenset({"DEPRECATED", "TOMBSTONE"})


@dataclass(frozen=True)
class OperationMetadata:
    lifecycle: str | None
    skus: tuple[str, ...]
    deprecated: bool
    iam_permissions: tuple[str, ...]
    admin_roles: tuple[str, ...]


def operation_metadata(
    document: dict[str, Any],
    path_item: dict[str, Any],
    base: dict[str, Any],
    operation: dict[str, Any],
    source: str,
    at: str,
) -> OperationMetadata:
    """The metadata of `operation` (`base` itself or one of its multi-operation alternatives) at `at`."""
    layers = (operation, base, path_item, *_tag_objects(document, base))
    declared = next((layer[LIFECYCLE] for layer in layers if layer.get(LIFECYCLE) is not None), None)
    lifecycle, skus = _lifecycle(declared, source, at)
    deprecated = any(layer.get("deprecated") is True for layer in (operation, base))
    return OperationMetadata(
        lifecycle=lifecycle,
        skus=skus,
        deprecated=deprecated or lifecycle in DEPRECATED_LIFECYCLES,
        iam_permissions=_strings(operation, base, IAM_PERMISSIONS, source, at),
        admin_roles=_strings(operation, base, ADMIN_ROLES, source, at),
    )


def _tag_objects(document: dict[str, Any], operation: dict[str, Any]) -> list[dict[str, Any]]:
    tags = operation.get("tags") or []
    if not tags:
        return []
    return [tag for tag in document.get("tags") or [] if isinstance(tag, dict) and tag.get("name") == tags[0]]


def _lifecycle(value: Any, source: str, at: str) -> tuple[str | None, tuple[str, ...]]:
    if value is None:
        return None, ()
    if isinstance(value, str):
        return _name(value), ()
    if isinstance(value, dict):
        name = value.get("lifecycle")
        skus = value.get("SKUs") or []
        if (name is None or isinstance(name, str)) and isinstance(skus, list) and all(isinstance(s, str) for s in skus):
            return (_name(name) if name else None), tuple(skus)
    raise SpecError(source, f"{at}/{LIFECYCLE}", "expected a lifecycle name or an object with `lifecycle` and `SKUs`")


def _name(lifecycle: str) -> str:
    """`Limited GA`, `limited-ga` and `LIMITED_GA` are one lifecycle."""
    return "_".join(lifecycle.replace("-", " ").split()).upper()


def _strings(operation: dict[str, Any], base: dict[str, Any], key: str, source: str, at: str) -> tuple[str, ...]:
    value = operation.get(key, base.get(key))
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise SpecError(source, f"{at}/{key}", "expected a list of strings")
    return tuple(value)


def docstring_notes(metadata: OperationMetadata, auth: list[str], scopes: list[str]) -> str:
    """Lines for the generated functions' docstrings: what a caller needs to know before calling."""
    lines = []
    if metadata.deprecated:
        lines.append("Deprecated: Okta may remove this operation.")
    if metadata.lifecycle:
        skus = f" (SKUs: {', '.join(metadata.skus)})" if metadata.skus else ""
        lines.append(f"Lifecycle: {metadata.lifecycle}{skus}.")
    if auth:
        lines.append(f"Credentials: {' or '.join(_credential_words(kind) for kind in auth)}.")
    if scopes:
        lines.append(f"OAuth 2.0 scopes: {', '.join(scopes)}.")
    if metadata.iam_permissions:
        lines.append(f"Admin permissions: {', '.join(metadata.iam_permissions)}.")
    if metadata.admin_roles:
        lines.append(f"Admin roles: {', '.join(metadata.admin_roles)}.")
    return "\n".join(lines)


CREDENTIAL_WORDS = {
    "apiKey": "an API token (SSWS)",
    "oauth2": "an OAuth 2.0 access token",
    "http": "HTTP authentication",
    "mutualTLS": "a TLS client certificate",
    "none": "none needed",
}


def _credential_words(kind: str) -> str:
    return " and ".join(CREDENTIAL_WORDS.get(part, part) for part in kind.split("+"))
