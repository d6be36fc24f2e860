#!/usr/bin/env bash
# build-package.sh: installers of Driftless with jpackage (docs/decisions/0025-installers-with-jpackage.md).
# Called by `mvn -B -Ppackage package` after driftless.jar is built; usable alone:
#   packaging/build-package.sh TARGET_DIR VERSION
# Makes, in TARGET_DIR/package: a jlink runtime with only the modules below, an app image, and the
# installer of this OS: .deb on Linux (.rpm too where rpmbuild exists), .msi on Windows (needs WiX),
# .dmg on macOS. Needs JDK 17+ with jpackage (JAVA_HOME/bin or PATH).
set -euo pipefail

target=${1:?usage: build-package.sh TARGET_DIR VERSION}
target=$(cd "$target" && pwd)
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

# The flags of packaging/driftless (docs/decisions/0013): both modes, the window's, the command line's.
# jpackage's launcher (the menu entry) serves both with the window's; the Linux `driftless` command
# (write_command below) picks by its arguments, as packaging/driftless does.
shared_options=(-Xshare:auto '-Xlog:cds*=off' -XX:-UsePerfData)
window_options=(-XX:+UseParallelGC -Xmn128m
    -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000
    -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000)
command_line_options=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
java_options=("${shared_options[@]}" "${window_options[@]}")
common=(--name Driftless --app-version "$version" --vendor Driftless
    --description "Schema manager for sqlx-style migrations"
    --input "$out/input" --main-jar driftless.jar --main-class dev.driftless.Main
    --runtime-image "$out/runtime")
for option in "${java_options[@]}"; do
    common+=(--java-options "$option")
done

# Class-data archive (Linux only for now; docs/decisions/0025). The launcher names it through $APPDIR,
# which it expands to the folder of driftless.jar. -Xshare:auto (above): a missing, damaged or
# mismatched archive (another jar, another runtime) is ignored and the app starts without it;
# -Xlog:cds*=off keeps that silent.
cds_option='-XX:SharedArchiveFile=$APPDIR/driftless.jsa'

