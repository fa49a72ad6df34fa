"""takeitdown-client: hash pictures and videos on this computer, send only the hashes."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "takeitdown-client"
APP_DISPLAY_NAME = "Take It Down"

try:
    __version__ = version("takeitdown-client")
except PackageNotFoundError:  # running from a source tree or a frozen bundle
    __version__ = "0.1.0"
