// The Android names on the fetch-and-use page against the signatures extracted from the published
// AAR (fixtures/android-sdk-4.2.6.json, see its `extractedWith`). Nothing is downloaded here: the
// JSON is the checked-in record of what the SDK on Maven Central declares.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';

type Parameter = {name: string; type: string};
type Method = {class: string; method: string; returns: string; parameters: Parameter[]};
type AndroidSdk = {maven: string; methods: Method[]; constants: Record<string, Record<string, number>>};

const sdk = JSON.parse(readFileSync('tests/unit/guide/fixtures/android-sdk-4.2.6.json', 'utf8')) as AndroidSdk;
const page = readFileSync('docs/guide/fetch-and-use-tokens.mdx', 'utf8');

const simpleName = (qualified: string) => qualified.slice(qualified.lastIndexOf('.') + 1);

/** The cells of the platform table row that starts with `platform`. */
export function rowCells(mdx: string, platform: string): string[] {
  const row = mdx.split('\n').find((line) => line.startsWith(`| ${platform}`));
  if (!row) throw new Error(`no table row for ${platform}`);
  return row.split(' | ').map((cell) => cell.replace(/^\|\s*|\s*\|$/g, ''));
}

/** `Class.method(Type name, Type name)` written on the page, parsed. */
export function parseCall(cell: string) {
  const match = /^`(\w+)\.(\w+)\(([^)]*)\)`$/.exec(cell);
  if (!match) throw new Error(`not a Class.method(Type name, ...) cell: ${cell}`);
  const parameters = match[3]
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const [type, name, ...rest] = p.split(/\s+/);
      if (!name || rest.length) throw new Error(`parameter without "Type name": ${p} in ${cell}`);
      return {type, name};
    });
  return {className: match[1], method: match[2], parameters};
}

/** The SDK method that has the page's class, name, and parameter types and names in order. */
export function findInSdk(methods: Method[], call: ReturnType<typeof parseCall>) {
  return methods.find(
    (m) =>
      simpleName(m.class) === call.className &&
      m.method === call.method &&
      m.parameters.length === call.parameters.length &&
      m.parameters.every((p, i) => p.name === call.parameters[i].name && simpleName(p.type) === call.parameters[i].type),
  );
}

const cells = rowCells(page, 'Android');
const calls = cells.slice(1).map(parseCall);

test('the Android row names the package the classes are in', () => {
  const packages = new Set(sdk.methods.map((m) => m.class.slice(0, m.class.lastIndexOf('.'))));
  assert.deepEqual([...packages], ['io.agora.rtc2']);
  assert.match(cells[0], /package `io\.agora\.rtc2`/);
});

test('every Android call on the page exists in the SDK with the same parameter types and names', () => {
  assert.equal(calls.length, 5, 'join with uid, join with account, will-expire, request-token, renew');
  for (const call of calls) {
    assert.ok(findInSdk(sdk.methods, call), `${call.className}.${call.method}(${call.parameters.map((p) => `${p.type} ${p.name}`).join(', ')}) is not in ${sdk.maven}`);
  }
});

test('the Android columns hold the methods the guide describes, in order', () => {
  assert.deepEqual(
    calls.map((c) => `${c.className}.${c.method}`),
    [
      'RtcEngine.joinChannel',
      'RtcEngine.joinChannelWithUserAccount',
      'IRtcEngineEventHandler.onTokenPrivilegeWillExpire',
      'IRtcEngineEventHandler.onRequestToken',
      'RtcEngine.renewToken',
    ],
  );
  // The uid join takes an int uid and the account join a String account: the two must not be swapped.
  assert.equal(calls[0].parameters.find((p) => p.name === 'uid')?.type, 'int');
  assert.equal(calls[1].parameters.find((p) => p.name === 'userAccount')?.type, 'String');
});

test('a wrong Android name or parameter is caught', () => {
  const renamed = parseCall('`RtcEngine.renewToken(String newToken)`');
  assert.equal(findInSdk(sdk.methods, renamed), undefined);
  const retyped = parseCall('`RtcEngine.joinChannel(String token, String channelId, long uid, ChannelMediaOptions options)`');
  assert.equal(findInSdk(sdk.methods, retyped), undefined);
  const misplaced = parseCall('`IRtcEngineEventHandler.renewToken(String token)`');
  assert.equal(findInSdk(sdk.methods, misplaced), undefined);
  assert.throws(() => parseCall('`renewToken(token)`'), /not a Class\.method/);
});

test('the error and connection-state numbers on the page match the Android constants', () => {
  const constants = sdk.constants['io.agora.rtc2.Constants'];
  assert.match(page, new RegExp(`error \`-${constants.ERR_JOIN_CHANNEL_REJECTED}\`, join\\s+rejected`));
  assert.match(page, new RegExp(`\`TOKEN_EXPIRED\` \\(${constants.CONNECTION_CHANGED_TOKEN_EXPIRED}\\)`));
  assert.match(page, new RegExp(`\`INVALID_TOKEN\` \\(${constants.CONNECTION_CHANGED_INVALID_TOKEN}\\)`));
});

test('the native error codes on the troubleshooting page match the Android constants', () => {
  const troubleshooting = readFileSync('docs/guide/troubleshooting.mdx', 'utf8');
  const constants = sdk.constants['io.agora.rtc2.Constants'];
  for (const name of ['ERR_INVALID_TOKEN', 'ERR_TOKEN_EXPIRED']) {
    const stated = [...troubleshooting.matchAll(new RegExp(`\`${name}\` \\((\\d+)\\)`, 'g'))].map((m) => Number(m[1]));
    assert.ok(stated.length > 0, `${name} is named on the troubleshooting page`);
    for (const value of stated) assert.equal(value, constants[name], name);
  }
});
