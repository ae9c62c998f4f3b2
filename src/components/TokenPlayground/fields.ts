// What the form shows for each field: its label, its hint, and whether it takes a number and
// offers lifetime presets.
import type {FieldName} from './form';

export const lifetimePresets: [string, string][] = [
  ['600', '10 min'],
  ['3600', '1 h'],
  ['86400', '24 h'],
];

export type FieldInfo = {label: string; hint: string; presets?: boolean; numeric?: boolean};

export const fieldInfo: Record<Exclude<FieldName, 'role'>, FieldInfo> = {
  appId: {label: 'App ID', hint: '32 hexadecimal characters, from your project in Agora Console.'},
  certificate: {
    label: 'App Certificate',
    hint: 'Stays in this page: never sent anywhere, never saved. Use a test project’s certificate.',
  },
  channel: {label: 'Channel name', hint: 'The channel your client joins; must match exactly. Empty or * makes a wildcard token for any channel.'},
  uid: {label: 'uid', hint: 'Integer 1 to 4294967295, the uid your client joins with; 0 makes a wildcard token any uid can join with.', numeric: true},
  account: {label: 'User account', hint: 'The string user account your client joins with (and the RTM user ID).'},
  userId: {label: 'User ID', hint: 'The user ID your client logs in with.'},
  streamChannel: {
    label: 'Stream channel (optional)',
    hint: 'An RTM 2.x stream channel the user joins: adds RTC join and publish-data-stream privileges for this channel and user. Leave empty for a login-only token.',
  },
  tokenLifetime: {label: 'Token lifetime (seconds)', hint: 'Seconds from now; Agora accepts at most 24 h.', presets: true, numeric: true},
  privilegeLifetime: {
    label: 'Privilege lifetime (seconds)',
    hint: 'Seconds from now until joining and publishing stop being allowed; Agora recommends the token lifetime. 0 = never.',
    presets: true,
    numeric: true,
  },
  joinExpire: {label: 'Join channel expires after (seconds)', hint: '0 = never expires.', presets: true, numeric: true},
  audioExpire: {label: 'Publish audio expires after (seconds)', hint: '0 = never expires.', presets: true, numeric: true},
  videoExpire: {label: 'Publish video expires after (seconds)', hint: '0 = never expires.', presets: true, numeric: true},
  dataExpire: {label: 'Publish data stream expires after (seconds)', hint: '0 = never expires.', presets: true, numeric: true},
  roomUuid: {label: 'Room UUID', hint: 'The classroom the user enters.'},
  userUuid: {label: 'User UUID', hint: 'The classroom user.'},
  apaasRole: {label: 'Classroom role (number)', hint: 'The role number your classroom app uses, e.g. 1 for a teacher, 2 for a student.', numeric: true},
};

export function fieldLabel(field: FieldName): string {
  return field === 'role' ? 'Role' : fieldInfo[field].label;
}

