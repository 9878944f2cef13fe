"""Every code block of README.md and python/README.md runs as written.

Each fenced block is one test (``README.md:212:sh``), run according to its language:

- ``python``: by this interpreter, in a new process, with its directory first on PATH (as in an
  activated virtual environment: Spark's workers start ``python3``);
- ``sh``: by ``bash -eu -o pipefail``, with the ``factsift`` that ``cargo test`` built and this
  interpreter first on PATH;
- ``console``: each ``$ command`` runs like a ``sh`` block and must print exactly the lines that
  follow it, up to the next ``$``;
- ``rust``: compiled and run as doctests by ``cargo test``; here the test checks that some crate
  includes the file in its doctests (``#[doc = include_str!("...")]``);
- ``toml``: a Cargo dependency table; every ``path`` must lead to the crate of that name;
- ``text``: a diagram or a listing, not code: reported as skipped.

An HTML comment on the line right before the opening fence changes how a block runs:

- ``<!-- not run: REASON -->``: the block is not run (an install, a command that runs these very
  tests, a long training); it is reported as skipped with its reason (``pytest -rs`` lists them);
- ``<!-- needs ../shared -->``: the block reads the measuring data beside the repository; it is
  skipped when a ``../shared/data`` file it names is absent, or fails under
  FACTSIFT_REQUIRE_SHARED=1;
- ``<!-- run in the repository -->``: a ``sh`` block (cargo commands) runs from the repository's
  root instead of a scratch directory, and must leave the work tree as it found it.

Python and shell blocks run in a scratch directory laid out like a checkout, as a reader who runs
them is in one: a copy of the repository's ``examples/`` (and, beside it, ``../shared`` when the
repository has it). A block in any other language, or an HTML comment that is none of these,
fails its test.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import pytest
from conftest import REPO, shared_data

DOCS = ["README.md", "python/README.md"]
TIMEOUT = 1200  # seconds for one block: a cargo command may have to compile first
FENCE = re.compile(r"^(`{3,}|~{3,})\s*([\w+-]*)")
COMMENT = re.compile(r"^<!--\s*(.*?)\s*-->$")
SHARED_PATH = re.compile(r"\.\./shared/data/([^\s'\"`]+)")


@dataclass(frozen=True)
class Block:
    """One fenced code block of a Markdown file."""

    doc: str  # the Markdown file, relative to the repository
    line: int  # the line of the opening fence, from 1
    lang: str
    code: str
    marks: tuple[str, ...]  # the HTML comments right before the fence

    @property
    def id(self) -> str:
        return f"{self.doc}:{self.line}:{self.lang or 'plain'}"

    @property
    def where(self) -> str:
        return f"{self.doc}, the {self.lang or 'plain'} block at line {self.line}"

    def listing(self) -> str:
        """The block's code, each line numbered as in the Markdown file."""
        return "\n".join(f"{self.line + i:>5} | {text}" for i, text in enumerate(self.code.splitlines(), 1))


def closes(line: str, ticks: str) -> bool:
    """Whether ``line`` closes a block opened by ``ticks``: as many fence characters or more."""
    return line.startswith(ticks) and line.strip() == ticks[0] * len(line.strip())


def read_blocks(doc: str, root: Path = REPO) -> list[Block]:
    """The fenced code blocks of ``root / doc``, with the comments that stand right before each."""
    lines = (root / doc).read_text(encoding="utf-8").splitlines()
    blocks = []
    i = 0
    while i < len(lines):
        fence = FENCE.match(lines[i])
        if not fence:
            i += 1
            continue
        ticks, lang = fence.group(1), fence.group(2)
        end = i + 1
        while end < len(lines) and not closes(lines[end], ticks):
            end += 1
        marks: list[str] = []
        before = i - 1
        while before >= 0 and (comment := COMMENT.match(lines[before].strip())):
            marks.insert(0, comment.group(1))
            before -= 1
        blocks.append(Block(doc, i + 1, lang, "\n".join(lines[i + 1 : end]) + "\n", tuple(marks)))
        i = end + 1
    return blocks


BLOCKS = [block for doc in DOCS for block in read_blocks(doc)]


@dataclass
class Marks:
    """What the comments before a block ask for."""

    not_run: Optional[str] = None
    needs_shared: bool = False
    in_repository: bool = False


