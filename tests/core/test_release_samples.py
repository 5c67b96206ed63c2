"""Every released database upgrades to today's schema with every row and value intact.

The samples in tests/data/releases were built by each release's own code (tools/
make_release_sample.py); their manifests hold the row counts and key values to find again.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from delegation_app.services.agenda import programme_for
from delegation_app.services.checks import run_checks
from delegation_app.services.missions import list_missions
from delegation_app.storage import migrations
from delegation_app.storage.database import integrity_check, open_database
from delegation_app.storage.models import ItineraryItem
from tests.core.test_migrations import RENAMED

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from make_release_sample import fingerprint  # noqa: E402

SAMPLES = sorted((ROOT / "tests" / "data" / "releases").glob("*.json"))


def test_there_is_a_sample_of_the_first_release() -> None:
    assert [p.stem for p in SAMPLES][:1] == ["0.1.0"]


@pytest.mark.parametrize("manifest_path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_a_released_database_upgrades_without_loss(manifest_path: Path, tmp_path: Path) -> None:
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    copy = tmp_path / "coordinator.sqlite"
    shutil.copy(manifest_path.with_suffix(".sqlite"), copy)

    db = open_database(copy, backup_dir=tmp_path / "backups")
    try:
        with db.reading() as session:
            # The upgraded file is usable: missions, programme and checks all read it.
            missions = list_missions(session)
            assert {m.short for m in missions} >= {"miami-2017"}
            for mission in missions:
                assert programme_for(session, mission.id)
                run_checks(session, mission.short)
            uids = list(session.scalars(select(ItineraryItem.uid)))
            assert len(set(uids)) == len(uids) == manifest["counts"]["itinerary_item"]
    finally:
        db.close()
    assert integrity_check(copy) == []

    after = fingerprint(copy, columns=manifest["columns"], renamed=RENAMED)
    assert after["revision"] == migrations.HEAD
    counts = dict(manifest["counts"])
    counts.pop("alembic_version")
    assert {t: after["counts"][t] for t in counts} == counts  # type: ignore[index]
    expected = json.loads(json.dumps(manifest["values"]))
    got = json.loads(json.dumps(after["values"], default=str))
    assert got == expected
    # A backup of the file as the release left it was taken before the upgrade.
    assert any((tmp_path / "backups").iterdir())
