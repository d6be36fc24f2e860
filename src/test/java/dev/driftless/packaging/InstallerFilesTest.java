package dev.driftless.packaging;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The installers' icons are valid files with every size, the .deb's menu entry finds its icon in the hicolor
 * theme, and the release workflow builds on the three OSes.
 */
class InstallerFilesTest {
    private static final Set<Integer> SIZES = Set.of(16, 32, 64, 128, 256);
    /** The hicolor theme's usual sizes, installed by the .deb (packaging/build-package.sh, postinst). */
    private static final List<Integer> HICOLOR_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    @Test
    void windowsIconHoldsEverySize() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(Path.of("icons/driftless.ico")))
                .order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, ico.getShort(0));
        assertEquals(1, ico.getShort(2), "type 1 = icon");
        int count = ico.getShort(4);
        Set<Integer> sizes = new HashSet<>();
        for (int i = 0; i < count; i++) {
            int width = Byte.toUnsignedInt(ico.get(6 + 16 * i));
            sizes.add(width == 0 ? 256 : width); // 0 means 256 in an ICO directory entry
        }
        assertEquals(SIZES, sizes);
    }

    @Test
    void macIconHoldsEverySizeAsPng() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("icons/driftless.icns"));
        ByteBuffer icns = ByteBuffer.wrap(bytes);
        assertEquals("icns", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(bytes.length, icns.getInt(4));
        Set<String> types = new HashSet<>();
        for (int at = 8; at < bytes.length; at += icns.getInt(at + 4)) {
            types.add(new String(bytes, at, 4, StandardCharsets.US_ASCII));
            assertEquals((byte) 0x89, bytes[at + 8], "entry is a PNG");
        }
        assertEquals(Set.of("icp4", "icp5", "icp6", "ic07", "ic08"), types);
    }

    @Test
    void everyHicolorSizeIsASquarePngOfThatSize() throws IOException {
        for (int size : HICOLOR_SIZES) {
            byte[] png = Files.readAllBytes(Path.of("icons/driftless-" + size + ".png"));
            assertEquals((byte) 0x89, png[0], size + " px: PNG signature");
            assertEquals("IHDR", new String(png, 12, 4, StandardCharsets.US_ASCII), size + " px");
            ByteBuffer header = ByteBuffer.wrap(png); // big-endian width and height after "IHDR"
            assertEquals(size, header.getInt(16), size + " px: width");
            assertEquals(size, header.getInt(20), size + " px: height");
        }
        assertTrue(Files.readString(Path.of("icons/driftless.svg")).contains("<svg"), "scalable icon");
    }

    @Test
    void debInstallsTheThemeIconsAndTheMenuEntryNamesThem() throws IOException {
        List<String> entry = Files.readAllLines(Path.of("packaging/linux/driftless.desktop"));
        assertTrue(entry.contains("Icon=driftless"), String.join("\n", entry));
        String build = Files.readString(Path.of("packaging/build-package.sh"));
        assertTrue(build.contains("for size in 16 24 32 48 64 128 256; do"), build);
        assertTrue(build.contains("scalable/apps/driftless.svg"), build);
        assertTrue(Files.readString(Path.of("packaging/linux/postinst")).contains("/usr/share/icons/hicolor/$size/apps"));
        assertTrue(Files.readString(Path.of("packaging/linux/prerm")).contains("/usr/share/icons/hicolor/$size/apps/driftless.png"));
    }

    @Test
    void theCommandOnPathIsTheScriptThatSkipsTheLaunchersPackageLookup() throws IOException {
        String build = Files.readString(Path.of("packaging/build-package.sh"));
        assertTrue(build.contains("write_command \"$out/image/Driftless/bin/driftless\""), build);
        assertTrue(build.contains("exec \"\\$app/runtime/bin/java\" $(quoted \"${shared_options[@]}\") \\$mode"), build);
        assertTrue(build.contains("mode=\"${command_line_options[*]}\""), build);
        assertTrue(Files.readString(Path.of("packaging/linux/postinst"))
                .contains("ln -sf /opt/driftless/bin/driftless /usr/bin/driftless"));
    }

    @Test
    void releaseWorkflowBuildsOnTheThreeSystems() throws IOException {
        String workflow = Files.readString(Path.of(".github/workflows/release.yml"));
        assertTrue(workflow.contains("os: [ubuntu-latest, windows-latest, macos-latest]"), workflow);
        assertTrue(workflow.contains("mvn -B -Ppackage package"), workflow);
        // No YAML parser is on the test class path (only jackson-dataformat-toml): the text is checked.
        assertTrue(workflow.contains("apt-get install -y xvfb xdotool"), workflow);
    }
}
