// Stepping: over a channel receive while the peer runs (the step completes
// when the producer delivers), in and out of a function, a function
// breakpoint, and stk/stepTasklet with the others frozen.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, line, stdioClient, withTimeout, hitBreakpoint } from './helpers.mjs';

const PC = fixture('producer_consumer.py');
const FN = fixture('functions.py');
let dc;

beforeEach(async () => {
  dc = await stdioClient();
});
afterEach(async () => {
  await withTimeout(dc.stop(), 10000, 'stop').catch(() => {});
});

async function stoppedThread() {
  return (await dc.threadsRequest()).body.threads.find((t) => /\[stopped/.test(t.name)).id;
}

test('step over a channel receive while the producer runs', { timeout: 30000 }, async () => {
  await hitBreakpoint(dc, { program: PC }, { path: PC, line: line(PC, 'receive') });
  const consumer = await stoppedThread();
  await dc.setBreakpointsRequest({ source: { path: PC }, breakpoints: [] });
  const [, stop] = await Promise.all([
    dc.nextRequest({ threadId: consumer }),
    dc.assertStoppedLocation('step', { path: PC, line: line(PC, 'after-receive') }),
  ]);
  assert.equal(stop.body.stackFrames[0].name, 'consumer');
  const item = await dc.evaluateRequest({ expression: 'item', frameId: stop.body.stackFrames[0].id, context: 'watch' });
  assert.equal(item.body.result, '0', 'the producer delivered while the consumer was stepping');
});

test('a single-thread step that blocks with nobody to run stops with an explanation', { timeout: 30000 }, async () => {
  await hitBreakpoint(dc, { program: PC }, { path: PC, line: line(PC, 'receive') });
  const consumer = await stoppedThread();
  const stopped = dc.waitForEvent('stopped');
  await dc.customRequest('stk/stepTasklet', { threadId: consumer, kind: 'over', freezeOthers: true });
  const e = await stopped;
  assert.equal(e.body.threadId, consumer);
  assert.ok(e.body.description && e.body.description.length > 0, 'says why it stopped');
});

test('step in, step out, function breakpoint', { timeout: 30000 }, async () => {
  const ready = dc.waitForEvent('initialized').then(async () => {
    const r = await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'main' }] });
    assert.equal(r.body.breakpoints.length, 1);
    return dc.configurationDoneRequest();
  });
  const stopped = dc.waitForEvent('stopped');
  await Promise.all([ready, dc.launch({ program: FN })]);
  const e = await stopped;
  assert.equal(e.body.reason, 'function breakpoint');
  const tid = e.body.threadId;
  // Step to the call line, then into square().
  let st = (await dc.stackTraceRequest({ threadId: tid })).body.stackFrames;
  assert.equal(st[0].name, 'main');
  while (st[0].line !== line(FN, 'call')) {
    await Promise.all([dc.nextRequest({ threadId: tid }), dc.waitForEvent('stopped')]);
    st = (await dc.stackTraceRequest({ threadId: tid })).body.stackFrames;
  }
  await Promise.all([
    dc.stepInRequest({ threadId: tid }),
    dc.assertStoppedLocation('step', { path: FN, line: line(FN, 'square-body') }),
  ]);
  const [, out] = await Promise.all([dc.stepOutRequest({ threadId: tid }), dc.assertStoppedLocation('step', {})]);
  assert.equal(out.body.stackFrames[0].name, 'main');
  const ended = dc.waitForEvent('terminated');
  await dc.continueRequest({ threadId: tid });
  await ended;
});
