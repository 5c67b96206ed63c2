#!/usr/bin/env bash
# The macOS disk image: dist/Delegation.app (packaging/build.py on a Mac) -> dist/*.dmg
#
#   bash packaging/macos/make_dmg.sh [path/to/Delegation.app]
#
# Written against the documentation of hdiutil(1), codesign(1), xcrun notarytool and stapler;
# NOT run on the Linux machine where the rest of packaging/ is tested.
#
# Without signing variables it makes an unsigned image (fine for trying the build; Gatekeeper
# will refuse to open the app on other Macs). With them, the full Developer ID path:
#   CODESIGN_IDENTITY  "Developer ID Application: <organisation> (<TEAMID>)"
#   NOTARY_PROFILE     a keychain profile made once with
#                      xcrun notarytool store-credentials <name> --apple-id ... --team-id ...
#   ENTITLEMENTS       optional entitlements .plist for the hardened runtime
# it signs the .app (hardened runtime, secure timestamp), notarizes and staples it (so that the
# first start works offline), then builds, signs, notarizes and staples the .dmg.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
APP="${1:-$ROOT/dist/Delegation.app}"
[ -d "$APP" ] || { echo "no $APP: run python3 packaging/build.py on this Mac first" >&2; exit 1; }
[ "$(uname -s)" = Darwin ] || { echo "make_dmg.sh runs on macOS only (hdiutil)" >&2; exit 1; }

VERSION="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$APP/Contents/Info.plist")"
ARCH="$(lipo -archs "$APP/Contents/MacOS/delegation-app" | tr ' ' '-')"
DMG="$ROOT/dist/Delegation-$VERSION-macos-$ARCH.dmg"
STAGE="$(mktemp -d -t delegation-dmg)"
trap 'rm -rf "$STAGE"' EXIT

notarize() {  # submit, wait for Apple's verdict, staple the ticket to the file
    local file="$1" submitted="$1"
    if [ -d "$file" ]; then  # an .app is submitted as a zip, the ticket stapled to the .app
        submitted="$STAGE/$(basename "$file").zip"
        ditto -c -k --keepParent "$file" "$submitted"
    fi
    xcrun notarytool submit "$submitted" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$file"
    xcrun stapler validate "$file"
}

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    echo "==> signing $APP"
    # PyInstaller 6 lays the .app out for codesign (binaries in Contents/Frameworks and MacOS,
    # data in Contents/Resources), so one deep signature covers every nested binary.
    codesign --force --deep --timestamp --options runtime \
        ${ENTITLEMENTS:+--entitlements "$ENTITLEMENTS"} \
        --sign "$CODESIGN_IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
    if [ -n "${NOTARY_PROFILE:-}" ]; then
        echo "==> notarizing the app"
        notarize "$APP"
    fi
fi

echo "==> $DMG"
ditto "$APP" "$STAGE/Delegation.app"          # ditto keeps the symbolic links and signatures
ln -s /Applications "$STAGE/Applications"       # drag-to-install
rm -f "$DMG"
hdiutil create -volname "Delegation $VERSION" -srcfolder "$STAGE" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 -ov "$DMG"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$DMG"
    if [ -n "${NOTARY_PROFILE:-}" ]; then
        echo "==> notarizing the disk image"
        notarize "$DMG"
    fi
    spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG" || true
fi
ls -lh "$DMG"
