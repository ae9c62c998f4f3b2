"""Prints an RTC token for one user in one channel with Agora's Python 3 token builder.

Copy the folder DynamicKey/AgoraDynamicKey/python3/src of AgoraIO/Tools next to this file
as agora_dynamic_key/, then run:
    APP_ID=... APP_CERTIFICATE=... CHANNEL=demo UID=1234 python3 rtc_token.py
"""
import os
import re
import sys

from agora_dynamic_key.RtcTokenBuilder2 import RtcTokenBuilder, Role_Publisher


def require_hex32(name):
    value = os.environ.get(name, '')
    if not re.fullmatch(r'[0-9a-fA-F]{32}', value):
        # The builder returns '' instead of raising when an id is malformed: check first.
        sys.exit(f'{name} must be the 32 hex characters shown in Agora Console (got {len(value)} characters).')
    return value


def main():
    app_id = require_hex32('APP_ID')
    app_certificate = require_hex32('APP_CERTIFICATE')
    channel_name = os.environ.get('CHANNEL', 'demo')
    uid_text = os.environ.get('UID', '1234')
    if not uid_text.isdigit() or int(uid_text) > 0xFFFFFFFF:
        sys.exit(f'UID must be a whole number from 0 to 4294967295 (got "{uid_text}").')
    uid = int(uid_text)  # an int: the string "0" would not mean "any uid"

    # Both lifetimes are seconds from now, not Unix timestamps. Agora caps a token at 24 hours.
    token_expire = 3600
    privilege_expire = 3600

    token = RtcTokenBuilder.build_token_with_uid(
        app_id, app_certificate, channel_name, uid, Role_Publisher, token_expire, privilege_expire)
    print(token)


if __name__ == '__main__':
    main()
