"""`python -m deploy`: the app on several processes behind nginx, until Ctrl-C or SIGTERM.

python -m deploy --processes 2 --port 8080
python -m deploy --processes 2 --database-url postgresql+psycopg2://app:PW@db:5432/app
python -m deploy --processes 2 --throwaway-postgres   # a temporary local PostgreSQL 15

Each process is `streamlit run Home.py` on a free 127.0.0.1 port; nginx listens on
127.0.0.1:PORT and keeps each browser on one process (deploy/nginx.conf.template says how).
The database URL may also come from the DURABLE_DATABASE_URL environment variable (keeps the
password out of the process list). Everything started is stopped on exit.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import time
from collections.abc import Iterator
from types import FrameType

from ops.nginx_deployment import Deployment, find_nginx  # noqa: E402

DATABASE_ENV = "DURABLE_DATABASE_URL"


def _stop_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt  # leaves the `with` blocks below, which stop everything


@contextlib.contextmanager
def throwaway_postgres() -> Iterator[str]:
    """A PostgreSQL 15 cluster in a temporary folder (ops/pgcluster.py), removed on exit."""
    from ops.pgcluster import PostgresCluster, find_bindir

    bindir = find_bindir()
    if bindir is None:
        raise SystemExit("no PostgreSQL under /usr/lib/postgresql (apt-get install postgresql-15)")
    with PostgresCluster(bindir) as cluster:
        yield cluster.url


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m deploy",
        description=__doc__.splitlines()[0],
        epilog="\n".join(__doc__.splitlines()[2:]),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--processes", type=int, default=2, help="Streamlit processes (2)")
    parser.add_argument("--port", type=int, default=8080, help="nginx port on 127.0.0.1 (8080)")
    store = parser.add_mutually_exclusive_group()
    store.add_argument(
        "--database-url",
        default=os.environ.get(DATABASE_ENV),
        help=f"SQLAlchemy URL of the durable store (default: ${DATABASE_ENV}, else the "
        "SQLite file in ./durable_state, shared only on one machine)",
    )
    store.add_argument(
        "--throwaway-postgres",
        action="store_true",
        help="start a temporary PostgreSQL cluster for the store (deleted on exit)",
    )
    parser.add_argument(
        "--keep-logs", action="store_true", help="keep the folder with the logs and nginx.conf"
    )
    args = parser.parse_args(argv)
    if not 1 <= args.processes <= 32:
        parser.error("--processes must be between 1 and 32")
    if find_nginx() is None:
        parser.error("nginx not found: apt-get install nginx")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    with contextlib.ExitStack() as stack:
        try:
            url = args.database_url
            if args.throwaway_postgres:
                url = stack.enter_context(throwaway_postgres())
            print(f"starting {args.processes} Streamlit processes and nginx ...", flush=True)
            deployment = stack.enter_context(
                Deployment(
                    args.processes,
                    port=args.port,
                    database_url=url,
                    keep_folder=args.keep_logs,
                )
            )
            for name, number in deployment.upstream_names().items():
                print(f"  process {number}: http://{name}")
            print(f"  durable store: {'the database URL given' if url else 'SQLite file'}")
            print(f"  logs and nginx.conf: {deployment.folder}")
            print(f"\nOpen {deployment.url}  (Ctrl-C stops everything)", flush=True)
            while not (gone := deployment.dead()):
                time.sleep(1)
            print(f"stopped on its own: {', '.join(gone)}; stopping the rest", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            print("\nstopping ...", flush=True)
            return 0


if __name__ == "__main__":
    sys.exit(main())
