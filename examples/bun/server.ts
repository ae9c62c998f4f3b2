// A token endpoint for Bun with Agora's npm package agora-token, answering the reference token
// server's route with the same rules (../token-server/src/rtc-request.ts):
//   GET /rtc/:channelName/:role/:tokenType/:uid/?expiry=3600  ->  {"rtcToken": "007..."}
// Run: bun add agora-token, then APP_ID=... APP_CERTIFICATE=... PORT=3000 bun server.ts
import agoraToken from 'agora-token';
import {HttpError} from '../token-server/src/errors.js';
import {Router} from '../token-server/src/route-matcher.js';
import {RTC_ROUTE, rtcRequest} from '../token-server/src/rtc-request.js';

const {RtcTokenBuilder, RtcRole} = agoraToken;

const appId = process.env.APP_ID ?? '';
const appCertificate = process.env.APP_CERTIFICATE ?? '';
if (!/^[0-9a-fA-F]{32}$/.test(appId) || !/^[0-9a-fA-F]{32}$/.test(appCertificate)) {
  console.error('Set APP_ID and APP_CERTIFICATE to the 32-hex-character values from Agora Console.');
  process.exit(1);
}

const router = new Router<'rtc'>().add('GET', RTC_ROUTE, 'rtc');

// Tokens must never be cached by the browser or a proxy.
const json = (status: number, body: unknown) => Response.json(body, {status, headers: {'Cache-Control': 'no-store'}});

function handle(request: Request): Response {
  const url = new URL(request.url);
  try {
    const match = router.match(request.method, url.pathname);
    if (match.kind !== 'found') return json(404, {error: 'not_found', message: `Use GET ${RTC_ROUTE}?expiry=3600`});
    const {channel, role, user, expire} = rtcRequest(match.params, Object.fromEntries(url.searchParams));
    const rtcRole = role === 'publisher' ? RtcRole.PUBLISHER : RtcRole.SUBSCRIBER;
    const rtcToken =
      user.kind === 'uid'
        ? RtcTokenBuilder.buildTokenWithUid(appId, appCertificate, channel, user.uid, rtcRole, expire, expire)
        : RtcTokenBuilder.buildTokenWithUserAccount(appId, appCertificate, channel, user.account, rtcRole, expire, expire);
    return json(200, {rtcToken});
  } catch (error) {
    // A ValidationError names the field and the rule: a 400 the client can act on.
    if (error instanceof HttpError) return json(error.status, error.toJSON());
    throw error;
  }
}

// Bun serves a default export that has a fetch method (the same as Bun.serve with these options).
export default {port: Number(process.env.PORT ?? 3000), fetch: handle};
