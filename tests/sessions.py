"""Several learners in one AppTest process, for lessons with `scope="session"` caches.

Every AppTest reports the same session id ("test session id"), so two AppTests would share one
session-scoped cache. `Sessions` gives each AppTest its own id and switches to it before each
run; runs are synchronous, so the switch is exact.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import pytest
from conftest import open_lesson, open_snippet
from streamlit.runtime import caching
from streamlit.runtime.caching import cache_data_api, cache_resource_api
from streamlit.testing.v1 import AppTest


class Sessions:
    def __init__(self, slug: str) -> None:
        self.slug = slug
        self.current = ""
        self.used: list[str] = []

    def open(self, file: str | None = None) -> tuple[AppTest, str]:
        """A new learner on the lesson, or on one of its snippets alone when `file` is given
        (its first run already done, as that session)."""
        self.current = f"test-{uuid.uuid4().hex}"
        self.used.append(self.current)
        if file is None:
            return open_lesson(self.slug), self.current
        at = open_snippet(file).run()
        assert not at.exception, [e.value for e in at.exception]
        return at, self.current

    def act(self, session_id: str, at: AppTest, action: Callable[[AppTest], object]) -> AppTest:
        """One interaction of the given learner, then the rerun it causes."""
        self.current = session_id
        action(at)
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    def disconnect(self, session_id: str) -> None:
        """What the runtime does when a session's WebSocket goes away."""
        caching.clear_session_data_cache(session_id)
        caching.clear_session_resource_cache(session_id)


def sessions_for(slug: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Sessions]:
    """Body of a fixture: learners of `slug`, each session's caches released at the end."""
    tracker = Sessions(slug)
    for api in (cache_resource_api, cache_data_api):
        monkeypatch.setattr(api, "get_session_id_or_throw", lambda: tracker.current)
    yield tracker
    for session_id in tracker.used:
        tracker.disconnect(session_id)


def nothing(at: AppTest) -> None:
    """An interaction that changes nothing: the learner's page simply reruns."""


def press(key: str) -> Callable[[AppTest], object]:
    return lambda at: at.button(key=key).click()
