// Shared pieces of the stk-dap end-to-end tests: where the binaries and
// fixtures are, line numbers from `# @marker` comments, a DebugClient over
// stdio or TCP, and small waits with their own timeouts (DebugClient has
// none for responses, and none at all in TCP mode).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const { DebugClient } = require('@vscode/debugadapter-testsupport');

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '..', '..');
export const STK_DAP = process.env.STK_DAP ?? path.join(repo, 'build', 'bin', 'stk-dap');
export const STK = process.env.STK ?? path.join(path.dirname(STK_DAP), 'stk');

export function fixture(name) {
  return path.join(here, 'fixtures', name);
}

// The line of `# @name` in a fixture.
export function line(file, name) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(`# @${name}`) && !l.includes(`# @${name}-`));
  if (i < 0) throw new Error(`no marker @${name} in ${file}`);
  return i + 1;
}

export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
    }),
  ]);
}

// A DebugClient on a fresh stk-dap over stdio.
export async function stdioClient() {
  const dc = new DebugClient(STK_DAP, '--stdio', 'stk');
  dc.defaultTimeout = 10000;
  await dc.start();
  return dc;
}

// Starts a process and resolves with it once `pattern` shows up on its
// stderr (with the match), e.g. the "listening on HOST:PORT" line.
export function startAndWaitFor(cmd, args, pattern, ms = 10000) {
  const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const found = new Promise((resolve, reject) => {
    child.stderr.on('data', (d) => {
      err += d;
      const m = err.match(pattern);
      if (m) resolve({ child, match: m, stderr: () => err, stdout: () => out });
    });
    child.on('exit', (code) => reject(new Error(`${cmd} exited (${code}) before ${pattern}: ${err}`)));
  });
  return withTimeout(found, ms, `${cmd} to print ${pattern}`);
}

export function exitOf(child, ms = 10000) {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return withTimeout(
    new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal }))),
    ms,
    'the process to exit',
  );
}

// Resolves with the first event of `type` that satisfies `pred`.
export function waitForMatching(dc, type, pred, ms = 10000) {
  return withTimeout(
    new Promise((resolve) => {
      const on = (e) => {
        if (pred(e)) {
          dc.removeListener(type, on);
          resolve(e);
        }
      };
      dc.on(type, on);
    }),
    ms,
    `a matching '${type}' event`,
  );
}

// Collects the output of category `category` (default stdout) as it arrives.
export function collectOutput(dc, category = 'stdout') {
  const sink = { text: '' };
  dc.on('output', (e) => {
    if ((e.body.category ?? 'console') === category) sink.text += e.body.output;
  });
  return sink;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Polls `fn` until it returns a truthy value.
export async function until(fn, ms = 10000, what = 'a condition') {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(25);
  }
}

// The usual start: breakpoints on `initialized`, then configurationDone.
export async function launchWith(dc, launchArgs, { breakpoints = {}, functionBreakpoints, exceptions } = {}) {
  const configured = dc.waitForEvent('initialized').then(async () => {
    for (const [file, bps] of Object.entries(breakpoints)) {
      await dc.setBreakpointsRequest({ source: { path: file }, breakpoints: bps });
    }
    if (functionBreakpoints) await dc.setFunctionBreakpointsRequest({ breakpoints: functionBreakpoints });
    if (exceptions) await dc.setExceptionBreakpointsRequest({ filters: exceptions });
    return dc.configurationDoneRequest();
  });
  await Promise.all([configured, dc.launch(launchArgs)]);
}

// DebugClient.hitBreakpoint, except that a breakpoint in a file the program
// has not compiled yet may be reported pending and verified later by a
// `breakpoint` event (stk compiles the program after configurationDone).
// Resolves with the stackTrace response of the stopped thread.
export async function hitBreakpoint(dc, launchArgs, { path: file, line: at, ...extra }) {
  const changed = [];
  dc.on('breakpoint', (e) => changed.push(e.body.breakpoint));
  let placed;
  const configured = dc.waitForEvent('initialized').then(async () => {
    placed = (await dc.setBreakpointsRequest({ source: { path: file }, breakpoints: [{ line: at, ...extra }] })).body
      .breakpoints[0];
    return dc.configurationDoneRequest();
  });
  const [, , stop] = await Promise.all([
    configured,
    dc.launch(launchArgs),
    dc.assertStoppedLocation('breakpoint', { path: file, line: at }),
  ]);
  const final = changed.filter((b) => b.id === placed.id).pop() ?? placed;
  if (!final.verified || final.line !== at)
    throw new Error(`breakpoint not verified at line ${at}: ${JSON.stringify({ placed, changed })}`);
  return stop;
}
