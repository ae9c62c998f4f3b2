// The service table of token version 007: type ids, privilege names and each service's own
// fields, with the encoder and the decoder that read that table.
import {ByteReader, ByteWriter, fromUtf8} from './bytes';
import {CountError} from './errors';

/** Service type ids as written in 007 tokens. */
export const ServiceType = {
  RTC: 1,
  RTM: 2,
  STREAMING: 3,
  FPA: 4,
  CHAT: 5,
  FCDN: 6,
  APAAS: 7,
  RTM2: 8,
  CONVOAI: 9,
  STT: 10,
} as const;
export type ServiceTypeId = (typeof ServiceType)[keyof typeof ServiceType];

/** One service type: its short name in decoded tokens, how a reader calls it, and its privilege names by id. */
export interface ServiceInfo {
  name: string;
  /** Short product name, e.g. `RTC`. */
  label: string;
  /** Longer product name, e.g. `RTC (video and voice)`. */
  title: string;
  privileges: Record<number, string>;
}

/** Every service type of the 007 format (agora-token 2.0.6 `AccessToken2.js`): the one table of service and privilege names. */
export const SERVICES: Record<ServiceTypeId, ServiceInfo> = {
  1: {name: 'rtc', label: 'RTC', title: 'RTC (video and voice)', privileges: {1: 'joinChannel', 2: 'publishAudioStream', 3: 'publishVideoStream', 4: 'publishDataStream'}},
  2: {name: 'rtm', label: 'RTM', title: 'RTM (Signaling)', privileges: {1: 'login'}},
  3: {name: 'streaming', label: 'Streaming', title: 'Streaming', privileges: {1: 'publishMixStream', 2: 'publishRawStream'}},
  4: {name: 'fpa', label: 'FPA', title: 'FPA', privileges: {1: 'login'}},
  5: {name: 'chat', label: 'Chat', title: 'Chat', privileges: {1: 'user', 2: 'app'}},
  6: {name: 'fcdn', label: 'FCDN', title: 'FCDN', privileges: {1: 'publish', 2: 'play'}},
  7: {name: 'apaas', label: 'Classroom', title: 'Flexible Classroom (APaaS)', privileges: {1: 'roomUser', 2: 'user', 3: 'app'}},
  8: {name: 'rtm2', label: 'RTM', title: 'RTM with permissions', privileges: {1: 'login'}},
  9: {name: 'convoai', label: 'ConvoAI', title: 'Conversational AI', privileges: {}},
  10: {name: 'stt', label: 'STT', title: 'Speech to text', privileges: {}},
};

/** RTC privilege ids. */
export const RtcPrivilege = {JOIN_CHANNEL: 1, PUBLISH_AUDIO_STREAM: 2, PUBLISH_VIDEO_STREAM: 3, PUBLISH_DATA_STREAM: 4} as const;

/** RTM2 resource types and permission types, as in `agora-token`'s Rtm2Permissions. */
export const Rtm2Resource = {MESSAGE_CHANNELS: 0, STREAM_CHANNELS: 1, GROUP_CHANNELS: 2, SERVER_GROUPS: 3, USERS: 4} as const;
export const Rtm2Permission = {READ: 0, WRITE: 1} as const;
const RTM2_RESOURCE_NAMES: Record<number, string> = {0: 'messageChannels', 1: 'streamChannels', 2: 'groupChannels', 3: 'serverGroups', 4: 'users'};
const RTM2_PERMISSION_NAMES: Record<number, string> = {0: 'read', 1: 'write'};

/** Privilege id → seconds after issueTs (0: the privilege has no expiry of its own). */
export type PrivilegeMap = Record<number, number>;

/** One RTM2 permission entry: which resources of one type a user may read or write. */
export interface Rtm2PermissionEntry {
  resourceType: number;
  permissionType: number;
  resources: string[];
}

/** A service to put into a 007 token, with its fields exactly as they will be written. */
export type ServiceSpec =
  | {type: 1; privileges: PrivilegeMap; channelName: string; uid: string}
  | {type: 2; privileges: PrivilegeMap; userId: string}
  | {type: 3; privileges: PrivilegeMap; channelName: string; account: string}
  | {type: 4; privileges: PrivilegeMap}
  | {type: 5; privileges: PrivilegeMap; userId: string}
  | {type: 6; privileges: PrivilegeMap; channelName: string; account: string}
  | {type: 7; privileges: PrivilegeMap; roomUuid: string; userUuid: string; role: number}
  | {type: 8; privileges: PrivilegeMap; userId: string; permissions: Rtm2PermissionEntry[]}
  | {type: 9; privileges: PrivilegeMap}
  | {type: 10; privileges: PrivilegeMap};

