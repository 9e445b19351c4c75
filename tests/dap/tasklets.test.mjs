// What only a tasklet debugger does: freeze one tasklet while another's
// output goes on, tasklet stop mode (allThreadsStopped false), the threads
// cap with stk/tasklets paging every tasklet, stk/channels, snapshots,
// terminateThreads.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  fixture, line, stdioClient, launchWith, collectOutput, waitForMatching, until, sleep, withTimeout,
} from './helpers.mjs';

const TICKERS = fixture('tickers.py');
const WAITERS = fixture('waiters.py');
let dc;

beforeEach(async () => {
  dc = await stdioClient();
});
afterEach(async () => {
  await withTimeout(dc.stop(), 10000, 'stop').catch(() => {});
});

const count = (text, word) => text.split('\n').filter((l) => l.startsWith(word + ' ')).length;

// Tickers: alpha is tasklet 1 (thread 2), beta tasklet 2 (thread 3): created in that order.
const ALPHA = 2;
const BETA = 3;

test('freezing one tasklet while the other keeps printing', { timeout: 40000 }, async () => {
  const out = collectOutput(dc, 'stdout');
  await launchWith(dc, { program: TICKERS });
  await until(() => count(out.text, 'alpha') >= 2 && count(out.text, 'beta') >= 2, 15000, 'both tickers to print');
  const paused = waitForMatching(dc, 'stopped', (e) => e.body.threadId === ALPHA);
  await dc.customRequest('stk/pauseTasklet', { threadId: ALPHA });
  const e = await paused;
  assert.notEqual(e.body.allThreadsStopped, true, 'only alpha stopped');
  await sleep(200);  // output already on its way
  const alphaBefore = count(out.text, 'alpha');
  const betaBefore = count(out.text, 'beta');
  await until(() => count(out.text, 'beta') >= betaBefore + 3, 15000, 'beta to go on printing');
  assert.equal(count(out.text, 'alpha'), alphaBefore, 'alpha printed while frozen');

  // The frozen tasklet can be inspected while the other runs.
  const threads = (await dc.threadsRequest()).body.threads;
  assert.match(threads.find((t) => t.id === ALPHA).name, /\[stopped: pause/);
  const frames = (await dc.stackTraceRequest({ threadId: ALPHA })).body.stackFrames;
  assert.equal(frames[0].name, 'ticker');
  const name = await dc.evaluateRequest({ expression: 'name', frameId: frames[0].id, context: 'watch' });
  assert.equal(name.body.result, "'alpha'");
  // ... but the running one cannot.
  await assert.rejects(dc.stackTraceRequest({ threadId: BETA }), /notStopped|running/);

  await dc.customRequest('stk/resumeTasklet', { threadId: ALPHA });
  await until(() => count(out.text, 'alpha') >= alphaBefore + 2, 15000, 'alpha to print again');
});

test('tasklet stop mode: a breakpoint stops only its tasklet', { timeout: 40000 }, async () => {
  const out = collectOutput(dc, 'stdout');
  const stopped = dc.waitForEvent('stopped', 15000);
  await launchWith(dc, { program: TICKERS, stopMode: 'tasklet' }, {
    breakpoints: { [TICKERS]: [{ line: line(TICKERS, 'tick'), condition: 'name == "alpha" and n == 30000' }] },
  });
  const e = await stopped;
  assert.equal(e.body.reason, 'breakpoint');
  assert.equal(e.body.threadId, ALPHA);
  assert.equal(e.body.allThreadsStopped, undefined, 'allThreadsStopped only when true');
  const betaBefore = count(out.text, 'beta');
  await until(() => count(out.text, 'beta') >= betaBefore + 3, 15000, 'beta to run on');
  const frames = (await dc.stackTraceRequest({ threadId: ALPHA })).body.stackFrames;
  const n = await dc.evaluateRequest({ expression: 'n', frameId: frames[0].id, context: 'watch' });
  assert.equal(n.body.result, '30000');
  // Continue resumes just this tasklet.
  await dc.setBreakpointsRequest({ source: { path: TICKERS }, breakpoints: [] });
  const r = await dc.continueRequest({ threadId: ALPHA });
  assert.equal(r.body.allThreadsContinued, false);
});

test('the threads reply is capped and stk/tasklets pages them all', { timeout: 40000 }, async () => {
  const console_ = collectOutput(dc, 'console');
  const stopped = dc.waitForEvent('stopped');
  await launchWith(dc, { program: WAITERS, args: ['30'], maxThreads: 5 }, {
    breakpoints: { [WAITERS]: [{ line: line(WAITERS, 'all-blocked') }] },
  });
  await stopped;
  const { threads } = (await dc.threadsRequest()).body;
  assert.equal(threads.length, 5);
  assert.match(threads[0].name, /^#0 main \[stopped: breakpoint\]/);
  await until(() => /showing 5 of 32 tasklets/.test(console_.text), 5000, 'the cap notice');
  await dc.threadsRequest();
  assert.equal(console_.text.match(/showing/g).length, 1, 'said once');

  const blocked = (await dc.customRequest('stk/tasklets', { state: 'blocked' })).body;
  assert.equal(blocked.total, 30);
  assert.equal(blocked.all, 32);
  const page = (await dc.customRequest('stk/tasklets', { state: 'blocked', start: 10, count: 5 })).body;
  assert.equal(page.tasklets.length, 5);
  assert.deepEqual(page.tasklets.map((t) => t.id), blocked.tasklets.slice(10, 15).map((t) => t.id));
  for (const t of page.tasklets) {
    assert.equal(t.threadId, t.id + 1);
    assert.equal(t.blockDirection, 'recv');
    assert.equal(t.line, line(WAITERS, 'wait'));
  }
  const byName = (await dc.customRequest('stk/tasklets', { name: 'spinner' })).body;
  assert.equal(byName.total, 1);
  const byLine = (await dc.customRequest('stk/tasklets', { line: line(WAITERS, 'wait') })).body;
  assert.equal(byLine.total, 30);

  const { channels } = (await dc.customRequest('stk/channels')).body;
  const ch = channels.find((c) => c.receivers.length === 30);
  assert.ok(ch, JSON.stringify(channels));
  assert.equal(ch.balance, -30);
  assert.equal(ch.label, 'work');
});

test('a snapshot of a blocked tasklet, returned and written to a file', { timeout: 40000 }, async () => {
  const stopped = dc.waitForEvent('stopped');
  await launchWith(dc, { program: WAITERS }, {
    breakpoints: { [WAITERS]: [{ line: line(WAITERS, 'all-blocked') }] },
  });
  await stopped;
  const waiter = (await dc.customRequest('stk/tasklets', { state: 'blocked', count: 1 })).body.tasklets[0];
  const file = path.join(os.tmpdir(), `stk-dap-snapshot-${process.pid}.json`);
  try {
    const r = (await dc.customRequest('stk/snapshotTasklet', { threadId: waiter.threadId, path: file })).body;
    assert.equal(r.path, file);
    assert.equal(typeof r.snapshot, 'object');
    const text = JSON.stringify(r.snapshot);
    assert.match(text, /waiter/);
    assert.match(text, /label/);
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), r.snapshot);
  } finally {
    rmSync(file, { force: true });
  }
});

