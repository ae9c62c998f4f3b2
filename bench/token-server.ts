// Load test of the reference token server (examples/token-server) against a bare node:http
// baseline that calls agora-token directly (bench/baseline-server.ts), in the same run.
//
//   npm run bench:server [-- --duration 5 --rounds 2 --connections 50]
//
// Loopback only. Each server runs in its own process, pinned to one core when `taskset` exists;
// autocannon runs here. Rounds alternate baseline and reference so drift hits both alike.
// Target: the reference server at >= 0.9x the baseline's requests per second, with zero errors
// and zero non-2xx responses. Then a shutdown run: keep-alive clients loop on a fresh reference
// server, which gets SIGTERM mid-run; every request written must be answered. Exits 1 on any
// error, non-2xx answer or lost request.
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {createRequire} from 'node:module';
import {startKeepAliveClients} from '../tests/unit/token-server/keepalive-clients';
import {median} from './median.mjs';

// autocannon ships no type declarations: type the part used here.
type Result = {
  requests: {average: number; total: number};
  latency: {p50: number; p99: number};
  errors: number;
  timeouts: number;
  non2xx: number;
};
const autocannon = createRequire(import.meta.url)('autocannon') as (options: {
  url: string;
  connections: number;
  duration: number;
  headers: Record<string, string>;
  timeout: number;
}) => Promise<Result>;

const {values} = parseArgs({
  options: {
    duration: {type: 'string', default: '5'},
    rounds: {type: 'string', default: '2'},
    connections: {type: 'string', default: '50'},
    warmup: {type: 'string', default: '2'},
  },
});
const duration = Math.min(Math.max(Number(values.duration), 1), 30);
const rounds = Math.min(Math.max(Number(values.rounds), 1), 5);
const connections = Math.min(Math.max(Number(values.connections), 1), 200);
const warmup = Math.min(Math.max(Number(values.warmup), 0), 10);

// Test credentials (random hex), never a real project.
const env = {
  APP_ID: '970ca35de60c44645bbae8a215061b33',
  APP_CERTIFICATE: '5cfd2fd1755d40ecb72977518be15d3b',
  HOST: '127.0.0.1',
  PORT: '0',
  CORS_ALLOW_ORIGIN: 'https://app.example.com',
};
const PATH = '/rtc/bench-channel/publisher/uid/1234?expiry=3600';
// A browser request: the reference server checks the origin and answers with CORS headers.
const HEADERS = {origin: 'https://app.example.com'};

const tsx = pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href;
const pinned = spawnSync('taskset', ['-c', '1', 'true']).status === 0;

type Server = {name: string; url: string; proc: ChildProcess};

function start(name: string, script: string): Promise<Server> {
  const cmd = [process.execPath, '--import', tsx, resolve(script)];
  const proc = pinned ? spawn('taskset', ['-c', '1', ...cmd], {env: {...process.env, ...env}}) : spawn(cmd[0], cmd.slice(1), {env: {...process.env, ...env}});
  let out = '';
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`${name} did not start:\n${out}`)), 20000);
    const onData = (chunk: Buffer) => {
      out += chunk;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok({name, url: m[1], proc});
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.on('exit', (code) => fail(new Error(`${name} exited with ${code}:\n${out}`)));
  });
}

type Run = {rps: number; p50: number; p99: number; errors: number; non2xx: number; requests: number; cpuUs: number};

// CPU time the server process used (user + system), from /proc: a figure that other load on a
// shared machine disturbs much less than requests per second do.
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

async function load(server: Server, seconds: number): Promise<Run> {
  const url = new URL(PATH, server.url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) throw new Error('loopback only');
  const cpu0 = cpuMs(server.proc.pid!);
  const r = await autocannon({url: url.href, connections, duration: seconds, headers: HEADERS, timeout: 10});
  const cpu = cpuMs(server.proc.pid!) - cpu0;
  return {
    cpuUs: (cpu * 1000) / r.requests.total,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    requests: r.requests.total,
  };
}


