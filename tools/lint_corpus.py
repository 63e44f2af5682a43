"""Check out a pinned corpus of public Streamlit apps and run state-lint over each of them.

The corpus measures state-lint on code nobody here wrote; it is kept outside the repository
because the apps' licences differ. Each repository is pinned to one commit, taken from a local
mirror (a git directory per repository, named `owner+name/repo` or `owner+name.git`) or cloned
from a URL template, and only its Python and config files are exported, without history.

    python -m tools.lint_corpus --mirrors /path/to/mirrors --corpus ../lint-corpus
    python -m tools.lint_corpus --clone-url 'https://<host>/{repo}.git' --corpus ../lint-corpus

Findings go to `<corpus>/findings.json` (`--set held-out`, `held-out-2` or `held-out-3`: that
held-out set, into `findings-<set>.json`): folder mode (each repository as one checked folder)
and file mode (each file alone, as pre-commit passes it), with the counts per rule.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from app.paths import ROOT
from state_lint.lint import Finding, check_paths, python_files

# owner/name and the commit every measurement in docs/STATE_LINT.md was made at.
CORPUS: tuple[tuple[str, str], ...] = (
    ("streamlit/docs", "7b26d93b4d9c32f0c1a73488c6d7e2952a5107ef"),
    ("streamlit/cookbook", "cae857225ae429b62351a281c49abfbd5346d08f"),
    ("streamlit/llm-examples", "a7d8a5dd110b0bfec47071315e97be329f393752"),
    ("streamlit/30days", "2444b0425d6a0b446c788fdb0e0c776550614455"),
    ("streamlit/StreamlitLangChain", "89ae68e19078e5b1f0673578649aa1a50db6bcfb"),
    ("arnaudmiribel/streamlit-extras", "3bde34b98c3d158a2a0c063ceae1d72a38801f04"),
    ("whitphx/streamlit-webrtc", "f710050b1a8c6bb02953464a71e6e1e702db9940"),
    ("OpenMS/streamlit-template", "f7574dfc5f0f31388311147f4078fe5d53a503da"),
    ("DanDuhon/DSBG-Shuffle-streamlit", "12c592dda210d237a628c161c5e0614eed791f55"),
    ("Kibutznik1978/edw_streamlit_starter", "78a8fb153e6f8931dfa5a57940cc204ee4d9050a"),
    ("Shantnu-singh/LangGraph-Basic-to-Advance", "f4e4da5622e0e84ee5d549683d592eb956d8de77"),
    ("benchay1999/ai-group-chat-streamlit", "b30a28f69704f196d9fb89d680c4672c8422b700"),
    ("blockvoltcr7/streamlit_ai_showcase", "cc95f5b29233085a3893b9fb3f030329a2a6aae0"),
    ("dmenezesgabriel/streamlit-crud", "fecb1ffa3cec2c637825356f7cf3d54265529cfc"),
    ("jalakoo/mock-graph-data-generator-streamlit", "a68565093c4ff35ab68a423f5b68af14abbfb3ad"),
    ("kqc-real/streamlit", "b6b159555e8a228dad73dd75fd66c154a1088e28"),
    ("lewweiming/streamlit-chatbot", "3fa76a1e7b1333314586c9f902a2cd7b22e49773"),
    ("lhagenmayer/regression-streamlit-guide", "4fa15ffe62b2a1bcb6b20e912194f7b6cf192655"),
    ("matthannigan/fastapi-streamlit-llm-starter", "f5b04c0b8d125376e774e4f58202a9b0adaeaa0a"),
    ("rasheed-py/CW2_CST1510_M01094148-LABS", "cb8b7dd68ed9702298ddb23522b5ebcf0127151d"),
    ("rayraychen2011/pythonXAI", "f730e2fc76e1bf805941292797072dcd7ba39ff8"),
    ("rcsmit/streamlit_scripts", "2ab8c96b95e99701de5f30bc0620eb6f67a1a609"),
    ("umlwbin/Streamlit-apps", "290b9c0b98a9ceadefbb4db4e23a34496b609f3d"),
)

# Fetched after the rules were tuned on CORPUS and never used to change them: their precision
# is the honest estimate for code the rules have not seen.
HELD_OUT: tuple[tuple[str, str], ...] = (
    ("streamlit/streamlit-example", "8bd2197e4ba68dd68127a264dc6708f0a96f23c8"),
    ("pritish-dev/godrej-crm-streamlit", "2c149c1566d3e8f8c440e5b89dff7daad6256e07"),
    ("torotorokou/work_streamlit", "d7d7d461fb35416a44fdb65174482a9460d7d14e"),
    ("Jonathan-Lukwichi/StreamlitProject", "47d2a44966a4953ca925152042f86012e332fdfd"),
    ("Analytics-Avenue/streamlit-dataapp", "a6d5c13f65951f2c3ff7a72f94d88eb43e4451ea"),
    ("amandhillon22/chatbot-streamlit", "e917cc01238e664ad3a464a17dff481dd29ca44a"),
)

# A second held-out set, fetched after HELD_OUT's fixes and linted once before any rule was
# changed for it: its first pass is the estimate for code the rules have not seen.
HELD_OUT_2: tuple[tuple[str, str], ...] = (
    ("ibuilder/gcPanel-Streamlit", "5c5ea541d0ad625820683d6eda8ee0482e0c7ad2"),
    ("AdhamWagih93/streamlit-playground", "0f5a85764421eb17b34ffc633375a143645e6dd6"),
    ("yandri918/streamlit_terbaru", "8f8c5ae88d143fc24f421e72ec00182fb98eb985"),
    ("NewJerzzy/betcouncil-dashboard-streamlit", "ea2f90d6845f0df630584f11ffa04c5c3d1da5d8"),
    ("skt-project/streamlit_app", "7a6046c69c0b635063ed39c1bb3cc831e1a6b430"),
    ("YZXBiz/ai-streamlit", "ed083416fdb4003698fd52531aa670a422037b53"),
    ("cocare26/cocare-streamlit-app", "a839d3f4bf28e6e8bddca23c09835b46b0da5902"),
    ("GAIMHE/visu_streamlit", "9de8c4acd5424bd0cf49cae7bb4227de1679f0df"),
)

# A third held-out set, fetched after HELD_OUT_2's fixes and linted once, with every rule on,
# before any rule was changed for it: the first pass that decides which rules stay on by default.
HELD_OUT_3: tuple[tuple[str, str], ...] = (
    ("DrPinguJr/AMS_Streamlit", "ab561aa2e0a02988ed06342e9443feab844afa47"),
    ("Giraffe-Conservation-Foundation/streamlit", "069ccb17eacc191a9d7b70dfdee09bf8a9571972"),
    ("ikerdom/streamlit", "ae7152c7a38f92082f13b8bf71795adf87b72fa8"),
    ("velos0o/streamlit_eu_na_europa", "fc9b407f98ae9e3198c9a5875e4c6a6c75dd9ade"),
    ("strahser/HvacAppStreamlit", "c5c8dd4460b256ff5aa74279b1b6ef0f11174f27"),
    ("PiotrDerewonko/streamlit_data_analyze", "5ec25cf0d721975e480da479052799fb660478ac"),
    (
        "alfredang/wsq-courseware-generator-claude-streamlit",
        "380086a56d87358e6e543f24a239f6765ca2b2c5",
    ),
    ("basharmd94/streamlit-v2", "0ee928f532c910423f56cf3b1a3e7c03a4e0f3de"),
    (
        "Salmonyeonwoo/Utility-convenience-for-streamlits",
        "48c9d83cba9bb0bd3fe7e103bbf67f92f77eb26d",
    ),
)

# The sets by name, for --set; each writes its findings to its own file in the corpus folder.
SETS: dict[str, tuple[tuple[str, str], ...]] = {
    "corpus": CORPUS,
    "held-out": HELD_OUT,
    "held-out-2": HELD_OUT_2,
    "held-out-3": HELD_OUT_3,
}


def folder_name(repo: str) -> str:
    """The corpus folder of a repository: `owner+name`, as its mirror is named."""
    return repo.replace("/", "+")


def _mirror(mirrors: Path, repo: str) -> Path | None:
    """The git directory of a repository in a mirror folder, if there is one."""
    for candidate in (mirrors / folder_name(repo) / "repo", mirrors / f"{folder_name(repo)}.git"):
        if candidate.is_dir():
            return candidate
    return None


def _wanted(path: str) -> bool:
    """Files the check reads: Python sources and what marks an app's root."""
    return path.endswith((".py", ".toml")) or ".streamlit/" in path or path.endswith("/pages")


