"""phonenumbers, without its geocoder, carrier and time-zone tables (40+ MB never used).

Replaces the contributed hook (which collects every submodule): parsing, validating and
formatting only import the per-region metadata, by name at run time (``phonenumbers.data``
and ``phonenumbers.shortdata``), so those are listed here.
"""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("phonenumbers.data") + collect_submodules(
    "phonenumbers.shortdata"
)