def parse_marks(block: Block) -> Marks:
    marks = Marks()
    for mark in block.marks:
        if mark.startswith("not run:") and mark[len("not run:") :].strip():
            marks.not_run = mark[len("not run:") :].strip()
        elif mark == "needs ../shared":
            marks.needs_shared = True
        elif mark == "run in the repository":
            marks.in_repository = True
        else:
            pytest.fail(
                f"{block.where}: the comment <!-- {mark} --> before it is none of "
                "'not run: REASON', 'needs ../shared', 'run in the repository' "
                "(see python/tests/test_readme.py)",
                pytrace=False,
            )
    return marks


def factsift_bin() -> Path:
    """The CLI that `cargo test` built (FACTSIFT_BIN names another)."""
    if "FACTSIFT_BIN" in os.environ:
        return Path(os.environ["FACTSIFT_BIN"])
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    return (target if target.is_absolute() else REPO / target) / "debug" / "factsift"


def scratch_dir(tmp_path: Path) -> Path:
    """A directory laid out like a checkout for the shell blocks: the repository's examples/,
    and ../shared beside it when the repository has one."""
    work = tmp_path / "factsift"
    shutil.copytree(REPO / "examples", work / "examples", ignore=shutil.ignore_patterns("__pycache__"))
    if (REPO.parent / "shared").exists():
        (tmp_path / "shared").symlink_to(REPO.parent / "shared")
    return work


def reader_env(*first: Path) -> dict[str, str]:
    """This environment with ``first`` and this interpreter's directory first on PATH."""
    path = [*map(str, first), str(Path(sys.executable).parent), os.environ.get("PATH", "")]
    return {**os.environ, "PATH": os.pathsep.join(path)}


def shell_env() -> dict[str, str]:
    binary = factsift_bin()
    if not binary.is_file():
        pytest.fail(f"{binary} is not built: run `cargo build -p factsift-cli` "
                    "(make test builds it), or set FACTSIFT_BIN", pytrace=False)
    return reader_env(binary.parent)


def run(
    block: Block, argv: list[str], cwd: Path, env: Optional[dict[str, str]] = None, what: str = "the block"
) -> str:
    """Runs ``argv`` (``what`` of ``block``) and returns its stdout; fails, showing the block
    and both outputs, when it exits with another status than 0."""
    try:
        done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{block.where} did not finish in {TIMEOUT} s:\n{block.listing()}", pytrace=False)
    if done.returncode != 0:
        pytest.fail(
            f"{block.where} failed: {what} exited with status {done.returncode} (in {cwd})\n"
            f"{block.listing()}\n"
            f"--- stdout (end) ---\n{done.stdout[-3000:]}\n--- stderr (end) ---\n{done.stderr[-3000:]}",
            pytrace=False,
        )
    return done.stdout


def git_status() -> str:
    status = subprocess.run(["git", "status", "--porcelain"], cwd=REPO, capture_output=True, text=True, check=True)
    return status.stdout


def run_python(block: Block, tmp_path: Path) -> None:
    script = tmp_path / "block.py"
    script.write_text(block.code, encoding="utf-8")
    run(block, [sys.executable, str(script)], cwd=scratch_dir(tmp_path), env=reader_env())


def run_sh(block: Block, tmp_path: Path, in_repository: bool) -> None:
    argv = ["bash", "-eu", "-o", "pipefail", "-c", block.code]
    if not in_repository:
        run(block, argv, cwd=scratch_dir(tmp_path), env=shell_env())
        return
    before = git_status()
    run(block, argv, cwd=REPO, env=shell_env())
    assert git_status() == before, f"{block.where} changed the work tree:\n{block.listing()}"


def run_console(block: Block, tmp_path: Path) -> None:
    """Runs each ``$ command`` and compares its stdout with the lines shown after it."""
    work, env = scratch_dir(tmp_path), shell_env()
    sessions: list[tuple[str, list[str]]] = []
    for text in block.code.splitlines():
        if text.startswith("$ "):
            sessions.append((text[2:], []))
        elif sessions:
            sessions[-1][1].append(text)
        else:
            pytest.fail(f"{block.where}: output before the first `$ command`:\n{block.listing()}",
                        pytrace=False)
    assert sessions, f"{block.where}: a console block with no `$ command`"
    for command, expected in sessions:
        got = run(block, ["bash", "-eu", "-o", "pipefail", "-c", command], work, env, f"`{command}`")
        want = "".join(line + "\n" for line in expected)
        assert got == want, (
            f"{block.where}: `{command}` printed something else than the block shows\n"
            f"--- shown ---\n{want}--- printed ---\n{got}"
        )


