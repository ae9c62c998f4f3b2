"""The other tokens a Python server usually needs, one per line as "label: token".

Run: APP_ID=... APP_CERTIFICATE=... CHANNEL=demo UID=1234 USER_ACCOUNT=alice python3 variants.py
"""
import os

from agora_dynamic_key.ChatTokenBuilder2 import ChatTokenBuilder
from agora_dynamic_key.RtcTokenBuilder2 import RtcTokenBuilder, Role_Publisher, Role_Subscriber
from agora_dynamic_key.RtmTokenBuilder2 import RtmTokenBuilder
from rtc_token import require_hex32

app_id = require_hex32('APP_ID')
app_certificate = require_hex32('APP_CERTIFICATE')
channel_name = os.environ.get('CHANNEL', 'demo')
uid = int(os.environ.get('UID', '1234'))
account = os.environ.get('USER_ACCOUNT', 'alice')
expire = 3600  # seconds from now

# 1. A string user account instead of a numeric uid. The client must join with the same string.
user_account = RtcTokenBuilder.build_token_with_user_account(
    app_id, app_certificate, channel_name, account, Role_Publisher, expire, expire)

# 2. Audience: may join, may not publish (enforced once co-host authentication is enabled).
subscriber = RtcTokenBuilder.build_token_with_uid(
    app_id, app_certificate, channel_name, uid, Role_Subscriber, expire, expire)

# 3. Co-host authentication: publishing ends after 10 minutes, joining after an hour.
publish_for = 600
co_host = RtcTokenBuilder.build_token_with_uid_and_privilege(
    app_id, app_certificate, channel_name, uid, expire, expire, publish_for, publish_for, publish_for)

# 4. Signaling (RTM) login for the same person, keyed by a string user id.
rtm = RtmTokenBuilder.build_token(app_id, app_certificate, account, expire)

# 5. Chat user token.
chat = ChatTokenBuilder.build_user_token(app_id, app_certificate, account, expire)

print(f'user-account: {user_account}')
print(f'subscriber: {subscriber}')
print(f'co-host: {co_host}')
print(f'rtm: {rtm}')
print(f'chat-user: {chat}')
