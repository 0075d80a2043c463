"""Check the images a map uses before anything draws them, without pygame.

A truncated or damaged tileset picture, or a path that points at some other kind of file
(`/etc/passwd`), is a problem for check-map to name, not a traceback when the course is
drawn. PNG, the format Tiled saves, is read in full: every chunk and its checksum, and the
pixels decompressed, at most as many bytes as the image's size needs. Other formats pygame
reads are recognised by their first bytes.
"""

from __future__ import annotations

import os
import struct
import zlib

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
OTHER_KINDS = (
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
)
MAX_SIDE_PX = 16384
MAX_FILE_BYTES = 64 * 1024 * 1024
# bits per pixel of each PNG colour type, per bit of sample depth
_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}


def png_size(path: str) -> tuple[int, int] | None:
    """A PNG's width and height from its header, or None for anything else."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(24)
    except OSError:
        return None
    if not head.startswith(PNG_SIGNATURE) or len(head) < 24:
        return None
    return struct.unpack(">II", head[16:24])


def image_problem(path: str) -> str | None:
    """What is wrong with the image file at `path`, or None when it can be drawn."""
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            return f"is {size // (1024 * 1024)} MB, far bigger than a tileset picture"
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        return f"could not be read ({exc.strerror or exc})"
    if data.startswith(PNG_SIGNATURE):
        return _png_problem(data)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return None
    if any(data.startswith(magic) for magic, _ in OTHER_KINDS):
        return None
    return "is not a picture (PNG, JPEG, GIF, BMP or WebP)"


def _png_problem(data: bytes) -> str | None:
    pos = len(PNG_SIGNATURE)
    header: tuple[int, ...] | None = None
    idat = []
    ended = False
    while pos < len(data):
        if pos + 8 > len(data):
            return "is cut short (a PNG chunk is incomplete)"
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        end = pos + 8 + length + 4
        if end > len(data):
            return "is cut short (the PNG file ends inside a chunk)"
        body = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[end - 4 : end])
        if zlib.crc32(kind + body) != crc:
            return f"is damaged (the PNG chunk {kind.decode('latin-1')!r} fails its checksum)"
        if header is None:
            if kind != b"IHDR" or length != 13:
                return "is damaged (a PNG must begin with its header)"
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            ended = True
            break
        pos = end
    if header is None or not ended:
        return "is cut short (the PNG file has no end)"
    return _png_pixels_problem(header, b"".join(idat))


def _png_pixels_problem(header: tuple[int, ...], compressed: bytes) -> str | None:
    width, height, depth, colour, _comp, _filter, interlace = header
    if not (0 < width <= MAX_SIDE_PX and 0 < height <= MAX_SIDE_PX):
        return f"is {width}x{height} px; a tileset picture is at most {MAX_SIDE_PX} px a side"
    if colour not in _CHANNELS or depth not in (1, 2, 4, 8, 16):
        return "is damaged (its PNG colour type or depth is not one PNG has)"
    row = (width * _CHANNELS[colour] * depth + 7) // 8
    need = height * (row + 1)
    if interlace:
        need = need * 2  # seven passes, each row with its filter byte: a safe upper bound
    unpack = zlib.decompressobj()
    try:
        pixels = unpack.decompress(compressed, need + 1)
    except zlib.error:
        return "is damaged (its PNG pixels cannot be decompressed)"
    if len(pixels) > need:
        return "is damaged (its PNG pixels expand beyond the picture's size)"
    if not interlace and (len(pixels) < need or not unpack.eof):
        return "is cut short (some of its PNG pixels are missing)"
    return None