# make_classlist IMAGE: IMAGE/lib/app/driftless.classlist, the classes that training runs of the image's
# own runtime load: `--version`, `migrate info` on a one-migration SQLite project, and the window on that
# project under Xvfb when Xvfb and xdotool are installed (else the command line's classes only). The
# .deb's postinst dumps the archive from it with the installed runtime (packaging/linux/postinst):
# Java 17 only uses an archive with the jar at the very path it was dumped with (the image's path here
# is not /opt/driftless), has no -XX:+AutoCreateSharedArchive, and a dynamic archive
# (-XX:ArchiveClassesAtExit) holds the classes of one run only, while this one launcher serves both the
# command line and the window: so the runs' lists (-XX:DumpLoadedClassList) are merged and dumped once,
# static, with -Xshare:dump. That dump is tried here too, and the archive must then map (-Xshare:on).
# The training runs use a scratch home, data folder and XDG folders: nothing of the builder's own
# Driftless settings is read or written.
make_classlist() {
    local image=$1 scratch java jar log list
    java=$image/lib/runtime/bin/java
    jar=$image/lib/app/driftless.jar
    list=$image/lib/app/driftless.classlist
    scratch=$(mktemp -d)
    log=$out/cds-training.log
    mkdir -p "$scratch/home" "$scratch/project/migrations"
    echo 'CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);' \
        > "$scratch/project/migrations/20240101090000_create_users.sql"
    local -a run=(env -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS HOME="$scratch/home"
        XDG_DATA_HOME="$scratch/home/data" XDG_CONFIG_HOME="$scratch/home/config"
        XDG_CACHE_HOME="$scratch/home/cache" "$java" "${java_options[@]}"
        -Duser.home="$scratch/home" -Ddriftless.home="$scratch/driftless")
    : > "$log"
    "${run[@]}" -XX:DumpLoadedClassList="$scratch/version.classlist" -cp "$jar" dev.driftless.Main \
        --version >> "$log" 2>&1
    (cd "$scratch/project" && DATABASE_URL="sqlite:$scratch/project/app.db?mode=rwc" "${run[@]}" \
        -XX:DumpLoadedClassList="$scratch/info.classlist" -cp "$jar" dev.driftless.Main migrate info) \
        >> "$log" 2>&1
    if command -v Xvfb >/dev/null && command -v xdotool >/dev/null; then
        local display=:$((100 + RANDOM % 400)) xvfb app
        Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >> "$log" 2>&1 &
        xvfb=$!
        sleep 1
        DISPLAY=$display "${run[@]}" -XX:DumpLoadedClassList="$scratch/window.classlist" -cp "$jar" \
            dev.driftless.Main gui "$scratch/project" >> "$log" 2>&1 &
        app=$!
        if DISPLAY=$display timeout 90 xdotool search --sync --onlyvisible --name Driftless >/dev/null 2>&1; then
            sleep 2 # the project's rows and the editor after the first frame
        else
            echo "build-package.sh: no window under Xvfb; the class list has the command line's classes only" >&2
        fi
        kill "$app" "$xvfb" 2>/dev/null || true
        wait "$app" "$xvfb" 2>/dev/null || true
    else
        echo "build-package.sh: no Xvfb/xdotool, the class list has the command line's classes only" >&2
    fi
    # One list: each class once, in the order first loaded. And the command line's alone, for the
    # `driftless` command's own archive: a command then maps none of the window's classes.
    cat "$scratch"/*.classlist | awk '!seen[$0]++' > "$list"
    cat "$scratch/version.classlist" "$scratch/info.classlist" | awk '!seen[$0]++' \
        > "$image/lib/app/driftless-cli.classlist"
    "$java" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$scratch/driftless.jsa" \
        -cp "$jar" >> "$log" 2>&1
    # -Xshare:on fails instead of falling back: the runtime maps the archive it just wrote.
    "${run[@]}" -Xshare:on -XX:SharedArchiveFile="$scratch/driftless.jsa" -cp "$jar" dev.driftless.Main \
        --version > /dev/null
    echo "build-package.sh: $(wc -l < "$list") classes listed, archive of $(du -h "$scratch/driftless.jsa" | cut -f1)" \
        "when dumped (log: $log)"
    rm -rf "$scratch"
}

# write_command FILE: the `driftless` command of the Linux package (/usr/bin/driftless links to it), a shell
# script that starts the image's runtime on its jar like packaging/driftless: the command line's flags and
# archive (driftless-cli.jsa) when its first argument is a command (not `gui`), else the window's. Not the
# jpackage launcher bin/Driftless (the menu entry's): that one asks rpm and dpkg which package holds it at
# every start, about 0.4 s of a 1 s `driftless --version` (docs/benchmarks.md).
write_command() {
    local file=$1
    cat > "$file" <<SCRIPT
#!/bin/sh
# driftless: the installed command (made by packaging/build-package.sh): the menu entry's runtime, jar and
# class-data archive, started without jpackage's launcher; flags chosen per mode as packaging/driftless does.
app=\$(dirname "\$(readlink -f "\$0")")/../lib
mode="${window_options[*]}" archive=driftless.jsa
if [ \$# -gt 0 ] && [ "\$1" != gui ]; then
    mode="${command_line_options[*]}" archive=driftless-cli.jsa
fi
# \$mode unquoted: split into its flags (none holds a space or a pattern character).
exec "\$app/runtime/bin/java" $(quoted "${shared_options[@]}") \$mode -XX:SharedArchiveFile="\$app/app/\$archive" \\
    -cp "\$app/app/driftless.jar" dev.driftless.Main "\$@"
SCRIPT
    chmod 755 "$file"
}

# quoted WORD...: the words in single quotes, for a shell script.
quoted() {
    local word out=""
    for word in "$@"; do
        out+="'$word' "
    done
    echo "${out% }"
}

case $(uname -s) in
    Linux)
        "${bin}jpackage" "${common[@]}" --java-options "$cds_option" --type app-image --dest "$out/image" \
            --icon "$icons/driftless-256.png"
        make_classlist "$out/image/Driftless"
        write_command "$out/image/Driftless/bin/driftless"
        # The menu entry's icon (Icon=driftless) in the hicolor theme's layout, which postinst copies into
        # /usr/share/icons/hicolor and prerm removes: the PNGs of icons/ (rendered once from driftless.svg
        # and committed, see icons/README.md; 24 and 48 px with rsvg-convert 2.54 like the others) and the
        # SVG itself as the scalable size.
        hicolor=$out/image/Driftless/lib/hicolor
        for size in 16 24 32 48 64 128 256; do
            mkdir -p "$hicolor/${size}x${size}/apps"
            cp "$icons/driftless-$size.png" "$hicolor/${size}x${size}/apps/driftless.png"
        done
        mkdir -p "$hicolor/scalable/apps"
        cp "$icons/driftless.svg" "$hicolor/scalable/apps/driftless.svg"
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
