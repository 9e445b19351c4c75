// Logpoints (print, never stop), conditions, hit counts, and breakpoints
// that move to the next line with code.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, line, stdioClient, launchWith, collectOutput, withTimeout } from './helpers.mjs';

const LOOP = fixture('loop.py');
let dc;

beforeEach(async () => {
  dc = await stdioClient();
});
afterEach(async () => {
  await withTimeout(dc.stop(), 10000, 'stop').catch(() => {});
});

test('a logpoint prints and never stops', { timeout: 30000 }, async () => {
  const console_ = collectOutput(dc, 'console');
  const stdout = collectOutput(dc, 'stdout');
  let stops = 0;
  dc.on('stopped', () => stops++);
  const ended = dc.waitForEvent('terminated');
  await launchWith(dc, { program: LOOP }, {
    breakpoints: { [LOOP]: [{ line: line(LOOP, 'body'), logMessage: 'i is {i}, total {total}' }] },
  });
  await ended;
  const logged = (console_.text + stdout.text).split('\n').filter((l) => l.startsWith('i is'));
  assert.equal(logged.length, 10, console_.text + stdout.text);
  assert.equal(logged[0], 'i is 0, total 0');
  assert.equal(logged[9], 'i is 9, total 36');
  assert.match(stdout.text, /total 45/);
  assert.equal(stops, 0);
});

test('a condition stops only when it holds', { timeout: 30000 }, async () => {
  const stopped = dc.waitForEvent('stopped');
  await launchWith(dc, { program: LOOP }, {
    breakpoints: { [LOOP]: [{ line: line(LOOP, 'body'), condition: 'i == 7' }] },
  });
  const e = await stopped;
  assert.equal(e.body.reason, 'breakpoint');
  assert.ok(e.body.hitBreakpointIds.length === 1);
  const frame = (await dc.stackTraceRequest({ threadId: e.body.threadId })).body.stackFrames[0];
  const i = await dc.evaluateRequest({ expression: 'i', frameId: frame.id, context: 'hover' });
  assert.equal(i.body.result, '7');
  const ended = dc.waitForEvent('terminated');
  await dc.continueRequest({ threadId: e.body.threadId });
  await ended;
});

test('a hit count stops on the Nth hit', { timeout: 30000 }, async () => {
  const stopped = dc.waitForEvent('stopped');
  await launchWith(dc, { program: LOOP }, {
    breakpoints: { [LOOP]: [{ line: line(LOOP, 'body'), hitCondition: '3' }] },
  });
  const e = await stopped;
  const frame = (await dc.stackTraceRequest({ threadId: e.body.threadId })).body.stackFrames[0];
  const i = await dc.evaluateRequest({ expression: 'i', frameId: frame.id, context: 'watch' });
  assert.equal(i.body.result, '2');
});

test('a breakpoint on a line without code moves to the next one', { timeout: 30000 }, async () => {
  // Line 1 is a comment: the breakpoint lands on line 2 (at once, or by a
  // `breakpoint` event once the file is compiled) and the program stops there.
  const changed = [];
  dc.on('breakpoint', (e) => changed.push(e.body.breakpoint));
  let placed;
  const ready = dc.waitForEvent('initialized').then(async () => {
    placed = (await dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [{ line: 1 }] })).body.breakpoints[0];
    return dc.configurationDoneRequest();
  });
  const stop = dc.assertStoppedLocation('breakpoint', { path: LOOP, line: 2 });
  await Promise.all([ready, dc.launch({ program: LOOP }), stop]);
  const final = changed.length ? changed[changed.length - 1] : placed;
  assert.equal(final.line, 2, JSON.stringify({ placed, changed }));
  assert.equal(final.verified, true);
});

test('setVariable changes a local the program then uses', { timeout: 30000 }, async () => {
  const stout = collectOutput(dc, 'stdout');
  const stopped = dc.waitForEvent('stopped');
  await launchWith(dc, { program: LOOP }, {
    breakpoints: { [LOOP]: [{ line: line(LOOP, 'end') }] },
  });
  const e = await stopped;
  const frame = (await dc.stackTraceRequest({ threadId: e.body.threadId })).body.stackFrames[0];
  const scopes = (await dc.scopesRequest({ frameId: frame.id })).body.scopes;
  // Module-level code: `total` lives in the frame's locals (= globals).
  const locals = scopes.find((s) => s.name === 'Locals');
  const set = await dc.setVariableRequest({ variablesReference: locals.variablesReference, name: 'total', value: '100' });
  assert.equal(set.body.value, '100');
  const ended = dc.waitForEvent('terminated');
  await dc.continueRequest({ threadId: e.body.threadId });
  await ended;
  assert.match(stout.text, /total 100/);
});
