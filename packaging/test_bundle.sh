#!/usr/bin/env bash
# Smoke test of the built bundle (issue 10, item 4), after packaging/build.py:
#
#   bash packaging/test_bundle.sh [DIST]        (DIST defaults to dist/ at the top of the repository)
#
# 1. The frozen programs in DIST/delegation-app/, each run in an empty environment (env -i) with a
#    new HOME and XDG folders: delegation-cli demo, booklet (a real PDF), check (0 or 1), missions
#    list --json, the default database landing in the sandboxed data folder, the command line
#    loading no Qt library, and the window offscreen with --self-test (exit 0).
# 2. With PYTHON pointing to an environment where the project is installed (build.py's
#    build/venv by default), a database at the first schema revision is opened by the frozen
#    program: it must be upgraded, with a backup copy first (issue 10, item 6).
# 3. As root with dpkg and a .deb in DIST: installs it with apt-get (dependencies included), runs
#    the /usr/bin launchers the same way, installs a newer build of the same package over it and
#    checks the user's data is still there, then removes and purges it and checks that
#    /opt/delegation-app, the launchers and the desktop entry are gone while the data stays.
#
# Stops at the first failure with a message naming it; exits 0 only when everything passed.
# Written for Linux (GNU coreutils, LD_DEBUG); on macOS, run only the first two parts by hand.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIST="$(cd "${1:-$ROOT/dist}" && pwd)" || { echo "FAIL: no folder ${1:-$ROOT/dist}" >&2; exit 2; }
BUNDLE="$DIST/delegation-app"
PYTHON="${PYTHON:-$ROOT/build/venv/bin/python}"
PACKAGE=delegation-app
TIMEOUT=180

SANDBOX="$(mktemp -d -t delegation-bundle-XXXXXX)"
installed_by_us=0
cleanup() {
    if [ "$installed_by_us" = 1 ] && dpkg -s "$PACKAGE" >/dev/null 2>&1; then
        echo "cleanup: purging $PACKAGE"
        dpkg --purge "$PACKAGE" >/dev/null 2>&1 || true
    fi
    rm -rf "$SANDBOX"
}
trap cleanup EXIT

passed=0
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { passed=$((passed + 1)); echo "  ok  $*"; }

# A fresh user for each part: HOME, XDG folders, nothing inherited from this shell (no
# PYTHONPATH, no LD_LIBRARY_PATH, no virtual environment), offscreen Qt.
new_user() {
    USER_DIR="$SANDBOX/$1"
    mkdir -p "$USER_DIR"/{home,config,data,cache,state,runtime,work}
    chmod 700 "$USER_DIR/runtime"
}
sandboxed() {
    env -i \
        PATH=/usr/local/bin:/usr/bin:/bin \
        HOME="$USER_DIR/home" \
        XDG_CONFIG_HOME="$USER_DIR/config" \
        XDG_DATA_HOME="$USER_DIR/data" \
        XDG_CACHE_HOME="$USER_DIR/cache" \
        XDG_STATE_HOME="$USER_DIR/state" \
        XDG_RUNTIME_DIR="$USER_DIR/runtime" \
        LANG=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen \
        ${EXTRA_ENV:+$EXTRA_ENV} \
        timeout "$TIMEOUT" "$@"
}

# run NAME EXPECTED_CODES COMMAND...: runs it sandboxed, output in $OUT, fails unless the exit
# code is one of EXPECTED_CODES (a space-separated list).
run() {
    local name="$1" expected="$2"
    shift 2
    OUT="$USER_DIR/work/$name.out"
    local started code
    started=$(date +%s%N)
    sandboxed "$@" >"$OUT" 2>&1
    code=$?
    ELAPSED_MS=$(( ($(date +%s%N) - started) / 1000000 ))
    case " $expected " in
        *" $code "*) ;;
        *)
            sed 's/^/      | /' "$OUT" | tail -25 >&2
            fail "$name: exit code $code (expected $expected): $*"
            ;;
    esac
}

# The schema revision of a database file (Python's own sqlite3: no project code needed).
sqlite3_revision() {
    python3 -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('select version_num from alembic_version').fetchone()[0])" "$1"
}

