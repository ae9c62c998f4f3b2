// The same Worker with Agora's npm package agora-token instead of the engine. agora-token needs
// Node's Buffer, crypto and zlib: deploy it with compatibility_flags = ["nodejs_compat"] in
// wrangler.toml, or it fails to load.
import agoraToken from 'agora-token';
import {HttpError} from '../token-server/src/errors.js';
import {Router} from '../token-server/src/route-matcher.js';
import {RTC_ROUTE, rtcRequest} from '../token-server/src/rtc-request.js';

const {RtcTokenBuilder, RtcRole} = agoraToken;

type Env = {APP_ID: string; APP_CERTIFICATE: string};

const router = new Router<'rtc'>().add('GET', RTC_ROUTE, 'rtc');
const HEX32 = /^[0-9a-fA-F]{32}$/;

const json = (status: number, body: unknown) => Response.json(body, {status, headers: {'Cache-Control': 'no-store'}});

export default {
  fetch(request: Request, env: Env): Response {
    // agora-token returns "" for a malformed App ID or certificate: refuse to start instead.
    if (!HEX32.test(env.APP_ID ?? '') || !HEX32.test(env.APP_CERTIFICATE ?? '')) {
      console.error('Set the APP_ID and APP_CERTIFICATE secrets to the 32-hex-character values from Agora Console.');
      return json(500, {error: 'server_misconfigured', message: 'The token server has no valid App ID and App Certificate.'});
    }
    const url = new URL(request.url);
    try {
      const match = router.match(request.method, url.pathname);
      if (match.kind !== 'found') return json(404, {error: 'not_found', message: `Use GET ${RTC_ROUTE}?expiry=3600`});
      const {channel, role, user, expire} = rtcRequest(match.params, Object.fromEntries(url.searchParams));
      const rtcRole = role === 'publisher' ? RtcRole.PUBLISHER : RtcRole.SUBSCRIBER;
      const rtcToken =
        user.kind === 'uid'
          ? RtcTokenBuilder.buildTokenWithUid(env.APP_ID, env.APP_CERTIFICATE, channel, user.uid, rtcRole, expire, expire)
          : RtcTokenBuilder.buildTokenWithUserAccount(env.APP_ID, env.APP_CERTIFICATE, channel, user.account, rtcRole, expire, expire);
      return json(200, {rtcToken});
    } catch (error) {
      if (error instanceof HttpError) return json(error.status, error.toJSON());
      throw error;
    }
  },
};
