// The join test's logic (src/components/JoinTest/model.ts): form checks, one join with a
// recording stand-in for the Web SDK (the real SDK runs in tests/e2e/join-test.spec.ts up to the
// network), and each SDK failure put beside the token engine's diagnosis of the same values.
import {test, describe, mock} from 'node:test';
import assert from 'node:assert/strict';
import {createRequire} from 'node:module';
import {checkForm, compare, diagnose, readSdkFailure, runJoinTest, type JoinTestEvent, type TestSdk} from '../../../src/components/JoinTest/model';

const require = createRequire(import.meta.url);
const {RtcTokenBuilder, RtcRole} = require('agora-token');

const appId = '970ca35de60c44645bbae8a215061b33';
const certificate = '5cfd2fd1755d40ecb72977518be15d3b';
const tokenFor = (channel: string, uid: number) => RtcTokenBuilder.buildTokenWithUid(appId, certificate, channel, uid, RtcRole.PUBLISHER, 600, 600) as string;
const form = {appId, channel: 'demo', user: '1234', userKind: 'uid' as const, token: ''};

describe('checkForm', () => {
  test('valid values become the arguments of join, uid as a number and account as a string', () => {
    const token = tokenFor('demo', 1234);
    assert.deepEqual(checkForm({...form, token}).args, {appId, channel: 'demo', token, uid: 1234});
    assert.deepEqual(checkForm({...form, user: 'ana', userKind: 'account', token}).args, {appId, channel: 'demo', token, uid: 'ana'});
  });
  test("a token server's JSON answer pasted whole gives its token; an empty token joins with none", () => {
    const token = tokenFor('demo', 1234);
    assert.equal(checkForm({...form, token: JSON.stringify({rtcToken: token})}).args?.token, token);
    assert.equal(checkForm(form).args?.token, null);
  });
  test('each bad field gets its own message and nothing is joined', () => {
    const cases: Array<[Partial<typeof form>, string]> = [
      [{appId: 'my-app'}, 'appId'],
      [{channel: ''}, 'channel'],
      [{channel: 'x'.repeat(65)}, 'channel'],
      [{user: '-1'}, 'user'],
      [{user: '4294967296'}, 'user'],
      [{user: '', userKind: 'account' as never}, 'user'],
      [{token: '"007abc"'}, 'token'],
    ];
    for (const [override, field] of cases) {
      const {errors, args} = checkForm({...form, ...override});
      assert.equal(args, null, JSON.stringify(override));
      assert.deepEqual(Object.keys(errors), [field], JSON.stringify(override));
    }
  });
});

/** A stand-in for agora-rtc-sdk-ng's default export, recording what the join test calls. */
function standInSdk(options: {joinError?: unknown; cameraError?: unknown; hang?: boolean} = {}) {
  const calls: unknown[][] = [];
  const track = {playingIn: null as unknown, closed: false, play(el: unknown) { this.playingIn = el; }, close() { this.closed = true; }};
  const sdk: TestSdk = {
    VERSION: '4.x',
    createClient: (config) => {
      calls.push(['createClient', config]);
      return {
        join: (...args) => {
          calls.push(['join', ...args]);
          if (options.hang) return new Promise(() => {});
          return options.joinError ? Promise.reject(options.joinError) : Promise.resolve(typeof args[3] === 'number' && args[3] === 0 ? 777 : args[3]!);
        },
        leave: async () => void calls.push(['leave']),
      };
    },
    createCameraVideoTrack: async () => {
      if (options.cameraError) throw options.cameraError;
      return track;
    },
  };
  return {sdk, calls, track};
}

