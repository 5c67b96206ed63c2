"""Delegation: the core of the desktop program for official economic delegations (no Qt)."""

from functools import cache


@cache
def _version() -> str:
    # Imported here: importlib.metadata costs a tenth of a second, before the window shows.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("delegation-app")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0"


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed package's metadata at its first use."""
    if name == "__version__":
        return _version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
