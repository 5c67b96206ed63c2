"""Settle a merge conflict in the French catalogue without losing anybody's translations.

    python tools/merge_translations.py

Two branches that each add window strings both change ``delegation_fr.ts``, and git cannot
merge the XML (nor the compiled ``.qm`` at all). This reads the translations of both sides of
the merge (``git show :2:`` and ``:3:``, the ours and theirs stages) and of the base, lets
``pyside6-lupdate`` rebuild the catalogue from the merged sources, fills every message from
what either side had translated (the side whose text differs from the base wins, ours on a
tie), then compiles the ``.qm``. It prints what is still unfinished.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
TS = "resources/translations/delegation_fr.ts"
QM = "resources/translations/delegation_fr.qm"
BIN = Path(sys.executable).parent

Key = tuple[str, str, str]


def _stage(number: int) -> str | None:
    result = subprocess.run(
        ["git", "show", f":{number}:{TS}"], cwd=ROOT, capture_output=True, text=True
    )
    return result.stdout if result.returncode == 0 else None


def _translations(xml: str | None) -> dict[Key, str]:
    if not xml:
        return {}
    found: dict[Key, str] = {}
    for context in ElementTree.fromstring(xml).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = translation.text or ""
    return found


def main() -> int:
    base, ours, theirs = (_translations(_stage(n)) for n in (1, 2, 3))
    merged = dict(theirs)
    for key, text in ours.items():
        if key not in theirs or text != base.get(key) or theirs[key] == base.get(key):
            merged[key] = text
    (ROOT / TS).write_text(_stage(2) or (ROOT / TS).read_text(encoding="utf-8"), encoding="utf-8")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", TS, "-no-obsolete"], cwd=ROOT, check=True
    )
    tree = ElementTree.parse(ROOT / TS)
    unfinished = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            assert translation is not None
            if key in merged:
                translation.text = merged[key]
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished":
                unfinished.append(key)
    ElementTree.indent(tree)
    with (ROOT / TS).open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")
    subprocess.run([str(BIN / "pyside6-lrelease"), TS, "-qm", QM], cwd=ROOT, check=True)
    for context, source, _ in unfinished:
        print(f"unfinished: {context}: {source}")
    return 1 if unfinished else 0


if __name__ == "__main__":
    sys.exit(main())
