"""PostgreSQL for the store tests: one throwaway cluster per test session (ops/pgcluster.py), a
fresh database per test. Import the fixtures into a test module (`from pg import ...`).

Without PostgreSQL binaries the tests that need it skip with a message; with CI=true they fail,
because CI (.ci/run) installs PostgreSQL and must run them.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from ops.pgcluster import PostgresCluster, find_bindir

IN_CI = os.environ.get("CI", "").lower() == "true"
ENGINES = ("sqlite", "postgresql")


def started_cluster() -> PostgresCluster:
    """A running throwaway cluster; skips (fails with CI=true) without PostgreSQL."""
    bindir = find_bindir()
    if bindir is None:
        message = "no PostgreSQL (initdb) under /usr/lib/postgresql: apt-get install postgresql-15"
        if IN_CI:
            pytest.fail(f"CI=true but {message}")
        pytest.skip(message)
    cluster = PostgresCluster(bindir)
    try:
        cluster.start()
    except Exception as exc:
        cluster.stop()
        pytest.fail(f"PostgreSQL did not start: {exc}\n{cluster.log_tail()}")
    return cluster


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PostgresCluster]:
    cluster = started_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def own_pg_cluster() -> Iterator[PostgresCluster]:
    """A cluster of this test alone, which it may stop and start again (`pause`, `resume`)."""
    cluster = started_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()


def create_database(cluster: PostgresCluster) -> str:
    """A new, empty database in the cluster; its SQLAlchemy URL."""
    name = f"t_{secrets.token_hex(6)}"
    engine = sa.create_engine(cluster.url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()
    return cluster.url.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture
def pg_url(pg_cluster: PostgresCluster) -> str:
    """SQLAlchemy URL of an empty PostgreSQL database of this test only."""
    return create_database(pg_cluster)


@pytest.fixture(params=ENGINES)
def store_url(request: pytest.FixtureRequest, tmp_path) -> str:
    """An empty store, once on a SQLite file and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'state.db'}"
    return request.getfixturevalue("pg_url")
