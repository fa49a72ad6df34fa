"""Copy the top-level resources/ and translations/ into the package when building.

Everything else is in pyproject.toml. The source tree keeps these folders at
the top (as the design card names them); installed wheels need them inside
the package so that ``takeitdown_client.resources`` finds them.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = {"resources": ("*",), "translations": ("*.qm",)}


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        package_dir = Path(self.build_lib) / "takeitdown_client"
        for folder, patterns in SHIPPED.items():
            source = ROOT / folder
            if not source.is_dir():
                continue
            for pattern in patterns:
                for path in source.rglob(pattern):
                    if path.is_file():
                        target = package_dir / folder / path.relative_to(source)
                        target.parent.mkdir(parents=True, exist_ok=True)
                        shutil.copy2(path, target)


setup(cmdclass={"build_py": BuildPyWithData})
