"""Router: page config, navigation from the catalog, the sidebar inspector, then the page."""

import streamlit as st

from components.catalog import HOME_PAGE, LESSONS, SECTIONS, companion_url_path
from components.inspector import state_inspector

st.set_page_config(
    page_title="Session State Patterns",
    page_icon=":material/memory:",
    layout="centered",
)

sections: dict[str, list] = {"": [st.Page(HOME_PAGE, title="Home", icon=":material/home:")]}
owner_by_url = {}
for section in SECTIONS:
    sections[section] = []
    for lesson in (lesson for lesson in LESSONS if lesson.section == section):
        sections[section].append(
            st.Page(lesson.page, title=lesson.title, icon=lesson.icon, url_path=lesson.slug)
        )
        owner_by_url[lesson.slug] = lesson
        for companion in lesson.extra_pages:
            url_path = companion_url_path(companion)
            # Companion pages are reached from their lesson, not listed in the sidebar.
            sections[section].append(st.Page(companion, url_path=url_path, visibility="hidden"))
            owner_by_url[url_path] = lesson

current = st.navigation(sections, expanded=True)
current.run()
if current.url_path in owner_by_url:
    state_inspector(owner_by_url[current.url_path])