describe('runJoinTest', () => {
  const preview = {id: 'preview'} as unknown as HTMLElement;
  const args = {appId, channel: 'demo', token: '007abc', uid: 1234};

  test('success: camera preview, join with exactly the values, "joined as uid N", and leave on request', async () => {
    const {sdk, calls, track} = standInSdk();
    const events: JoinTestEvent[] = [];
    const leave = await runJoinTest(sdk, args, {preview, onEvent: (e) => events.push(e)});
    assert.deepEqual(calls, [['createClient', {mode: 'rtc', codec: 'vp8'}], ['join', appId, 'demo', '007abc', 1234]]);
    assert.equal(track.playingIn, preview);
    assert.deepEqual(events, [{type: 'camera'}, {type: 'joining'}, {type: 'joined', uid: 1234}]);
    await leave!();
    assert.deepEqual(calls.at(-1), ['leave']);
    assert.ok(track.closed);
    assert.deepEqual(events.at(-1), {type: 'left'});
  });

  test('uid 0 reports the uid Agora assigned', async () => {
    const {sdk} = standInSdk();
    const events: JoinTestEvent[] = [];
    await runJoinTest(sdk, {...args, uid: 0}, {preview, onEvent: (e) => events.push(e)});
    assert.deepEqual(events.at(-1), {type: 'joined', uid: 777});
  });

  test('no camera still joins: the token is what is tested', async () => {
    const {sdk, calls} = standInSdk({cameraError: {code: 'PERMISSION_DENIED', message: 'NotAllowedError: Permission denied'}});
    const events: JoinTestEvent[] = [];
    await runJoinTest(sdk, args, {preview, onEvent: (e) => events.push(e)});
    assert.deepEqual(events[0], {type: 'camera-unavailable', reason: 'NotAllowedError: Permission denied'});
    assert.deepEqual(events.at(-1), {type: 'joined', uid: 1234});
    assert.equal(calls.filter((c) => c[0] === 'join').length, 1);
  });

  test("a refused join reports the SDK's code and message, closes the camera and leaves", async () => {
    const {sdk, calls, track} = standInSdk({joinError: {code: 'CAN_NOT_GET_GATEWAY_SERVER', message: 'flag: 4096, message: AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: invalid token, authorized failed'}});
    const events: JoinTestEvent[] = [];
    assert.equal(await runJoinTest(sdk, args, {preview, onEvent: (e) => events.push(e)}), null);
    const last = events.at(-1);
    assert.ok(last?.type === 'failed');
    assert.deepEqual([last.error.code, last.error.kind], ['CAN_NOT_GET_GATEWAY_SERVER', 'token']);
    assert.ok(track.closed);
    assert.deepEqual(calls.at(-1), ['leave']);
  });

  test('Agora out of reach: after the time limit, a network failure, and the pending join is stopped', async () => {
    mock.timers.enable({apis: ['setTimeout']});
    try {
      const {sdk, calls} = standInSdk({hang: true});
      const events: JoinTestEvent[] = [];
      const pending = runJoinTest(sdk, args, {preview, onEvent: (e) => events.push(e), timeoutMs: 15_000});
      for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
      mock.timers.tick(14_999);
      for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
      assert.equal(events.at(-1)?.type, 'joining');
      mock.timers.tick(1);
      assert.equal(await pending, null);
      const last = events.at(-1);
      assert.ok(last?.type === 'failed' && last.error.kind === 'network' && last.error.code === 'JOIN_TIMEOUT');
      assert.deepEqual(calls.at(-1), ['leave']);
    } finally {
      mock.timers.reset();
    }
  });
});

describe("each SDK failure beside the inspector's diagnosis", () => {
  test("Agora's messages are sorted by what they are about", () => {
    const kinds = [
      [{code: 'CAN_NOT_GET_GATEWAY_SERVER', message: 'AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: invalid token, authorized failed'}, 'token'],
      [{code: 'CAN_NOT_GET_GATEWAY_SERVER', message: 'AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: dynamic key or token timeout'}, 'token'],
      [{code: 'CAN_NOT_GET_GATEWAY_SERVER', message: 'AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: dynamic use static key'}, 'token'],
      [{code: 'CAN_NOT_GET_GATEWAY_SERVER', message: 'AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: invalid vendor key, can not find appid'}, 'app-id'],
      [{code: 'NETWORK_ERROR', message: 'AgoraRTCError NETWORK_ERROR: Network Error'}, 'network'],
      [{code: 'JOIN_TIMEOUT', message: 'no answer from Agora within 15 s'}, 'network'],
      [{code: 'OPERATION_ABORTED', message: 'AgoraRTCError OPERATION_ABORTED: cancel token canceled'}, 'other'],
    ] as const;
    for (const [error, kind] of kinds) assert.equal(readSdkFailure(error).kind, kind, error.message);
  });

  const refused = readSdkFailure({code: 'CAN_NOT_GET_GATEWAY_SERVER', message: 'invalid token, authorized failed'});
  const offline = readSdkFailure({code: 'JOIN_TIMEOUT', message: 'no answer from Agora within 15 s'});

  test('a refusal with a wrong channel or uid is explained by the diagnosis of the same values', async () => {
    for (const args of [
      {appId, channel: 'other', token: tokenFor('demo', 1234), uid: 1234},
      {appId, channel: 'demo', token: tokenFor('demo', 1234), uid: 5678},
      {appId, channel: 'demo', token: tokenFor('demo', 1234), uid: 'ana'},
    ]) {
      const diagnosis = (await diagnose(args))!;
      assert.equal(diagnosis.code, 110, JSON.stringify(args));
      assert.equal(compare(refused, diagnosis), `The inspector explains Agora's refusal: ${diagnosis.summary}.`);
    }
  });

  test('a refusal of a token the inspector finds right points at the signature', async () => {
    const diagnosis = (await diagnose({appId, channel: 'demo', token: tokenFor('demo', 1234), uid: 1234}))!;
    assert.equal(diagnosis.verdict, 'joins');
    assert.match(compare(refused, diagnosis), /signature is the likely cause/);
  });

  test('Agora out of reach says so, and tells what the inspector expects once it is reachable', async () => {
    const wrong = (await diagnose({appId, channel: 'other', token: tokenFor('demo', 1234), uid: 1234}))!;
    assert.match(compare(offline, wrong), /^Agora could not be reached.*expect the inspector's verdict: Join fails with error 110/);
    const right = (await diagnose({appId, channel: 'demo', token: tokenFor('demo', 1234), uid: 1234}))!;
    assert.match(compare(offline, right), /finds nothing wrong with it: check the network/);
  });

  test('no token: no diagnosis to show', async () => {
    assert.equal(await diagnose({appId, channel: 'demo', token: null, uid: 1}), null);
  });
});
