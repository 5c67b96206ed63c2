"""Delegation: the core of the desktop program for official economic delegations (no Qt)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("delegation-app")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
