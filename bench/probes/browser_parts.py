"""What each part of a lesson page costs a click in the browser:
`python -m bench.probes.browser_parts [--reps N] [--warmup N]`.

The browser-latency row of `python -m bench` compares a click on `quick-start` with the same
click on `counter.py` alone. This splits that gap: the counter alone, then the counter plus one
part of the page at a time (written here as small scripts, so no switch is needed in the app),
then the parts every lesson page has (MUST_HAVES), together and nothing else (the floor of any
frame with those features), and the real page, clicked in turn in Chromium (one session each,
interleaved rounds). For each: the median click -> settled time, its ratio to the counter alone,
the browser main thread's time per click (CDP `TaskDuration`) and the websocket messages per
click.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from streamlit.testing.v1 import AppTest

from app.catalog import lesson_by_slug
from app.paths import HOME
from bench.lib.apptest import server_like_apptest, timed
from bench.lib.browser_clicks import (
    COUNTER,
    ClickSubject,
    chromium_missing,
    interleaved_clicks,
    launch,
)
from bench.lib.common import median, paired_ratio, servers

COUNTER_CODE = """
if "count" not in st.session_state:
    st.session_state.count = 0
if st.button("Increment"):
    st.session_state.count += 1
st.write("Count:", st.session_state.count)
"""

PROSE = "Some prose with `code` and **bold** words, as a lesson has. " * 3

# name -> script body (`counter()` draws the counter). Each part is what quick-start draws.
PARTS: dict[str, str] = {
    "counter alone": "counter()",
    "+ top navigation, 29 pages in 7 sections": """
def other():
    st.write("another page")
sections = {"": [st.Page(counter, title="Counter", default=True)]}
for s in range(7):
    sections[f"Section {s}"] = [
        st.Page(other, title=f"Lesson {s}.{i}", url_path=f"l{s}_{i}") for i in range(4)
    ]
st.navigation(sections, position="top").run()
""",
    "+ prose: title, 5 headings, 6 paragraphs": f"""
st.title("Quick start")
st.markdown("**When to use it:** a value that must survive reruns.")
for i in range(5):
    st.header(f"Section {{i}}", anchor=False)
    st.markdown({PROSE!r})
counter()
""",
    "+ the same prose in one Markdown element": f"""
text = "# Quick start\\n\\n**When to use it:** a value that must survive reruns.\\n\\n"
for i in range(5):
    text += f"## Section {{i}}\\n\\n" + {PROSE!r} + "\\n\\n"
st.markdown(text)
counter()
""",
    "+ sidebar inspector: heading, code, caption, button": """
counter()
with st.sidebar:
    st.subheader("State inspector", anchor=False)
    st.code(f"● count (int)\\n    {st.session_state.count}", language=None, wrap_lines=True)
    st.caption("● changed in the last rerun")
    st.button("Reset this lesson", key="_reset")
""",
    "+ 3 listings, the first open (code, 2 downloads)": """
counter()
for i in range(3):
    box = st.expander(f"Code: demo_{i}.py", key=f"_code_{i}", on_change="rerun", expanded=i == 0)
    if box.open:
        with box:
            st.code(SOURCE, language="python")
            for name in ("demo.py", "test_demo.py"):
                st.download_button(
                    f"Download {name}", data=SOURCE, file_name=name, on_click="ignore",
                    key=f"_d{i}{name}",
                )
""",
    "+ 3 bordered demo boxes": """
for i in range(3):
    with st.container(border=True, key=f"_demo_{i}"):
        if i == 0:
            counter()
        else:
            st.write("another demo", i)
""",
    "+ hidden navigation, 2 pages (routing only, nothing drawn)": """
def other():
    st.write("another page")
pages = [st.Page(counter, title="Counter", default=True), st.Page(other, title="Other")]
st.navigation(pages, position="hidden").run()
""",
}

# What quick-start's three snippets draw with no frame: the server side's baseline.
THREE_COUNTERS = "three counters, no frame (quick-start's snippets bare)"
PARTS[THREE_COUNTERS] = """
counter()
for i in (1, 2):
    st.button(f"Increment {i}", key=f"_b{i}")
    st.write(f"Count {i}:", 0)