def _export(git_dir: Path, commit: str, target: Path) -> None:
    """Write the Python and config files of one commit into `target`, without history.

    Blobs a partial mirror lacks (large images) are skipped: they are never read.
    """
    git = ["git", f"--git-dir={git_dir}"]
    listing = subprocess.run(
        [*git, "ls-tree", "-r", "-z", commit], check=True, capture_output=True
    ).stdout.decode("utf-8", "surrogateescape")
    entries: list[tuple[str, str]] = []
    for entry in filter(None, listing.split("\0")):
        meta, _, path = entry.partition("\t")
        mode, kind, sha = meta.split()
        if kind == "blob" and mode != "120000" and _wanted(path):
            entries.append((sha, path))
    batch = subprocess.run(
        [*git, "cat-file", "--batch"],
        input="".join(f"{sha}\n" for sha, _ in entries).encode(),
        check=True,
        capture_output=True,
    ).stdout
    offset = 0
    for _sha, path in entries:
        header_end = batch.index(b"\n", offset)
        header = batch[offset:header_end].split()
        offset = header_end + 1
        if header[-1] == b"missing":
            continue
        size = int(header[2])
        file = target / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_bytes(batch[offset : offset + size])
        offset += size + 1


def checkout(
    corpus: Path,
    mirrors: Path | None,
    clone_url: str | None,
    pinned: tuple[tuple[str, str], ...] = CORPUS,
) -> list[Path]:
    """Make sure every pinned repository is in `corpus` at its commit; return their folders."""
    folders: list[Path] = []
    for repo, commit in pinned:
        target = corpus / folder_name(repo)
        stamp = target / ".pinned-commit"
        if stamp.exists() and stamp.read_text().strip() == commit:
            folders.append(target)
            continue
        git_dir = _mirror(mirrors, repo) if mirrors else None
        if git_dir is not None:
            _export(git_dir, commit, target)
        elif clone_url:
            with tempfile.TemporaryDirectory() as tmp:
                bare = Path(tmp) / "repo.git"
                url = clone_url.format(repo=repo)
                subprocess.run(["git", "clone", "--bare", "--quiet", url, str(bare)], check=True)
                _export(bare, commit, target)
        else:
            print(f"skipped {repo}: no mirror and no --clone-url", file=sys.stderr)
            continue
        # A real checkout has a .git folder: it bounds the search for an app's root.
        subprocess.run(["git", "init", "--quiet", str(target)], check=True)
        stamp.write_text(commit + "\n")
        folders.append(target)
    return folders


