// Public API of the token engine: build, decode, verify, diagnose and validate Agora tokens.
// Pure TypeScript (no DOM, no Node built-ins): the same module runs in browsers, workers and Node.
// Import from '@site/src/token' (or a relative path); the files behind it are internal.

export {
  /** RTC role constants: PUBLISHER 1 (join + publish), SUBSCRIBER 2 (join only). */
  RtcRole,
  /** Every named builder kind, in a stable order (for pickers and tests). */
  BUILDER_KINDS,
  /** Builds a token with the builder named by `kind`; throws TokenInputError on invalid input. */
  buildToken,
  /** Every validation finding (errors and warnings) for one builder's parameters. */
  validateBuildParams,
  /** Low-level 007 builder: any list of services, salt and issue time. */
  buildAccessToken2,
  /** RTC token for an integer uid and a role (agora-token `RtcTokenBuilder.buildTokenWithUid`). */
  buildRtcTokenWithUid,
  /** RTC token for a string user account and a role (`buildTokenWithUserAccount`). */
  buildRtcTokenWithUserAccount,
  /** RTC token for an integer uid with one expiry per privilege (`buildTokenWithUidAndPrivilege`). */
  buildRtcTokenWithUidAndPrivileges,
  /** RTC token for a user account with one expiry per privilege (`BuildTokenWithUserAccountAndPrivilege`). */
  buildRtcTokenWithUserAccountAndPrivileges,
  /** RTC + RTM token for one user account (`buildTokenWithRtm`). */
  buildRtcRtmToken,
  /** RTC + RTM token with separate users and per-privilege expiries (`buildTokenWithRtm2`). */
  buildRtcRtmTokenWithPrivileges,
  /** RTM login token (`RtmTokenBuilder.buildToken`). */
  buildRtmToken,
  /** RTM token with RTM2 resource permissions (`RtmTokenBuilder.buildTokenWithPermissions`). */
  buildRtmTokenWithPermissions,
  /** Chat user token (`ChatTokenBuilder.buildUserToken`). */
  buildChatUserToken,
  /** Chat app token (`ChatTokenBuilder.buildAppToken`). */
  buildChatAppToken,
  /** FPA token, fixed 24-hour lifetime (`FpaTokenBuilder.buildToken`). */
  buildFpaToken,
  /** APaaS/Education room-user token: APaaS + RTM + Chat (`buildRoomUserToken`). */
  buildApaasRoomUserToken,
  /** APaaS/Education user token (`buildUserToken`). */
  buildApaasUserToken,
  /** APaaS/Education app token (`buildAppToken`). */
  buildApaasAppToken,
  /** RTC + RTM + ConvoAI token (`ConvoAITokenBuilder.buildToken`). */
  buildConvoAiToken,
  /** RTC + RTM + STT token (`SttTokenBuilder.buildToken`). */
  buildSttToken,
} from './build';
export type {
  /** Parameters of every named builder, keyed by builder kind. */
  BuildParams,
  /** Name of a named builder (`rtcUid`, `rtm`, `chatUser`, ...). */
  BuilderKind,
  /** appId, appCertificate and the optional salt/issueTs every builder takes. */
  CommonParams,
  /** Parameters of buildAccessToken2. */
  AccessToken2Params,
  /** Parameters of buildRtcTokenWithUid. */
  RtcUidParams,
  /** Parameters of buildRtcTokenWithUserAccount. */
  RtcAccountParams,
  /** Parameters of buildRtcTokenWithUidAndPrivileges. */
  RtcUidPrivilegeParams,
  /** Parameters of buildRtcTokenWithUserAccountAndPrivileges. */
  RtcAccountPrivilegeParams,
  /** The four per-privilege expiries. */
  RtcPrivilegeExpiries,
  /** Parameters of buildRtcRtmToken. */
  RtcRtmParams,
  /** Parameters of buildRtcRtmTokenWithPrivileges, buildConvoAiToken and buildSttToken. */
  RtcRtm2Params,
  /** Parameters of buildRtmToken. */
  RtmParams,
  /** Parameters of buildRtmTokenWithPermissions. */
  RtmPermissionsParams,
  /** Parameters of buildChatUserToken. */
  ChatUserParams,
  /** Parameters of buildChatAppToken. */
  ChatAppParams,
  /** Parameters of buildFpaToken. */
  FpaParams,
  /** Parameters of buildApaasRoomUserToken. */
  ApaasRoomUserParams,
  /** Parameters of buildApaasUserToken. */
  ApaasUserParams,
  /** Parameters of buildApaasAppToken. */
  ApaasAppParams,
} from './build';

