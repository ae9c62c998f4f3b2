"""Test double of Agora's python3/src/RtcTokenBuilder2.py entry points (see AccessToken2.py)."""
from .AccessToken2 import *

Role_Publisher = 1
Role_Subscriber = 2


class RtcTokenBuilder:
    @staticmethod
    def build_token_with_uid(app_id, app_certificate, channel_name, uid, role, token_expire, privilege_expire=0):
        return RtcTokenBuilder.build_token_with_user_account(
            app_id, app_certificate, channel_name, uid, role, token_expire, privilege_expire)

    @staticmethod
    def build_token_with_user_account(app_id, app_certificate, channel_name, account, role, token_expire,
                                      privilege_expire=0):
        service = rtc_service(channel_name, account)
        service.add_privilege(1, privilege_expire)
        if role == Role_Publisher:
            for privilege in (2, 3, 4):
                service.add_privilege(privilege, privilege_expire)
        token = AccessToken(app_id, app_certificate, token_expire)
        token.add_service(service)
        return token.build()

    @staticmethod
    def build_token_with_uid_and_privilege(app_id, app_certificate, channel_name, uid, token_expire,
                                           join_channel_privilege_expire, pub_audio_privilege_expire,
                                           pub_video_privilege_expire, pub_data_stream_privilege_expire):
        return RtcTokenBuilder.build_token_with_user_account_and_privilege(
            app_id, app_certificate, channel_name, uid, token_expire, join_channel_privilege_expire,
            pub_audio_privilege_expire, pub_video_privilege_expire, pub_data_stream_privilege_expire)

    @staticmethod
    def build_token_with_user_account_and_privilege(app_id, app_certificate, channel_name, account, token_expire,
                                                    join_channel_privilege_expire, pub_audio_privilege_expire,
                                                    pub_video_privilege_expire, pub_data_stream_privilege_expire):
        service = rtc_service(channel_name, account)
        service.add_privilege(1, join_channel_privilege_expire)
        service.add_privilege(2, pub_audio_privilege_expire)
        service.add_privilege(3, pub_video_privilege_expire)
        service.add_privilege(4, pub_data_stream_privilege_expire)
        token = AccessToken(app_id, app_certificate, token_expire)
        token.add_service(service)
        return token.build()
