<?php
// Test double of Agora's php/src/ChatTokenBuilder2.php entry points (see AccessToken2.php).
require_once 'AccessToken2.php';

class ChatTokenBuilder2
{
    public static function buildUserToken($appId, $appCertificate, $userId, $expire)
    {
        $service = new TestToken007Service(5, TestToken007Service::text($userId));
        $service->addPrivilege(1, $expire);
        return TestToken007::single($appId, $appCertificate, $expire, $service);
    }

    public static function buildAppToken($appId, $appCertificate, $expire)
    {
        $service = new TestToken007Service(5, TestToken007Service::text(''));
        $service->addPrivilege(2, $expire);
        return TestToken007::single($appId, $appCertificate, $expire, $service);
    }
}
