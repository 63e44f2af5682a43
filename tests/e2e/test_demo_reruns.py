"""Using a demo reruns its file alone, as `streamlit run` of that file would, and redraws the
sidebar's inspector; the rest of the lesson page is not run or sent again (app/frame/lesson.py,
`demo_alone`); a demo's `st.rerun()` and the lessons with `page_reruns` rerun the page. Only a
browser shows what a click asks the server for and what comes back."""

from __future__ import annotations

from playwright.sync_api import expect

from .learner import expect_count
from .run_log import FRAGMENT_RUN, FULL_RUN, RunLog
from .streamlit_page import catalog_lesson

MAIN, SIDEBAR = 0, 1


def test_a_demo_click_reruns_that_demo_and_the_inspector_only(app):
    app, log = RunLog.open_lesson(app, catalog_lesson("quick-start"))
    app.expect_lesson_frame(catalog_lesson("quick-start"))
    mark, first_delta = log.mark(), len(log.delta_paths)
    app.click(app.button("Increment"))
    expect_count(app, 1)
    app.expect_inspector("count", "1")
    [request] = log.requests_since(mark)
    assert request.fragment_id, "the click asked for the whole page"
    assert log.ends_since(mark) == [FRAGMENT_RUN]
    sent = log.delta_paths[first_delta:]
    # Everything the run sent is inside one box of the page (the demo) or in the sidebar's
    # first slot (the inspector's readout); the button under it stays as it was.
    boxes = {path[:2] for path in sent if path[0] == MAIN}
    assert len(boxes) == 1, boxes
    assert {path[:2] for path in sent if path[0] == SIDEBAR} == {(SIDEBAR, 0)}
    app.assert_clean()


def test_a_traced_demo_reruns_the_page_so_its_timeline_records_the_run(app):
    lesson = catalog_lesson("callbacks")
    app, log = RunLog.open_lesson(app, lesson)
    app.expect_lesson_frame(lesson)
    mark = log.mark()
    app.click(app.button("Save"))
    [request] = log.requests_since(mark)
    assert request.fragment_id == ""
    assert log.ends_since(mark) == [FULL_RUN]
    # The timeline under the demo is the page's: it shows the run the click caused.
    timeline = app.main.get_by_test_id("stCode").filter(has_text="callback save_name ran")
    expect(timeline).to_be_visible()
    app.assert_clean()


def test_a_demo_that_calls_st_rerun_reruns_the_page(app):
    lesson = catalog_lesson("wizard")
    app, log = RunLog.open_lesson(app, lesson)
    app.expect_lesson_frame(lesson)
    demo = app.main.locator(".st-key-_demo_wizard_rerun")
    mark = log.mark()
    app.click(demo.get_by_role("button", name="Continue"))
    expect(demo.get_by_text("Step 2: Configure model")).to_be_visible()
    # The click asks for the demo alone; its `st.rerun()` (scope "app") then reruns the page.
    [request] = log.requests_since(mark)
    assert request.fragment_id
    assert log.ends_since(mark) == [FULL_RUN]
    app.assert_clean()
