// A token endpoint with Node's built-in http module, compatible with the reference server's
//   GET /rtc/:channelName/:role/:tokenType/:uid/?expiry=3600  ->  {"rtcToken": "007..."}
// Run: APP_ID=... APP_CERTIFICATE=... PORT=8080 node server.mjs
import {createServer} from 'node:http';
import agoraToken from 'agora-token';

const {RtcTokenBuilder, RtcRole} = agoraToken;

const appId = process.env.APP_ID ?? '';
const appCertificate = process.env.APP_CERTIFICATE ?? '';
if (!/^[0-9a-fA-F]{32}$/.test(appId) || !/^[0-9a-fA-F]{32}$/.test(appCertificate)) {
  console.error('Set APP_ID and APP_CERTIFICATE to the 32-hex-character values from Agora Console.');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 8080);

function send(res, status, body) {
  // Tokens must never be cached by the browser or a proxy.
  res.writeHead(status, {'Content-Type': 'application/json', 'Cache-Control': 'no-store'});
  res.end(JSON.stringify(body));
}

function rtcToken(params, query) {
  const [channelName, role, tokenType, user] = params;
  if (role !== 'publisher' && role !== 'subscriber') return {error: 'role must be "publisher" or "subscriber"'};
  const expiry = query.get('expiry') ?? '3600';
  if (!/^\d{1,5}$/.test(expiry) || Number(expiry) < 1 || Number(expiry) > 86400) {
    return {error: 'expiry must be whole seconds from 1 to 86400'};
  }
  const seconds = Number(expiry);
  const rtcRole = role === 'publisher' ? RtcRole.PUBLISHER : RtcRole.SUBSCRIBER;
  if (tokenType === 'uid') {
    if (!/^\d{1,10}$/.test(user) || Number(user) > 0xffffffff) return {error: 'uid must be a whole number from 0 to 4294967295'};
    return {token: RtcTokenBuilder.buildTokenWithUid(appId, appCertificate, channelName, Number(user), rtcRole, seconds, seconds)};
  }
  if (tokenType === 'userAccount') {
    return {token: RtcTokenBuilder.buildTokenWithUserAccount(appId, appCertificate, channelName, user, rtcRole, seconds, seconds)};
  }
  return {error: 'tokenType must be "uid" or "userAccount"'};
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let parts;
  try {
    // Split before decoding, so an encoded character in the channel name stays in its segment.
    parts = url.pathname.split('/').filter((p) => p !== '').map(decodeURIComponent);
  } catch {
    return send(res, 400, {error: 'the path is not valid percent-encoding'});
  }
  if (req.method !== 'GET' || parts[0] !== 'rtc' || parts.length !== 5) {
    return send(res, 404, {error: 'use GET /rtc/:channelName/:role/:tokenType/:uid/?expiry=3600'});
  }
  const result = rtcToken(parts.slice(1), url.searchParams);
  if (result.error) return send(res, 400, {error: result.error});
  send(res, 200, {rtcToken: result.token});
}).listen(port, () => console.log(`Token server listening on http://localhost:${port}`));
