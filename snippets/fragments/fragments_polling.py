import time

import streamlit as st

JOB_SECONDS = 20
ss = st.session_state
ss.setdefault("frag_job_started", None)
ss.setdefault("frag_job_progress", 0)
ss.setdefault("frag_job_checks", 0)


def start_job():
    ss.frag_job_started = time.time()
    ss.frag_job_progress = 0
    ss.frag_job_checks = 0


st.button("Start a job", key="frag_start_job", on_click=start_job)
polling = st.toggle(
    "Poll every second",
    value=True,
    key="frag_polling",
    persist_state="session",  # keep the choice on other pages
)
started = ss.frag_job_started is not None
running = started and ss.frag_job_progress < 100
every = 1 if polling and running else None


@st.fragment(run_every=every)
def job_status():
    if ss.frag_job_started is None:
        st.caption("No job started.")
        return
    ss.frag_job_checks += 1
    elapsed = time.time() - ss.frag_job_started
    progress = min(100, int(elapsed / JOB_SECONDS * 100))
    ss.frag_job_progress = progress
    st.progress(progress, text=f"Job: {progress}%")
    st.caption(f"Checks: {ss.frag_job_checks}")
    # Done: a full run shows the result and stops the timer. A tick
    # that still comes means the browser has not shown that run yet,
    # so it asks again.
    if progress == 100 and (every or timer_tick):
        st.rerun()


timer_tick = False  # this run is the page's, not the timer's
job_status()
timer_tick = True  # from now on, only the browser's timer runs it
if ss.frag_job_progress == 100:
    st.success("The job is done.")
