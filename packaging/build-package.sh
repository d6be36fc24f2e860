#!/usr/bin/env bash
# build-package.sh: installers of Driftless with jpackage (docs/decisions/0025-installers-with-jpackage.md).
# Called by `mvn -B -Ppackage package` after driftless.jar is built; usable alone:
#   packaging/build-package.sh TARGET_DIR VERSION
# Makes, in TARGET_DIR/package: a jlink runtime with only the modules below, an app image, and the
# installer of this OS: .deb on Linux (.rpm too where rpmbuild exists), .msi on Windows (needs WiX),
# .dmg on macOS. Needs JDK 17+ with jpackage (JAVA_HOME/bin or PATH).
set -euo pipefail

target=${1:?usage: build-package.sh TARGET_DIR VERSION}
# jpackage wants numbers only: 0.1.0-SNAPSHOT becomes 0.1.0.
version=${2:?usage: build-package.sh TARGET_DIR VERSION}
version=${version%%-*}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
icons=$here/../icons
bin=${JAVA_HOME:+$JAVA_HOME/bin/}
out=$target/package
rm -rf "$out"
mkdir -p "$out/input"
cp "$target/driftless.jar" "$out/input/"

# Modules of the runtime. JavaFX is not among them: its jars (with their natives) are inside the
# shaded driftless.jar on the class path. jdeps on the shaded jar lists java.base, java.desktop,
# java.logging, java.management, java.naming, java.sql, java.xml, jdk.unsupported (JavaFX), plus
# modules reached by reflection or by optional features jdeps cannot see: java.security.jgss
# (PostgreSQL GSS authentication), jdk.crypto.ec (TLS to PostgreSQL), java.scripting, jdk.zipfs,
# jdk.localedata (message formats in the user's language).
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,java.security.jgss,jdk.crypto.ec,jdk.unsupported,jdk.zipfs,jdk.localedata
"${bin}jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
    --compress=2 --output "$out/runtime"

# The window's flags of packaging/driftless (docs/decisions/0013): one launcher serves the window and
# the command line, so the command line runs with them too.
java_options=(-Xshare:auto '-Xlog:cds*=off' -XX:-UsePerfData -XX:+UseParallelGC -Xmn128m
    -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000
    -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000)
common=(--name Driftless --app-version "$version" --vendor Driftless
    --description "Schema manager for sqlx-style migrations"
    --input "$out/input" --main-jar driftless.jar --main-class dev.driftless.Main
    --runtime-image "$out/runtime")
for option in "${java_options[@]}"; do
    common+=(--java-options "$option")
done

case $(uname -s) in
    Linux)
        "${bin}jpackage" "${common[@]}" --type app-image --dest "$out/image" --icon "$icons/driftless-256.png"
        # The .deb: installed under /opt/driftless, menu entry from packaging/linux, `driftless` on PATH.
        resources=$out/linux-resources
        mkdir -p "$resources"
        cp "$here/linux/driftless.desktop" "$resources/Driftless.desktop"
        cp "$icons/driftless-256.png" "$resources/Driftless.png"
        cp "$here/linux/postinst" "$here/linux/prerm" "$resources/"
        "${bin}jpackage" --type deb --dest "$out" --app-image "$out/image/Driftless" --name driftless \
            --app-version "$version" --vendor Driftless --description "Schema manager for sqlx-style migrations" \
            --linux-package-name driftless --linux-app-category devel --linux-menu-group "Development;Database;" \
            --linux-shortcut --icon "$icons/driftless-256.png" --resource-dir "$resources" \
            --install-dir /opt
        if command -v rpmbuild >/dev/null; then
            "${bin}jpackage" --type rpm --dest "$out" --app-image "$out/image/Driftless" --name driftless \
                --app-version "$version" --linux-shortcut --icon "$icons/driftless-256.png" --install-dir /opt
        else
            echo "build-package.sh: no rpmbuild here, no .rpm" >&2
        fi
        ;;
    Darwin)
        "${bin}jpackage" "${common[@]}" --type dmg --dest "$out" --icon "$icons/driftless.icns"
        ;;
    MINGW* | MSYS* | CYGWIN*)
        "${bin}jpackage" "${common[@]}" --type msi --dest "$out" --icon "$icons/driftless.ico" \
            --win-menu --win-menu-group Driftless --win-shortcut --win-dir-chooser --win-console
        ;;
    *)
        echo "build-package.sh: no installer for $(uname -s)" >&2
        exit 2
        ;;
esac
ls -l "$out"
