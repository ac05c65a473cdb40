#!/usr/bin/env bash
# Signs Sosik.app inside the DMG's staging folder, builds the DMG, notarises and staples it (issue #7).
# CI runs it only when the signing secrets exist; without them the DMG stays unsigned (fine for testing).
#   packaging/macos/sign-and-notarize.sh BUILD_DIR
# Environment (GitHub secrets): MACOS_CERTIFICATE (base64 .p12), MACOS_CERTIFICATE_PASSWORD,
#   MACOS_SIGNING_IDENTITY ("Developer ID Application: …"), APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD.
set -euo pipefail
build="${1:-build}"
here="$(cd "$(dirname "$0")" && pwd)"
if [ -z "${MACOS_CERTIFICATE:-}" ]; then
    echo "[sign] no MACOS_CERTIFICATE: leaving the DMG unsigned"
    exit 0
fi
keychain="$RUNNER_TEMP/sosik.keychain-db"
security create-keychain -p sosik "$keychain"
security set-keychain-settings -lut 21600 "$keychain"
security unlock-keychain -p sosik "$keychain"
echo "$MACOS_CERTIFICATE" | base64 --decode > "$RUNNER_TEMP/cert.p12"
security import "$RUNNER_TEMP/cert.p12" -P "$MACOS_CERTIFICATE_PASSWORD" -A -t cert -f pkcs12 -k "$keychain"
security list-keychains -d user -s "$keychain"
security set-key-partition-list -S apple-tool:,apple: -s -k sosik "$keychain"

# sign the installed bundle (frameworks and plugins first, --deep is deprecated), then package it
stage="$build/stage"
rm -rf "$stage"
cmake --install "$build" --prefix "$stage"
app="$stage/sosik.app"
find "$app/Contents/Frameworks" "$app/Contents/PlugIns" -type f \( -name "*.dylib" -o -perm -u+x \) -print0 2>/dev/null |
    xargs -0 -I{} codesign --force --timestamp --options runtime --sign "$MACOS_SIGNING_IDENTITY" {}
find "$app/Contents/Frameworks" -name "*.framework" -maxdepth 1 -print0 |
    xargs -0 -I{} codesign --force --timestamp --options runtime --sign "$MACOS_SIGNING_IDENTITY" {}
codesign --force --timestamp --options runtime --entitlements "$here/entitlements.plist" \
    --sign "$MACOS_SIGNING_IDENTITY" "$app/Contents/MacOS/sosik-cli" "$app"
codesign --verify --strict --verbose=2 "$app"

dmg="$build/packages/Sosik-$(defaults read "$PWD/$app/Contents/Info" CFBundleShortVersionString).dmg"
mkdir -p "$build/packages"
hdiutil create -volname Sosik -srcfolder "$app" -ov -format UDZO "$dmg"
codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$dmg"
xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD" --wait
xcrun stapler staple "$dmg"
echo "[sign] signed, notarised and stapled: $dmg"