"""

# The parts every lesson page has (title and prose, code listings with downloads, the inspector),
# together and nothing else (no demo boxes, no Predict block, no page link): what any frame with
# those features costs a click. Three counters, as quick-start shows three snippets; the first
# listing open, as on quick-start.
MUST_HAVES = """
def lesson():
    st.markdown("# Quick start\\n\\n**When to use it:** keep a value.\\n\\n" + PROSE)
    for i in range(3):
        if i == 0:
            counter()
        else:
            st.button(f"Increment {i}", key=f"_b{i}")
            st.write(f"Count {i}:", 0)
        box = st.expander(
            f"Code: demo_{i}.py", key=f"_code_{i}", on_change="rerun", expanded=i == 0
        )
        if box.open:
            with box:
                st.code(SOURCE, language="python", line_numbers=True)
                for name in ("demo.py", "test_demo.py"):
                    st.download_button(
                        f"Download {name}", data=SOURCE, file_name=name, on_click="ignore",
                        key=f"_d{i}{name}",
                    )
        st.markdown("### How it works\\n\\n" + PROSE)
    with st.sidebar:
        st.markdown("### State inspector\\n\\n:gray[:small[changed in the last rerun]]")
        st.code(f"● count (int)\\n    {st.session_state.count}", language=None, wrap_lines=True)
        st.button("Reset this lesson", key="_reset")
"""
PARTS["every lesson's must-haves together, without navigation"] = MUST_HAVES + "lesson()"
PARTS["every lesson's must-haves together, with the top navigation"] = MUST_HAVES + PARTS[
    "+ top navigation, 29 pages in 7 sections"
].replace("st.Page(counter,", "st.Page(lesson,")
REAL_PAGE = "quick-start page (Home.py)"


def script(body: str) -> str:
    return (
        "import streamlit as st\n\n"
        f"SOURCE = {COUNTER_CODE!r}\n"
        f"PROSE = {PROSE!r}\n\n\n"
        "def counter():\n"
        + "".join(f"    {line}\n" for line in COUNTER_CODE.strip().splitlines())
        + "\n\n"
        + body.strip()
        + "\n"
    )


def server_reruns(paths: dict[str, Path], reps: int) -> dict[str, list[float]]:
    """The server side of the same click: AppTest's rerun after clicking Increment, as
    `python -m bench`'s page overhead times it (one ScriptCache, interleaved)."""
    with server_like_apptest():
        apps = {}
        for name, path in paths.items():
            at = AppTest.from_file(str(path), default_timeout=60).run()
            if name == REAL_PAGE:
                at.switch_page(lesson_by_slug("quick-start").page).run()
            apps[name] = at
        times: dict[str, list[float]] = {name: [] for name in apps}
        for _ in range(reps):
            for name, at in apps.items():
                button = next(b for b in at.main.button if b.label == COUNTER[0])
                times[name].append(timed(button.click().run))
    return times


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.probes.browser_parts")
    parser.add_argument("--reps", type=int, default=25)
    parser.add_argument("--warmup", type=int, default=3)
    args = parser.parse_args(argv)
    missing = chromium_missing()
    if missing:
        raise SystemExit(missing)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="bench-parts-") as tmp:
        paths = []
        for index, body in enumerate(PARTS.values()):
            path = Path(tmp) / f"part_{index}.py"
            path.write_text(script(body), encoding="utf-8")
            paths.append(path)
        names = [*PARTS, REAL_PAGE]
        with sync_playwright() as pw, servers(*paths, HOME) as started:
            browser = launch(pw)
            try:
                subjects = tuple(
                    ClickSubject(
                        name,
                        server.url + ("/quick-start" if name == REAL_PAGE else ""),
                        COUNTER,
                        (COUNTER[1], 0),
                    )
                    for name, server in zip(names, started, strict=True)
                )
                times, cost = interleaved_clicks(browser, subjects, args.reps, args.warmup)
            finally:
                browser.close()
        server = server_reruns(dict(zip(names, [*paths, HOME], strict=True)), args.reps * 2)
    base = names[0]
    print(
        f"Click 'Increment': browser click -> settled ({args.reps} interleaved clicks each, "
        f"Chromium, ratio to the counter alone); server rerun ({args.reps * 2} interleaved "
        "AppTest reruns, ratio to the three bare counters)"
    )
    print(
        "| Page | Click -> settled | Ratio | Main thread per click | Messages per click "
        "| Server rerun | Ratio |"
    )
    print("|---|---|---|---|---|---|---|")
    for name in names:
        ratio = paired_ratio(times[name], times[base])
        server_ratio = paired_ratio(server[name], server[THREE_COUNTERS])
        print(
            f"| {name} | {median(times[name]) * 1000:.0f} ms | {ratio:.2f}x | "
            f"{cost[name]['TaskDuration']:.0f} ms | {cost[name]['messages']:.0f} | "
            f"{median(server[name]) * 1000:.1f} ms | {server_ratio:.2f}x |"
        )


if __name__ == "__main__":
    main()
