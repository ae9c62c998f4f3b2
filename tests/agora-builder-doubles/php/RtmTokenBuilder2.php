<?php
// Test double of Agora's php/src/RtmTokenBuilder2.php entry point (see AccessToken2.php).
require_once 'AccessToken2.php';

class RtmTokenBuilder2
{
    public static function buildToken($appId, $appCertificate, $userId, $expire)
    {
        $service = new Service(2, Util::packString($userId));
        $service->addPrivilege(1, $expire);
        return AccessToken2::single($appId, $appCertificate, $expire, $service);
    }
}
