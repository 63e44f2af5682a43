"""The process that drives Predict questions for the page: `python -m app.predict.worker`.

AppTest swaps Streamlit's process-wide runtime for a mock while it runs and shares the process's
caches, so inside the server it would break other learners' sessions: the page sends a question id
to this process over a pipe, one JSON line each way, and gets the run back.
"""

from __future__ import annotations

import atexit
import json
import os
import selectors
import subprocess
import sys
import threading
from typing import Any, TextIO

from app.paths import ROOT

REPLY_TIMEOUT = 90.0  # seconds for one question, the worker's start included


class WorkerError(Exception):
    """The run could not be made: the worker refused the question, failed or took too long."""


def answer(request: str) -> dict[str, Any]:
    """One reply of the worker: `{"ok": true, "run": ...}` or `{"ok": false, "error": ...}`."""
    from app.predict.driver import DriverError, drive
    from app.predict.questions import question_by_id

    try:
        question_id = json.loads(request)["id"]
    except (ValueError, KeyError, TypeError):
        return {"ok": False, "error": "not a request"}
    question = question_by_id(str(question_id))
    if question is None:
        return {"ok": False, "error": f"no question {question_id!r}"}
    try:
        return {"ok": True, "run": drive(question).to_json()}
    except DriverError as exc:
        return {"ok": False, "error": str(exc)}
    except Exception as exc:  # reported to the page; the worker stays up for the next question
        return {"ok": False, "error": f"{type(exc).__name__}: {exc}"}


def serve(requests: TextIO, replies: TextIO) -> None:
    """The worker's loop; it ends when the server closes the pipe (or dies)."""
    for request in requests:
        replies.write(json.dumps(answer(request)) + "\n")
        replies.flush()


def main() -> None:
    os.chdir(ROOT)  # AppTest reads .streamlit/config.toml from here: the app's own settings
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    # What a snippet prints goes to stderr, never into the replies.
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    sys.stdout = sys.stderr
    # Errors are what some questions are about: the reply carries them, the log need not.
    # The config is read first: reading it sets the log level again.
    from streamlit import config, logger

    config.get_option("logger.level")
    logger.set_log_level("critical")
    serve(sys.stdin, replies)


class Worker:
    """One worker process, started on first use and reused; one question at a time."""

    def __init__(self, timeout: float = REPLY_TIMEOUT) -> None:
        self.timeout = timeout
        self._lock = threading.Lock()
        self._process: subprocess.Popen[str] | None = None
        atexit.register(self.stop)

    def run(self, question_id: str) -> dict[str, Any]:
        """The question's real run, as `Run.to_json()` made it."""
        with self._lock:
            try:
                process = self._started()
                assert process.stdin is not None
                process.stdin.write(json.dumps({"id": question_id}) + "\n")
                process.stdin.flush()
                line = self._reply(process)
            except (OSError, WorkerError) as exc:
                self.stop()
                raise WorkerError(f"the worker process failed: {exc}") from exc
        reply = json.loads(line)
        if not reply["ok"]:
            raise WorkerError(reply["error"])
        return reply["run"]

    def _started(self) -> subprocess.Popen[str]:
        if self._process is None or self._process.poll() is not None:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "app.predict.worker"],
                cwd=ROOT,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                encoding="utf-8",
            )
        return self._process

    def _reply(self, process: subprocess.Popen[str]) -> str:
        assert process.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(process.stdout, selectors.EVENT_READ)
            if not selector.select(self.timeout):
                raise WorkerError(f"no answer within {self.timeout:.0f} s")
        line = process.stdout.readline()
        if not line:
            raise WorkerError("the worker stopped")
        return line

    def stop(self) -> None:
        """End the worker process (it also ends by itself when the server goes away)."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            process.kill()
            process.wait()
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()


if __name__ == "__main__":
    main()
