import streamlit as st

from app.frame.lesson import how_it_works, lesson_header, lesson_link, pitfalls, show_snippet

lesson = lesson_header("threads")

problem, job = st.tabs(["What fails in a thread", "A background job"])

with problem:
    st.markdown(
        "The script sets `thr_number` and shows it. Then a worker thread reads the same key "
        "and gets Streamlit's `KeyError`, which asks whether you forgot to initialize a key "
        "that *is* initialized:"
    )
    show_snippet(lesson, "threads_session_state_broken.py")
    st.markdown(
        "Streamlit finds the session from the thread that makes the call. The script's "
        "thread carries a *script run context*: which session it serves, its state, where "
        "the next element goes. A thread you start has none, so `st.session_state` there is "
        "an empty stand-in, and the server log shows a warning such as:"
    )
    st.code(
        "Thread 'ThreadPoolExecutor-0_0': missing ScriptRunContext! This warning can be "
        "ignored when running in bare mode.",
        language="text",
        wrap_lines=True,
    )
    st.markdown(
        "The fix: read state in the script, pass values in, and store the result from the "
        "script. Change the number:"
    )
    show_snippet(lesson, "threads_pass_values.py")
    how_it_works(
        """
- **The script's thread has the context.** Only code that runs in the script's thread (the
  page, its callbacks, its fragments) finds the session. Read what the thread needs there
  and pass it in as arguments; store what it returns there too.
- **Unsupported: Streamlit commands in another thread.** Streamlit does not officially
  support multithreading in app code: its commands must run in the script's thread. On
  1.67, in a thread you start, reading a key raises `KeyError`, `st.session_state.get()`
  returns the default, and a write lands in that stand-in, which every such thread of the
  server process shares, never in your session. `st.write()` and `st.rerun()` there raise
  nothing and do nothing.
"""
    )

with job:
    st.markdown(
        "Press **Start**: the job runs in its own thread while the page stays usable. The "
        "progress bar is a fragment that reruns by itself every half second while the job "
        "runs; when the job ends, it reruns the page, which copies the result into "
        "`thr_result`. **Cancel** stops the thread; **Start** during a run restarts it. "
        "Open this page in a second tab: its job is its own."
    )
    show_snippet(lesson, "threads_background_job.py")
    st.markdown(
        "**A dropped connection ends the job.** Streamlit empties a session's "
        '`scope="session"` caches at every WebSocket disconnect, even a network blip the '
        "browser recovers from at once. `on_release` cancels the job then; the page comes "
        "back in the same session, with its state (the steps you chose) intact, and "
        "says *No job yet*."
    )
    how_it_works(
        """
- **The thread keeps to its own data.** `Job.work` only updates the `Job` it belongs to
  (steps done, the result) and watches a `threading.Event` for Cancel. The script reads the
  job; nothing in the thread calls `st.*`.
- **Where the job lives.** A thread cannot be pickled, and this app has Streamlit check
  that everything in session state can be (`runner.enforceSerializableSessionState`). So
  the job sits in `st.cache_resource(scope="session")` (Streamlit 1.53 or newer): one slot
  per session, never shared. Streamlit empties it whenever the session's connection drops,
  and its `on_release` stops the thread then. Only the result, a plain number, goes into
  session state, which outlives such a drop.
- **One job per session, however fast the clicks.** Streamlit starts a new run as soon as
  a click arrives, while the previous run may still be inside its own callback, so two
  `start_job` calls of one session can overlap. `JobSlot` holds a lock: a start cancels and
  joins the old thread before it starts the new one, and Cancel waits its turn.
- **Picking up the result.** `@st.fragment(run_every=0.5 if running else None)` polls only
  while a job runs. A fragment run redraws just the fragment; when the job has ended, the
  fragment calls `st.rerun()` and the full run stores the result.
"""
    )

pitfalls(
    [
        "`st.session_state.get(key, default)` in a thread returns the default: no error, "
        "just the wrong value.",
        "A thread that writes to `st.session_state` writes into a stand-in that other "
        "users' threads can read. Return the result instead.",
        "Python cannot kill a thread: Cancel works because the job checks its stop "
        "`Event` between steps. Keep steps short.",
        'A `st.cache_resource` without `scope="session"` is one object for every user: '
        "keep a job there and users get each other's results.",
    ]
)

lesson_link("shared-state")
lesson_link("cache-vs-state")
