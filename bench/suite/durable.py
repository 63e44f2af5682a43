"""`python -m bench.suite.durable`: what the durable-state store costs per rerun, and what the
version check saves when many sessions write one row at once. SQLite and PostgreSQL.

python -m bench.suite.durable            # full run, writes bench/durable_results.md
python -m bench.suite.durable --quick    # fewer repetitions
python -m bench.suite.durable --tiny     # smoke setting (tests/test_durable_store.py)

1. Per rerun: `snippets/durable_state/durable_state_store.py` under AppTest (one shared
   ScriptCache, as a server has), its store on a SQLite file or on a throwaway PostgreSQL cluster
   (ops/pgcluster.py).
   Interleaved, three reruns of the same page: a plain rerun that does not touch the store (the
   baseline), **Reload** (reads the row and writes its last-seen time: a read + a write) and
   **Add** (one conditional UPDATE). Ratios are medians of per-repetition ratios.
2. Lost updates: N sessions x M writes to one row at once. Each session is a thread holding its
   own copy of the row, as `st.session_state` does, and runs the snippets' own SQL statements,
   read from the snippet files, so this measures exactly what the lesson shows:
   - `version check`: SAVE_IF; on a refusal the session reloads and applies its change again;
   - `last write wins`: SAVE_ANY; each session saves its own copy (the two-tabs demo);
   - `last write wins, re-read`: SAVE_ANY right after a fresh SELECT (read-modify-write).
   An update is lost when an item a session was told was saved is not in the final row.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import secrets
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from app.paths import ROOT, SNIPPETS_DIR
from bench.lib.common import median, paired_ratio
from bench.lib.report import machine, machine_line

STORE_SNIPPET = SNIPPETS_DIR / "durable_state" / "durable_state_store.py"
TWO_TABS_SNIPPET = SNIPPETS_DIR / "durable_state" / "durable_state_two_tabs.py"
OUT = ROOT / "bench" / "durable_results.md"
MODES = ("version check", "last write wins", "last write wins, re-read")
TIMEOUT = 60


def snippet_sql(path: Path) -> dict[str, str]:
    """The upper-case string constants of a snippet (its SQL), evaluated from the source."""
    constants: dict[str, str] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
            continue
        target = node.targets[0]
        if isinstance(target, ast.Name) and target.id.isupper():
            try:
                value = ast.literal_eval(node.value)
            except ValueError:
                continue
            if isinstance(value, str):
                constants[target.id] = value
    return constants


def make_engine(url: str, pool_size: int) -> sa.Engine:
    """One engine per process, as st.connection keeps one; a pool big enough for every thread."""
    if url.startswith("sqlite"):
        # Writers wait for SQLite's file lock instead of failing after the default 5 s.
        return sa.create_engine(
            url, pool_size=pool_size, max_overflow=0, connect_args={"timeout": 60}
        )
    return sa.create_engine(url, pool_size=pool_size, max_overflow=0)


# 2. Lost updates ---------------------------------------------------------------------------


@dataclass
class HammerResult:
    mode: str
    sessions: int
    writes: int
    saved: int = 0  # writes the store reported as done (rowcount 1)
    stored: int = 0  # items in the row at the end
    lost: int = 0
    refused: int = 0  # version-check refusals, each followed by a reload and a retry
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def hammer(
    url: str, sessions: int, writes: int, mode: str, deadline_s: float = 300
) -> HammerResult:
    """N sessions x M writes to one fresh row, all at once (see the module docstring)."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}")
    sql = snippet_sql(STORE_SNIPPET) | snippet_sql(TWO_TABS_SNIPPET)
    engine = make_engine(url, sessions)
    result = HammerResult(mode, sessions, writes)
    lock = threading.Lock()
    try:
        with engine.begin() as connection:
            connection.execute(sa.text(sql["CREATE"]))
        token = secrets.token_urlsafe(32)
        with engine.begin() as connection:
            connection.execute(
                sa.text(sql["INSERT"]),
                {"token": token, "data": json.dumps({"items": []}), "now": int(time.time())},
            )

        def load() -> tuple[list[str], int]:
            with engine.connect() as connection:
                row = connection.execute(sa.text(sql["SELECT"]), {"token": token}).one()
            return json.loads(row.data)["items"], row.version

        def save(statement: str, items: list[str], version: int) -> bool:
            params = {
                "data": json.dumps({"items": items}),
                "now": int(time.time()),
                "token": token,
                "version": version,
            }
            with engine.begin() as connection:
                return connection.execute(sa.text(statement), params).rowcount == 1

        start = threading.Barrier(sessions)
        deadline = time.perf_counter() + deadline_s
        saved_items: list[str] = []

        def session(index: int) -> None:
            items, version = load()
            start.wait()
            for n in range(writes):
                item = f"s{index:02d}w{n:02d}"
                while time.perf_counter() < deadline:
                    if mode == "last write wins, re-read":
                        items, version = load()
                    if mode == "version check":
                        done = save(sql["SAVE"], [*items, item], version)
                    else:
                        done = save(sql["SAVE_ANY"], [*items, item], version)
                    if done:
                        items = [*items, item]
                        version += 1 if mode == "version check" else 0
                        with lock:
                            saved_items.append(item)
                        break
                    with lock:
                        result.refused += 1
                    items, version = load()  # "changed elsewhere, reload"
                else:
                    raise TimeoutError(f"session {index} passed the {deadline_s:.0f} s deadline")

        def guarded(index: int) -> None:
            try:
                session(index)
            except Exception as exc:  # reported in the result, never hidden
                with lock:
                    result.errors.append(f"session {index}: {type(exc).__name__}: {exc}")
                start.abort()

        threads = [threading.Thread(target=guarded, args=(i,)) for i in range(sessions)]
        began = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        result.seconds = time.perf_counter() - began
        final, _ = load()
        result.saved = len(saved_items)
        result.stored = len(final)
        result.lost = len(set(saved_items) - set(final))
        if len(final) != len(set(final)) or not set(final) <= set(saved_items):
            result.errors.append("the row holds duplicates or items nobody saved")
    finally:
        engine.dispose()
    return result


