"""Delegation: the core of the desktop program for official economic delegations (no Qt)."""

from delegation_app._version import VERSION

__version__ = VERSION
