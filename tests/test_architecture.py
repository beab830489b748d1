"""The shape of the code, checked on every run: modules a person can hold in their head.

The import contracts (which package may import which) are checked by ``lint-imports`` in ``.ci/run``;
function complexity by ruff's C901."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE_PACKAGES = ("bot", "storage", "prompts")
MAX_MODULE_LINES = 500
MAX_ANSWERS_MODULE_LINES = 400  # the answer engine, read most often, is held to less


def source_modules() -> list[Path]:
    return sorted(path for package in SOURCE_PACKAGES for path in (REPO / package).rglob("*.py"))


def test_the_source_packages_are_found() -> None:
    names = {path.relative_to(REPO).as_posix() for path in source_modules()}
    assert {"bot/cli/__init__.py", "bot/ownership/parser.py", "storage/db.py"} <= names


def test_no_source_module_is_over_500_lines() -> None:
    sizes = {path.relative_to(REPO).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
             for path in source_modules()}
    too_long = {name: lines for name, lines in sizes.items() if lines > MAX_MODULE_LINES}
    assert not too_long, f"modules over {MAX_MODULE_LINES} lines: {too_long}"


def test_no_answers_module_is_over_400_lines() -> None:
    sizes = {path.name: len(path.read_text(encoding="utf-8").splitlines())
             for path in (REPO / "bot" / "answers").rglob("*.py")}
    too_long = {name: lines for name, lines in sizes.items() if lines > MAX_ANSWERS_MODULE_LINES}
    assert not too_long, f"bot/answers modules over {MAX_ANSWERS_MODULE_LINES} lines: {too_long}"