/** One privilege of a decoded token. */
export interface DecodedPrivilege {
  id: number;
  /** Name from the format, or `unknown(N)`. */
  name: string;
  /** Raw value: for 007 seconds after issueTs; for 006 an absolute Unix time. 0 = no own expiry. */
  expire: number;
  /** Absolute Unix time the privilege ends, or null when it has no expiry of its own. */
  expiresAt: number | null;
}

interface DecodedBase {
  /** Service type id. */
  type: number;
  /** Service name, e.g. `rtc`. */
  name: string;
  privileges: DecodedPrivilege[];
}

/** A decoded RTM2 permission entry, with its resource and permission types named. */
type DecodedRtm2Permission = Rtm2PermissionEntry & {resourceName: string; permissionName: string};

/** A decoded 007 service (fields named as in the format). */
export type DecodedService =
  | (DecodedBase & {type: 1; name: 'rtc'; channelName: string; uid: string})
  | (DecodedBase & {type: 2; name: 'rtm'; userId: string})
  | (DecodedBase & {type: 3; name: 'streaming'; channelName: string; account: string})
  | (DecodedBase & {type: 4; name: 'fpa'})
  | (DecodedBase & {type: 5; name: 'chat'; userId: string})
  | (DecodedBase & {type: 6; name: 'fcdn'; channelName: string; account: string})
  | (DecodedBase & {type: 7; name: 'apaas'; roomUuid: string; userUuid: string; role: number})
  | (DecodedBase & {type: 8; name: 'rtm2'; userId: string; permissions: DecodedRtm2Permission[]})
  | (DecodedBase & {type: 9; name: 'convoai'})
  | (DecodedBase & {type: 10; name: 'stt'});

/** Whether a number is one of the service types this engine understands. */
export function isKnownServiceType(type: number): type is ServiceTypeId {
  return type >= 1 && type <= 10 && Number.isInteger(type);
}

/** Privilege name for a service type and id. */
export function privilegeName(type: number, id: number): string {
  return (isKnownServiceType(type) ? SERVICES[type].privileges[id] : undefined) ?? `unknown(${id})`;
}

