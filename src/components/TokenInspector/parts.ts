// Colour groups for the token's parts, like jwt.io's header / payload / signature colours.
// The engine reports every field's path and byte range; this only picks a colour per path.

export type Part = 'version' | 'body' | 'signature' | 'appId' | 'time' | 'salt' | 'service' | 'privilege' | 'value' | 'checksum';

export const partLabels: Record<Part, string> = {
  version: 'version prefix',
  body: 'base64 of the content',
  signature: 'signature (HMAC-SHA256)',
  appId: 'App ID',
  time: 'issue time and lifetime',
  salt: 'salt',
  service: 'service type and counts',
  privilege: 'privileges and their expiries',
  value: 'channel, uid and other values',
  checksum: 'channel and uid checksums (006)',
};

/** The colour group of a field path such as `issueTs` or `services[0].privileges[1].expire`. */
export function partOf(field: string): Part {
  if (field === 'signature') return 'signature';
  if (field === 'appId') return 'appId';
  if (field === 'issueTs' || field === 'expire' || field === 'message.ts') return 'time';
  if (field === 'salt' || field === 'message.salt') return 'salt';
  if (field.startsWith('crc')) return 'checksum';
  if (/privileges/.test(field)) return 'privilege';
  if (/(^services$|^services \(count\)$|\.type$|^message$)/.test(field) || field.startsWith('services (')) return 'service';
  return 'value';
}