# 1. Per rerun --------------------------------------------------------------------------------


@dataclass
class RerunResult:
    engine: str
    reps: int
    plain_ms: list[float]
    reload_ms: list[float]
    add_ms: list[float]

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def per_rerun(url: str, engine: str, reps: int) -> RerunResult:
    """Interleaved plain / Reload / Add reruns of the store snippet with its store at `url`."""
    from streamlit.testing.v1 import AppTest

    from bench.lib.apptest import server_like_apptest

    with server_like_apptest():
        at = AppTest.from_file(str(STORE_SNIPPET), default_timeout=TIMEOUT)
        at.secrets["connections"] = {"durable": {"url": url}}
        at.run()
        at.text_input(key="durable_item").input("first").run()
        at.button(key="durable_add").click().run()
        assert at.session_state["durable_token"], "the first save issued no token"

        def plain() -> None:
            at.run()

        def reload() -> None:
            at.button(key="durable_reload").click().run()

        def add(n: int) -> Callable[[], None]:
            def step() -> None:
                at.text_input(key="durable_item").input(f"i{n}")
                at.button(key="durable_add").click().run()

            return step

        times: dict[str, list[float]] = {"plain": [], "reload": [], "add": []}
        for n in range(reps):
            for name, step in (("plain", plain), ("reload", reload), ("add", add(n))):
                began = time.perf_counter()
                step()
                times[name].append((time.perf_counter() - began) * 1000)
                if at.exception:
                    raise RuntimeError(f"the snippet raised: {at.exception[0].value}")
        if at.session_state["durable_version"] != reps + 1:
            raise RuntimeError("an Add did not reach the store")
    return RerunResult(engine, reps, times["plain"], times["reload"], times["add"])


# Engines and report --------------------------------------------------------------------------


@contextmanager
def engines(tmp: Path, want_postgres: bool) -> Iterator[tuple[dict[str, str], list[str]]]:
    """({engine: SQLAlchemy URL}, [why an engine is left out]); PostgreSQL: a throwaway cluster."""
    from ops.pgcluster import PostgresCluster, find_bindir

    urls = {"SQLite": f"sqlite:///{tmp / 'bench.db'}"}
    if not want_postgres:
        yield urls, ["PostgreSQL: not asked for (--no-postgres)"]
        return
    bindir = find_bindir()
    if bindir is None:
        yield (
            urls,
            ["PostgreSQL: no binaries under /usr/lib/postgresql (apt-get install postgresql-15)"],
        )
        return
    with PostgresCluster(bindir) as cluster:
        yield {**urls, "PostgreSQL": cluster.url}, []


def fresh(url: str, engine: str, tmp: Path, name: str) -> str:
    """An empty store per measurement: a new SQLite file, or a new PostgreSQL database."""
    if engine == "SQLite":
        return f"sqlite:///{tmp / (name + '.db')}"
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()
    return url.rsplit("/", 1)[0] + f"/{name}"


PRESETS = {"full": (40, 50, 20), "quick": (15, 50, 20), "tiny": (2, 4, 3)}