/** "publishAudioStream" → "publish audio stream": a privilege name as words. */
export function privilegeWords(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function writePrivileges(w: ByteWriter, privileges: PrivilegeMap): void {
  // Ascending ids, as agora-token's object-key iteration yields them.
  const ids = Object.keys(privileges)
    .map(Number)
    .sort((a, b) => a - b);
  w.u16(ids.length);
  for (const id of ids) w.u16(id).u32(privileges[id]);
}

/**
 * Each service type's own fields after its privileges, in token order: the one list the encoder,
 * the decoder and the builders' check of a raw service read. A field is a string, except an
 * APaaS `role` (signed 16-bit) and an RTM2 `permissions` list.
 */
export const SERVICE_FIELDS: Record<ServiceTypeId, readonly string[]> = {
  1: ['channelName', 'uid'],
  2: ['userId'],
  3: ['channelName', 'account'],
  4: [],
  5: ['userId'],
  6: ['channelName', 'account'],
  7: ['roomUuid', 'userUuid', 'role'],
  8: ['userId', 'permissions'],
  9: [],
  10: [],
};

/** Writes one service (type, privileges, own fields). */
export function encodeService(w: ByteWriter, s: ServiceSpec): void {
  w.u16(s.type);
  writePrivileges(w, s.privileges);
  const fields = s as unknown as Record<string, never>;
  for (const f of SERVICE_FIELDS[s.type]) {
    if (f === 'role') w.i16(fields[f]);
    else if (f === 'permissions') writeRtm2Permissions(w, fields[f]);
    else w.string(fields[f]);
  }
}

/** Groups RTM2 entries by resource then permission type, ascending; a later entry for the same pair replaces an earlier one. */
export function normalizeRtm2Permissions(entries: Rtm2PermissionEntry[]): Rtm2PermissionEntry[] {
  const byPair = new Map<string, Rtm2PermissionEntry>();
  for (const e of entries) byPair.set(`${e.resourceType}:${e.permissionType}`, {...e, resources: [...e.resources]});
  return [...byPair.values()].sort((a, b) => a.resourceType - b.resourceType || a.permissionType - b.permissionType);
}

function writeRtm2Permissions(w: ByteWriter, entries: Rtm2PermissionEntry[]): void {
  const sorted = normalizeRtm2Permissions(entries);
  const resourceTypes = [...new Set(sorted.map((e) => e.resourceType))];
  w.u16(resourceTypes.length);
  for (const rt of resourceTypes) {
    const group = sorted.filter((e) => e.resourceType === rt);
    w.u16(rt).u16(group.length);
    for (const e of group) {
      w.u16(e.permissionType).u16(e.resources.length);
      for (const r of e.resources) w.string(r);
    }
  }
}

/** Text of a string field; records a note when the bytes are not valid UTF-8. */
function text(r: ByteReader, field: string, notes: string[]): string {
  const decoded = fromUtf8(r.bytes(field));
  if (!decoded.valid) notes.push(`${field} is not valid UTF-8; invalid bytes are shown as U+FFFD.`);
  return decoded.text;
}

/**
 * Reads `count` privileges (id, expire) of a 007 service or a 006 message. An expire is seconds
 * after `since` (issueTs in 007; 0 in 006, whose expiries are Unix times); 0 means no expiry.
 */
export function readPrivileges(r: ByteReader, path: string, count: number, name: (id: number) => string, since: number): DecodedPrivilege[] {
  const privileges: DecodedPrivilege[] = [];
  for (let i = 0; i < count; i++) {
    const id = r.u16(`${path}.privileges[${i}].id`);
    const expire = r.u32(`${path}.privileges[${i}].expire`);
    privileges.push({id, name: name(id), expire, expiresAt: expire === 0 ? null : since + expire});
  }
  return privileges;
}

/** Upper bounds on the counts a service may announce (a guard against crafted tokens). */
export interface ServiceLimits {
  privileges: number;
  resources: number;
}

/**
 * Reads the body of one service whose type id was already read. Absolute expiry times are
 * computed from issueTs. Throws ShortReadError when the content ends early, and CountError when
 * it announces more than `limits`.
 */
export function decodeServiceBody(r: ByteReader, type: ServiceTypeId, path: string, issueTs: number, notes: string[], limits?: ServiceLimits): DecodedService {
  const count = r.u16(`${path}.privileges (count)`);
  if (limits && count > limits.privileges) throw new CountError(`${path}.privileges`, r.pos - 2, count, limits.privileges, 'privileges', 'Agora\'s builders write one to four');
  const privileges = readPrivileges(r, path, count, (id) => privilegeName(type, id), issueTs);
  // Built field by field from SERVICE_FIELDS, so its shape is DecodedService's by construction.
  const service: DecodedBase & Record<string, unknown> = {type, name: SERVICES[type].name, privileges};
  for (const f of SERVICE_FIELDS[type]) {
    if (f === 'role') service[f] = r.i16(`${path}.role`);
    else if (f === 'permissions') service[f] = readRtm2Permissions(r, path, notes, limits);
    else service[f] = text(r, `${path}.${f}`, notes);
  }
  return service as DecodedService;
}

function readRtm2Permissions(r: ByteReader, path: string, notes: string[], limits?: ServiceLimits): DecodedRtm2Permission[] {
  const permissions: DecodedRtm2Permission[] = [];
  let resourceTotal = 0;
  const resourceTypeCount = r.u16(`${path}.permissions (count)`);
  for (let i = 0; i < resourceTypeCount; i++) {
    const resourceType = r.u16(`${path}.permissions[${i}].resourceType`);
    const permissionCount = r.u16(`${path}.permissions[${i}] (count)`);
    for (let j = 0; j < permissionCount; j++) {
      const permissionType = r.u16(`${path}.permissions[${i}][${j}].permissionType`);
      const resourceCount = r.u16(`${path}.permissions[${i}][${j}] (count)`);
      resourceTotal += resourceCount;
      if (limits && resourceTotal > limits.resources) {
        throw new CountError(`${path}.permissions`, r.pos - 2, resourceTotal, limits.resources, 'permission resources (at least)', 'a permission list names the channels one user may use');
      }
      const resources: string[] = [];
      for (let k = 0; k < resourceCount; k++) resources.push(text(r, `${path}.permissions[${i}][${j}].resources[${k}]`, notes));
      permissions.push({
        resourceType,
        resourceName: RTM2_RESOURCE_NAMES[resourceType] ?? `unknown(${resourceType})`,
        permissionType,
        permissionName: RTM2_PERMISSION_NAMES[permissionType] ?? `unknown(${permissionType})`,
        resources,
      });
    }
  }
  return permissions;
}
