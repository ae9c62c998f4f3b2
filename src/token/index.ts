// Public API of the token engine: build, decode, verify, diagnose and validate Agora tokens.
// Pure TypeScript (no DOM, no Node built-ins): the same module runs in browsers, workers and Node.
// Import from '@site/src/token' (or a relative path); the files behind it are internal. Nothing
// here or behind it does work on import, so a bundle keeps only what it uses.

export {RtcRole} from './params';
export type {CommonParams, AccessToken2Params, RtcPrivilegeExpiries} from './params';
// Every builder kind (its record, its parameter type and its named builder), BUILDERS and
// buildToken: adding a kind to builders.ts adds it here.
export * from './builders';

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
export {explainRepair, type RepairExplanation} from './repairs';
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