test('terminateThreads kills a tasklet', { timeout: 40000 }, async () => {
  const out = collectOutput(dc, 'stdout');
  await launchWith(dc, { program: TICKERS });
  await until(() => count(out.text, 'alpha') >= 1 && count(out.text, 'beta') >= 1, 15000, 'both tickers');
  // The usual flow: pause, kill a tasklet that is not the one on the CPU, go on.
  const [, paused] = await Promise.all([dc.pauseRequest({ threadId: ALPHA }), dc.waitForEvent('stopped')]);
  const victim = paused.body.threadId === ALPHA ? BETA : ALPHA;
  const survivor = victim === ALPHA ? 'beta' : 'alpha';
  await dc.send('terminateThreads', { threadIds: [victim] });
  await dc.continueRequest({ threadId: paused.body.threadId });
  await until(async () => {
    const ts = (await dc.threadsRequest()).body.threads;
    return !ts.some((t) => t.id === victim);
  }, 10000, 'the killed tasklet to be gone');
  const before = count(out.text, survivor);
  await until(() => count(out.text, survivor) >= before + 2, 15000, 'the other one to go on');
});

test('threads stays fast with 100,000 tasklets', { timeout: 120000 }, async () => {
  const MANY = fixture('many.py');
  const stopped = dc.waitForEvent('stopped', 60000);
  await launchWith(dc, { program: MANY }, { breakpoints: { [MANY]: [{ line: line(MANY, 'stop') }] } });
  await stopped;
  const times = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const r = await withTimeout(dc.threadsRequest(), 20000, 'threads with 100,000 tasklets');
    times.push(performance.now() - t0);
    assert.equal(r.body.threads.length, 1000);
  }
  times.sort((a, b) => a - b);
  // Sanitizer builds (scripts/test.sh --tsan) run many times slower: the
  // speed bar is for real builds only.
  if (process.env.STK_SANITIZED !== '1')
    assert.ok(times[2] <= 100, `median threads reply took ${times[2].toFixed(1)} ms (bar: 100 ms)`);
  const page = (await dc.customRequest('stk/tasklets', { state: 'blocked', start: 99990, count: 20 })).body;
  assert.equal(page.total, 100000);
  assert.equal(page.tasklets.length, 10);
});

