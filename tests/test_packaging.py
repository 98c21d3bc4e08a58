"""The built wheel works on its own: rules registered by entry points, data files inside, no stray packages.

A wheel is built from a copy of the sources and installed with ``--no-deps`` into a fresh virtual
environment (no system site-packages). The dependencies (spaCy, click, rich...) cannot be installed
offline, so a ``.pth`` file makes the running interpreter's site-packages importable *after* the new
environment's own; nothing of the source tree is on the path, and every command runs from a folder
outside the repository.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import pytest

from strategylint import __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
RULE_MODULES = sorted(p.stem for p in (ROOT / "rules").glob("*.py") if p.stem != "__init__")
SOURCES = ("pyproject.toml", "README.md", "LICENSE", "strategylint", "rules")
IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build", "dist")
TIMEOUT = 240


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path
    python: Path
    script: Path
    site_packages: Path
    outside: Path


def _run(args: list[str | Path], cwd: Path, timeout: int = TIMEOUT) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["PYTHONNOUSERSITE"] = "1"
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def _setuptools_is_recent() -> bool:
    try:
        return int(version("setuptools").split(".")[0]) >= 68
    except Exception:
        return False


def _build_wheel(source: Path, dist: Path) -> Path:
    # pyproject asks for setuptools>=68; build in place only if this interpreter has it, else let `build`
    # make its isolated environment (pip fetches setuptools from the configured index)
    isolation = [] if not _setuptools_is_recent() else ["--no-isolation"]
    done = _run([sys.executable, "-m", "build", "--wheel", *isolation, "--outdir", dist, source], cwd=source)
    if done.returncode != 0:
        output = done.stdout + done.stderr
        if "No matching distribution" in output or "Could not find a version" in output:
            pytest.skip(
                "cannot fetch the build backend (setuptools>=68) for an isolated build:\n" + output[-800:]
            )
        pytest.fail(f"building the wheel failed:\n{output[-3000:]}")
    wheels = sorted(dist.glob("strategylint-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("packaging")
    source = base / "src"
    source.mkdir()
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=IGNORE)
        elif path.is_file():
            shutil.copy2(path, source / name)
    wheel = _build_wheel(source, base / "dist")

    env_dir = base / "venv"
    venv.EnvBuilder(with_pip=True, system_site_packages=False, clear=True).create(env_dir)
    python = env_dir / "bin" / "python"
    site_packages = Path(
        _run(
            [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], cwd=base
        ).stdout.strip()
    )
    assert site_packages.is_dir() and str(site_packages).startswith(str(env_dir))
    done = _run(
        [
            python,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-index",
            "--no-cache-dir",
            "--disable-pip-version-check",
            wheel,
        ],
        cwd=base,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # the dependencies come from the interpreter running the tests, after the new environment's own paths
    (site_packages / "zz_test_dependencies.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8"
    )
    outside = base / "elsewhere"
    outside.mkdir()
    return Installed(wheel, env_dir, python, env_dir / "bin" / "strategylint", site_packages, outside)


def test_wheel_contents(installed: Installed) -> None:
    names = zipfile.ZipFile(installed.wheel).namelist()
    assert not [n for n in names if n.startswith("rules/")], "the rule pack ships as strategylint.rules only"
    for module in RULE_MODULES:
        assert f"strategylint/rules/{module}.py" in names
    lexicons = sorted(p.name for p in (ROOT / "rules" / "lexicons").glob("*.txt"))
    assert lexicons
    for lexicon in lexicons:
        assert f"strategylint/rules/lexicons/{lexicon}" in names
    assert "strategylint/py.typed" in names
    assert not [n for n in names if n.startswith("tests/")]


def test_installed_rules_are_the_modules_on_disk(installed: Installed) -> None:
    done = _run([installed.script, "rules", "--format", "json"], cwd=installed.outside)
    assert done.returncode == 0, done.stderr
    names = sorted(rule["name"] for rule in json.loads(done.stdout))
    assert names == sorted(m.replace("_", "-") for m in RULE_MODULES)


def test_rules_package_is_imported_from_the_venv(installed: Installed) -> None:
    done = _run(
        [
            installed.python,
            "-c",
            "import strategylint, strategylint.rules, pathlib; "
            "print(strategylint.rules.__file__); print(strategylint.__file__)",
        ],
        cwd=installed.outside,
    )
    assert done.returncode == 0, done.stderr
    for line in done.stdout.split():
        path = Path(line).resolve()
        assert path.is_relative_to(installed.venv.resolve()), path
        assert not path.is_relative_to(ROOT), path


def test_no_top_level_rules_package_is_installed(installed: Installed) -> None:
    assert (installed.site_packages / "strategylint" / "rules" / "__init__.py").is_file()
    assert not (installed.site_packages / "rules").exists()
    done = _run(
        [installed.python, "-c", "import importlib.util; print(importlib.util.find_spec('rules'))"],
        cwd=installed.outside,
    )
    assert done.stdout.strip() == "None"


def test_python_m_strategylint_version(installed: Installed) -> None:
    done = _run([installed.python, "-m", "strategylint", "--version"], cwd=installed.outside)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"strategylint, version {__version__}"


def test_installed_check_reads_its_packaged_word_lists(installed: Installed) -> None:
    draft = installed.outside / "draft.md"
    draft.write_text(
        "# Digital Strategy\n\nPublished March 2024\n\n"
        "Over the next ten years we will move every service to the cloud.\n\n"
        "We will explore innovative, world-class digital solutions to foster a seamless experience.\n",
        encoding="utf-8",
    )
    done = _run(
        [installed.script, "check", draft.name, "--format", "json", "--isolated"], cwd=installed.outside
    )
    assert done.returncode == 1, done.stderr
    rules = {f["rule"] for f in json.loads(done.stdout)["documents"][0]["findings"]}
    assert {"too-long-term", "vague-objective"} <= rules, "vague-objective needs the buzzwords word list"
