// Seeded random inputs for every builder: valid by our rules, biased towards edges (uid 0 and
// 2^32-1, expiry 0 and 2^32-1, 63-byte channels, 255-byte accounts, repeated RTM2 pairs).
import {AGORA_CHARSET, BUILDER_KINDS, type BuildParams, type BuilderKind, type Rtm2PermissionEntry} from '../../../src/token';

/** mulberry32: small, fast, reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Gen {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = rng(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  bool(p = 0.5): boolean {
    return this.next() < p;
  }
  hex32(): string {
    let s = '';
    for (let i = 0; i < 32; i++) s += '0123456789abcdefABCDEF'[this.int(0, 21)];
    return s;
  }
  u32(): number {
    return this.pick([0, 1, 4294967295, this.int(0, 4294967295), this.int(0, 4294967295)]);
  }
  salt(): number {
    return this.pick([1, 99999999, 4294967295, this.int(1, 99999999), this.int(1, 4294967295)]);
  }
  expire(): number {
    return this.pick([0, 1, 600, 3600, 86400, 86401, 4294967295, this.int(0, 86400), this.int(0, 4294967295)]);
  }
  charsetString(min: number, max: number): string {
    const n = this.int(min, max);
    let s = '';
    for (let i = 0; i < n; i++) s += AGORA_CHARSET[this.int(0, AGORA_CHARSET.length - 1)];
    return s;
  }
  channel(): string {
    return this.bool(0.1) ? this.charsetString(63, 63) : this.charsetString(1, 20);
  }
  account(): string {
    return this.bool(0.05) ? this.charsetString(255, 255) : this.charsetString(1, 24);
  }
  rtmUser(): string {
    return this.bool(0.1) ? this.charsetString(64, 64) : this.charsetString(1, 16);
  }
  uid(): number {
    return this.pick([0, 1, 4294967295, 2147483648, this.int(1, 4294967295), this.int(1, 100000)]);
  }
  /** Free text for fields without a character rule (Chat, APaaS): ASCII plus some BMP and astral characters. */
  anyText(min: number, max: number): string {
    const n = this.int(min, max);
    let s = '';
    for (let i = 0; i < n; i++) {
      const r = this.next();
      s += r < 0.7 ? String.fromCharCode(this.int(33, 126)) : r < 0.9 ? String.fromCharCode(this.int(0xa0, 0xd7ff)) : String.fromCodePoint(this.int(0x1f300, 0x1f64f));
    }
    return s;
  }
  role(): 1 | 2 | 'publisher' | 'subscriber' {
    return this.pick([1, 2, 1, 2, 'publisher', 'subscriber'] as const);
  }
  permissions(): Rtm2PermissionEntry[] {
    const out: Rtm2PermissionEntry[] = [];
    const n = this.int(0, 5);
    for (let i = 0; i < n; i++) {
      const resources: string[] = [];
      const k = this.int(0, 3);
      for (let j = 0; j < k; j++) resources.push(this.bool(0.2) ? '*' : this.charsetString(1, 10));
      out.push({resourceType: this.int(0, 4), permissionType: this.int(0, 1), resources});
    }
    return out;
  }
  common() {
    return {appId: this.hex32(), appCertificate: this.hex32(), salt: this.salt(), issueTs: this.u32()};
  }

  params<K extends BuilderKind>(kind: K): BuildParams[K] {
    const c = this.common();
    const privs = () => ({
      joinChannelPrivilegeExpire: this.expire(),
      pubAudioPrivilegeExpire: this.expire(),
      pubVideoPrivilegeExpire: this.expire(),
      pubDataStreamPrivilegeExpire: this.expire(),
    });
    const optional = () => (this.bool(0.3) ? undefined : this.expire());
    const rtm2 = () => ({...c, channelName: this.channel(), rtcAccount: this.bool() ? this.uid() : this.account(), rtcRole: this.role(), rtcTokenExpire: this.expire(), ...privs(), rtmUserId: this.rtmUser(), rtmTokenExpire: this.expire()});
    const by: {[Q in BuilderKind]: () => BuildParams[Q]} = {
      rtcUid: () => ({...c, channelName: this.channel(), uid: this.uid(), role: this.role(), tokenExpire: this.expire(), privilegeExpire: optional()}),
      rtcAccount: () => ({...c, channelName: this.channel(), account: this.account(), role: this.role(), tokenExpire: this.expire(), privilegeExpire: optional()}),
      rtcUidPrivileges: () => ({...c, channelName: this.channel(), uid: this.uid(), tokenExpire: this.expire(), ...privs()}),
      rtcAccountPrivileges: () => ({...c, channelName: this.channel(), account: this.account(), tokenExpire: this.expire(), ...privs()}),
      rtcRtm: () => ({...c, channelName: this.channel(), account: this.rtmUser(), role: this.role(), tokenExpire: this.expire(), privilegeExpire: optional()}),
      rtcRtm2: rtm2,
      convoAi: rtm2,
      stt: rtm2,
      rtm: () => ({...c, userId: this.rtmUser(), expire: this.expire()}),
      rtmPermissions: () => ({...c, userId: this.rtmUser(), permissions: this.permissions(), expire: this.expire()}),
      chatUser: () => ({...c, userId: this.anyText(1, 40), expire: this.expire()}),
      chatApp: () => ({...c, expire: this.expire()}),
      fpa: () => ({...c}),
      apaasRoomUser: () => ({...c, roomUuid: this.anyText(1, 40), userUuid: this.anyText(1, 40), role: this.pick([0, 1, 2, 3, -1, 32767, -32768, this.int(-32768, 32767)]), expire: this.expire()}),
      apaasUser: () => ({...c, userUuid: this.anyText(1, 40), expire: this.expire()}),
      apaasApp: () => ({...c, expire: this.expire()}),
    };
    return by[kind]() as BuildParams[K];
  }
}

export {BUILDER_KINDS};
