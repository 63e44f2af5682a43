import threading

import streamlit as st

STEP_SECONDS = 0.1  # each step stands in for slow work


class Job:
    """Slow work in a thread. It only touches its own attributes,
    never st.*: the thread has no script run context."""

    def __init__(self, steps: int) -> None:
        self.steps = steps
        self.done = 0
        self.result: int | None = None
        self.stop = threading.Event()
        self.thread = threading.Thread(
            target=self.work,
            name="thr-job",
            daemon=True,
        )

    def work(self) -> None:
        total = 0
        for step in range(1, self.steps + 1):
            if self.stop.wait(STEP_SECONDS):  # Cancel was clicked
                return
            total += step * step
            self.done = step
        self.result = total

    @property
    def running(self) -> bool:
        return self.thread.is_alive()


class JobSlot:
    """This session's job, if any: at most one thread per session."""

    def __init__(self) -> None:
        self.job: Job | None = None
        # Fast clicks can run two callbacks of one session at once
        # (a rerun starts before the last one has finished), so
        # start and cancel take turns: one job, whatever the rate.
        self.lock = threading.RLock()

    def start(self, steps: int) -> None:
        with self.lock:
            self.cancel()  # a restart ends the old thread first
            self.job = Job(steps)
            self.job.thread.start()

    def cancel(self) -> None:
        with self.lock:
            if self.job is not None and self.job.running:
                self.job.stop.set()
                self.job.thread.join()


# A thread cannot be pickled, so it does not belong in session state
# (runner.enforceSerializableSessionState would refuse it). The job
# lives in a cache scoped to this session: other sessions never see
# it. Streamlit empties it at every WebSocket disconnect (even a
# blip the session survives), and on_release stops the thread.
@st.cache_resource(scope="session", on_release=JobSlot.cancel)
def my_job_slot() -> JobSlot:
    return JobSlot()


slot = my_job_slot()


def start_job() -> None:
    st.session_state.pop("thr_result", None)
    slot.start(st.session_state.thr_steps)


st.number_input("Steps", 5, 200, 100, step=5, key="thr_steps")
left, right = st.columns(2)
left.button("Start (or restart)", on_click=start_job, key="thr_start")
job = slot.job
running = job is not None and job.running
right.button(
    "Cancel",
    on_click=slot.cancel,
    disabled=not running,
    key="thr_cancel",
)
if job is not None and job.result is not None:
    # The script's thread copies the result into session state.
    st.session_state.thr_result = job.result


# While the job runs, this fragment reruns on its own every 0.5 s.
@st.fragment(run_every=0.5 if running else None)
def progress() -> None:
    if job is None:
        st.caption("No job yet: press Start.")
    elif job.running:
        text = f"Step {job.done} of {job.steps}"
        st.progress(job.done / job.steps, text)
    elif running:
        st.rerun()  # it has just ended: rerun the whole page
    elif job.result is None:
        st.warning(f"Cancelled at step {job.done} of {job.steps}.")
    else:
        total = st.session_state.thr_result
        st.success(f"Sum of squares 1..{job.steps}: {total:,}")


progress()
