// The basic session: run to the end, stop on entry, capabilities, a
// breakpoint in a producer/consumer program with its stack ending in the
// "created by" frame, and threads listing every tasklet with its state.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, line, stdioClient, launchWith, withTimeout, hitBreakpoint } from './helpers.mjs';

const PC = fixture('producer_consumer.py');
const WAITERS = fixture('waiters.py');
let dc;

beforeEach(async () => {
  dc = await stdioClient();
});
afterEach(async () => {
  await withTimeout(dc.stop(), 10000, 'stop').catch(() => {});
});

test('runs to the end and reports the exit code', { timeout: 30000 }, async () => {
  const exited = dc.waitForEvent('exited');
  const terminated = dc.waitForEvent('terminated');
  await launchWith(dc, { program: PC });
  assert.equal((await exited).body.exitCode, 0);
  await terminated;
});

test('announces only what it implements', { timeout: 30000 }, async () => {
  const { body } = await dc.initializeRequest();
  for (const cap of [
    'supportsConfigurationDoneRequest',
    'supportsFunctionBreakpoints',
    'supportsConditionalBreakpoints',
    'supportsHitConditionalBreakpoints',
    'supportsLogPoints',
    'supportsEvaluateForHovers',
    'supportsSetVariable',
    'supportsExceptionInfoRequest',
    'supportsTerminateThreadsRequest',
    'supportsTerminateRequest',
    'supportsLoadedSourcesRequest',
    'supportsSingleThreadExecutionRequests',
  ])
    assert.equal(body[cap], true, cap);
  assert.deepEqual(
    body.exceptionBreakpointFilters.map((f) => f.filter),
    ['uncaught', 'raised'],
  );
  assert.equal(body.supportsStepBack, undefined);
  assert.equal(body.supportsDataBreakpoints, undefined);
});

test('stops on entry', { timeout: 30000 }, async () => {
  const stopped = dc.waitForEvent('stopped');
  await launchWith(dc, { program: PC, stopOnEntry: true });
  const e = await stopped;
  assert.equal(e.body.reason, 'entry');
  assert.equal(e.body.threadId, 1, 'the main tasklet (id 0) is thread 1');
  const st = await dc.stackTraceRequest({ threadId: 1 });
  assert.equal(st.body.stackFrames[0].source.path, PC);
});

test('breakpoint in the consumer; the stack ends in a "created by" frame', { timeout: 30000 }, async () => {
  const at = line(PC, 'total');
  const stop = await hitBreakpoint(dc, { program: PC }, { path: PC, line: at });
  const frames = stop.body.stackFrames;
  assert.equal(frames[0].name, 'consumer');
  assert.equal(frames[0].line, at);
  const last = frames[frames.length - 1];
  assert.equal(last.presentationHint, 'label');
  assert.match(last.name, /^created by #0 main at producer_consumer\.py:\d+$/);
  assert.equal(last.line, line(PC, 'create-consumer'));
  assert.equal(stop.body.totalFrames, frames.length);

  // Paging: one frame at a time still reports the total.
  const threadId = (await dc.threadsRequest()).body.threads.find((t) => /consumer/.test(t.name)).id;
  const page = await dc.stackTraceRequest({ threadId, startFrame: 1, levels: 1 });
  assert.equal(page.body.stackFrames.length, 1);
  assert.equal(page.body.totalFrames, frames.length);

  const ended = dc.waitForEvent('terminated');
  await dc.setBreakpointsRequest({ source: { path: PC }, breakpoints: [] });
  await dc.continueRequest({ threadId });
  await ended;
});

test('threads list every tasklet with its state', { timeout: 30000 }, async () => {
  const at = line(WAITERS, 'all-blocked');
  await hitBreakpoint(dc, { program: WAITERS }, { path: WAITERS, line: at });
  const { threads } = (await dc.threadsRequest()).body;
  // main, 4 waiters, the spinner
  assert.equal(threads.length, 6, JSON.stringify(threads));
  assert.match(threads[0].name, /^#0 main \[stopped: breakpoint\]$/, 'stopped first');
  assert.equal(threads[0].id, 1);
  const blocked = threads.filter((t) => /\[blocked: recv on channel \d+\]$/.test(t.name));
  assert.equal(blocked.length, 4, JSON.stringify(threads));
  for (const t of blocked) assert.match(t.name, /^#\d+ waiter /);
  const runnable = threads.filter((t) => /\[runnable\]$/.test(t.name));
  assert.equal(runnable.length, 1, JSON.stringify(threads));
  assert.match(runnable[0].name, /spinner/);
  // Ordered stopped -> runnable -> blocked.
  assert.ok(threads.indexOf(runnable[0]) < threads.indexOf(blocked[0]));
  // Thread ids are tasklet ids + 1, and never 0.
  for (const t of threads) assert.equal(t.id, Number(t.name.match(/^#(\d+)/)[1]) + 1);
});

test('restart runs the program again with the same breakpoints', { timeout: 30000 }, async () => {
  const LOOP = fixture('loop.py');
  const out = [];
  dc.on('output', (e) => e.body.category === 'stdout' && out.push(e.body.output));
  let exits = 0;
  dc.on('exited', () => exits++);
  await hitBreakpoint(dc, { program: LOOP }, { path: LOOP, line: line(LOOP, 'end') });
  const again = dc.waitForEvent('stopped');
  await dc.restartRequest({ arguments: { program: LOOP } });
  const e = await again;
  assert.equal(e.body.reason, 'breakpoint');
  const frame = (await dc.stackTraceRequest({ threadId: e.body.threadId })).body.stackFrames[0];
  assert.equal(frame.line, line(LOOP, 'end'));
  const ended = dc.waitForEvent('terminated');
  await dc.continueRequest({ threadId: e.body.threadId });
  await ended;
  assert.equal(exits, 1, 'the first run went quietly');
  assert.equal(out.join('').match(/total 45/g).length, 1);
});
