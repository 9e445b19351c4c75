// Inspection: a blocked tasklet's frames and locals, a channel's waiting
// receivers, evaluate (hover has no side effects), stale handles,
// loadedSources and source.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, line, stdioClient, withTimeout, hitBreakpoint } from './helpers.mjs';

const WAITERS = fixture('waiters.py');
const LOOP = fixture('loop.py');
let dc;

beforeEach(async () => {
  dc = await stdioClient();
});
afterEach(async () => {
  await withTimeout(dc.stop(), 10000, 'stop').catch(() => {});
});

async function vars(ref, extra = {}) {
  return (await dc.variablesRequest({ variablesReference: ref, ...extra })).body.variables;
}

test('variables of a blocked tasklet, and the channel it waits on', { timeout: 30000 }, async () => {
  await hitBreakpoint(dc, { program: WAITERS }, { path: WAITERS, line: line(WAITERS, 'all-blocked') });
  const { threads } = (await dc.threadsRequest()).body;
  const waiter = threads.find((t) => /waiter .*blocked: recv/.test(t.name));
  const frames = (await dc.stackTraceRequest({ threadId: waiter.id })).body.stackFrames;
  assert.equal(frames[0].name, 'waiter');
  assert.equal(frames[0].line, line(WAITERS, 'wait'));
  const scopes = (await dc.scopesRequest({ frameId: frames[0].id })).body.scopes;
  assert.deepEqual(scopes.map((s) => s.name), ['Locals', 'Globals', 'Tasklet']);
  const locals = await vars(scopes[0].variablesReference);
  const label = locals.find((v) => v.name === 'label');
  assert.match(label.value, /^'waiter-\d'$/);
  assert.equal(label.evaluateName, 'label');
  // The Tasklet scope: its state and the channel it waits on.
  const fields = await vars(scopes[2].variablesReference);
  assert.ok(fields.length > 0);
  assert.match(JSON.stringify(fields), /blocked/i);

  // The channel, from main's globals: expandable down to its waiting receivers.
  const mainFrames = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
  const mainScopes = (await dc.scopesRequest({ frameId: mainFrames[0].id })).body.scopes;
  const globals = await vars(mainScopes.find((s) => s.name === 'Globals').variablesReference);
  const ch = globals.find((v) => v.name === 'ch');
  assert.ok(ch.variablesReference > 0, 'a channel is expandable');
  const children = await vars(ch.variablesReference);
  const flat = [];
  for (const c of children) {
    flat.push(c);
    if (c.variablesReference > 0 && c.name !== '__class__') flat.push(...(await vars(c.variablesReference)));
  }
  const waiters = flat.filter((v) => /tasklet/i.test(v.value) && /waiter/.test(v.value));
  assert.equal(waiters.length, 4, JSON.stringify(flat, null, 1));
});

test('paging a big container', { timeout: 30000 }, async () => {
  await hitBreakpoint(dc, { program: LOOP }, { path: LOOP, line: line(LOOP, 'end') });
  const tid = 1;
  const frame = (await dc.stackTraceRequest({ threadId: tid })).body.stackFrames[0];
  const r = await dc.evaluateRequest({ expression: 'list(range(500))', frameId: frame.id, context: 'repl' });
  assert.equal(r.body.indexedVariables, 500);
  const page = await vars(r.body.variablesReference, { filter: 'indexed', start: 100, count: 10 });
  assert.equal(page.length, 10);
  assert.equal(page[0].value, '100');
  assert.equal(page[9].value, '109');
});

test('hover evaluation has no side effects; repl may have them', { timeout: 30000 }, async () => {
  await hitBreakpoint(dc, { program: LOOP }, { path: LOOP, line: line(LOOP, 'end') });
  const frame = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0];
  await dc.evaluateRequest({ expression: 'box = []', frameId: frame.id, context: 'repl' }).catch(() => {});
  await assert.rejects(dc.evaluateRequest({ expression: 'print("side effect")', frameId: frame.id, context: 'hover' }));
  const ok = await dc.evaluateRequest({ expression: 'total * 2', frameId: frame.id, context: 'hover' });
  assert.equal(ok.body.result, '90');
  await assert.rejects(dc.evaluateRequest({ expression: 'total +', frameId: frame.id, context: 'watch' }), /Syntax|invalid/i);
});

test('a handle from before the tasklet resumed is refused as stale', { timeout: 30000 }, async () => {
  const at = line(LOOP, 'body');
  await hitBreakpoint(dc, { program: LOOP }, { path: LOOP, line: at });
  const old = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0];
  await Promise.all([dc.continueRequest({ threadId: 1 }), dc.waitForEvent('stopped')]);
  await assert.rejects(dc.scopesRequest({ frameId: old.id }), /stale/);
  await assert.rejects(dc.scopesRequest({ frameId: 999999 }), /never handed out/);
  const fresh = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0];
  assert.notEqual(fresh.id, old.id);
  await dc.scopesRequest({ frameId: fresh.id });
});

test('loadedSources and source', { timeout: 30000 }, async () => {
  await hitBreakpoint(dc, { program: LOOP }, { path: LOOP, line: line(LOOP, 'end') });
  const { sources } = (await dc.send('loadedSources', {})).body;
  assert.ok(sources.some((s) => s.path === LOOP), JSON.stringify(sources));
  const src = await dc.sourceRequest({ source: { path: LOOP }, sourceReference: 0 });
  assert.match(src.body.content, /for i in range\(10\):/);
});
