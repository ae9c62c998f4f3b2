<?php
// The other tokens a PHP server usually needs, one per line as "label: token".
//   APP_ID=... APP_CERTIFICATE=... CHANNEL=demo UID=1234 USER_ACCOUNT=alice php variants.php
require_once 'RtcTokenBuilder2.php';
require_once 'RtmTokenBuilder2.php';
require_once 'ChatTokenBuilder2.php';

$appId = (string)getenv('APP_ID');
$appCertificate = (string)getenv('APP_CERTIFICATE');
if (!preg_match('/^[0-9a-fA-F]{32}$/', $appId) || !preg_match('/^[0-9a-fA-F]{32}$/', $appCertificate)) {
    fwrite(STDERR, "Set APP_ID and APP_CERTIFICATE to the 32-hex-character values from Agora Console.\n");
    exit(1);
}
$channelName = getenv('CHANNEL') !== false ? getenv('CHANNEL') : 'demo';
$uid = (int)(getenv('UID') !== false ? getenv('UID') : '1234');
$account = getenv('USER_ACCOUNT') !== false ? getenv('USER_ACCOUNT') : 'alice';
$expire = 3600; // seconds from now

// 1. A string user account instead of a numeric uid. The client must join with the same string.
$userAccount = RtcTokenBuilder2::buildTokenWithUserAccount(
    $appId, $appCertificate, $channelName, $account, RtcTokenBuilder2::ROLE_PUBLISHER, $expire, $expire);

// 2. Audience: may join, may not publish (enforced once co-host authentication is enabled).
$subscriber = RtcTokenBuilder2::buildTokenWithUid(
    $appId, $appCertificate, $channelName, $uid, RtcTokenBuilder2::ROLE_SUBSCRIBER, $expire, $expire);

// 3. Co-host authentication: publishing ends after 10 minutes, joining after an hour.
$publishFor = 600;
$coHost = RtcTokenBuilder2::buildTokenWithUidAndPrivilege(
    $appId, $appCertificate, $channelName, $uid, $expire, $expire, $publishFor, $publishFor, $publishFor);

// 4. Signaling (RTM) login for the same person, keyed by a string user id.
$rtm = RtmTokenBuilder2::buildToken($appId, $appCertificate, $account, $expire);

// 5. Chat user token.
$chat = ChatTokenBuilder2::buildUserToken($appId, $appCertificate, $account, $expire);

echo "user-account: $userAccount", PHP_EOL;
echo "subscriber: $subscriber", PHP_EOL;
echo "co-host: $coHost", PHP_EOL;
echo "rtm: $rtm", PHP_EOL;
echo "chat-user: $chat", PHP_EOL;
