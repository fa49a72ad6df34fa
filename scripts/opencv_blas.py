"""One OpenBLAS in the Linux bundle instead of two (see opencv_blas_shim.c).

opencv-python-headless and numpy each ship an OpenBLAS build with kernels for
every x86 generation: 37 MiB and 24 MiB. OpenCV calls 19 of its routines, and
the app calls none of them. ``share_numpy_openblas`` compiles the shim under
the file name cv2 links to, so cv2's calls reach numpy's copy, and drops the
libraries only OpenCV's copy needed (its gfortran and quadmath). Without a C
compiler, or with a numpy whose OpenBLAS it does not recognise, the bundle
keeps OpenCV's own copy and the build says so.
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

SHIM_SOURCE = Path(__file__).resolve().with_name("opencv_blas_shim.c")
Binary = tuple[str, str, str]  # PyInstaller's (bundle path, source path, kind)


def share_numpy_openblas(binaries: list[Binary], workdir: Path) -> tuple[list[Binary], str]:
    """Swap OpenCV's OpenBLAS for the shim. Returns the binaries and a line for the build log."""
    opencv_blas = _find(binaries, r"opencv_python_headless\.libs/libopenblas[^/]*\.so[^/]*")
    numpy_blas = _find(binaries, r"numpy\.libs/lib[^/]*openblas[^/]*\.so[^/]*")
    if opencv_blas is None or numpy_blas is None or c_compiler() is None:
        return binaries, "kept OpenCV's OpenBLAS (no second copy to share, or no C compiler)"
    affixes = symbol_affixes(Path(numpy_blas[1]))
    if affixes is None:
        return binaries, "kept OpenCV's OpenBLAS (numpy's OpenBLAS has unexpected symbol names)"
    shim_name = PurePosixPath(opencv_blas[0]).name
    shim = workdir / "opencv-blas" / shim_name
    numpy_folder = PurePosixPath(numpy_blas[0]).parent.name
    try:
        compile_shim(shim, Path(numpy_blas[1]), affixes, rpath=f"$ORIGIN/../{numpy_folder}")
    except subprocess.CalledProcessError as error:
        return binaries, f"kept OpenCV's OpenBLAS (the shim did not compile: {error})"
    missing = symbols_wanted_from(binaries, opencv_blas) - exported_symbols(shim)
    if missing:
        return binaries, f"kept OpenCV's OpenBLAS (the shim lacks {', '.join(sorted(missing))})"
    private = orphans_after_replacing(binaries, opencv_blas)
    kept = [entry for entry in binaries if entry[0] not in private and entry != opencv_blas]
    kept.append((opencv_blas[0], str(shim), opencv_blas[2]))
    return kept, f"OpenCV now uses numpy's OpenBLAS; dropped {', '.join(sorted(private))}"


def compile_shim(
    output: Path, numpy_blas: Path, affixes: tuple[str, str], rpath: str, trace: bool = False
) -> None:
    """Build the shim as ``output``, whose file name is also its soname (what cv2 asks for)."""
    compiler = c_compiler() or "cc"
    output.parent.mkdir(parents=True, exist_ok=True)
    prefix, suffix = affixes
    command = [
        compiler,
        "-O2",
        "-shared",
        "-fPIC",
        "-fvisibility=hidden",
        "-s",  # no symbol table: nothing of the build machine's paths in the file
        f"-DTARGET_PREFIX={prefix}",
        f"-DTARGET_SUFFIX={suffix}",
        *(["-DSHIM_TRACE"] if trace else []),
        f"-Wl,-soname,{output.name}",
        f"-Wl,-rpath,{rpath}",
        "-Wl,--no-undefined",
        "-o",
        str(output),
        str(SHIM_SOURCE),
        str(numpy_blas),
    ]
    subprocess.run(command, check=True, capture_output=True, text=True)


def c_compiler() -> str | None:
    return shutil.which("cc") or shutil.which("gcc")


def symbol_affixes(library: Path) -> tuple[str, str] | None:
    """('scipy_', '64_') for numpy's OpenBLAS: the text around ``cblas_sgemm`` in its symbol."""
    names = exported_symbols(library)
    for name in names:
        match = re.fullmatch(r"(\w*?)cblas_sgemm(\w*)", name)
        # ILP64 builds mark their symbols with "64_"; the shim widens integers to
        # 64 bits, so a build with 32-bit integers must not be used.
        if match and match.group(2) == "64_" and f"{match.group(1)}sgesdd_64_" in names:
            return match.group(1), "64_"
    return None


def exported_symbols(library: Path) -> set[str]:
    listing = subprocess.run(
        ["nm", "-D", "--defined-only", str(library)], check=True, capture_output=True, text=True
    ).stdout
    return {line.split()[-1] for line in listing.splitlines() if line.strip()}


@functools.cache
def direct_needs(library: Path) -> set[str]:
    """The DT_NEEDED names of one ELF file (not transitive); none for other files."""
    listing = subprocess.run(
        ["readelf", "-d", str(library)], check=False, capture_output=True, text=True
    ).stdout
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", listing))


def symbols_wanted_from(binaries: Iterable[Binary], library: Binary) -> set[str]:
    """The symbols of ``library`` that the bundled files linking to it call."""
    name = PurePosixPath(library[0]).name
    offered = exported_symbols(Path(library[1]))
    wanted: set[str] = set()
    for _dest, src, _kind in binaries:
        if src != library[1] and name in direct_needs(Path(src)):
            wanted |= undefined_symbols(Path(src)) & offered
    return wanted


def undefined_symbols(library: Path) -> set[str]:
    listing = subprocess.run(
        ["nm", "-D", "--undefined-only", str(library)], check=True, capture_output=True, text=True
    ).stdout
    return {line.split()[-1].split("@")[0] for line in listing.splitlines() if line.strip()}


def orphans_after_replacing(binaries: Iterable[Binary], replaced: Binary) -> set[str]:
    """Bundle paths of libraries that only ``replaced`` needed, directly or through each other."""
    entries = {PurePosixPath(dest).name: (dest, src) for dest, src, _ in binaries}
    needs = {name: direct_needs(Path(src)) for name, (_, src) in entries.items()}
    gone = {PurePosixPath(replaced[0]).name}
    while True:
        wanted = {need for name, names in needs.items() if name not in gone for need in names}
        candidates = {need for name in gone for need in needs.get(name, set())}
        newly = {name for name in candidates if name in entries and name not in wanted} - gone
        if not newly:
            break
        gone |= newly
    gone.discard(PurePosixPath(replaced[0]).name)
    return {entries[name][0] for name in gone}


def _find(binaries: Iterable[Binary], pattern: str) -> Binary | None:
    for entry in binaries:
        if re.fullmatch(pattern, entry[0].replace("\\", "/")):
            return entry
    return None
