#!/usr/bin/env python3
"""Run state-lint straight from this folder, with no install: the pre-commit hook's entry.

pre-commit's python hooks run `pip install .` at the repository root, which here is the whole
app (Streamlit, pandas, SQLAlchemy); state-lint needs only the standard library, so the hook
runs this file with the `python3` found on PATH instead (see .pre-commit-hooks.yaml).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys

MINIMUM = (3, 11)
NEWEST_MINOR = 20  # python3.20 down to python3.11 are looked for


def _load_package() -> None:
    """Import this folder as the package `state_lint` without putting its parent on sys.path,
    so that nothing else in the repository (the app) can be imported by accident."""
    folder = os.path.dirname(os.path.abspath(__file__))
    spec = importlib.util.spec_from_file_location(
        "state_lint",
        os.path.join(folder, "__init__.py"),
        submodule_search_locations=[folder],
    )
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load state_lint from {folder}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["state_lint"] = module
    spec.loader.exec_module(module)


def _newer_python() -> str | None:
    """The newest `python3.N` on PATH that is new enough, for when `python3` is too old."""
    for minor in range(NEWEST_MINOR, MINIMUM[1] - 1, -1):
        found = shutil.which(f"python3.{minor}")
        if found:
            return found
    return None


def run() -> int:
    """Check the Python version (moving to a newer python3.N on PATH when this one is too
    old), then run the command line on this process's arguments."""
    if sys.version_info < MINIMUM:
        newer = _newer_python()
        if newer is not None:
            os.execv(newer, [newer, os.path.abspath(__file__), *sys.argv[1:]])
        found = ".".join(str(part) for part in sys.version_info[:2])
        print(
            f"state-lint needs Python {MINIMUM[0]}.{MINIMUM[1]}+, and `python3` here is "
            f"Python {found} ({sys.executable}); put a newer python3 first on PATH",
            file=sys.stderr,
        )
        return 2
    if __package__ != "state_lint":
        _load_package()
    from state_lint.cli import main

    return main()


if __name__ == "__main__":
    raise SystemExit(run())