def run(preset: str = "full", want_postgres: bool = True) -> dict[str, object]:
    import tempfile

    reps, sessions, writes = PRESETS[preset]
    results: dict[str, object] = {"preset": preset, "reruns": [], "hammer": [], "skipped": []}
    with tempfile.TemporaryDirectory(prefix="bench-durable-") as folder:
        tmp = Path(folder)
        with engines(tmp, want_postgres) as (urls, skipped):
            results["skipped"] = skipped
            for engine, url in urls.items():
                slug = engine.lower()
                print(f"[durable] {engine}: per rerun ...", file=sys.stderr, flush=True)
                rerun = per_rerun(fresh(url, engine, tmp, f"rerun_{slug}"), engine, reps)
                results["reruns"].append(rerun.as_dict())
                for n, mode in enumerate(MODES):
                    print(f"[durable] {engine}: {mode} ...", file=sys.stderr, flush=True)
                    store = fresh(url, engine, tmp, f"hammer_{slug}_{n}")
                    outcome = hammer(store, sessions, writes, mode)
                    results["hammer"].append({"engine": engine, **outcome.as_dict()})
    return results


def markdown(results: dict[str, object], info: str, command: str) -> str:
    lines = [
        "## Durable state: the store per rerun, and lost updates",
        "",
        f"`{command}` on {info}. Absolute times depend on the machine's other work; the ratios "
        "compare interleaved reruns of the same page in the same minute.",
        "",
        "**Store read + write per rerun** (`snippets/durable_state/durable_state_store.py` under "
        "AppTest, median of interleaved reruns; the baseline is a plain rerun of the same page "
        "that does not touch the store)",
        "",
        "| Engine | Plain rerun | Reload (read + write) | Ratio | Add (one write) | Ratio | Reps |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results["reruns"]:  # type: ignore[union-attr]
        plain, reload_, add = r["plain_ms"], r["reload_ms"], r["add_ms"]
        lines.append(
            f"| {r['engine']} | {median(plain):.1f} ms | {median(reload_):.1f} ms | "
            f"{paired_ratio(reload_, plain):.2f}x | {median(add):.1f} ms | "
            f"{paired_ratio(add, plain):.2f}x | {r['reps']} |"
        )
    hammer_rows = results["hammer"]
    first = hammer_rows[0] if hammer_rows else {"sessions": 0, "writes": 0}  # type: ignore[index]
    lines += [
        "",
        f"**Lost updates**: {first['sessions']} concurrent sessions x {first['writes']} writes "
        "to one row, each session holding its own copy, with the snippets' SQL",
        "",
        "| Engine | Save | Saves reported | Items stored | Lost updates | Refused, reloaded "
        "and retried | Time | Errors |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for h in hammer_rows:  # type: ignore[union-attr]
        errors = "; ".join(h["errors"])[:200] or "0"
        lines.append(
            f"| {h['engine']} | {h['mode']} | {h['saved']} | {h['stored']} | {h['lost']} | "
            f"{h['refused']} | {h['seconds']:.1f} s | {errors} |"
        )
    for reason in results["skipped"]:  # type: ignore[union-attr]
        lines += ["", f"Skipped: {reason}."]
    lines += [
        "",
        "Reading it: *Reload* runs a primary-key SELECT and the last-seen UPDATE, *Add* one "
        "conditional UPDATE; a plain rerun runs no SQL (tests/test_durable_store.py counts the "
        "statements). With the version check every save that was reported is in the row: a refused "
        "save reloads the row and applies its change again (the *Refused* column). With last "
        "write wins each session's copy only ever holds its own items, so the row ends with "
        "the last writer's items and every other session's are lost; re-reading right before "
        "each write does not help under concurrency, because other sessions write between "
        "the read and the write.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(prog="python -m bench.suite.durable", description=__doc__)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="fewer repetitions")
    mode.add_argument("--tiny", action="store_true", help="smoke setting")
    parser.add_argument("--no-postgres", action="store_true", help="SQLite only")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the markdown")
    args = parser.parse_args(argv)
    preset = "tiny" if args.tiny else "quick" if args.quick else "full"
    info = machine_line(machine())
    began = time.perf_counter()
    results = run(preset, want_postgres=not args.no_postgres)
    arguments = "".join(f" {a}" for a in (argv if argv is not None else sys.argv[1:]))
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    command = f"python -m bench.suite.durable{arguments}"
    info = f"{info}; {stamp}, {time.perf_counter() - began:.0f} s"
    text = markdown(results, info, command)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    results["markdown"] = text
    print(text)
    return results


if __name__ == "__main__":
    os.environ.setdefault("STREAMLIT_LOG_LEVEL", "error")
    main()