export {
  /** Decodes a pasted 007 or 006 token; never throws (`{ok: true, token, cleaned}` or `{ok: false, error, cleaned}`). */
  decodeToken,
  /** A JSON-friendly copy of a decoded token (binary fields dropped, format field names). */
  tokenToJSON,
} from './decode';
export {
  /** What decodeToken does to pasted text first: strips quotes, whitespace and JSON wrappers, and says what it removed. */
  cleanTokenInput,
} from './clean';
export {
  /** Reads an integer uid typed as text strictly (digits only), or says what is wrong with it. */
  parseUidText,
} from './validate';
export type {
  /** Result of cleanTokenInput. */
  CleanResult,
  /** A change cleaning made to the token's own characters (Agora rejects the string as given). */
  TokenRepair,
} from './clean';
export type {
  /** Result of decodeToken. */
  DecodeResult,
  /** A decoded token of either version (discriminate on `version`). */
  DecodedToken,
  /** A decoded 007 token. */
  DecodedToken007,
  /** A decoded legacy 006 token. */
  DecodedToken006,
  /** Where decoding of services stopped on an unknown type. */
  StoppedAt,
} from './decode';
export type {
  /** Position of one field in the uncompressed content (for hex views). */
  LayoutEntry,
} from './bytes';

export {
  /** Checks a token's signature with an App Certificate (006 also needs channel and uid); never throws. */
  verifyToken,
} from './verify';
export type {
  /** Outcome of verifyToken: valid, invalid, or unchecked with the reason. */
  VerifyResult,
  /** Channel and uid needed to verify a 006 token. */
  Verify006Context,
} from './verify';

export {
  /** Predicts Agora's verdict (101/109/110/cannot publish) for a join attempt, with reasons and fixes. */
  diagnoseToken,
  /** Predicts whether an RTM login as one user id succeeds with a token, with reasons and fixes. */
  diagnoseRtmLogin,
} from './diagnose';
export type {
  /** What the client will join with. */
  JoinAttempt,
  /** What the client logs in to RTM with. */
  RtmLoginAttempt,
  /** The prediction: verdict, code, summary, findings. */
  Diagnosis,
  /** One problem or remark with reason and fix. */
  Finding,
  /** 101 | 109 | 110 | 'cannot-publish' | 'warning' | 'info'. */
  FindingCode,
} from './diagnose';

export {
  /** App ID: 32 hex characters. */
  validateAppId,
  /** App Certificate: 32 hex characters. */
  validateAppCertificate,
  /** Channel name: 1-63 bytes of Agora's 89-character set. */
  validateChannelName,
  /** Integer uid 0..2^32-1 (rejects 1.5, -1, 2^32, NaN, strings such as "0"). */
  validateUid,
  /** User account: 1-255 bytes of Agora's 89-character set. */
  validateUserAccount,
  /** RTC user for builders that accept both: number = uid, string = account. */
  validateRtcUser,
  /** RTM user ID: 1-64 bytes (characters outside Agora's set warn). */
  validateRtmUserId,
  /** An expiry in seconds 0..2^32-1, with warnings for Unix times, milliseconds and >24 h. */
  validateExpire,
  /** RTC role: 1/2 or 'publisher'/'subscriber'. */
  validateRtcRole,
  /** Salt: integer 1..2^32-1. */
  validateSalt,
  /** Issue time: Unix seconds 0..2^32-1. */
  validateIssueTs,
  /** Agora's 89 allowed characters for channel names and accounts. */
  AGORA_CHARSET,
  /** 2^32-1, the largest uid/expiry/salt. */
  U32_MAX,
  /** 86400: Agora's maximum token lifetime in seconds. */
  MAX_LIFETIME_SECONDS,
} from './validate';

export {
  /** Thrown by builders: `field`, `rule`, `value` of the first error and all `issues`. */
  TokenInputError,
} from './errors';
export type {
  /** One validation finding: field, rule, value, severity, message. */
  FieldIssue,
  /** 'error' blocks building, 'warning' explains a likely mistake. */
  Severity,
  /** Structured decode failure: part, message, field, offset. */
  DecodeError,
  /** 'input' | 'prefix' | 'base64' | 'zlib' | 'field' | 'trailing'. */
  DecodePart,
} from './errors';

export {
  /** Service type ids (RTC 1 ... STT 10). */
  ServiceType,
  /** Lower-case name per service type id. */
  SERVICE_NAMES,
  /** Privilege names per service type and id. */
  PRIVILEGE_NAMES,
  /** RTC privilege ids (join 1, audio 2, video 3, data 4). */
  RtcPrivilege,
  /** RTM2 resource types (message channels 0 ... users 4). */
  Rtm2Resource,
  /** RTM2 permission types (read 0, write 1). */
  Rtm2Permission,
} from './services';
export type {
  /** A service to write into a token (input of buildAccessToken2). */
  ServiceSpec,
  /** A decoded service (discriminate on `type`). */
  DecodedService,
  /** A decoded privilege with raw value and absolute expiry. */
  DecodedPrivilege,
  /** Privilege id → seconds after issueTs. */
  PrivilegeMap,
  /** One RTM2 permission entry. */
  Rtm2PermissionEntry,
} from './services';

export {
  /** Builds a legacy 006 token (privileges are absolute Unix times); for comparisons and tests. */
  buildToken006,
  /** Privilege ids of 006 tokens (1-4, RTM login 1000). */
  Privilege006,
} from './legacy';
export type {
  /** Parameters of buildToken006. */
  Token006Params,
} from './legacy';
