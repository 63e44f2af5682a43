"""The lesson frame: header, live snippet, its source with download, how it works, pitfalls.

A page runs a snippet by executing the very file it then displays (docs/ARCHITECTURE.md, "How a
page runs its snippet"), so the code shown is always the code that ran.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path
from textwrap import dedent
from types import CodeType
from typing import Any

import streamlit as st
from streamlit.delta_generator import DeltaGenerator
from streamlit.errors import UnserializableSessionStateError

from app.catalog import Lesson, Snippet, lesson_by_slug, neighbours
from app.frame.inspector import inspector_readout, readout_place
from app.frame.phone import show_state, state_popover
from app.frame.router import page_for
from app.frame.state import drop_unserializable, remember_session_resources
from app.frame.timeline import TracingNamespace

# A listing this short (in lines) is open under the lesson's first demo.
SHORT_LISTING = 30


def get_lesson(slug: str) -> Lesson:
    """The catalog row for `slug`; a page naming an unknown slug is a programming error."""
    lesson = lesson_by_slug(slug)
    if lesson is None:
        raise KeyError(f"No lesson with slug {slug!r} in app/catalog/lessons.py")
    return lesson


def prose(*parts: str) -> None:
    """Consecutive prose (headings inside it as Markdown) as one element.

    Every element a page sends is re-rendered by the browser on every rerun; twelve short
    elements cost a click measurably more than the same text in one (docs/BENCHMARKS.md).
    """
    st.markdown("\n\n".join(dedent(part).strip() for part in parts if part))


def lesson_header(slug: str, *intro: str) -> Lesson:
    """Title, the one-sentence "when to use", the minimum version when newer than 1.50, and the
    prose that follows them, as one element."""
    lesson = get_lesson(slug)
    needs = (
        f":small[:material/new_releases: Needs Streamlit {lesson.min_version} or newer.]"
        if lesson.min_version
        else ""
    )
    prose(f"# {lesson.title}", f"**When to use it:** {lesson.summary}", needs, *intro)
    return lesson


# How long a snippet's compiled code is trusted before its file is looked at again. Every
# rerun of a page reads its snippets; a `stat` per snippet per rerun is a system call in the
# hot path of every click, while an edit made while developing shows within this delay.
RECHECK_SECONDS = 2.0
_compiled: dict[Path, tuple[float, int, str, CodeType]] = {}


def snippet_source(snippet: Snippet) -> tuple[str, CodeType]:
    """Source and code object of a snippet, compiled once and again only after an edit."""
    path = snippet.path
    now = time.monotonic()
    cached = _compiled.get(path)
    if cached is not None and now - cached[0] < RECHECK_SECONDS:
        return cached[2], cached[3]
    mtime_ns = path.stat().st_mtime_ns
    if cached is not None and cached[1] == mtime_ns:
        source, code = cached[2], cached[3]
    else:
        source = path.read_text(encoding="utf-8")
        code = compile(source, str(path), "exec")
    # One process-wide cache of the snippets' code, the same for every session: by design.
    _compiled[path] = (now, mtime_ns, source, code)  # state-lint: ignore[SS011]
    return source, code


_tests: dict[Path, tuple[float, bytes | None]] = {}


def snippet_test_bytes(snippet: Snippet) -> bytes | None:
    """The snippet's AppTest test file (None if it has none), looked at again only after
    RECHECK_SECONDS, like the snippet itself: an open listing offers it on every rerun."""
    path = snippet.test_path
    now = time.monotonic()
    cached = _tests.get(path)
    if cached is not None and now - cached[0] < RECHECK_SECONDS:
        return cached[1]
    data = path.read_bytes() if path.is_file() else None
    # One process-wide copy of the test files, the same for every session: by design.
    _tests[path] = (now, data)  # state-lint: ignore[SS011]
    return data


def run_snippet(lesson: Lesson, file: str, *, trace: bool = False) -> BaseException | None:
    """Execute a snippet in a bordered container, in this script run, with a fresh namespace.

    On a lesson page the demo reruns on its own when the learner uses it, as its file alone
    would, and redraws the inspector (`demo_alone`), unless the lesson says why its demos
    rerun the page (`Lesson.page_reruns`). For a broken snippet, only the exception class its file
    declares is caught and shown (class and message, as Streamlit raised it); anything else
    propagates as a real error. Returns the caught exception, if any. `trace` records the
    snippet's callbacks on the timeline.
    """
    snippet = lesson.snippet(file)
    # The key only names the box in the page (class st-key-_demo_<name>), for the browser suite.
    with st.container(border=True, key=f"_demo_{snippet.path.stem}"):
        readout = readout_place()
        if readout is None or lesson.page_reruns:
            return _run_demo(lesson, snippet, trace)
        return demo_alone(lesson, snippet, readout)


@st.fragment
def demo_alone(lesson: Lesson, snippet: Snippet, readout: DeltaGenerator) -> BaseException | None:
    """A demo as a fragment: using it reruns its file alone, not the page around it, and then
    redraws the sidebar's inspector in `readout`.

    Streamlit lets a fragment write to a container made outside it only where it wrote in the
    last full run, so the demo takes its place there first, even if its file then raises. The
    place is a container, not an element: Streamlit's message queue merges an element with a
    later one at the same path, and would send the page's readout before its block.
    """
    with readout:
        place = st.container()
    caught = _run_demo(lesson, snippet, trace=False)
    if readout_place() is None:  # this demo's own rerun; in the page's run, the page draws
        with place:  # the readout last
            inspector_readout(lesson)
    return caught


def _run_demo(lesson: Lesson, snippet: Snippet, trace: bool) -> BaseException | None:
    _, code = snippet_source(snippet)
    namespace: dict[str, Any] = {"__name__": "__main__", "__file__": str(snippet.path)}
    local_ns = TracingNamespace(namespace, code.co_filename) if trace else namespace
    # On a phone the sidebar's inspector is out of sight: the state, beside the demo.
    slot = state_popover(snippet)
    caught = _execute(snippet, code, namespace, local_ns)
    if slot is not None:
        show_state(slot, lesson)
    return caught


def _execute(
    snippet: Snippet, code: CodeType, namespace: dict[str, Any], local_ns: dict[str, Any]
) -> BaseException | None:
    if not snippet.is_broken:
        exec(code, namespace, local_ns)
        remember_session_resources(snippet.path, namespace)
        return None
    expected = snippet.exception_class()
    if expected is UnserializableSessionStateError:
        return _run_unserializable(snippet, code, namespace)
    try:
        exec(code, namespace, local_ns)
    except expected as exc:
        if type(exc) is not expected:
            raise
        show_caught_error(snippet, exc)
        return exc
    raise AssertionError(f"{snippet.file} was expected to raise {snippet.raises}")


def _run_unserializable(
    snippet: Snippet, code: CodeType, namespace: dict[str, Any]
) -> UnserializableSessionStateError:
    """A snippet that stores an unpicklable value: Streamlit would raise only after the run,
    so check the keys it set right away, drop the failing ones, and show the real error."""
    before = {key: id(st.session_state[key]) for key in st.session_state}
    try:
        exec(code, namespace)
    finally:
        refusals = drop_unserializable(before)
    if not refusals:
        raise AssertionError(f"{snippet.file} was expected to store an unpicklable value")
    show_caught_error(snippet, refusals[0])
    return refusals[0]


def show_caught_error(snippet: Snippet, exc: BaseException) -> None:
    """A broken snippet's error inside its frame: the class and message, as raised."""
    st.error(
        f"**{type(exc).__name__}** raised by `{snippet.file}`:\n\n{exc}",
        icon=":material/error:",
    )


