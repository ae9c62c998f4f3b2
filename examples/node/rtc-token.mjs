// Prints an RTC token for one user in one channel, built with Agora's official `agora-token`.
// Run: APP_ID=... APP_CERTIFICATE=... CHANNEL=demo UID=1234 node rtc-token.mjs
import agoraToken from 'agora-token'; // a CommonJS package: named ESM imports fail, take the default

const {RtcTokenBuilder, RtcRole} = agoraToken;

const appId = process.env.APP_ID ?? '';
const appCertificate = process.env.APP_CERTIFICATE ?? '';
const channelName = process.env.CHANNEL ?? 'demo';
const uid = Number(process.env.UID ?? '1234');

// agora-token returns "" instead of throwing when the App ID or certificate is malformed.
for (const [name, value] of [['APP_ID', appId], ['APP_CERTIFICATE', appCertificate]]) {
  if (!/^[0-9a-fA-F]{32}$/.test(value)) {
    console.error(`${name} must be the 32 hex characters shown in Agora Console (got ${value.length} characters).`);
    process.exit(1);
  }
}
if (!Number.isInteger(uid) || uid < 0 || uid > 0xffffffff) {
  console.error(`UID must be a whole number from 0 to 4294967295 (got "${process.env.UID}").`);
  process.exit(1);
}

// Both lifetimes are seconds from now, not Unix timestamps. Agora caps a token at 24 hours.
const tokenExpire = 3600;
const privilegeExpire = 3600;

const token = RtcTokenBuilder.buildTokenWithUid(
  appId, appCertificate, channelName, uid, RtcRole.PUBLISHER, tokenExpire, privilegeExpire,
);
console.log(token);
