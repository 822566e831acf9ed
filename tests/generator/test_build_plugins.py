"""Build-time plugins: one ordered list of transforms, recorded in the package and compared by `check`;
a hook that carries operation metadata (such as `x-` extensions) into `OPERATION` and docstrings."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pluggy
import pytest
from okta_codegen import normalize as normalize_module
from okta_codegen import pipeline
from okta_codegen.build_record import transform_differences
from okta_codegen.errors import PluginFailed
from okta_codegen.hookspecs import hookimpl
from okta_codegen.pipeline import Project, build_package
from okta_codegen.plugins import plugin_manager, spec_transforms, transform_records
from okta_codegen.transforms import BUILTIN_MODULES, Document, SpecTransform

from .test_failures import plugin_dir


def nothing(document: Document, source: str) -> None:
    pass


def contributing(*transforms: SpecTransform) -> object:
    """An in-process plugin contributing `transforms`."""

    @hookimpl
    def okta_codegen_spec_transforms() -> list[SpecTransform]:
        return list(transforms)

    return SimpleNamespace(okta_codegen_spec_transforms=okta_codegen_spec_transforms)


def names_with(*plugins: tuple[str, object]) -> list[str]:
    manager = plugin_manager(load_entry_points=False)
    for name, plugin in plugins:
        manager.register(plugin, name=name)
    return [t.name for t in spec_transforms(manager)]


BUILTIN_NAMES = [name.rsplit(".", 1)[1] for name in BUILTIN_MODULES]


def test_builtins_run_in_the_order_of_their_list_and_their_numbers_agree() -> None:
    manager = plugin_manager(load_entry_points=False)
    assert [t.name for t in spec_transforms(manager)] == BUILTIN_NAMES
    orders = [record.order for record in transform_records(manager)]
    assert orders == sorted(orders)


def test_after_and_before_place_a_transform_next_to_a_named_one() -> None:
    names = names_with(
        ("acme", contributing(SpecTransform("acme-rename", 0, nothing, after="discriminators"))),
        ("beta", contributing(SpecTransform("beta-first", 99, nothing, before="definitions_refs"))),
        ("gamma", contributing(SpecTransform("gamma-chained", 0, nothing, after="acme-rename"))),
    )
    assert names[0] == "beta-first"
    at = names.index("discriminators")
    assert names[at + 1 : at + 4] == ["acme-rename", "gamma-chained", "parent_inheritance"]


def test_order_alone_runs_after_builtins_of_the_same_order_ties_by_name() -> None:
    names = names_with(
        ("acme", contributing(SpecTransform("zeta", 45, nothing), SpecTransform("alpha", 45, nothing))),
    )
    at = names.index("discriminators")
    assert names[at + 1 : at + 4] == ["alpha", "zeta", "parent_inheritance"]


@pytest.mark.parametrize(
    ("transforms", "message"),
    [
        ((SpecTransform("acme-x", 0, nothing, after="discriminator"),), "names 'discriminator', which no transform"),
        ((SpecTransform("acme-x", 0, nothing, after="a", before="b"),), "both after= and before="),
        (
            (SpecTransform("acme-x", 0, nothing, after="acme-y"), SpecTransform("acme-y", 0, nothing, before="acme-x")),
            "cycle",
        ),
        ((SpecTransform("discriminators", 0, nothing),), "'discriminators' is used twice"),
    ],
)
def test_bad_placement_names_the_plugin(transforms: tuple[SpecTransform, ...], message: str) -> None:
    with pytest.raises(PluginFailed, match=f"plugin 'acme' failed in hook okta_codegen_spec_transforms.*{message}"):
        names_with(("acme", contributing(*transforms)))


@pytest.fixture
def forget_plugin() -> Any:
    yield
    sys.modules.pop("boom_plugin", None)


@pytest.mark.usefixtures("forget_plugin")
def test_records_name_the_distribution_of_an_entry_point(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(plugin_dir(tmp_path)))
    records = transform_records(plugin_manager())
    assert (records[0].name, records[0].order, records[0].distribution, records[0].version) == (
        "boom-transform",
        5,
        "boom-plugin",
        "1.0",
    )
    assert {(r.distribution, r.version) for r in records[1:]} == {("okta-api-client", records[1].version)}


def write_build(package: Path, *records: tuple[str, int, str, str]) -> Path:
    package.mkdir(parents=True, exist_ok=True)
    (package / "_build.py").write_text(f"from typing import Final\n\nTRANSFORMS: Final = {records!r}\n")
    return package


BUILTIN = ("discriminators", 45, "okta-api-client", "0.1.0")
ACME = ("acme-rename", 46, "acme-codegen", "1.0")


def test_transform_differences_name_plugin_and_distribution(tmp_path: Path) -> None:
    with_acme = write_build(tmp_path / "a", BUILTIN, ACME)
    without = write_build(tmp_path / "b", BUILTIN)
    upgraded = write_build(tmp_path / "c", BUILTIN, ("acme-rename", 46, "acme-codegen", "1.1"))
    assert transform_differences(with_acme, without) == [
        "transform 'acme-rename' (acme-codegen 1.0) ran for the committed tree but not now: uninstalled?"
    ]
    assert transform_differences(without, with_acme) == [
        "transform 'acme-rename' (acme-codegen 1.0) runs now but did not for the committed tree: newly installed?"
    ]
    assert transform_differences(with_acme, upgraded) == [
        "transform 'acme-rename' was acme-codegen 1.0, order 46 for the committed tree; now acme-codegen 1.1, order 46"
    ]
    assert transform_differences(with_acme, write_build(tmp_path / "d", ACME, BUILTIN)) == [
        "transforms run in another order: was ['discriminators', 'acme-rename'], now ['acme-rename', 'discriminators']"
    ]
    assert transform_differences(with_acme, with_acme) == []


def test_check_reports_the_transforms_before_the_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = Project(tmp_path)
    write_build(project.generated, BUILTIN, ACME)
    (project.generated / "fetch_user.py").write_text("")

    def build(project: Project, into: Path) -> Path:
        package = write_build(into / "okta_api", BUILTIN)
        (package / "get_user.py").write_text("")
        return package

    monkeypatch.setattr(pipeline, "build_package", build)
    differences = pipeline.check_generated(project)
    assert differences[0] == ACME_GONE
    assert len(differences) > 1 and all("acme-codegen" not in line for line in differences[1:])


ACME_GONE = "transform 'acme-rename' (acme-codegen 1.0) ran for the committed tree but not now: uninstalled?"


class AcmeOwner:
    """Marks getUser with `x-acme-owner` (a transform placed by name) and carries it to OPERATION."""

    @hookimpl
    def okta_codegen_spec_transforms(self) -> list[SpecTransform]:
        return [SpecTransform("acme-owner", 0, self.mark, after="operation_scopes")]

    @staticmethod
    def mark(document: Document, source: str) -> None:
        document["paths"]["/api/v1/users/{id}"]["get"]["x-acme-owner"] = "identity-team"

    @hookimpl
    def okta_codegen_operation_metadata(
        self, operation: dict[str, Any], path: str, method: str
    ) -> dict[str, str] | None:
        owner = operation.get("x-acme-owner")
        return {"x-acme-owner": owner} if isinstance(owner, str) else None


def test_a_plugin_carries_an_extension_into_operation_and_docstring(
    project_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def with_acme(load_entry_points: bool = True) -> pluggy.PluginManager:
        manager = plugin_manager(load_entry_points=False)
        manager.register(AcmeOwner(), name="acme")
        return manager

    monkeypatch.setattr(normalize_module, "plugin_manager", with_acme)
    package = build_package(Project(project_copy), tmp_path / "out")
    get_user = (package / "api" / "user" / "get_user.py").read_text()
    assert 'extensions={"x-acme-owner": "identity-team"}' in get_user
    assert get_user.count("x-acme-owner: identity-team") == 4  # sync, sync_detailed, asyncio, asyncio_detailed
    assert "extensions=" not in (package / "api" / "user" / "list_users.py").read_text()
    build = (package / "_build.py").read_text()
    assert build.index('("operation_scopes", 70') < build.index('("acme-owner", 70, "", "")')
