// A token endpoint for Deno 2 with Agora's npm package agora-token, answering the reference
// token server's route with the same rules (../token-server/src/rtc-request.ts):
//   GET /rtc/:channelName/:role/:tokenType/:uid/?expiry=3600  ->  {"rtcToken": "007..."}
// Run: APP_ID=... APP_CERTIFICATE=... PORT=8000 deno run --allow-net --allow-env server.ts
import agoraToken from 'npm:agora-token@2.0.6';
import {HttpError} from '../token-server/src/errors.ts';
import {Router} from '../token-server/src/route-matcher.ts';
import {RTC_ROUTE, rtcRequest} from '../token-server/src/rtc-request.ts';

// agora-token is CommonJS: take the builders from its default export.
const {RtcTokenBuilder, RtcRole} = agoraToken;

const appId = Deno.env.get('APP_ID') ?? '';
const appCertificate = Deno.env.get('APP_CERTIFICATE') ?? '';
if (!/^[0-9a-fA-F]{32}$/.test(appId) || !/^[0-9a-fA-F]{32}$/.test(appCertificate)) {
  console.error('Set APP_ID and APP_CERTIFICATE to the 32-hex-character values from Agora Console.');
  Deno.exit(1);
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

Deno.serve({port: Number(Deno.env.get('PORT') ?? 8000)}, handle);
