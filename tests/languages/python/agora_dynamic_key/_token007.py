"""Test double for Agora's Python 3 token builder (folder python3/src of AgoraIO/Tools).

Written for this site's tests from the token format: same entry points, names and signatures as
the official files the samples import, real HMAC-SHA256 (hmac, hashlib) and zlib from the
standard library. Readers use Agora's files, not this one.
"""
import base64
import hashlib
import hmac
import secrets
import struct
import time
import zlib


def _u16(v):
    return struct.pack('<H', v)


def _u32(v):
    return struct.pack('<I', v)


def _bytes(b):
    return _u16(len(b)) + b


def _text(s):
    return _bytes(s.encode('utf-8'))


def _is_hex32(s):
    return isinstance(s, str) and len(s) == 32 and all(c in '0123456789abcdefABCDEF' for c in s)


class Service:
    def __init__(self, service_type, fields):
        self.service_type = service_type
        self.fields = fields  # already-encoded service fields, written after the privileges
        self.privileges = {}

    def add_privilege(self, privilege, expire):
        self.privileges[privilege] = expire

    def pack(self):
        out = _u16(self.service_type) + _u16(len(self.privileges))
        for privilege in sorted(self.privileges):
            out += _u16(privilege) + _u32(self.privileges[privilege])
        return out + self.fields


def rtc_service(channel_name, uid):
    # The number 0 means "any uid" and is written as an empty string.
    account = '' if uid == 0 else str(uid)
    return Service(1, _text(channel_name) + _text(account))


def user_service(service_type, user_id):
    return Service(service_type, _text(user_id))


class AccessToken:
    def __init__(self, app_id, app_certificate, expire):
        self.app_id = app_id
        self.app_certificate = app_certificate
        self.expire = expire
        self.issue_ts = int(time.time())
        self.salt = secrets.randbelow(99999999) + 1
        self.services = {}

    def add_service(self, service):
        self.services[service.service_type] = service

    def build(self):
        # Like the official builder: an empty string, not an exception, for a malformed id.
        if not _is_hex32(self.app_id) or not _is_hex32(self.app_certificate) or not self.services:
            return ''
        info = _text(self.app_id) + _u32(self.issue_ts) + _u32(self.expire) + _u32(self.salt)
        info += _u16(len(self.services))
        for service_type in sorted(self.services):
            info += self.services[service_type].pack()
        key = hmac.new(_u32(self.issue_ts), self.app_certificate.encode('utf-8'), hashlib.sha256).digest()
        key = hmac.new(_u32(self.salt), key, hashlib.sha256).digest()
        signature = hmac.new(key, info, hashlib.sha256).digest()
        return '007' + base64.b64encode(zlib.compress(_bytes(signature) + info)).decode('ascii')
