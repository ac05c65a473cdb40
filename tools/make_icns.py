#!/usr/bin/env python3
"""Builds resources/icons/sosik.icns (the macOS bundle icon) from the PNG sizes beside it.

    python3 tools/make_icns.py

An .icns file is a big-endian container: 'icns', total length, then (type, length, PNG bytes) entries; since
macOS 10.7 every entry may hold PNG data. Types by pixel size: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256."""
import os
import struct

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "icons")
TYPES = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256)]


def main():
    entries = b""
    for kind, size in TYPES:
        with open(os.path.join(HERE, f"sosik-{size}.png"), "rb") as f:
            png = f.read()
        assert png.startswith(b"\x89PNG"), size
        width, height = struct.unpack(">II", png[16:24])
        assert (width, height) == (size, size), (size, width, height)
        entries += kind + struct.pack(">I", len(png) + 8) + png
    data = b"icns" + struct.pack(">I", len(entries) + 8) + entries
    with open(os.path.join(HERE, "sosik.icns"), "wb") as f:
        f.write(data)
    print(f"sosik.icns: {len(TYPES)} sizes, {len(data)} bytes")


if __name__ == "__main__":
    main()
