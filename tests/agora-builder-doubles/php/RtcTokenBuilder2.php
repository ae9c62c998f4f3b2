<?php
// Test double of Agora's php/src/RtcTokenBuilder2.php entry points (see AccessToken2.php).
require_once 'AccessToken2.php';

class RtcTokenBuilder2
{
    const ROLE_PUBLISHER = 1;
    const ROLE_SUBSCRIBER = 2;

    public static function buildTokenWithUid($appId, $appCertificate, $channelName, $uid, $role, $tokenExpire, $privilegeExpire = 0)
    {
        return self::buildTokenWithUserAccount($appId, $appCertificate, $channelName, $uid, $role, $tokenExpire, $privilegeExpire);
    }

    public static function buildTokenWithUserAccount($appId, $appCertificate, $channelName, $account, $role, $tokenExpire, $privilegeExpire = 0)
    {
        $service = new Service(1, Util::packString($channelName) . Util::packString($account));
        $service->addPrivilege(1, $privilegeExpire);
        if ($role == self::ROLE_PUBLISHER) {
            $service->addPrivilege(2, $privilegeExpire);
            $service->addPrivilege(3, $privilegeExpire);
            $service->addPrivilege(4, $privilegeExpire);
        }
        return AccessToken2::single($appId, $appCertificate, $tokenExpire, $service);
    }

    public static function buildTokenWithUidAndPrivilege($appId, $appCertificate, $channelName, $uid, $tokenExpire, $joinChannelPrivilegeExpire, $pubAudioPrivilegeExpire, $pubVideoPrivilegeExpire, $pubDataStreamPrivilegeExpire)
    {
        return self::buildTokenWithUserAccountAndPrivilege($appId, $appCertificate, $channelName, $uid, $tokenExpire, $joinChannelPrivilegeExpire, $pubAudioPrivilegeExpire, $pubVideoPrivilegeExpire, $pubDataStreamPrivilegeExpire);
    }

    public static function buildTokenWithUserAccountAndPrivilege($appId, $appCertificate, $channelName, $account, $tokenExpire, $joinChannelPrivilegeExpire, $pubAudioPrivilegeExpire, $pubVideoPrivilegeExpire, $pubDataStreamPrivilegeExpire)
    {
        $service = new Service(1, Util::packString($channelName) . Util::packString($account));
        $service->addPrivilege(1, $joinChannelPrivilegeExpire);
        $service->addPrivilege(2, $pubAudioPrivilegeExpire);
        $service->addPrivilege(3, $pubVideoPrivilegeExpire);
        $service->addPrivilege(4, $pubDataStreamPrivilegeExpire);
        return AccessToken2::single($appId, $appCertificate, $tokenExpire, $service);
    }
}
