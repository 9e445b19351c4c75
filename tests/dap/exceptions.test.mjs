// Stops the program would otherwise die of: an uncaught exception in a
// tasklet (with exceptionInfo), a raised-exception filter, and a deadlock
// (every tasklet blocked) reported with who waits where.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, line, stdioClient, launchWith, withTimeout } from './helpers.mjs';

const UNCAUGHT = fixture('uncaught.py');
const DEADLOCK = fixture('deadlock.py');
let dc;

beforeEach(async () => {
  dc = await stdioClient();
});
afterEach(async () => {
  await withTimeout(dc.stop(), 10000, 'stop').catch(() => {});
});

test('an uncaught exception in a tasklet stops there, with exceptionInfo', { timeout: 30000 }, async () => {
  const stopped = dc.waitForEvent('stopped');
  await launchWith(dc, { program: UNCAUGHT });  // "uncaught" is on by default
  const e = await stopped;
  assert.equal(e.body.reason, 'exception');
  assert.notEqual(e.body.threadId, 1, 'the worker tasklet, not main');
  const frames = (await dc.stackTraceRequest({ threadId: e.body.threadId })).body.stackFrames;
  assert.equal(frames[0].name, 'check');
  assert.equal(frames[0].line, line(UNCAUGHT, 'raise'));
  const info = (await dc.exceptionInfoRequest({ threadId: e.body.threadId })).body;
  assert.equal(info.exceptionId, 'ValueError');
  assert.match(info.description, /value too large: 3/);
  assert.equal(info.breakMode, 'unhandled');
  // The exception's value is visible in the frame.
  const scopes = (await dc.scopesRequest({ frameId: frames[0].id })).body.scopes;
  const locals = (await dc.variablesRequest({ variablesReference: scopes[0].variablesReference })).body.variables;
  assert.equal(locals.find((v) => v.name === 'value').value, '3');
  const exited = dc.waitForEvent('exited');
  await dc.continueRequest({ threadId: e.body.threadId });
  assert.equal((await exited).body.exitCode, 1);
});

test('no stop when the uncaught filter is off', { timeout: 30000 }, async () => {
  let stops = 0;
  dc.on('stopped', () => stops++);
  const exited = dc.waitForEvent('exited');
  await launchWith(dc, { program: UNCAUGHT }, { exceptions: [] });
  assert.equal((await exited).body.exitCode, 1);
  assert.equal(stops, 0);
});

test('the raised filter stops at the raise', { timeout: 30000 }, async () => {
  const stopped = dc.waitForEvent('stopped');
  await launchWith(dc, { program: UNCAUGHT }, { exceptions: ['raised'] });
  const e = await stopped;
  assert.equal(e.body.reason, 'exception');
  const info = (await dc.exceptionInfoRequest({ threadId: e.body.threadId })).body;
  assert.equal(info.exceptionId, 'ValueError');
});

test('a deadlock stops the program and says who waits where', { timeout: 30000 }, async () => {
  const stopped = dc.waitForEvent('stopped');
  await launchWith(dc, { program: DEADLOCK });
  const e = await stopped;
  assert.equal(e.body.reason, 'deadlock');
  assert.equal(e.body.allThreadsStopped, true);
  // Who waits on which channel, at which line.
  assert.match(e.body.description, new RegExp(`#1 idle receiving on channel \\d+ at .*deadlock\\.py:${line(DEADLOCK, 'idle')}`));
  const { threads } = (await dc.threadsRequest()).body;
  assert.equal(threads.length, 2, JSON.stringify(threads));
  assert.match(threads[0].name, /^#0 main \[stopped: deadlock/);
  assert.match(threads[1].name, /^#1 idle \[blocked: recv on channel \d+\]$/);
  const main = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
  assert.equal(main[0].line, line(DEADLOCK, 'main-wait'));
  const exited = dc.waitForEvent('exited');
  await dc.continueRequest({ threadId: 1 });
  assert.equal((await exited).body.exitCode, 1, 'continuing lets the deadlock error end the program');
});
