<?php
// Test double of Agora's php/src/ChatTokenBuilder2.php entry points (see AccessToken2.php).
require_once 'AccessToken2.php';

class ChatTokenBuilder2
{
    public static function buildUserToken($appId, $appCertificate, $userId, $expire)
    {
        $service = new Service(5, Util::packString($userId));
        $service->addPrivilege(1, $expire);
        return AccessToken2::single($appId, $appCertificate, $expire, $service);
    }

    public static function buildAppToken($appId, $appCertificate, $expire)
    {
        $service = new Service(5, Util::packString(''));
        $service->addPrivilege(2, $expire);
        return AccessToken2::single($appId, $appCertificate, $expire, $service);
    }
}