def show_source(lesson: Lesson, file: str, *, expanded: bool | None = None) -> None:
    """The snippet's exact text with a copy button, a download of the same bytes and, when the
    snippet has one, its AppTest test, in an expander under the demo.

    Listings are closed by default so a lesson reads as demos and prose; the lesson's first
    snippet opens when it is short, so the first thing a learner sees is a demo and its code.
    """
    snippet = lesson.snippet(file)
    source, _ = snippet_source(snippet)
    lines = source.count("\n")
    if expanded is None:
        expanded = snippet == lesson.snippets[0] and lines <= SHORT_LISTING
    # A snippet that needs a newer Streamlit than its lesson says so beside its listing.
    needs = f" · needs Streamlit {snippet.min_version} or newer" if snippet.min_version else ""
    if snippet.test_min_version:
        needs += f" · its test needs Streamlit {snippet.test_min_version} or newer"
    _listing(snippet, f"Code: {snippet.file} ({lines} lines){needs}", expanded)


def _listing(snippet: Snippet, title: str, expanded: bool) -> None:
    """The listing's expander tracks whether it is open, and its content (code, downloads) runs
    only then: a closed listing costs the page's reruns nothing. Opening or closing it reruns
    the page once (a fragment would spare that rerun but cost every rerun more, docs/BENCHMARKS.md).
    """
    listing = st.expander(
        title, expanded=expanded, key=listing_key(snippet.file), on_change="rerun"
    )
    if not listing.open:
        return
    with listing:
        source, _ = snippet_source(snippet)
        st.code(source, language="python", line_numbers=True)
        download_file(snippet.file, source.encode("utf-8"))
        test = snippet_test_bytes(snippet)
        if test is not None:
            download_file(snippet.test_path.name, test)
            # A caption, not the button's `help`: that tooltip opens above the button, over
            # the snippet's own download button, and holds while the pointer is on it.
            needs = (
                f" It needs the AppTest of Streamlit {snippet.test_min_version} or newer, a "
                "newer one than the snippet needs: its first lines say why."
                if snippet.test_min_version
                else ""
            )
            st.caption(
                f"`{snippet.test_path.name}` is its AppTest test: put it beside "
                f"`{snippet.file}`, or in a `tests/` folder beside it, and run `pytest`. It "
                f"checks what this lesson says.{needs}"
            )


