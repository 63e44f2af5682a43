# A registry filled once at import by a decorator: shared on purpose, the same for everyone.
import streamlit as st  # noqa: F401 (state-lint checks files that import it)

RULES = {}


def rule(name):
    def register(func):
        RULES[name] = func
        return func

    return register


@rule("short")
def short_text(text):
    return len(text) < 80
