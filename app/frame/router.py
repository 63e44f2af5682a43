"""The navigation's pages, built from the catalog once per server process.

`st.Page` resolves and stats its file when it is made, and a page link given a file path
resolves it on disk on every call; both showed up in every rerun's cost (docs/BENCHMARKS.md).
The pages are the same for every run and session, so they are made once and each run gets
shallow copies: `st.navigation` marks the page it picks as runnable on the object, and a copy
keeps that mark to this run, so two sessions never share it. Links use the same pages
(`page_for`).
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Mapping

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from app.catalog import HOME_PAGE, LESSONS, SECTIONS, Lesson, companion_url_path

_lock = threading.Lock()
_Built = tuple[dict[str, list[StreamlitPage]], dict[str, Lesson]]
_built: _Built | None = None


def _get_built() -> _Built:
    global _built
    with _lock:
        if _built is None:
            _built = _build()
    return _built


def _build() -> _Built:
    sections: dict[str, list[StreamlitPage]] = {
        "": [st.Page(HOME_PAGE, title="Home", icon=":material/home:", default=True)]
    }
    owner_by_url: dict[str, Lesson] = {}
    for section in SECTIONS:
        sections[section] = []
        for lesson in (lesson for lesson in LESSONS if lesson.section == section):
            sections[section].append(
                st.Page(lesson.page, title=lesson.title, icon=lesson.icon, url_path=lesson.slug)
            )
            owner_by_url[lesson.slug] = lesson
            for companion in lesson.extra_pages:
                url_path = companion_url_path(companion)
                # Companion pages are reached from their lesson, not listed in the menu.
                sections[section].append(st.Page(companion, url_path=url_path, visibility="hidden"))
                owner_by_url[url_path] = lesson
    return sections, owner_by_url


def navigation_pages(
    titles: Mapping[str, str] | None = None,
) -> tuple[dict[str, list[StreamlitPage]], dict[str, Lesson]]:
    """Sections of pages for `st.navigation` (fresh copies), and the lesson owning each URL.

    `titles` (URL path -> title) renames pages for this run only, e.g. to mark a lesson whose
    questions the learner answered: those pages are made anew, the shared ones stay untouched.
    """
    sections, owner_by_url = _get_built()
    titles = titles or {}
    copies = {
        name: [
            _renamed(owner_by_url[page.url_path], titles[page.url_path])
            if page.url_path in titles
            else copy.copy(page)
            for page in pages
        ]
        for name, pages in sections.items()
    }
    return copies, owner_by_url


def _renamed(lesson: Lesson, title: str) -> StreamlitPage:
    return st.Page(lesson.page, title=title, icon=lesson.icon, url_path=lesson.slug)


def page_for(url_path: str) -> StreamlitPage:
    """The navigation's page at `url_path` (a lesson's slug or a companion page's path), to
    link to with `st.page_link` without resolving its file again. Read only: never run it."""
    sections, _ = _get_built()
    for pages in sections.values():
        for page in pages:
            if page.url_path == url_path:
                return page
    raise KeyError(f"no page at /{url_path} in the navigation")
