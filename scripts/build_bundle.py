"""Build the one-folder desktop bundle with PyInstaller, then run its self-test.

    .venv/bin/python scripts/build_bundle.py              # dist/takeitdown-client/
    .venv/bin/python scripts/build_bundle.py --clean      # without PyInstaller's cache
    .venv/bin/python scripts/build_bundle.py --no-self-test
    .venv/bin/python scripts/build_bundle.py --archive    # and the archive to hand out

Needs the ``build`` extra (``pip install -e ".[build]"``). The result is
``dist/takeitdown-client/`` (and ``dist/Take It Down.app`` on macOS). The
frozen app's ``--self-test`` runs offscreen, so no display is needed. With
``--archive``, a bundle that passed is also packed into ``dist/`` as the
.tar.gz or .zip that docs/packaging.md tells people to unpack. Exit status:
0 built and passed, 1 the self-test failed, 2 the build failed.

Reproducible builds: ``SOURCE_DATE_EPOCH`` is taken from the environment, or
from the last commit's time; ``PYTHONHASHSEED`` is fixed for the build.
See docs/packaging.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "takeitdown-client"
SIZE_GOAL_MB = 350  # unpacked (issue 7)
SPEC = ROOT / "build.spec"


def source_date_epoch() -> str:
    """SOURCE_DATE_EPOCH from the environment, else the last commit's time, else now."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    git = shutil.which("git")
    if git:
        done = subprocess.run(
            [git, "-C", str(ROOT), "log", "-1", "--format=%ct"],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode == 0 and done.stdout.strip().isdigit():
            return done.stdout.strip()
    return str(int(time.time()))


def executable(dist: Path) -> Path:
    suffix = ".exe" if sys.platform == "win32" else ""
    return dist / APP_NAME / f"{APP_NAME}{suffix}"


def build(dist: Path, work: Path, clean: bool) -> int:
    env = dict(os.environ, SOURCE_DATE_EPOCH=source_date_epoch(), PYTHONHASHSEED="0")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    if clean:
        command.append("--clean")
    command += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    print(f"building with SOURCE_DATE_EPOCH={env['SOURCE_DATE_EPOCH']}", flush=True)
    return subprocess.run(command, cwd=ROOT, env=env, check=False).returncode


def finish_folder(dist: Path) -> None:
    """Put the license notices where people look for them: next to the executable."""
    folder = dist / APP_NAME
    for candidate in folder.rglob("THIRD_PARTY_LICENSES"):
        if candidate.parent != folder:
            shutil.copyfile(candidate, folder / "THIRD_PARTY_LICENSES")
            break


def self_test(exe: Path) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [str(exe), "--self-test"], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode == 2 and "--self-test" in done.stderr:
        # cli.py without the --self-test flag yet: the subcommand does the same.
        done = subprocess.run(
            [str(exe), "self-test"], env=env, capture_output=True, text=True, check=False
        )
    sys.stdout.write(done.stdout)
    sys.stderr.write(done.stderr)
    return done.returncode


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's cache"
    )
    parser.add_argument("--clean", action="store_true", help="ignore PyInstaller's cache")
    parser.add_argument("--no-self-test", action="store_true", help="build only")
    parser.add_argument(
        "--archive", action="store_true", help="pack a bundle that passed into dist/"
    )
    args = parser.parse_args()
    started = time.monotonic()
    if build(args.dist, args.work, args.clean) != 0 or not executable(args.dist).is_file():
        print("build failed", file=sys.stderr)
        return 2
    finish_folder(args.dist)
    size, count = folder_size(args.dist / APP_NAME)
    seconds = time.monotonic() - started
    print(f"built {executable(args.dist)} in {seconds:.1f} s: {count} files, {size / 1e6:.0f} MB")
    if size > SIZE_GOAL_MB * 1e6:
        # A warning, not a failure: a dependency's new release can grow the
        # bundle, and a working bundle is still worth its self-test.
        print(f"warning: the bundle is over the {SIZE_GOAL_MB} MB goal (docs/packaging.md)")
    sys.stdout.flush()
    if not args.no_self_test and self_test(executable(args.dist)) != 0:
        return 1
    if args.archive:
        print(f"packed {pack(args.dist)}")
    return 0


def pack(dist: Path) -> str:
    from bundle_archive import archive_name, write_archive
    from bundle_config import APP_DISPLAY_NAME, project_version

    app = dist / f"{APP_DISPLAY_NAME}.app"
    folder = app if sys.platform == "darwin" and app.is_dir() else dist / APP_NAME
    target = dist / archive_name(APP_NAME, project_version(), sys.platform)
    write_archive(folder, target, int(source_date_epoch()))
    return f"{target} ({target.stat().st_size / 1e6:.0f} MB)"


if __name__ == "__main__":
    raise SystemExit(main())
