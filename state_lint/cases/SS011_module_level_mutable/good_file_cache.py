# A cache of parsed files: every session may reuse it, which is the point.
import json

import streamlit as st  # noqa: F401 (state-lint checks files that import it)

_JSON_CACHE = {}


def load_json(path):
    if path not in _JSON_CACHE:
        with open(path, encoding="utf-8") as handle:
            _JSON_CACHE[path] = json.load(handle)
    return _JSON_CACHE[path]


def clear_json_cache():
    _JSON_CACHE.clear()
