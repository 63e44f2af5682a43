# A limiter counting runs of a function across sessions, behind a lock.
import threading
from collections import Counter

import streamlit as st  # noqa: F401 (state-lint checks files that import it)

COUNTERS = Counter()
LOCK = threading.Lock()


def limited(func, limit=2):
    def wrapper(*args):
        with LOCK:
            COUNTERS[func.__name__] += 1
        try:
            return func(*args)
        finally:
            with LOCK:
                COUNTERS[func.__name__] -= 1

    return wrapper
