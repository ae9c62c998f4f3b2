<?php
// A token endpoint in plain PHP, compatible with the reference server's
//   GET /rtc/:channelName/:role/:tokenType/:uid/?expiry=3600  ->  {"rtcToken": "007..."}
// Serve it behind your web server, or try it with PHP's built-in server:
//   APP_ID=... APP_CERTIFICATE=... php -S localhost:8080 server.php
require_once 'RtcTokenBuilder2.php';

function reply(int $status, array $body): void
{
    http_response_code($status);
    header('Content-Type: application/json');
    header('Cache-Control: no-store'); // tokens must never be cached
    echo json_encode($body, JSON_UNESCAPED_SLASHES);
}

$appId = (string)getenv('APP_ID');
$appCertificate = (string)getenv('APP_CERTIFICATE');
if (!preg_match('/^[0-9a-fA-F]{32}$/', $appId) || !preg_match('/^[0-9a-fA-F]{32}$/', $appCertificate)) {
    reply(500, ['error' => 'the server needs APP_ID and APP_CERTIFICATE (32 hex characters each)']);
    return;
}

// Split the raw path before decoding, so an encoded "/" or "%" in a channel name stays put.
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$parts = array_values(array_filter(explode('/', $path), 'strlen'));
if ($_SERVER['REQUEST_METHOD'] !== 'GET' || count($parts) !== 5 || $parts[0] !== 'rtc') {
    reply(404, ['error' => 'use GET /rtc/:channelName/:role/:tokenType/:uid/?expiry=3600']);
    return;
}
[, $channelName, $role, $tokenType, $user] = array_map('rawurldecode', $parts);

if ($role !== 'publisher' && $role !== 'subscriber') {
    reply(400, ['error' => 'role must be "publisher" or "subscriber"']);
    return;
}
$expiry = $_GET['expiry'] ?? '3600';
if (!is_string($expiry) || !preg_match('/^\d{1,5}$/', $expiry) || (int)$expiry < 1 || (int)$expiry > 86400) {
    reply(400, ['error' => 'expiry must be whole seconds from 1 to 86400']);
    return;
}
$seconds = (int)$expiry;
$rtcRole = $role === 'publisher' ? RtcTokenBuilder2::ROLE_PUBLISHER : RtcTokenBuilder2::ROLE_SUBSCRIBER;

if ($tokenType === 'uid') {
    if (!preg_match('/^\d{1,10}$/', $user) || (int)$user > 4294967295) {
        reply(400, ['error' => 'uid must be a whole number from 0 to 4294967295']);
        return;
    }
    // uid 0 (any uid) goes through the account builder: see the pitfall about PHP's "0".
    $token = (int)$user === 0
        ? RtcTokenBuilder2::buildTokenWithUserAccount($appId, $appCertificate, $channelName, '', $rtcRole, $seconds, $seconds)
        : RtcTokenBuilder2::buildTokenWithUid($appId, $appCertificate, $channelName, (int)$user, $rtcRole, $seconds, $seconds);
} elseif ($tokenType === 'userAccount') {
    $token = RtcTokenBuilder2::buildTokenWithUserAccount($appId, $appCertificate, $channelName, $user, $rtcRole, $seconds, $seconds);
} else {
    reply(400, ['error' => 'tokenType must be "uid" or "userAccount"']);
    return;
}
reply(200, ['rtcToken' => $token]);
