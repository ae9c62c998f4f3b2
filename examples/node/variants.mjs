// The other tokens a Node.js server usually needs, one per line as "label: token".
// Run: APP_ID=... APP_CERTIFICATE=... CHANNEL=demo UID=1234 USER_ACCOUNT=alice node variants.mjs
import agoraToken from 'agora-token';

const {RtcTokenBuilder, RtcRole, RtmTokenBuilder, ChatTokenBuilder} = agoraToken;

const appId = process.env.APP_ID ?? '';
const appCertificate = process.env.APP_CERTIFICATE ?? '';
if (!/^[0-9a-fA-F]{32}$/.test(appId) || !/^[0-9a-fA-F]{32}$/.test(appCertificate)) {
  console.error('Set APP_ID and APP_CERTIFICATE to the 32-hex-character values from Agora Console.');
  process.exit(1);
}
const channelName = process.env.CHANNEL ?? 'demo';
const uid = Number(process.env.UID ?? '1234');
const account = process.env.USER_ACCOUNT ?? 'alice';
const expire = 3600; // seconds from now

// 1. A string user account instead of a numeric uid. The client must join with the same string.
const userAccount = RtcTokenBuilder.buildTokenWithUserAccount(
  appId, appCertificate, channelName, account, RtcRole.PUBLISHER, expire, expire,
);

// 2. Audience: may join, may not publish (enforced once co-host authentication is enabled).
const subscriber = RtcTokenBuilder.buildTokenWithUid(
  appId, appCertificate, channelName, uid, RtcRole.SUBSCRIBER, expire, expire,
);

// 3. Co-host authentication: the right to publish ends after 10 minutes, joining after an hour.
const publishFor = 600;
const coHost = RtcTokenBuilder.buildTokenWithUidAndPrivilege(
  appId, appCertificate, channelName, uid, expire, expire, publishFor, publishFor, publishFor,
);

// 4. Signaling (RTM) login for the same person, keyed by a string user id.
const rtm = RtmTokenBuilder.buildToken(appId, appCertificate, account, expire);

// 5. Chat user token.
const chat = ChatTokenBuilder.buildUserToken(appId, appCertificate, account, expire);

console.log(`user-account: ${userAccount}`);
console.log(`subscriber: ${subscriber}`);
console.log(`co-host: ${coHost}`);
console.log(`rtm: ${rtm}`);
console.log(`chat-user: ${chat}`);
