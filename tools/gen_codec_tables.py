#!/usr/bin/env python3
"""Generate Sosik's legacy-encoding decode tables from Python's codec registry.

The tables are data (the Unicode consortium's mapping tables as Python ships them), so the
decoder in app/core/text/TextDecoder.cpp works the same on every platform, with or without
ICU in the Qt build. Run once when adding an encoding; the output is committed.

Layout of every file (all integers little-endian uint16):
  single[256]   code unit for a one-byte sequence; 0xFFFF = lead byte of a longer sequence,
                0xFFFD = invalid
  double[65536] code unit for lead<<8|trail, 0 = invalid        (multi-byte codecs only)
  extra[...]    codec specific (EUC-JP: JIS X 0212 via 0x8F; GB18030: the four-byte BMP range)
"""
import codecs
import os
import struct
import sys

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "codecs")

SINGLE = [
    "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8",
    "iso8859_9", "iso8859_10", "iso8859_11", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16",
    "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
    "koi8_r", "koi8_u", "mac_roman", "cp866", "cp874", "cp437", "mac_cyrillic",
]
MULTI = ["cp949", "gb18030", "cp950", "cp932", "euc_jp"]


def dec(codec, b):
    try:
        s = b.decode(codec)
    except UnicodeDecodeError:
        return None
    if len(s) != 1 or ord(s) > 0xFFFF:
        return None
    return ord(s)


def single_table(codec):
    out = []
    for i in range(256):
        u = dec(codec, bytes([i]))
        if u is None and codec == "cp1252" and 0x80 <= i < 0xA0:
            u = i  # WHATWG: the five holes of windows-1252 map to the C1 controls
        out.append(0xFFFD if u is None else u)
    return out


def write(name, arrays):
    with open(os.path.join(OUT, name + ".bin"), "wb") as f:
        for a in arrays:
            f.write(struct.pack("<%dH" % len(a), *a))


def main():
    os.makedirs(OUT, exist_ok=True)
    for c in SINGLE:
        write(codecs.lookup(c).name, [single_table(c)])
    for c in MULTI:
        single = single_table(c)
        double = [0] * 65536
        leads = set()
        for lead in range(0x81, 0x100):
            for trail in range(0x21, 0x100):
                u = dec(c, bytes([lead, trail]))
                if u is not None:
                    double[lead << 8 | trail] = u
                    leads.add(lead)
        if c == "euc_jp":
            leads.add(0x8F)
        if c == "gb18030":
            leads.update(range(0x81, 0xFF))
        for lead in leads:
            if single[lead] == 0xFFFD:
                single[lead] = 0xFFFF
        arrays = [single, double]
        if c == "euc_jp":
            extra = [0] * 65536
            for b1 in range(0xA1, 0xFF):
                for b2 in range(0xA1, 0xFF):
                    u = dec(c, bytes([0x8F, b1, b2]))
                    if u is not None:
                        extra[b1 << 8 | b2] = u
            arrays.append(extra)
        if c == "gb18030":
            # four-byte sequences 81 30 81 30 .. 84 31 A4 39 cover the rest of the BMP linearly
            extra = []
            for idx in range(39420):
                b4 = 0x30 + idx % 10
                b3 = 0x81 + idx // 10 % 126
                b2 = 0x30 + idx // 1260 % 10
                b1 = 0x81 + idx // 12600
                u = dec(c, bytes([b1, b2, b3, b4]))
                extra.append(0 if u is None else u)
            arrays.append(extra)
        write(codecs.lookup(c).name, arrays)
    return 0


if __name__ == "__main__":
    sys.exit(main())
