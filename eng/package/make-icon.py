#!/usr/bin/env python3
"""Draws eng/package/icon.png, the 128x128 NuGet package icon: a red shield with a gold rim and "ICP".

An original drawing made only from geometry (never the police emblem), with no library beyond the
standard one, so anyone can run it again:  python3 eng/package/make-icon.py
Each pixel is 4x4 samples, so the edges are smooth.
"""
import os
import struct
import zlib

SIZE = 128
SAMPLES = 4
RED = (200, 16, 46)
GOLD = (242, 183, 5)
TRANSPARENT = (0, 0, 0, 0)

# "I", "C", "P" on a 5x7 grid, one string per row.
GLYPHS = {
    "I": ["#####", "..#..", "..#..", "..#..", "..#..", "..#..", "#####"],
    "C": [".####", "#....", "#....", "#....", "#....", "#....", ".####"],
    "P": ["####.", "#...#", "#...#", "####.", "#....", "#....", "#...."],
}


def inside_shield(x, y, inset):
    """The shield: straight sides from y=14 to y=66, then two arcs meeting in a point at the bottom."""
    left, right, top, bottom = 14 + inset, 114 - inset, 10 + inset, 120 - inset
    if y < top or y > bottom or x < left or x > right:
        return False
    # A shallow notch in the middle of the top edge.
    centre = SIZE / 2
    if y < top + 6 and abs(x - centre) < 20 and y < top + 6 * (abs(x - centre) / 20):
        return False
    waist = 66
    if y <= waist:
        return True
    # Below the waist each side is an arc; the half-width shrinks to 0 at the bottom point.
    t = (y - waist) / (bottom - waist)
    half = (right - left) / 2 * (1 - t * t) ** 0.5
    return abs(x - centre) <= half


def inside_text(x, y):
    scale, gap = 4, 6
    width = len(GLYPHS) * 5 * scale + (len(GLYPHS) - 1) * gap
    left, top = (SIZE - width) / 2, 36
    for index, letter in enumerate("ICP"):
        gx = left + index * (5 * scale + gap)
        col, row = int((x - gx) // scale), int((y - top) // scale)
        if 0 <= col < 5 and 0 <= row < 7 and x >= gx and y >= top and GLYPHS[letter][row][col] == "#":
            return True
    return False


def inside_bar(x, y):
    return 44 <= x <= 84 and 76 <= y <= 81


def colour_at(x, y):
    if not inside_shield(x, y, 0):
        return None
    if not inside_shield(x, y, 6) or inside_text(x, y) or inside_bar(x, y):
        return GOLD
    return RED


def pixel(px, py):
    totals, hits = [0, 0, 0], 0
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            c = colour_at(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)
            if c is not None:
                hits += 1
                totals = [t + v for t, v in zip(totals, c)]
    if hits == 0:
        return TRANSPARENT
    return tuple(round(t / hits) for t in totals) + (round(255 * hits / SAMPLES ** 2),)


def png(rows):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(v for p in row for v in p) for row in rows)
    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "icon.png")
    with open(out, "wb") as f:
        f.write(png([[pixel(x, y) for x in range(SIZE)] for y in range(SIZE)]))
    print(out)
