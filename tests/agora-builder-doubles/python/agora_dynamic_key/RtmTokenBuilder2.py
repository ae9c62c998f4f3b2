"""Test double of Agora's python3/src/RtmTokenBuilder2.py entry point (see AccessToken2.py)."""
from .AccessToken2 import *


class RtmTokenBuilder:
    @staticmethod
    def build_token(app_id, app_certificate, user_id, expire):
        service = user_service(2, user_id)
        service.add_privilege(1, expire)
        token = AccessToken(app_id, app_certificate, expire)
        token.add_service(service)
        return token.build()
