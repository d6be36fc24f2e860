"""Writes icons/driftless.icns from the PNGs (macOS icon: 'icns', length, then PNG entries by type)."""
import struct

TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08"}
entries = b""
for size, kind in TYPES.items():
    with open(f"icons/driftless-{size}.png", "rb") as png:
        data = png.read()
    entries += kind + struct.pack(">I", len(data) + 8) + data
with open("icons/driftless.icns", "wb") as out:
    out.write(b"icns" + struct.pack(">I", len(entries) + 8) + entries)
