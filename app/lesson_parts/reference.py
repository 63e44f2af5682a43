"""The reference page's tables: rows from app/catalog/reference.py, each table followed by
page links to the lessons that show its rows live."""

from __future__ import annotations

import streamlit as st

from app.catalog.reference import TABLES, Entry
from app.frame.lesson import get_lesson, prose
from app.frame.router import page_for


def _cell(text: str) -> str:
    """Table cells are one line: a pipe would end the cell."""
    return text.replace("|", "\\|").replace("\n", " ")


def _row(entry: Entry, here: str) -> str:
    """Example, sentence, and where it is live: the lesson's URL path, or this page."""
    live = "this page" if entry.lesson == here else f"/{entry.lesson}"
    return f"| `{_cell(entry.example)}` | {_cell(entry.says)} | {_cell(live)} |"


def reference_tables(here: str) -> None:
    """Each table as one Markdown element, then its lessons (all but `here`, the page's own)
    as page links in one row."""
    for index, (title, entries) in enumerate(TABLES):
        table = "\n".join(
            (
                "| Example | What it does | Live in |",
                "|---|---|---|",
                *(_row(entry, here) for entry in entries),
            )
        )
        prose(f"## {title}", table)
        slugs = dict.fromkeys(entry.lesson for entry in entries if entry.lesson != here)
        with st.container(horizontal=True, key=f"_ref_live_{index}", gap="small"):
            for slug in slugs:
                lesson = get_lesson(slug)
                st.page_link(page_for(slug), label=lesson.title, icon=lesson.icon)