def listing_key(file: str) -> str:
    """The session-state key of a snippet's listing expander (True while it is open)."""
    return f"_code_{file}"


def download_file(file_name: str, data: bytes) -> None:
    """A download button for a file of the app, drawn only in an open listing.

    The bytes are given (a few KB, read only while the listing is open), not a callable:
    Streamlit keeps a given file, under an id made from its content, as long as the session's
    latest run shows its button, and a click fetches it by URL. A deferred callable gets a new
    id on every run and costs a second round trip on each click.
    """
    st.download_button(
        f"Download {file_name}",
        data=data,
        file_name=file_name,
        mime="text/x-python",
        icon=":material/download:",
        on_click="ignore",
        key=f"_download_{file_name}",
    )


def show_snippet(
    lesson: Lesson, file: str, *, trace: bool = False, expanded: bool | None = None
) -> BaseException | None:
    """Live demo first, then the code that produced it."""
    result = run_snippet(lesson, file, trace=trace)
    show_source(lesson, file, expanded=expanded)
    return result


def show_before_after(
    lesson: Lesson, broken: str, fixed: str, *, title: str, intro: str
) -> BaseException | None:
    """A section: heading, what goes wrong, then the broken snippet and the fixed one live.

    The broken one may raise (the frame shows only the class its file declares) or only
    behave wrongly; either way the learner sees the failure live before the fix. Returns what
    the broken snippet raised, if anything.
    """
    prose(f"## {title}", intro)
    broken_tab, fixed_tab = st.tabs(["Broken", "Fixed"])
    with broken_tab:
        raised = show_snippet(lesson, broken, expanded=False)
    with fixed_tab:
        show_snippet(lesson, fixed, expanded=False)
    return raised


def lesson_link(slug: str, label: str | None = None) -> None:
    """Link to another lesson in the same session (labelled with its title unless given).

    A Markdown link opens a new browser tab, which is a new session with empty state; a page
    link switches pages inside the session, so the learner's state comes along.
    """
    target = get_lesson(slug)
    st.page_link(page_for(target.slug), label=label or target.title, icon=target.icon)


# The key of the box that holds a lesson's "Previous" and "Next" links (class st-key-_path).
PATH_KEY = "_path"


def path_links(lesson: Lesson) -> None:
    """ "Previous" and "Next" page links in catalog order, drawn by the router under every
    lesson; the path's ends link to the home page. Page links keep the session (and with it
    the Predict answers, which the router writes into the new page's URL)."""
    before, after = neighbours(lesson.slug)
    with st.container(key=PATH_KEY, horizontal=True, horizontal_alignment="distribute"):
        st.page_link(
            page_for(before.slug if before else ""),
            label=f"Previous: {before.title if before else 'Home'}",
            icon=":material/arrow_back:",
        )
        st.page_link(
            page_for(after.slug if after else ""),
            label=f"Next: {after.title if after else 'Home'}",
            icon=":material/arrow_forward:",
        )


def how_it_works(markdown: str, *then: str) -> None:
    prose("### How it works", markdown, *then)


def pitfalls(items: Iterable[str], *then: str) -> None:
    prose("### Pitfalls", "\n".join(f"- {item}" for item in items), *then)
