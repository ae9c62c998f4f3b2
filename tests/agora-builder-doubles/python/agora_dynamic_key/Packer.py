"""Little-endian packing of a version 007 token's fields (test double; see AccessToken2.py)."""
import struct


def pack_uint16(x):
    return struct.pack('<H', int(x))


def pack_uint32(x):
    return struct.pack('<I', int(x))


def pack_string(string):
    """A u16 length, then the bytes (text is written as UTF-8)."""
    if isinstance(string, str):
        string = string.encode('utf-8')
    return pack_uint16(len(string)) + string
