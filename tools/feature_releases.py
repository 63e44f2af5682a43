"""Regenerate the table in tools/versions.py from the published wheels.

    python tools/feature_releases.py 1.50.0 1.67.0 > /tmp/table.txt

Downloads each release between the two (`pip download --no-deps streamlit==X`), unpacks it and
reads, with `ast` only (nothing is imported), the parameters of every public `st.*` callable and
of the cache decorators. A function or a keyword parameter that is missing from the first
release and present from some later release on is printed with that release, in the form
`FIRST_RELEASE` uses. Literal values (`text_input(type="email")`) are checked by hand: see the
note in tools/versions.py.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

CACHE_DECORATORS = {
    "runtime/caching/cache_data_api.py": "cache_data",
    "runtime/caching/cache_resource_api.py": "cache_resource",
}


def releases(first: str, last: str) -> list[str]:
    """Final releases from `first` to `last`, as pip lists them."""
    out = subprocess.run(
        [sys.executable, "-m", "pip", "index", "versions", "streamlit"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    listed = out.split("Available versions:")[1].splitlines()[0]
    key = lambda v: tuple(int(p) for p in v.split("."))  # noqa: E731
    found = {v.strip() for v in listed.split(",") if v.strip().replace(".", "").isdigit()}
    minors = {}
    for version in sorted(found, key=key):
        if key(first) <= key(version) <= key(last):
            minors.setdefault(version.rsplit(".", 1)[0], version)  # first patch of each minor
    return sorted(minors.values(), key=key)


def api(root: Path) -> dict[str, set[str]]:
    """Public name -> parameter names, for one unpacked `streamlit` package."""
    init = ast.parse((root / "__init__.py").read_text(encoding="utf-8"))
    public = set()
    for node in init.body:
        if isinstance(node, ast.Assign):
            public |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.ImportFrom):
            public |= {a.asname or a.name for a in node.names}
    public = {name for name in public if not name.startswith("_")}
    params: dict[str, set[str]] = {}
    for path in root.rglob("*.py"):
        relative = path.relative_to(root).as_posix()
        if relative.startswith(("proto/", "static/")):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef):
                continue
            if node.name in public:
                name = node.name
            elif node.name == "__call__" and relative in CACHE_DECORATORS:
                name = CACHE_DECORATORS[relative]
            else:
                continue
            args = node.args
            names = {a.arg for a in args.posonlyargs + args.args + args.kwonlyargs}
            params.setdefault(name, set()).update(names - {"self", "cls"})
    return params


def main(first: str, last: str) -> None:
    versions = releases(first, last)
    apis = {}
    with tempfile.TemporaryDirectory() as tmp:
        for version in versions:
            target = Path(tmp) / version
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--no-deps", "-q",
                 f"streamlit=={version}", "-d", str(target)],
                check=True,
            )  # fmt: skip
            wheel = next(target.glob("*.whl"))
            with zipfile.ZipFile(wheel) as archive:
                archive.extractall(target / "unpacked")
            apis[version] = api(target / "unpacked" / "streamlit")
    base = apis[versions[0]]
    first_seen: dict[str, str] = {}
    for version in versions[1:]:
        for name, names in apis[version].items():
            features = [name] if name not in base else []
            features += [f"{name}({p}=)" for p in names - base.get(name, set())]
            for feature in features:
                first_seen.setdefault(feature, version)
    # A module-level helper that shares a public name (the server's `login(request)` route) is
    # not the st.* function: keep only what the installed Streamlit's signature confirms.
    for feature, version in sorted(first_seen.items(), key=lambda kv: (kv[1], kv[0])):
        later = versions[versions.index(version) :]
        name, _, param = feature.partition("(")
        param = param.removesuffix("=)")
        if all(name in apis[v] and (not param or param in apis[v][name]) for v in later):
            print(f'    "{feature}": "{version.rsplit(".", 1)[0]}",')


if __name__ == "__main__":
    main(*sys.argv[1:3])
