"""A token endpoint with Python's standard library, compatible with the reference server's
    GET /rtc/:channelName/:role/:tokenType/:uid/?expiry=3600  ->  {"rtcToken": "007..."}

Run: APP_ID=... APP_CERTIFICATE=... PORT=8080 python3 server.py
"""
import json
import os
import re
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

from agora_dynamic_key.RtcTokenBuilder2 import RtcTokenBuilder, Role_Publisher, Role_Subscriber
from rtc_token import require_hex32

APP_ID = require_hex32('APP_ID')
APP_CERTIFICATE = require_hex32('APP_CERTIFICATE')


def rtc_token(channel_name, role, token_type, user, query):
    """Returns (status, body)."""
    if role not in ('publisher', 'subscriber'):
        return 400, {'error': 'role must be "publisher" or "subscriber"'}
    expiry = query.get('expiry', ['3600'])[0]
    if not re.fullmatch(r'\d{1,5}', expiry) or not 1 <= int(expiry) <= 86400:
        return 400, {'error': 'expiry must be whole seconds from 1 to 86400'}
    seconds = int(expiry)
    rtc_role = Role_Publisher if role == 'publisher' else Role_Subscriber
    if token_type == 'uid':
        if not re.fullmatch(r'\d{1,10}', user) or int(user) > 0xFFFFFFFF:
            return 400, {'error': 'uid must be a whole number from 0 to 4294967295'}
        token = RtcTokenBuilder.build_token_with_uid(
            APP_ID, APP_CERTIFICATE, channel_name, int(user), rtc_role, seconds, seconds)
    elif token_type == 'userAccount':
        token = RtcTokenBuilder.build_token_with_user_account(
            APP_ID, APP_CERTIFICATE, channel_name, user, rtc_role, seconds, seconds)
    else:
        return 400, {'error': 'tokenType must be "uid" or "userAccount"'}
    return 200, {'rtcToken': token}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        url = urlsplit(self.path)
        # Split before decoding, so an encoded character in the channel name stays in its segment.
        parts = [unquote(p) for p in url.path.split('/') if p]
        if len(parts) != 5 or parts[0] != 'rtc':
            status, body = 404, {'error': 'use GET /rtc/:channelName/:role/:tokenType/:uid/?expiry=3600'}
        else:
            status, body = rtc_token(*parts[1:], parse_qs(url.query))
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Cache-Control', 'no-store')  # tokens must never be cached
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        self.wfile.write(data)


if __name__ == '__main__':
    port = int(os.environ.get('PORT', '8080'))
    print(f'Token server listening on http://localhost:{port}', flush=True)
    ThreadingHTTPServer(('', port), Handler).serve_forever()
