"""The fragments lesson in Chromium: what only a browser shows.

A click on a widget inside a fragment makes the browser ask for a rerun of that fragment
alone (AppTest always runs the whole script), and `run_every` is a timer in the browser. Each
test reads the page as a learner does and checks the WebSocket to know which kind of run
happened (tests/e2e/run_log.py).
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, expect

from .run_log import FRAGMENT_RUN, FULL_RUN, RunLog
from .streamlit_page import StreamlitPage, catalog_lesson, keyed
from .streamlit_page import open_tab as tab

LESSON = catalog_lesson("fragments")


@pytest.fixture
def lesson(app: StreamlitPage) -> tuple[StreamlitPage, RunLog]:
    return RunLog.open_lesson(app, LESSON)


def test_a_click_in_the_fragment_leaves_the_page_alone(lesson):
    app, log = lesson
    panel = tab(app, "Fragment vs page")
    mark = log.mark()
    for _ in range(2):
        app.click(keyed(panel, "frag_add_inside").get_by_role("button"))
    # Only the fragment was asked for and run, twice.
    assert all(request.fragment_id for request in log.requests_since(mark))
    assert log.ends_since(mark) == [FRAGMENT_RUN, FRAGMENT_RUN]
    metrics = panel.get_by_test_id("stMetricValue")
    expect(metrics).to_have_text(["0", "2"])
    expect(panel.get_by_text("Fragment runs: 3", exact=True)).to_be_visible()
    expect(panel.get_by_text("Page runs: 1", exact=True)).to_be_visible()
    # The sidebar inspector is drawn by the page: it has not seen the clicks yet.
    app.expect_inspector("frag_inside_count", "0")

    mark = log.mark()
    app.click(keyed(panel, "frag_add_outside").get_by_role("button"))
    assert log.requests_since(mark)[0].fragment_id == ""
    assert log.ends_since(mark) == [FULL_RUN]
    expect(metrics).to_have_text(["1", "2"])
    expect(panel.get_by_text("Page runs: 2", exact=True)).to_be_visible()
    expect(panel.get_by_text("Fragment runs: 4", exact=True)).to_be_visible()
    app.expect_inspector("frag_inside_count", "2")
    app.assert_clean()


def test_a_return_value_is_lost_in_a_fragment_rerun_and_state_carries_it(lesson):
    app, log = lesson
    panel = tab(app, "Results out")
    mark = log.mark()
    app.click(keyed(panel, "frag_use_lost").get_by_role("button"))
    assert log.ends_since(mark) == [FRAGMENT_RUN]
    alerts = panel.get_by_test_id("stAlertContainer")
    expect(alerts).to_have_text(["No size chosen yet.", "No size chosen yet."])

    mark = log.mark()
    app.click(keyed(panel, "frag_use").get_by_role("button"))
    # The fragment stored the size, then st.rerun() ran the whole page.
    assert FULL_RUN in log.ends_since(mark)
    expect(alerts).to_have_text(["No size chosen yet.", "The page uses size 3."])
    app.assert_clean()


def test_rerun_scope_fragment_app_and_by_key(lesson):
    app, log = lesson
    panel = tab(app, "Rerun scope")
    note = keyed(panel, "frag_basket_note").get_by_label("Note")
    app.enter_text(note, "for Monday")
    count = panel.get_by_test_id("stMetricValue")
    page_line = panel.get_by_text(re.compile(r"^Page runs: "))

    mark = log.mark()
    app.click(keyed(panel, "frag_add_fragment").get_by_role("button"))
    assert FULL_RUN not in log.ends_since(mark)
    expect(count).to_have_text("1")
    expect(page_line).to_have_text("Page runs: 1 · the page last saw 0 items")
    # Two fragment runs for the click: its own, then the one st.rerun(scope="fragment") asks.
    expect(panel.get_by_text("Fragment runs: 4", exact=True)).to_be_visible()

    # A button outside the fragment, whose callback reruns the fragment by its key.
    mark = log.mark()
    app.click(keyed(panel, "frag_refresh_basket").get_by_role("button"))
    assert log.requests_since(mark)[0].fragment_id == ""  # the browser asked for the page...
    assert log.ends_since(mark) == [FRAGMENT_RUN]  # ...the callback narrowed it to the fragment
    expect(panel.get_by_text("Fragment runs: 5", exact=True)).to_be_visible()
    expect(page_line).to_have_text("Page runs: 1 · the page last saw 0 items")

    mark = log.mark()
    app.click(keyed(panel, "frag_add_app").get_by_role("button"))
    assert FULL_RUN in log.ends_since(mark)
    expect(count).to_have_text("2")
    expect(page_line).to_have_text("Page runs: 2 · the page last saw 2 items")
    expect(panel.get_by_text("Fragment runs: 7", exact=True)).to_be_visible()  # 2 again
    # Both kinds of rerun kept the fragment's widget value.
    expect(note).to_have_value("for Monday")
    app.assert_clean()


def progress(panel: Locator) -> int:
    text = panel.get_by_test_id("stProgress").inner_text()
    match = re.search(r"Job: (\d+)%", text)
    assert match, text
    return int(match[1])


def test_run_every_polls_writes_progress_and_the_switch_stops_it(lesson):
    app, log = lesson
    panel = tab(app, "Polling")
    mark = log.mark()
    app.click(keyed(panel, "frag_start_job").get_by_role("button"))
    # No clicks from here: the browser's timer asks for the fragment, and progress arrives.
    wait_for_timer_requests(app, log, mark, 2)
    expect(panel.get_by_text(re.compile(r"^Job: [1-9]\d*%$"))).to_be_visible()
    timer = log.timer_requests_since(mark)
    assert all(request.fragment_id for request in timer)
    assert log.ends_since(mark).count(FULL_RUN) == 1  # the click on Start a job, only

    switch = keyed(panel, "frag_polling").get_by_text("Poll every second")
    mark = log.mark()
    app.click(switch)
    # The switch's full run, and any check the timer sent before the page heard of it.
    log.wait_until_settled(app, mark, FULL_RUN)
    expect(keyed(panel, "frag_polling").get_by_role("switch")).not_to_be_checked()
    stopped_at = progress(panel)
    assert stopped_at < 100, "the job ended before the switch was turned off: too slow to tell"
    mark = log.mark()
    app.page.wait_for_timeout(2_500)  # two and a half timer periods, to see nothing happen
    assert log.timer_requests_since(mark) == []
    assert progress(panel) == stopped_at
    app.assert_clean()


def test_a_finished_job_reruns_the_page_and_polling_ends(lesson):
    app, log = lesson
    panel = tab(app, "Polling")
    app.click(keyed(panel, "frag_start_job").get_by_role("button"))
    done = panel.get_by_text("The job is done.", exact=True)
    expect(done).to_be_visible(timeout=40_000)  # the job takes 20 s
    expect(panel.get_by_text("Job: 100%")).to_be_visible()
    app.wait_until_idle()
    mark = log.mark()
    app.page.wait_for_timeout(2_500)
    assert log.timer_requests_since(mark) == []
    app.assert_clean()


def wait_for_timer_requests(app: StreamlitPage, log: RunLog, mark: tuple[int, int], n: int) -> None:
    """Poll the run log (not the page) until the fragment timer has sent `n` requests."""
    for _ in range(100):
        if len(log.timer_requests_since(mark)) >= n:
            return
        app.page.wait_for_timeout(200)
    raise AssertionError(f"fewer than {n} timer requests in 20 s: {log.requests_since(mark)}")


def checks(panel: Locator) -> int:
    text = panel.get_by_text(re.compile(r"^Checks: \d+$")).inner_text()
    return int(text.split()[-1])


def test_a_page_switch_stops_the_timer_and_coming_back_resumes(lesson):
    app, log = lesson
    panel = tab(app, "Polling")
    app.click(keyed(panel, "frag_start_job").get_by_role("button"))
    app.click(panel.get_by_role("link", name=catalog_lesson("multipage").title))
    expect(app.main.get_by_role("heading", level=1)).to_have_text(catalog_lesson("multipage").title)
    mark = log.mark()
    app.page.wait_for_timeout(3_000)
    assert log.timer_requests_since(mark) == []

    with app.rerun():
        app.page.go_back()  # same session: the browser's history, no reload
    expect(app.main.get_by_role("heading", level=1)).to_have_text(LESSON.title)
    panel = tab(app, "Polling")
    # The switch kept its value (persist_state) and the job its start time: polling resumes.
    expect(keyed(panel, "frag_polling").get_by_role("switch")).to_be_checked()
    # The job went on while we were away (it is a clock): the first run back catches up.
    assert 0 < progress(panel) < 100, "the job ended while we were away: too slow to tell"
    mark = log.mark()
    before = checks(panel)
    wait_for_timer_requests(app, log, mark, 2)
    expect(panel.get_by_text(re.compile(r"^Checks: \d+$"))).not_to_have_text(f"Checks: {before}")
    app.assert_clean()


def test_two_fragments_writing_one_key_disagree_own_keys_do_not(lesson):
    app, _ = lesson
    panel = tab(app, "Two fragments")
    for _ in range(2):
        app.click(keyed(panel, "frag_tea_shared").get_by_role("button"))
    app.click(keyed(panel, "frag_coffee_shared").get_by_role("button"))
    expect(panel.get_by_text("Cups, as the tea box sees it: 2", exact=True)).to_be_visible()
    expect(panel.get_by_text("Cups, as the coffee box sees it: 3", exact=True)).to_be_visible()

    for _ in range(2):
        app.click(keyed(panel, "frag_tea").get_by_role("button"))
    app.click(keyed(panel, "frag_coffee").get_by_role("button"))
    expect(panel.get_by_text("Teas: 2", exact=True)).to_be_visible()
    expect(panel.get_by_text("Coffees: 1", exact=True)).to_be_visible()
    total = panel.get_by_text(re.compile(r"^Total, read by the page: "))
    expect(total).to_have_text("Total, read by the page: 0 cups")  # not a full run yet
    app.click(keyed(panel, "frag_total").get_by_role("button"))
    expect(total).to_have_text("Total, read by the page: 3 cups")
    app.assert_clean()
