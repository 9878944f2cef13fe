"""The package itself: stubs agree with the compiled module, everything public is documented."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import pytest

import factsift
import factsift._native as native


def test_stubs_match_the_compiled_module(tmp_path: Path) -> None:
    pytest.importorskip("mypy")
    result = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "factsift._native"],
        capture_output=True,
        text=True,
        cwd=tmp_path,  # so that only the installed package is importable
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_package_ships_its_typing_files() -> None:
    here = Path(factsift.__file__).parent
    assert (here / "py.typed").exists()
    assert (here / "_native.pyi").exists()


def public_members() -> list[tuple[str, object]]:
    found: list[tuple[str, object]] = []
    for name in factsift.__all__:
        obj = getattr(factsift, name)
        if inspect.isclass(obj) or inspect.isroutine(obj):
            found.append((name, obj))
        if inspect.isclass(obj):
            for attr, member in vars(obj).items():
                if not attr.startswith("_") or attr == "_repr_html_":
                    found.append((f"{name}.{attr}", member))
    return found


@pytest.mark.parametrize(("name", "member"), public_members(), ids=lambda x: str(x))
def test_everything_public_has_a_docstring(name: str, member: object) -> None:
    if isinstance(member, tuple):  # __match_args__-like data
        return
    doc = getattr(member, "__doc__", None)
    assert doc and doc.strip(), f"{name} has no docstring"


def test_version_and_labels() -> None:
    assert factsift.__version__ == native.__version__
    assert factsift.__version__.count(".") == 2
    assert factsift.LABELS == ("person", "place", "organization", "money", "percentage")


def test_make_test_installs_every_extra() -> None:
    tomllib = pytest.importorskip("tomllib", reason="tomllib needs Python 3.11")
    python = Path(__file__).resolve().parents[1]
    extras = tomllib.loads((python / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    dev = {line.split("#")[0].strip() for line in (python / "requirements-dev.txt").read_text().splitlines()}
    needed = {req for reqs in extras.values() for req in reqs}
    assert set(extras) >= {"arrow", "spark", "dask", "pandas"}
    assert needed <= dev, needed - dev
    # The base install stays light: no requirement outside the extras.
    assert "dependencies" not in tomllib.loads((python / "pyproject.toml").read_text())["project"]


def test_import_loads_no_optional_dependency() -> None:
    code = (
        "import sys, factsift; factsift.extract('Up 5%.'); "
        "print(sorted({'pyarrow', 'pandas', 'pyspark', 'dask'} & set(sys.modules)))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
