"""Data and helpers that one lesson each uses (its table's rows, its checker, its test runner)."""
