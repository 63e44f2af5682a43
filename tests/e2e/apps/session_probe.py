"""A probe app for tests/e2e/test_what_survives.py: a plain key, and a session-scoped
`st.cache_resource` whose making and releasing are logged in a process-wide list."""

import itertools

import streamlit as st


@st.cache_resource
def events() -> list[str]:
    return []


@st.cache_resource
def numbers() -> itertools.count:
    return itertools.count(1)


def release(name: str) -> None:
    events().append(f"released {name}")


@st.cache_resource(scope="session", on_release=release)
def session_resource() -> str:
    name = f"resource {next(numbers())}"
    events().append(f"made {name}")
    return name


st.session_state.setdefault("probe_clicks", 0)
if st.button("Click"):
    st.session_state.probe_clicks += 1
st.code(
    "\n".join(
        [f"clicks: {st.session_state.probe_clicks}", f"uses: {session_resource()}", *events()]
    ),
    language=None,
)
