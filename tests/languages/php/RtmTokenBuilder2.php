<?php
// Test double of Agora's php/src/RtmTokenBuilder2.php entry point (see AccessToken2.php).
require_once 'AccessToken2.php';

class RtmTokenBuilder2
{
    public static function buildToken($appId, $appCertificate, $userId, $expire)
    {
        $service = new TestToken007Service(2, TestToken007Service::text($userId));
        $service->addPrivilege(1, $expire);
        return TestToken007::single($appId, $appCertificate, $expire, $service);
    }
}
