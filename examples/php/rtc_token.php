<?php
// Prints an RTC token for one user in one channel with Agora's PHP token builder.
// Copy the files of DynamicKey/AgoraDynamicKey/php/src (AgoraIO/Tools) next to this script, then:
//   APP_ID=... APP_CERTIFICATE=... CHANNEL=demo UID=1234 php rtc_token.php
require_once 'RtcTokenBuilder2.php';

function requireHex32(string $name): string
{
    $value = (string)getenv($name);
    if (!preg_match('/^[0-9a-fA-F]{32}$/', $value)) {
        // The builder returns '' instead of failing when an id is malformed: check first.
        fwrite(STDERR, "$name must be the 32 hex characters shown in Agora Console (got " . strlen($value) . " characters).\n");
        exit(1);
    }
    return $value;
}

$appId = requireHex32('APP_ID');
$appCertificate = requireHex32('APP_CERTIFICATE');
$channelName = getenv('CHANNEL') !== false ? getenv('CHANNEL') : 'demo';
$uidText = getenv('UID') !== false ? getenv('UID') : '1234';
if (!ctype_digit($uidText) || (int)$uidText > 4294967295) {
    fwrite(STDERR, "UID must be a whole number from 0 to 4294967295 (got \"$uidText\").\n");
    exit(1);
}
$uid = (int)$uidText; // PHP integers are 64-bit: uids above 2^31 are safe

// Both lifetimes are seconds from now, not Unix timestamps. Agora caps a token at 24 hours.
$tokenExpire = 3600;
$privilegeExpire = 3600;

if ($uid === 0) {
    // PHP's builder writes uid 0 as the text "0", where every other language writes "" (any
    // uid may join). An empty user account gives the same token the other languages make.
    $token = RtcTokenBuilder2::buildTokenWithUserAccount(
        $appId, $appCertificate, $channelName, '', RtcTokenBuilder2::ROLE_PUBLISHER, $tokenExpire, $privilegeExpire);
} else {
    $token = RtcTokenBuilder2::buildTokenWithUid(
        $appId, $appCertificate, $channelName, $uid, RtcTokenBuilder2::ROLE_PUBLISHER, $tokenExpire, $privilegeExpire);
}
echo $token, PHP_EOL;