test('two tasklets at one breakpoint: the second keeps the focus where it was', { timeout: 40000 }, async () => {
  const stops = [];
  dc.on('stopped', (e) => stops.push(e.body));
  await launchWith(dc, { program: TICKERS, stopMode: 'tasklet' }, {
    breakpoints: { [TICKERS]: [{ line: line(TICKERS, 'tick'), condition: 'n == 20000' }] },
  });
  await until(() => stops.length >= 2, 15000, 'both tickers to stop');
  assert.deepEqual(stops.map((s) => s.threadId).sort(), [ALPHA, BETA]);
  assert.equal(stops[0].preserveFocusHint, undefined, 'the first stop takes the focus');
  assert.equal(stops[1].preserveFocusHint, true, 'the second does not steal it');
  for (const s of stops) assert.equal(s.allThreadsStopped, undefined);
  // evaluate without a frame: the focused tasklet's innermost frame.
  const r = await dc.evaluateRequest({ expression: 'name', context: 'repl' });
  assert.equal(r.body.result, stops[0].threadId === ALPHA ? "'alpha'" : "'beta'");
  // Both are stopped: the threads reply lists them first.
  const { threads } = (await dc.threadsRequest()).body;
  assert.deepEqual(threads.slice(0, 2).map((t) => t.id).sort(), [ALPHA, BETA]);
});

test('stk/stepTasklet steps one tasklet; bad kinds are refused', { timeout: 40000 }, async () => {
  const stopped = dc.waitForEvent('stopped', 15000);
  await launchWith(dc, { program: TICKERS, stopMode: 'tasklet' }, {
    breakpoints: { [TICKERS]: [{ line: line(TICKERS, 'tick'), condition: 'name == "alpha" and n == 20000' }] },
  });
  const e = await stopped;
  await dc.setBreakpointsRequest({ source: { path: TICKERS }, breakpoints: [] });
  await assert.rejects(dc.customRequest('stk/stepTasklet', { threadId: ALPHA, kind: 'sideways' }), /'kind' must be/);
  const [, step] = await Promise.all([
    dc.customRequest('stk/stepTasklet', { threadId: ALPHA, kind: 'over' }),
    waitForMatching(dc, 'stopped', (x) => x.body.threadId === ALPHA),
  ]);
  assert.equal(step.body.reason, 'step');
  const frames = (await dc.stackTraceRequest({ threadId: e.body.threadId })).body.stackFrames;
  assert.equal(frames[0].line, line(TICKERS, 'tick') + 1, 'n == 20000: the print line');
  // Run to its next tasklet switch.
  const [, sw] = await Promise.all([
    dc.customRequest('stk/stepTasklet', { threadId: ALPHA, kind: 'switch' }),
    waitForMatching(dc, 'stopped', (x) => x.body.threadId === ALPHA),
  ]);
  assert.equal(sw.body.reason, 'step');
});

test('continue with singleThread in all-stop mode resumes only that tasklet', { timeout: 40000 }, async () => {
  const stopped = dc.waitForEvent('stopped', 15000);
  await launchWith(dc, { program: TICKERS }, {
    breakpoints: { [TICKERS]: [{ line: line(TICKERS, 'tick'), condition: 'name == "beta" and n == 20000' }] },
  });
  const e = await stopped;
  assert.equal(e.body.allThreadsStopped, true);
  await dc.setBreakpointsRequest({ source: { path: TICKERS }, breakpoints: [] });
  const out = collectOutput(dc, 'stdout');
  const r = await dc.continueRequest({ threadId: BETA, singleThread: true });
  assert.equal(r.body.allThreadsContinued, false);
  await until(() => count(out.text, 'beta') >= 3, 15000, 'beta to print');
  assert.equal(count(out.text, 'alpha'), 0, 'alpha stayed stopped');
  const frames = (await dc.stackTraceRequest({ threadId: ALPHA })).body.stackFrames;
  assert.equal(frames[0].name, 'ticker');
});