# The scenario shared by the bundle and the installed package: $1 = folder of the programs.
exercise() {
    local bin="$1" db="$USER_DIR/work/demo.sqlite" pdf="$USER_DIR/work/gaudin.pdf"

    run version 0 "$bin/delegation-cli" --version
    ok "delegation-cli --version: $(cat "$OUT")"

    run demo 0 "$bin/delegation-cli" demo --db "$db"
    [ -s "$db" ] || fail "demo: no database written at $db"
    ok "delegation-cli demo (${ELAPSED_MS} ms)"

    run booklet 0 "$bin/delegation-cli" booklet --db "$db" --mission miami-2017 \
        --person jcgaudin -o "$pdf"
    [ -f "$pdf" ] || fail "booklet: no PDF at $pdf"
    local size
    size=$(stat -c %s "$pdf")
    [ "$size" -gt 10240 ] || fail "booklet: the PDF has only $size bytes"
    [ "$(head -c 4 "$pdf")" = "%PDF" ] || fail "booklet: $pdf does not start with %PDF"
    ok "delegation-cli booklet: $size bytes, %PDF (${ELAPSED_MS} ms)"

    run booklet-fr 0 "$bin/delegation-cli" booklet --db "$db" --mission miami-2017 \
        --person jcgaudin --lang fr -o "$USER_DIR/work/gaudin-fr.pdf"
    ok "delegation-cli booklet --lang fr"

    run check "0 1" "$bin/delegation-cli" check --db "$db" --mission miami-2017
    ok "delegation-cli check: exit code accepted, $(wc -l <"$OUT") lines (${ELAPSED_MS} ms)"

    run missions 0 "$bin/delegation-cli" missions list --db "$db" --json
    grep -q '"miami-2017"' "$OUT" || fail "missions list --json: miami-2017 missing: $(head -c 300 "$OUT")"
    [ "$(head -c 1 "$OUT")" = "[" ] || fail "missions list --json: not a JSON array"
    ok "delegation-cli missions list --json"

    # No --db: the user's data folder, which must be the sandbox's XDG_DATA_HOME.
    run default-db 0 "$bin/delegation-cli" missions list
    local default_db
    default_db=$(find "$USER_DIR/data" -name delegation.sqlite | head -1)
    [ -n "$default_db" ] || fail "no delegation.sqlite in XDG_DATA_HOME ($USER_DIR/data)"
    ok "default database in the user's data folder: ${default_db#"$USER_DIR/"}"

    if [ "$(uname -s)" = Linux ]; then
        # The command line never loads Qt (the dynamic loader lists every library it opens; the
        # window's --help, which does load Qt, proves the trace works).
        EXTRA_ENV="LD_DEBUG=files" run gui-loads-qt 0 "$bin/delegation-app" --help
        grep -q 'libQt6Core' "$OUT" || fail "LD_DEBUG=files shows no Qt library even for the window"
        EXTRA_ENV="LD_DEBUG=files" run cli-no-qt 0 "$bin/delegation-cli" missions list --db "$db"
        if grep -q 'libQt6' "$OUT"; then
            fail "delegation-cli loaded Qt: $(grep -m1 libQt6 "$OUT")"
        fi
        ok "delegation-cli loads no Qt library (the window does)"
    fi

    run self-test 0 "$bin/delegation-app" --db "$db" --self-test
    grep -q "self-test ok" "$OUT" || fail "self-test: no 'self-test ok' in: $(cat "$OUT")"
    ok "delegation-app --self-test offscreen: $(grep 'self-test ok' "$OUT") (${ELAPSED_MS} ms)"

    run self-test-fr 0 "$bin/delegation-app" --db "$db" --lang fr --self-test
    ok "delegation-app --lang fr --self-test"
}

echo "== the bundle: $BUNDLE"
for program in delegation-app delegation-cli; do
    [ -x "$BUNDLE/$program" ] || fail "$BUNDLE/$program is missing: run packaging/build.py first"
done
new_user bundle
exercise "$BUNDLE"

echo "== upgrading a database written by an older version"
if [ -x "$PYTHON" ] && "$PYTHON" -c "import delegation_app" 2>/dev/null; then
    new_user upgrade
    old="$USER_DIR/work/old.sqlite"
    (cd "$USER_DIR/work" && "$PYTHON" - "$old" <<'PY'
import sys
from sqlalchemy import create_engine
from delegation_app.storage import migrations

migrations.upgrade(create_engine(f"sqlite:///{sys.argv[1]}"), "0001")
PY
    ) || fail "could not write a database at revision 0001 with $PYTHON"
    run upgrade 0 "$BUNDLE/delegation-cli" missions list --db "$old" --json
    revision=$("$PYTHON" -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('select version_num from alembic_version').fetchone()[0])" "$old")
    head=$("$PYTHON" -c "from delegation_app.storage import migrations; print(migrations.head_revision())")
    [ "$revision" = "$head" ] || fail "upgrade: the database is at $revision, not $head"
    backups=$(find "$USER_DIR" -type f \( -name '*.sqlite' -o -name '*.delegation' \) ! -path "$old" | wc -l)
    [ "$backups" -ge 1 ] || fail "upgrade: no backup copy was made before migrating"
    ok "0001 -> $head by the frozen program, with $backups backup cop$( [ "$backups" = 1 ] && echo y || echo ies) first"
else
    echo "  skipped: no Python with the project at $PYTHON (set PYTHON=...)"
fi

echo "== the .deb"
deb=$(ls -t "$DIST"/${PACKAGE}_*.deb 2>/dev/null | head -1)
if [ "$(id -u)" != 0 ] || ! command -v dpkg >/dev/null || ! command -v apt-get >/dev/null; then
    echo "  skipped: needs root, dpkg and apt-get"
elif [ -z "$deb" ]; then
    echo "  skipped: no ${PACKAGE}_*.deb in $DIST"
