// A token endpoint for edge functions that offer Web APIs only (Request, Response, URL, Web
// Crypto), with the site's token engine and the reference token server's route and rules
// (../token-server/src/rtc-request.ts):
//   GET /rtc/:channelName/:role/:tokenType/:uid/?expiry=3600  ->  {"rtcToken": "007..."}
// tokenHandler(credentials) returns a (request) => Response function: export it as your edge
// function, with the App ID and App Certificate read from your platform's secret environment.
import {buildRtcTokenWithUid, buildRtcTokenWithUserAccount} from 'agora-token-engine';
import {HttpError} from '../token-server/src/errors.js';
import {Router} from '../token-server/src/route-matcher.js';
import {RTC_ROUTE, rtcRequest} from '../token-server/src/rtc-request.js';

export type Credentials = {appId: string | undefined; appCertificate: string | undefined};

const router = new Router<'rtc'>().add('GET', RTC_ROUTE, 'rtc');
const HEX32 = /^[0-9a-fA-F]{32}$/;

// Tokens must never be cached by the browser, a proxy or the edge cache.
const json = (status: number, body: unknown) => Response.json(body, {status, headers: {'Cache-Control': 'no-store'}});

export function tokenHandler({appId = '', appCertificate = ''}: Credentials): (request: Request) => Response {
  const configured = HEX32.test(appId) && HEX32.test(appCertificate);
  return (request) => {
    if (!configured) {
      // Said without the values: the certificate stays out of logs and replies.
      console.error('Set APP_ID and APP_CERTIFICATE to the 32-hex-character values from Agora Console.');
      return json(500, {error: 'server_misconfigured', message: 'The token server has no valid App ID and App Certificate.'});
    }
    const url = new URL(request.url);
    try {
      const match = router.match(request.method, url.pathname);
      if (match.kind !== 'found') return json(404, {error: 'not_found', message: `Use GET ${RTC_ROUTE}?expiry=3600`});
      const {channel, role, user, expire} = rtcRequest(match.params, Object.fromEntries(url.searchParams));
      const common = {appId, appCertificate, channelName: channel, role, tokenExpire: expire, privilegeExpire: expire};
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
  };
}
