// The benchmark's baseline: the least a token server can do. A bare node:http server that takes
// /rtc/:channel/:role/:tokenType/:uid apart and calls agora-token, with no validation, CORS or
// error handling. bench/token-server.ts measures the reference server against it.
import {createServer} from 'node:http';
import agoraToken from 'agora-token';

const {RtcTokenBuilder, RtcRole} = agoraToken;
const appId = process.env.APP_ID ?? '';
const certificate = process.env.APP_CERTIFICATE ?? '';

const server = createServer((req, res) => {
  const parts = (req.url ?? '/').split('?')[0].split('/');
  if (parts[1] !== 'rtc' || parts.length < 6) {
    res.writeHead(404);
    res.end();
    return;
  }
  const role = parts[3] === 'publisher' ? RtcRole.PUBLISHER : RtcRole.SUBSCRIBER;
  const token = RtcTokenBuilder.buildTokenWithUid(appId, certificate, decodeURIComponent(parts[2]), Number(parts[5]), role, 3600, 3600);
  const body = JSON.stringify({rtcToken: token});
  res.writeHead(200, {'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body)});
  res.end(body);
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') console.log(`baseline listening on http://127.0.0.1:${address.port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