else
    if dpkg -s "$PACKAGE" >/dev/null 2>&1; then
        echo "  removing an earlier installation of $PACKAGE first"
        dpkg --purge "$PACKAGE" >/dev/null || fail "could not purge the installed $PACKAGE"
    fi
    install_deb() {
        # apt-get resolves the Depends from the archive; its lists may be missing on a fresh
        # machine, so update once and retry.
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$1" >"$SANDBOX/apt.log" 2>&1 || {
            apt-get update -q >>"$SANDBOX/apt.log" 2>&1
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$1" >>"$SANDBOX/apt.log" 2>&1
        } || { tail -20 "$SANDBOX/apt.log" >&2; fail "apt-get install $1"; }
    }
    started=$(date +%s)
    installed_by_us=1
    install_deb "$deb"
    version=$(dpkg-query -W -f '${Version}' "$PACKAGE")
    ok "apt-get install $(basename "$deb") ($(( $(date +%s) - started )) s)"
    for path in /usr/bin/delegation-app /usr/bin/delegation-cli /opt/delegation-app/_internal \
        /usr/share/applications/delegation-app.desktop \
        /usr/share/icons/hicolor/256x256/apps/delegation-app.png \
        /usr/share/icons/hicolor/scalable/apps/delegation-app.svg \
        /usr/share/mime/packages/delegation-app.xml; do
        [ -e "$path" ] || fail "installed package: $path is missing"
    done
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate /usr/share/applications/delegation-app.desktop ||
            fail "desktop-file-validate rejects the desktop entry"
    fi
    ok "launchers, desktop entry, icons and file type installed"

    new_user installed
    exercise /usr/bin

    echo "== installing a newer version over it keeps the user's data"
    new_user upgraded
    run user-data 0 /usr/bin/delegation-cli demo
    # The user's own database as an older release left it (tests/data/releases: built by that
    # release's code, at its schema revision) and settings the window wrote: both must survive
    # the upgrade, and the first start of the new version migrates the file after a backup.
    user_db=$(find "$USER_DIR/data" -name delegation.sqlite | head -1)
    sample=$(ls "$ROOT"/tests/data/releases/*.sqlite 2>/dev/null | sort -V | head -1)
    settings="$USER_DIR/config/Delegation/Delegation.conf"
    if [ -n "$user_db" ] && [ -n "$sample" ]; then
        cp "$sample" "$user_db"
        rm -f "$user_db-wal" "$user_db-shm"
        old_revision=$(sqlite3_revision "$user_db")
    fi
    mkdir -p "$(dirname "$settings")"
    printf '[General]\nlanguage=fr\nlastMission=miami-2017\n' >"$settings"
    settings_sum=$(sha256sum <"$settings")
    repack="$SANDBOX/repack"
    dpkg-deb -R "$deb" "$repack" || fail "dpkg-deb -R $deb"
    sed -i "s/^Version: .*/Version: ${version}+upgradetest1/" "$repack/DEBIAN/control"
    dpkg-deb --root-owner-group -Zgzip -z1 --build "$repack" "$SANDBOX/newer.deb" >/dev/null ||
        fail "could not build the newer package"
    install_deb "$SANDBOX/newer.deb"
    [ "$(dpkg-query -W -f '${Version}' "$PACKAGE")" = "${version}+upgradetest1" ] ||
        fail "the newer package did not replace $version"
    run after-upgrade 0 /usr/bin/delegation-cli missions list --json
    grep -q '"miami-2017"' "$OUT" || fail "after the upgrade, the user's missions are gone"
    [ "$(sha256sum <"$settings")" = "$settings_sum" ] || fail "the upgrade changed the settings"
    ok "upgrade ${version} -> ${version}+upgradetest1: the user's database and settings are intact"
    if [ -n "${old_revision:-}" ]; then
        new_revision=$(sqlite3_revision "$user_db")
        [ "$new_revision" != "$old_revision" ] ||
            fail "the first start after the upgrade left the database at $old_revision"
        find "$USER_DIR/data" -name "*before-migration*" | grep -q . ||
            fail "the first start migrated $old_revision -> $new_revision without a backup"
        ok "first start: $(basename "$sample" .sqlite)'s database migrated $old_revision -> $new_revision after a backup"
    fi

    echo "== removing it"
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -q "$PACKAGE" >"$SANDBOX/apt.log" 2>&1 ||
        { tail -20 "$SANDBOX/apt.log" >&2; fail "apt-get remove $PACKAGE"; }
    dpkg --purge "$PACKAGE" >/dev/null 2>&1 || fail "dpkg --purge $PACKAGE"
    installed_by_us=0
    for path in /opt/delegation-app /usr/bin/delegation-app /usr/bin/delegation-cli \
        /usr/share/applications/delegation-app.desktop /usr/share/mime/packages/delegation-app.xml; do
        [ ! -e "$path" ] && [ ! -L "$path" ] || fail "after removal, $path is still there"
    done
    dpkg -s "$PACKAGE" >/dev/null 2>&1 && fail "dpkg still lists $PACKAGE"
    find "$USER_DIR/data" -name delegation.sqlite | grep -q . || fail "removal took the user's data with it"
    ok "removed and purged: /opt/delegation-app, launchers and desktop entry gone; user data kept"
fi

echo "all $passed checks passed"
