"""The public surface: what ``okta_client`` exports, the one error root, and the deprecated old paths."""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import pkgutil
import warnings
from pathlib import Path
from types import ModuleType

import httpx
import okta_api
import okta_api.errors
import okta_client
import okta_plugins
import pytest

EXPORTED = {
    # The client, its configuration, pagination, the operation description, the features users call.
    "OktaClient",
    "OktaConfig",
    "OktaSettings",
    "load_config",
    "Pages",
    "paginate",
    "Operation",
    "publish_certificate",
    "publish_certificate_async",
    "PkceTokens",
    "authorize_with_pkce",
    "forgot_password",
    "forgot_password_async",
    "error_for_response",
    # The root, and every exception a call can raise.
    "OktaError",
    "InvalidArgument",
    "ResponseParseError",
    "ResponseShapeError",
    "ResponseTypeError",
    "UnexpectedStatus",
    "OktaPluginsError",
    "ConfigError",
    "NoAuthPluginError",
    "AuthError",
    "MissingCredentialError",
    "MissingClientIdError",
    "InvalidPrivateKeyError",
    "UnsupportedKeyAlgorithmError",
    "TokenEndpointUnreachableError",
    "TokenEndpointError",
    "MissingScopeError",
    "OperationPathError",
    "PkceError",
    "PkceStateMismatchError",
    "OktaApiError",
    "BadRequestError",
    "UnauthorizedError",
    "ForbiddenError",
    "InsufficientScopeError",
    "NotFoundError",
    "ConflictError",
    "RateLimitError",
    "ServerError",
    "ResponseDecodeError",
    "OktaTransportError",
    "OktaConnectionError",
    "OktaTimeoutError",
    "PaginationError",
    "ForeignNextLinkError",
    "PluginError",
    "PluginHookError",
    "PluginLoadError",
    "PluginSettingsError",
    "BodyError",
    "ImageUploadError",
    "ImageTypeError",
    "ImageTooLargeError",
    "SamlMetadataError",
    "CertificateError",
    "NotACertificateError",
    "CertificateExpiredError",
    "CertificateKeyMismatchError",
    "CsrUnavailableError",
    "CertificatePublishError",
}

MOVED_FROM_OKTA_PLUGINS = ("OktaClient", "OktaConfig", "load_config", "Pages", "paginate")


def test_all_is_the_pinned_public_surface() -> None:
    assert set(okta_client.__all__) == EXPORTED
    assert okta_client.__all__ == sorted(okta_client.__all__)
    assert set(dir(okta_client)) >= EXPORTED


@pytest.mark.parametrize("name", sorted(EXPORTED))
def test_each_export_imports_without_warning_and_is_documented(name: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        value = getattr(okta_client, name)
    owner = value if inspect.isclass(value) else None
    doc = vars(owner).get("__doc__") if owner is not None else value.__doc__
    assert doc and doc.strip(), f"okta_client.{name} has no docstring of its own"


def test_type_checkers_see_what_runtime_serves() -> None:
    # The TYPE_CHECKING imports and the lazy table are written twice; they must name the same things.
    tree = ast.parse(Path(okta_client.__file__).read_text(encoding="utf-8"))
    guarded = next(node for node in tree.body if isinstance(node, ast.If))
    seen = {
        alias.name: node.module for node in guarded.body if isinstance(node, ast.ImportFrom) for alias in node.names
    }
    assert seen == okta_client._MODULES


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match=r"okta_client.*NoSuchThing"):
        okta_client.NoSuchThing  # noqa: B018


def test_the_root_is_the_generated_packages() -> None:
    assert okta_client.OktaError is okta_api.errors.OktaError
    assert okta_client.OktaPluginsError.__mro__[1] is okta_client.OktaError


def _exception_classes(module: ModuleType) -> list[type[BaseException]]:
    return [
        value
        for value in vars(module).values()
        if inspect.isclass(value)
        and issubclass(value, BaseException)
        and value.__module__.startswith(("okta_", "okta_api"))
    ]


def _runtime_modules() -> list[ModuleType]:
    modules = []
    for info in pkgutil.walk_packages(okta_plugins.__path__, "okta_plugins."):
        if info.name in ("okta_plugins.errors", "okta_plugins.pagination"):
            continue  # deprecated aliases: reading them warns, and they define nothing
        modules.append(importlib.import_module(info.name))
    return modules


def _generated_support_modules() -> list[ModuleType]:
    # Every module of the generated package except the thousands of operations and models.
    return [
        importlib.import_module(f"okta_api.{info.name}")
        for info in pkgutil.iter_modules(okta_api.__path__)
        if info.name not in ("api", "models")
    ]


def test_every_exception_class_derives_from_okta_error() -> None:
    classes = {
        cls for module in [*_runtime_modules(), *_generated_support_modules()] for cls in _exception_classes(module)
    }
    assert len(classes) >= len(EXPORTED) - 14  # the scan found the hierarchy (14 exports are not exceptions)
    outside = sorted(
        f"{cls.__module__}.{cls.__qualname__}" for cls in classes if not issubclass(cls, okta_client.OktaError)
    )
    assert sorted(outside) == []


@pytest.mark.parametrize(
    ("error", "builtin"),
    [
        ("InvalidArgument", ValueError),
        ("ResponseParseError", TypeError),
        ("ResponseTypeError", TypeError),
        ("ConfigError", ValueError),
        ("BodyError", ValueError),
        ("ResponseDecodeError", json.JSONDecodeError),
        ("OktaTransportError", httpx.TransportError),
        ("OktaTimeoutError", httpx.TimeoutException),
    ],
)
def test_existing_except_clauses_keep_working(error: str, builtin: type[BaseException]) -> None:
    assert issubclass(getattr(okta_client, error), builtin)


def test_generated_errors_are_caught_by_the_root() -> None:
    with pytest.raises(okta_client.OktaError):
        raise okta_api.errors.UnexpectedStatus(418, b"teapot")
    with pytest.raises(okta_client.OktaError):
        raise okta_api.errors.InvalidArgument("userId is empty")


@pytest.mark.parametrize("name", MOVED_FROM_OKTA_PLUGINS)
def test_old_package_paths_warn_and_name_the_new_one(name: str) -> None:
    with pytest.warns(
        DeprecationWarning, match=rf"okta_plugins\.{name} is deprecated.*from okta_client import {name}"
    ) as record:
        value = getattr(okta_plugins, name)
    assert value is getattr(okta_client, name)
    assert record[0].filename == __file__  # the warning points at the caller


@pytest.mark.parametrize("name", sorted(importlib.import_module("okta_plugins._errors").__all__))
def test_old_errors_module_warns_and_names_the_new_path(name: str) -> None:
    import okta_plugins.errors

    with pytest.warns(DeprecationWarning, match=rf"okta_plugins\.errors\.{name} is deprecated.*okta_client") as record:
        value = getattr(okta_plugins.errors, name)
    assert value is getattr(okta_client, name)
    assert record[0].filename == __file__


def test_from_import_of_an_old_path_warns() -> None:
    with pytest.warns(DeprecationWarning, match="okta_plugins.errors.NotFoundError"):
        from okta_plugins.errors import NotFoundError
    with pytest.warns(DeprecationWarning, match="okta_plugins.pagination.paginate"):
        from okta_plugins.pagination import paginate
    assert NotFoundError is okta_client.NotFoundError and paginate is okta_client.paginate


def test_plugin_layer_names_do_not_warn() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for name in okta_plugins.__all__:
            getattr(okta_plugins, name)
    assert okta_plugins.Operation is okta_client.Operation
