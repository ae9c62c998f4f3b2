"""Test double for Agora's Python 3 token builder (folder python3/src of AgoraIO/Tools).

Written for this site's tests from the token format: same file names, imports, entry points and
signatures as the official files the samples import (see ../official-surface.json), real
HMAC-SHA256 (hmac, hashlib) and zlib from the standard library. Readers use Agora's files.
"""
import time
import hmac
import zlib
import base64
import secrets

from hashlib import sha256
from collections import OrderedDict

from .Packer import *


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
        out = pack_uint16(self.service_type) + pack_uint16(len(self.privileges))
        for privilege in sorted(self.privileges):
            out += pack_uint16(privilege) + pack_uint32(self.privileges[privilege])
        return out + self.fields


def rtc_service(channel_name, uid):
    # The number 0 means "any uid" and is written as an empty string.
    account = '' if uid == 0 else str(uid)
    return Service(1, pack_string(channel_name) + pack_string(account))


def user_service(service_type, user_id):
    return Service(service_type, pack_string(user_id))


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
        info = pack_string(self.app_id) + pack_uint32(self.issue_ts) + pack_uint32(self.expire) + pack_uint32(self.salt)
        info += pack_uint16(len(self.services))
        for service_type in sorted(self.services):
            info += self.services[service_type].pack()
        key = hmac.new(pack_uint32(self.issue_ts), self.app_certificate.encode('utf-8'), sha256).digest()
        key = hmac.new(pack_uint32(self.salt), key, sha256).digest()
        signature = hmac.new(key, info, sha256).digest()
        return '007' + base64.b64encode(zlib.compress(pack_string(signature) + info)).decode('ascii')
