// Public API of the token engine: build, decode, verify, diagnose and validate Agora tokens.
// Pure TypeScript (no DOM, no Node built-ins): the same module runs in browsers, workers and Node.
// Import from '@site/src/token' (or a relative path); the files behind it are internal. Nothing
// here or behind it does work on import, so a bundle keeps only what it uses.

export {RtcRole} from './params';
export {
  BUILDERS,
  BUILDER_KINDS,
  buildToken,
  buildTokenDetails,
  validateBuildParams,
  buildAccessToken2,
  buildRtcTokenWithUid,
  buildRtcTokenWithUserAccount,
  buildRtcTokenWithUidAndPrivileges,
  buildRtcTokenWithUserAccountAndPrivileges,
  buildRtcRtmToken,
  buildRtcRtmTokenWithPrivileges,
  buildRtmToken,
  buildRtmTokenWithPermissions,
  buildChatUserToken,
  buildChatAppToken,
  buildFpaToken,
  buildApaasRoomUserToken,
  buildApaasUserToken,
  buildApaasAppToken,
  buildConvoAiToken,
  buildSttToken,
} from './builders';
export type {BuilderSpec, BuiltToken} from './builders';
export type {
  BuildParams,
  BuilderKind,
  CommonParams,
  AccessToken2Params,
  RtcUidParams,
  RtcAccountParams,
  RtcUidPrivilegeParams,
  RtcAccountPrivilegeParams,
  RtcPrivilegeExpiries,
  RtcRtmParams,
  RtcRtm2Params,
  RtmParams,
  RtmPermissionsParams,
  ChatUserParams,
  ChatAppParams,
  FpaParams,
  ApaasRoomUserParams,
  ApaasUserParams,
  ApaasAppParams,
} from './params';

export {formatDuration} from './duration';

export {
  decodeToken,
  tokenToJSON,
} from './decode';
export {
  cleanTokenInput,
} from './clean';
export {
  parseUidText,
  numberOrText,
} from './validate';
export type {
  CleanResult,
  TokenRepair,
} from './clean';
export type {
  DecodeResult,
  DecodedToken,
  DecodedToken007,
  DecodedToken006,
  StoppedAt,
} from './decode';
export type {
  LayoutEntry,
} from './bytes';

export {
  verifyToken,
} from './verify';
export type {
  VerifyResult,
  Verify006Context,
} from './verify';

export {
  diagnoseToken,
  diagnoseRtmLogin,
} from './diagnose';
export type {
  JoinAttempt,
  RtmLoginAttempt,
  Diagnosis,
  Finding,
  FindingCode,
} from './diagnose';

export {
  validateAppId,
  validateAppCertificate,
  validateChannelName,
  validateUid,
  validateUserAccount,
  validateRtcUser,
  validateTokenAccount,
  validateTokenChannel,
  validateRtmUserId,
  validateExpire,
  validateRtcRole,
  validateSalt,
  validateIssueTs,
  AGORA_CHARSET,
  U32_MAX,
  MAX_LIFETIME_SECONDS,
} from './validate';

export {
  TokenInputError,
} from './errors';
export type {
  FieldIssue,
  Severity,
  DecodeError,
  DecodePart,
} from './errors';

export {
  ServiceType,
  SERVICES,
  isKnownServiceType,
  privilegeName,
  privilegeWords,
  RtcPrivilege,
  Rtm2Resource,
  Rtm2Permission,
} from './services';
export type {
  ServiceInfo,
  ServiceTypeId,
  ServiceSpec,
  DecodedService,
  DecodedPrivilege,
  PrivilegeMap,
  Rtm2PermissionEntry,
} from './services';

export {
  buildToken006,
  Privilege006,
} from './legacy';
export type {
  Token006Params,
} from './legacy';

export {diagnoseChat, CHAT_SDK_ERRORS, type ChatAttempt, type ChatDiagnosis, type ChatFinding, type ChatFindingKind} from './diagnose-chat';
