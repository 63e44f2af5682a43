"""Find the Streamlit app a file belongs to, so one file alone gets the answers its app gets.

An app's root is the nearest folder, from the file upwards, that holds `.streamlit/` or a
`pyproject.toml`; without one, the nearest folder with a `pages/` folder beside a script or a
script calling `st.navigation` (a `pages/` folder deep inside a project does not split it into
two apps). The search stops at the repository (a folder holding `.git`). Without any of these,
the file's own folder is the app.
"""

from __future__ import annotations

import re
from pathlib import Path

_NAVIGATION = re.compile(r"\bnavigation\s*\(")


def calls_navigation(source: str) -> bool:
    """Whether a script's text calls `st.navigation(...)` (a cheap test before parsing)."""
    return bool(_NAVIGATION.search(source))


def _has_navigation_script(folder: Path) -> bool:
    for script in folder.glob("*.py"):
        try:
            if calls_navigation(script.read_text(encoding="utf-8", errors="ignore")):
                return True
        except OSError:
            continue
    return False


def _is_root(folder: Path) -> bool:
    if (folder / ".streamlit").is_dir() or (folder / "pyproject.toml").is_file():
        return True
    if (folder / "pages").is_dir() and any(folder.glob("*.py")):
        return True
    return _has_navigation_script(folder)


def app_root(file: Path) -> Path:
    """The root folder of the app `file` belongs to: the nearest folder holding `.streamlit/`
    or `pyproject.toml` within the repository, else the nearest entry folder, else its own."""
    start = file.parent
    chain: list[Path] = []
    for folder in (start, *start.parents):
        chain.append(folder)
        if (folder / ".git").exists():
            break
    for folder in chain:
        if (folder / ".streamlit").is_dir() or (folder / "pyproject.toml").is_file():
            return folder
    for folder in chain:
        if _is_root(folder):
            return folder
    return start


def entry_and_pages(
    root: Path, files: list[Path], navigating: set[Path]
) -> tuple[set[Path], set[Path]]:
    """(entry files, page files) of the app at `root`: an entry calls `st.navigation` or has
    a `pages/` folder beside it; its pages are the other scripts it runs."""
    entries = {f for f in files if f in navigating}
    pages: set[Path] = set()
    if entries:
        pages = {f for f in files if f not in entries}
    else:
        for file in files:
            if (file.parent / "pages").is_dir() and file.parent == root:
                entries.add(file)
        pages = {f for f in files if f.parent.name == "pages" and f.parent.parent == root}
    return entries, pages


__all__ = ["app_root", "calls_navigation", "entry_and_pages"]