def _row(finding: Finding, corpus: Path) -> dict[str, str | int]:
    path = Path(finding.path).resolve().relative_to(corpus.resolve())
    repo, _, file = str(path).partition("/")
    return {
        "repo": repo.replace("+", "/"),
        "file": file,
        "line": finding.line,
        "rule": finding.rule,
        "message": finding.message,
    }


def lint(corpus: Path, folders: list[Path], select: frozenset[str] | None) -> dict[str, object]:
    """Findings of the corpus in folder mode and in file mode (each file checked alone)."""
    folder_rows: list[dict[str, str | int]] = []
    file_rows: list[dict[str, str | int]] = []
    errors: list[str] = []
    files = lines = 0
    for folder in folders:
        report = check_paths([folder], select=select)
        folder_rows.extend(_row(f, corpus) for f in report.findings)
        errors.extend(str(e) for e in report.errors)
        for path in python_files([folder]):
            alone = check_paths([path], select=select)
            file_rows.extend(_row(f, corpus) for f in alone.findings)
            files += 1
            lines += len(path.read_bytes().splitlines())
    return {
        "files": files,
        "lines": lines,
        "folder_mode": folder_rows,
        "folder_mode_per_rule": dict(sorted(Counter(str(r["rule"]) for r in folder_rows).items())),
        "file_mode": file_rows,
        "file_mode_per_rule": dict(sorted(Counter(str(r["rule"]) for r in file_rows).items())),
        "errors": errors,
    }


def main(argv: list[str] | None = None) -> int:
    """Check out the corpus, lint it, write findings.json and print a summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "lint-corpus")
    parser.add_argument("--mirrors", type=Path, help="folder of git mirrors (owner+name/repo)")
    parser.add_argument(
        "--clone-url", help="URL template with {repo}, e.g. https://<host>/{repo}.git"
    )
    parser.add_argument("--select", help="comma-separated rule ids (default: the default set)")
    parser.add_argument("--all-rules", action="store_true", help="run every rule")
    parser.add_argument(
        "--set", choices=sorted(SETS), default="corpus", help="which pinned set to lint"
    )
    parser.add_argument("--held-out", action="store_true", help="same as --set held-out")
    args = parser.parse_args(argv)
    from state_lint.rules import RULES

    select: frozenset[str] | None = None
    if args.all_rules:
        select = frozenset(RULES)
    elif args.select:
        select = frozenset(part.strip().upper() for part in args.select.split(","))
    name = "held-out" if args.held_out else args.set
    folders = checkout(args.corpus, args.mirrors, args.clone_url, SETS[name])
    result = lint(args.corpus, folders, select)
    out = args.corpus / ("findings.json" if name == "corpus" else f"findings-{name}.json")
    out.write_text(json.dumps(result, indent=1) + "\n")
    print(
        f"{len(folders)} repositories, {result['files']} files, {result['lines']} lines; "
        f"folder mode {len(result['folder_mode'])} findings {result['folder_mode_per_rule']}; "
        f"file mode {len(result['file_mode'])} findings; written to {out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
