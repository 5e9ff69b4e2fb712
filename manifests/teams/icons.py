#!/usr/bin/env python3
"""Writes the Teams app icons with the standard library only (zlib PNG):
color.png 192x192 (a white scale-of-justice-like mark on the accent colour) and
outline.png 32x32 (white on transparent, as Teams requires)."""
import os, struct, zlib

def png(path, width, height, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y, width, height)) for x in range(width)) for y in range(height))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))

def mark(x, y, size):
    """A white document with a tick: 1 inside the mark, else 0. Coordinates scale with size."""
    u = size / 32.0
    fx, fy = x / u, y / u
    page = 8 <= fx <= 24 and 5 <= fy <= 27 and not (9.5 <= fx <= 22.5 and 6.5 <= fy <= 25.5)
    tick = (abs((fy - 16) - (fx - 11)) < 1.3 and 11 <= fx <= 14.5) or (abs((fy - 19.5) + (fx - 14.5)) < 1.3 and 14.5 <= fx <= 21)
    return page or tick

def color(x, y, w, h):
    return (255, 255, 255, 255) if mark(x, y, w) else (0x1D, 0x70, 0xB8, 255)

def outline(x, y, w, h):
    return (255, 255, 255, 255) if mark(x, y, w) else (0, 0, 0, 0)

here = os.path.dirname(os.path.abspath(__file__))
png(os.path.join(here, "color.png"), 192, 192, color)
png(os.path.join(here, "outline.png"), 32, 32, outline)
