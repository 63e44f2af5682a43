"""Find the Streamlit app a file belongs to, so one file alone gets the answers its app gets.

An app's root is the nearest folder, from the file upwards, that holds `.streamlit/` or a
`pyproject.toml`, searching up to the repository (a folder holding `.git`); without one, the
repository itself. Outside a repository, it is the outermost folder with a `pages/` folder
beside a script or a script calling `st.navigation` (a `pages/` folder deep inside an app does
not split it), else the file's own folder. Within an app, each page runs after the entry files
nearest above it.
"""

from __future__ import annotations

import re
from pathlib import Path

_NAVIGATION = re.compile(r"\bnavigation\s*\(")


def calls_navigation(source: str) -> bool:
    """Whether a script's text calls `st.navigation(...)` (a cheap test before parsing)."""
    return bool(_NAVIGATION.search(source))


def _has_navigation_script(folder: Path) -> bool:
    """Whether a script directly in `folder` calls `st.navigation`."""
    for script in folder.glob("*.py"):
        try:
            if calls_navigation(script.read_text(encoding="utf-8", errors="ignore")):
                return True
        except OSError:
            continue
    return False


def _is_root(folder: Path) -> bool:
    """Whether `folder` holds an app's marker: `.streamlit/`, `pyproject.toml` or an entry."""
    if (folder / ".streamlit").is_dir() or (folder / "pyproject.toml").is_file():
        return True
    if (folder / "pages").is_dir() and any(folder.glob("*.py")):
        return True
    return _has_navigation_script(folder)


def app_root(file: Path) -> Path:
    """The root folder of the app `file` belongs to: the nearest folder holding `.streamlit/`
    or `pyproject.toml` within the repository, else the repository, else (outside one) the
    outermost entry folder, else the file's own folder."""
    start = file.parent
    chain: list[Path] = []
    for folder in (start, *start.parents):
        chain.append(folder)
        if (folder / ".git").exists():
            break
    for folder in chain:
        if (folder / ".streamlit").is_dir() or (folder / "pyproject.toml").is_file():
            return folder
    if (chain[-1] / ".git").exists():
        return chain[-1]  # in a repository without those markers, the repository is the app
    for folder in reversed(chain):  # the outermost: a nested pages/ folder is part of it
        if _is_root(folder):
            return folder
    return start


def entry_and_pages(root: Path, files: list[Path], navigating: set[Path]) -> dict[Path, list[Path]]:
    """Each page of the app at `root` and the entry files that run before it. An entry calls
    `st.navigation` or has a `pages/` folder beside it; a page's entries are those in the
    nearest folder above it that has any (so two tutorials in one project stay apart)."""
    entries = {f for f in files if f in navigating or (f.parent / "pages").is_dir()}
    by_folder: dict[Path, list[Path]] = {}
    for entry in sorted(entries):
        by_folder.setdefault(entry.parent, []).append(entry)
    pages: dict[Path, list[Path]] = {}
    for file in files:
        if file in entries:
            continue
        for folder in (file.parent, *file.parent.parents):
            if folder in by_folder:
                pages[file] = by_folder[folder]
                break
            if folder == root:
                break
    return pages


__all__ = ["app_root", "calls_navigation", "entry_and_pages"]