def doctest_includes() -> set[Path]:
    """The Markdown files the crates include into their doctests."""
    included = set()
    for source in [*REPO.glob("src/**/*.rs"), *REPO.glob("crates/*/src/**/*.rs")]:
        text = source.read_text(encoding="utf-8")
        for name in re.findall(r'#\[doc\s*=\s*include_str!\("([^"]+)"\)\]', text):
            included.add((source.parent / name).resolve())
    return included


def check_rust(block: Block) -> None:
    assert (REPO / block.doc).resolve() in doctest_includes(), (
        f"{block.where}: no crate runs {block.doc}'s Rust blocks; include the file into a crate's "
        'doctests (#[cfg(doctest)] #[doc = include_str!("...")] struct ...;) '
        "or mark the block <!-- not run: REASON -->"
    )


def check_toml(block: Block) -> None:
    if sys.version_info < (3, 11):
        pytest.skip(f"{block.where}: reading TOML needs Python 3.11's tomllib")
    import tomllib

    def path_dependencies(table: dict[str, object]) -> list[tuple[str, str]]:
        found = []
        for name, spec in table.items():
            if isinstance(spec, dict):
                path = spec.get("path")
                found += [(name, path)] if isinstance(path, str) else path_dependencies(spec)
        return found

    dependencies = path_dependencies(tomllib.loads(block.code))
    assert dependencies, f"{block.where}: no dependency with a `path` to check:\n{block.listing()}"
    for name, path in dependencies:
        manifest = REPO / path / "Cargo.toml"
        assert manifest.is_file(), f"{block.where}: {name}'s path {path!r} holds no Cargo.toml"
        package = tomllib.loads(manifest.read_text(encoding="utf-8")).get("package", {})
        found = package.get("name")
        assert found == name, f"{block.where}: {path!r} is the crate {found!r}, not {name!r}"


def test_each_readme_has_code_blocks() -> None:
    for doc in DOCS:
        assert any(block.doc == doc for block in BLOCKS), f"no fenced code block found in {doc}"


@pytest.mark.parametrize("block", BLOCKS, ids=[block.id for block in BLOCKS])
def test_block_runs_as_written(block: Block, tmp_path: Path) -> None:
    marks = parse_marks(block)
    if marks.not_run:
        pytest.skip(f"{block.where}: not run: {marks.not_run}")
    if marks.needs_shared:
        names = SHARED_PATH.findall(block.code)
        assert names, f"{block.where} is marked 'needs ../shared' but names no ../shared/data file"
        for name in names:
            shared_data(name)
    if marks.in_repository and block.lang != "sh":
        pytest.fail(f"{block.where}: only a sh block can be run in the repository", pytrace=False)
    if block.lang == "python":
        run_python(block, tmp_path)
    elif block.lang == "sh":
        run_sh(block, tmp_path, marks.in_repository)
    elif block.lang == "console":
        run_console(block, tmp_path)
    elif block.lang == "rust":
        check_rust(block)
    elif block.lang == "toml":
        check_toml(block)
    elif block.lang == "text":
        pytest.skip(f"{block.where}: plain text, not code")
    else:
        pytest.fail(
            f"{block.where}: no runner for {block.lang or 'a block without a language'}; "
            "give it one in python/tests/test_readme.py or mark it <!-- not run: REASON -->",
            pytrace=False,
        )


def test_blocks_are_read_with_their_line_language_and_marks(tmp_path: Path) -> None:
    (tmp_path / "DOC.md").write_text(
        "# Title\n\n<!-- not run: slow -->\n```sh\nmake all\n```\ntext\n````console\n$ echo hi\nhi\n````\n",
        encoding="utf-8",
    )
    blocks = read_blocks("DOC.md", root=tmp_path)
    assert [(b.line, b.lang, b.code, b.marks) for b in blocks] == [
        (4, "sh", "make all\n", ("not run: slow",)),
        (8, "console", "$ echo hi\nhi\n", ()),
    ]


def test_an_unknown_comment_fails_its_block() -> None:
    block = Block("DOC.md", 4, "sh", "true\n", ("not-run: typo",))
    with pytest.raises(pytest.fail.Exception, match="DOC.md, the sh block at line 4: the comment <!-- not-run"):
        parse_marks(block)


def test_a_console_block_must_show_exactly_what_its_command_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTSIFT_BIN", sys.executable)  # any built file: these commands do not use it
    run_console(Block("DOC.md", 1, "console", "$ echo hi\nhi\n$ true\n", ()), tmp_path / "a")
    with pytest.raises(AssertionError, match="`echo hi` printed something else than the block shows"):
        run_console(Block("DOC.md", 1, "console", "$ echo hi\nho\n", ()), tmp_path / "b")
