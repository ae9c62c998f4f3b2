// A Cloudflare Worker that issues Agora RTC tokens with this site's token engine (Web APIs only,
// so no nodejs_compat flag), answering the reference token server's route with the same rules
// (../token-server/src/rtc-request.ts):
//   GET /rtc/:channelName/:role/:tokenType/:uid/?expiry=3600  ->  {"rtcToken": "007..."}
// Secrets: wrangler secret put APP_ID, wrangler secret put APP_CERTIFICATE. Run: wrangler dev
import {buildRtcTokenWithUid, buildRtcTokenWithUserAccount} from 'agora-token-engine';
import {HttpError} from '../token-server/src/errors.js';
import {Router} from '../token-server/src/route-matcher.js';
import {RTC_ROUTE, rtcRequest} from '../token-server/src/rtc-request.js';

type Env = {APP_ID: string; APP_CERTIFICATE: string};

const router = new Router<'rtc'>().add('GET', RTC_ROUTE, 'rtc');
const HEX32 = /^[0-9a-fA-F]{32}$/;

// Tokens must never be cached by the browser or a proxy.
const json = (status: number, body: unknown) => Response.json(body, {status, headers: {'Cache-Control': 'no-store'}});

export default {
  fetch(request: Request, env: Env): Response {
    if (!HEX32.test(env.APP_ID ?? '') || !HEX32.test(env.APP_CERTIFICATE ?? '')) {
      // Said without the values: the certificate stays out of logs and replies.
      console.error('Set the APP_ID and APP_CERTIFICATE secrets to the 32-hex-character values from Agora Console.');
      return json(500, {error: 'server_misconfigured', message: 'The token server has no valid App ID and App Certificate.'});
    }
    const url = new URL(request.url);
    try {
      const match = router.match(request.method, url.pathname);
      if (match.kind !== 'found') return json(404, {error: 'not_found', message: `Use GET ${RTC_ROUTE}?expiry=3600`});
      const {channel, role, user, expire} = rtcRequest(match.params, Object.fromEntries(url.searchParams));
      const common = {appId: env.APP_ID, appCertificate: env.APP_CERTIFICATE, channelName: channel, role, tokenExpire: expire, privilegeExpire: expire};
      const rtcToken =
        user.kind === 'uid'
          ? buildRtcTokenWithUid({...common, uid: user.uid})
          : buildRtcTokenWithUserAccount({...common, account: user.account});
      return json(200, {rtcToken});
    } catch (error) {
      // A ValidationError names the field and the rule: a 400 the client can act on.
      if (error instanceof HttpError) return json(error.status, error.toJSON());
      throw error;
    }
  },
};