async function main() {
  const servers = [await start('baseline (bare node:http + agora-token)', 'bench/baseline-server.ts'), await start('reference (examples/token-server)', 'examples/token-server/src/main.ts')];
  try {
    for (const s of servers) {
      const res = await fetch(new URL(PATH, s.url), {headers: HEADERS});
      const body = (await res.json()) as {rtcToken?: string};
      if (res.status !== 200 || !body.rtcToken?.startsWith('007')) throw new Error(`${s.name} answered ${res.status} without a token`);
    }
    console.log(`GET ${PATH}, ${connections} connections, ${rounds} x ${duration} s per server after ${warmup} s warm-up; servers ${pinned ? 'pinned to CPU 1' : 'not pinned (no taskset)'}; Node ${process.version}`);
    if (warmup > 0) for (const s of servers) await load(s, warmup);
    const runs = new Map<string, Run[]>(servers.map((s) => [s.name, []]));
    for (let i = 0; i < rounds; i++) {
      for (const s of i % 2 === 0 ? servers : [...servers].reverse()) runs.get(s.name)!.push(await load(s, duration));
    }
    const summary = servers.map((s) => {
      const rs = runs.get(s.name)!;
      return {
        name: s.name,
        rps: median(rs.map((r) => r.rps)),
        p50: median(rs.map((r) => r.p50)),
        p99: median(rs.map((r) => r.p99)),
        cpuUs: median(rs.map((r) => r.cpuUs)),
        requests: rs.reduce((a, r) => a + r.requests, 0),
        errors: rs.reduce((a, r) => a + r.errors, 0),
        non2xx: rs.reduce((a, r) => a + r.non2xx, 0),
      };
    });
    console.log('');
    console.log('server                                      req/s   p50 ms   p99 ms  CPU us/req   requests  errors  non-2xx');
    for (const s of summary) {
      console.log(`${s.name.padEnd(42)} ${s.rps.toFixed(0).padStart(6)} ${String(s.p50).padStart(8)} ${String(s.p99).padStart(8)} ${s.cpuUs.toFixed(1).padStart(11)} ${String(s.requests).padStart(10)} ${String(s.errors).padStart(7)} ${String(s.non2xx).padStart(8)}`);
    }
    const ratio = summary[1].rps / summary[0].rps;
    const cpuRatio = summary[0].cpuUs / summary[1].cpuUs;
    console.log('');
    console.log(`ratio reference / baseline, requests per second: ${ratio.toFixed(3)}x (target >= 0.90x: ${ratio >= 0.9 ? 'met' : 'NOT met'})`);
    console.log(`ratio reference / baseline, requests per CPU second: ${cpuRatio.toFixed(3)}x (less sensitive to other load on the machine)`);
    mkdirSync('bench/results', {recursive: true});
    const drain = await shutdownRun();
    writeFileSync('bench/results/token-server.json', JSON.stringify({date: new Date().toISOString(), path: PATH, connections, duration, rounds, pinned, summary, ratio, cpuRatio, shutdown: drain}, null, 2));
    const bad = summary.some((s) => s.errors > 0 || s.non2xx > 0);
    if (bad) console.error('FAIL: errors or non-2xx responses during the load test');
    const lost = drain.lost > 0 || Object.keys(drain.answered).some((k) => k !== '200');
    if (lost) console.error('FAIL: requests lost or refused with an error status during the shutdown');
    process.exitCode = bad || lost ? 1 : 0;
  } finally {
    for (const s of servers) s.proc.kill('SIGTERM');
  }
}

/**
 * `connections` keep-alive clients loop on a fresh reference server; once they have sent
 * 2,000 requests it gets SIGTERM. Counts what was written, answered, lost.
 */
async function shutdownRun() {
  const server = await start('reference, for the shutdown run', 'examples/token-server/src/main.ts');
  const {hostname, port} = new URL(server.url);
  let stop = false;
  const exited = new Promise<number | null>((r) => server.proc.on('exit', (code) => r(code)));
  const {tally, done} = startKeepAliveClients(hostname, Number(port), PATH, connections, () => stop);
  for (let i = 0; i < 600 && tally.sent < 2000; i++) await new Promise((r) => setTimeout(r, 50));
  const atSignal = tally.sent;
  server.proc.kill('SIGTERM');
  const code = await exited;
  stop = true;
  const result = await done;
  console.log('');
  console.log(`shutdown run: ${connections} keep-alive clients, SIGTERM after ${atSignal} requests; server exit code ${code}`);
  console.log(`  written ${result.sent}, answered ${Object.entries(result.answered).map(([k, v]) => `${v} x ${k}`).join(', ')}, with Connection: close ${result.closing}, lost ${result.lost}, clients that then found no server ${result.refused}`);
  return {...result, atSignal, exitCode: code};
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
