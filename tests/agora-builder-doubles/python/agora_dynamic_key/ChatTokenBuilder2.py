"""Test double of Agora's python3/src/ChatTokenBuilder2.py entry points (see AccessToken2.py)."""
from .AccessToken2 import *


class ChatTokenBuilder:
    @staticmethod
    def build_user_token(app_id, app_certificate, user_id, expire):
        service = user_service(5, user_id)
        service.add_privilege(1, expire)
        token = AccessToken(app_id, app_certificate, expire)
        token.add_service(service)
        return token.build()

    @staticmethod
    def build_app_token(app_id, app_certificate, expire):
        service = user_service(5, '')
        service.add_privilege(2, expire)
        token = AccessToken(app_id, app_certificate, expire)
        token.add_service(service)
        return token.build()
