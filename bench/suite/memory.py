"""Memory per session: server RSS with 1 and with N sessions open, on `quick-start` through
Home.py against the bare counter snippet. Sessions are real AppSessions opened over the websocket
protocol (ops/ws_client.py); both servers run side by side and get their sessions alternately.
"""

from __future__ import annotations

from app.paths import HOME, SNIPPETS_DIR
from bench.lib.common import Row, Section, median, servers, verdict
from ops.ws_client import ProtocolSession

TARGET = 1.5


def run(sessions: int, reps: int) -> Section:
    per_session: dict[str, list[float]] = {"frame": [], "bare": []}
    first: dict[str, list[float]] = {"frame": [], "bare": []}
    full: dict[str, list[float]] = {"frame": [], "bare": []}
    for _ in range(reps):
        with servers(HOME, SNIPPETS_DIR / "quick_start" / "counter.py") as (app, bare):
            targets = {"frame": (app, "quick-start"), "bare": (bare, "")}
            opened: list[ProtocolSession] = []
            try:
                one = {}
                for name, (server, page) in targets.items():
                    session = ProtocolSession(server.url, page).open()
                    opened.append(session)
                    if not any(text.startswith("Count: `0`") for text in session.markdown):
                        raise RuntimeError(f"{name}: the counter did not render")
                    one[name] = server.rss_mb()
                for _ in range(sessions - 1):
                    for server, page in targets.values():
                        opened.append(ProtocolSession(server.url, page).open())
                for name, (server, _) in targets.items():
                    many = server.rss_mb()
                    first[name].append(one[name])
                    full[name].append(many)
                    per_session[name].append((many - one[name]) / max(sessions - 1, 1))
            finally:
                for session in opened:
                    session.close()
    frame, bare = median(per_session["frame"]), median(per_session["bare"])
    ratio = frame / bare if bare > 0 else None
    row = Row(
        "memory per session",
        f"quick-start vs counter.py, 1 -> {sessions} sessions",
        f"{frame * 1024:.0f} KB/session",
        f"{bare * 1024:.0f} KB/session",
        ratio,
        f"<= {TARGET}x",
        verdict(ratio, TARGET),
        f"RSS with 1 session {median(first['frame']):.0f} MB vs {median(first['bare']):.0f} MB, "
        f"with {sessions}: {median(full['frame']):.0f} MB vs {median(full['bare']):.0f} MB; "
        f"median of {reps}",
    )
    data = {
        "sessions": sessions,
        "reps": reps,
        "target": TARGET,
        "mb_per_session": {k: [round(v, 4) for v in vals] for k, vals in per_session.items()},
        "rss_1_session_mb": {k: [round(v, 2) for v in vals] for k, vals in first.items()},
        "rss_n_sessions_mb": {k: [round(v, 2) for v in vals] for k, vals in full.items()},
        "ratio": None if ratio is None else round(ratio, 3),
    }
    return Section("memory", [row], data)
