// Loads the compiled extension (out/, from `npm run compile`) against a stub `vscode` module and
// drives its commands, adapter factory and configuration provider: no VS Code needed.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const Module = require('node:module');

const outDir = path.join(__dirname, '..', 'out');
if (!fs.existsSync(path.join(outDir, 'extension.js'))) {
    throw new Error('out/extension.js is missing: run `npm run compile` first');
}

function makeVscode() {
    const state = {
        commands: new Map(), factories: new Map(), providers: [], requests: [], errors: [], infos: [],
        startListeners: [], endListeners: [], settings: { 'stk.dapPath': 'stk-dap' },
        activeDebugSession: undefined, saveDialogResult: undefined, infoChoice: undefined, opened: [],
        workspaceFolders: undefined, quickPick: undefined, activeTextEditor: undefined,
    };
    class Uri {
        constructor(fsPath, scheme = 'file') { this.fsPath = fsPath; this.scheme = scheme; }
        static file(p) { return new Uri(p); }
    }
    class DebugAdapterExecutable {
        constructor(command, args, options) { this.command = command; this.args = args; this.options = options; }
    }
    const vscode = {
        Uri, DebugAdapterExecutable,
        DebugConfigurationProviderTriggerKind: { Initial: 1, Dynamic: 2 },
        commands: {
            registerCommand(id, fn) { state.commands.set(id, fn); return { dispose() {} }; },
        },
        debug: {
            get activeDebugSession() { return state.activeDebugSession; },
            registerDebugAdapterDescriptorFactory(type, f) { state.factories.set(type, f); return { dispose() {} }; },
            registerDebugConfigurationProvider(type, p, kind) { state.providers.push({ type, p, kind }); return { dispose() {} }; },
            onDidStartDebugSession(l) { state.startListeners.push(l); return { dispose() {} }; },
            onDidTerminateDebugSession(l) { state.endListeners.push(l); return { dispose() {} }; },
        },
        workspace: {
            get workspaceFolders() { return state.workspaceFolders; },
            getConfiguration(section) {
                return { get: (key, dflt) => state.settings[`${section}.${key}`] ?? dflt };
            },
        },
        window: {
            get activeTextEditor() { return state.activeTextEditor; },
            async showErrorMessage(m) { state.errors.push(m); return undefined; },
            async showInformationMessage(m) { state.infos.push(m); return state.infoChoice; },
            async showSaveDialog(opts) { state.saveDialogOptions = opts; return state.saveDialogResult; },
            async showQuickPick(items) { state.quickPickItems = items; return items.find(i => i.id === state.quickPick); },
            async showTextDocument(uri) { state.opened.push(uri.fsPath); },
        },
    };
    return { vscode, state };
}

function load() {
    const { vscode, state } = makeVscode();
    const origResolve = Module._resolveFilename;
    const origLoad = Module._load;
    Module._load = function (request, ...rest) {
        if (request === 'vscode') {
            return vscode;
        }
        return origLoad.call(this, request, ...rest);
    };
    try {
        for (const k of Object.keys(require.cache)) {
            if (k.startsWith(outDir)) {
                delete require.cache[k];
            }
        }
        const ext = require(path.join(outDir, 'extension.js'));
        ext.activate({ subscriptions: [] });
        return { ext, state };
    } finally {
        Module._load = origLoad;
        Module._resolveFilename = origResolve;
    }
}

function fakeSession(state, id, reply = {}) {
    const s = {
        id, type: 'stk', configuration: {}, workspaceFolder: undefined,
        async customRequest(command, args) {
            state.requests.push({ session: id, command, args });
            if (reply.error) {
                throw new Error(reply.error);
            }
            return typeof reply[command] === 'function' ? reply[command](args) : reply[command];
        },
    };
    for (const l of state.startListeners) {
        l(s);
    }
    return s;
}

test('activate registers the four commands, the factory and the providers', () => {
    const { state } = load();
    assert.deepEqual([...state.commands.keys()].sort(),
        ['stk.pauseTasklet', 'stk.resumeTasklet', 'stk.snapshotTasklet', 'stk.stepTasklet']);
    assert.ok(state.factories.has('stk'));
    assert.ok(state.providers.every(p => p.type === 'stk'));
});

test('pause/resume/step send the custom requests, whatever shape the thread argument has', async () => {
    const { state } = load();
    fakeSession(state, 'S1');
    const s2 = fakeSession(state, 'S2');
    state.activeDebugSession = s2;
    // Plain DAP id.
    await state.commands.get('stk.pauseTasklet')(7);
    // Number followed by the Call Stack context object of another session.
    await state.commands.get('stk.resumeTasklet')(8, { sessionId: 'S1', threadId: 'thread:S1:8' });
    // Context object only, with the workbench's string id.
    await state.commands.get('stk.stepTasklet')({ sessionId: 'S1', threadId: 'thread:S1:9' });
    // Context object with a numeric threadId.
    await state.commands.get('stk.pauseTasklet')({ sessionId: 'S2', threadId: 10 });
    assert.deepEqual(state.requests, [
        { session: 'S2', command: 'stk/pauseTasklet', args: { threadId: 7 } },
        { session: 'S1', command: 'stk/resumeTasklet', args: { threadId: 8 } },
        { session: 'S1', command: 'stk/stepTasklet', args: { threadId: 9, freezeOthers: true, granularity: 'line' } },
        { session: 'S2', command: 'stk/pauseTasklet', args: { threadId: 10 } },
    ]);
    assert.deepEqual(state.errors, []);
});

test('without a thread argument the user picks a tasklet from the threads reply', async () => {
    const { state } = load();
    const s = fakeSession(state, 'S1', { threads: { threads: [{ id: 3, name: '#3 main' }, { id: 5, name: '#5 worker' }] } });
    state.activeDebugSession = s;
    state.quickPick = 5;
    await state.commands.get('stk.pauseTasklet')();
    assert.deepEqual(state.requests.map(r => r.command), ['threads', 'stk/pauseTasklet']);
    assert.deepEqual(state.requests[1].args, { threadId: 5 });
});

test('errors from the adapter and a missing session are shown', async () => {
    const { state } = load();
    await state.commands.get('stk.pauseTasklet')(1);
    assert.match(state.errors[0], /no stk debug session/);
    state.activeDebugSession = fakeSession(state, 'S1', { error: 'tasklet 1 has ended' });
    await state.commands.get('stk.resumeTasklet')(1);
    assert.match(state.errors[1], /Resume this tasklet failed: tasklet 1 has ended/);
});

test('snapshot asks for a path, sends it, and offers to open the file', async (t) => {
    const { state } = load();
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'stk-ext-'));
    t.after(() => fs.rmSync(ws, { recursive: true, force: true }));
    state.workspaceFolders = [{ uri: { fsPath: ws, scheme: 'file' }, name: 'ws', index: 0 }];
    state.activeDebugSession = fakeSession(state, 'S1', { 'stk/snapshotTasklet': () => ({}) });
    state.saveDialogResult = { fsPath: path.join(ws, 'snap.json'), scheme: 'file' };
    state.infoChoice = 'Open';
    await state.commands.get('stk.snapshotTasklet')({ sessionId: 'S1', threadId: 'thread:S1:12' });
    assert.equal(state.saveDialogOptions.defaultUri.fsPath, path.join(ws, 'tasklet-12.json'));
    assert.deepEqual(state.requests, [
        { session: 'S1', command: 'stk/snapshotTasklet', args: { threadId: 12, path: path.join(ws, 'snap.json') } }]);
    assert.deepEqual(state.opened, [path.join(ws, 'snap.json')]);
    // Cancelled dialog: no request.
    state.saveDialogResult = undefined;
    await state.commands.get('stk.snapshotTasklet')(12);
    assert.equal(state.requests.length, 1);
    assert.deepEqual(state.errors, []);
});

test('the factory spawns `<stk-dap> --stdio` for launch and attach alike', (t) => {
    const { state } = load();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stk-dap-'));
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const exe = path.join(dir, 'stk-dap');
    fs.writeFileSync(exe, '#!/bin/sh\n', { mode: 0o755 });
    const factory = state.factories.get('stk');
    state.settings['stk.dapPath'] = exe;
    for (const configuration of [{ request: 'launch', program: '/p.py' }, { request: 'attach', port: 4711 }]) {
        const d = factory.createDebugAdapterDescriptor({ configuration, workspaceFolder: undefined });
        assert.equal(d.command, exe);
        assert.deepEqual(d.args, ['--stdio']);
    }
    // stkDapPath in launch.json wins over the setting.
    state.settings['stk.dapPath'] = '/nonexistent/stk-dap';
    const d = factory.createDebugAdapterDescriptor({ configuration: { request: 'launch', stkDapPath: exe } });
    assert.equal(d.command, exe);
    assert.throws(() => factory.createDebugAdapterDescriptor({ configuration: { request: 'launch' } }),
        /does not exist or is not executable/);
});

test('resolveDebugConfiguration fills F5-without-launch.json and checks required fields', () => {
    const { state } = load();
    const provider = state.providers.find(p => p.kind === undefined).p;
    state.activeTextEditor = { document: { languageId: 'python' } };
    const filled = provider.resolveDebugConfiguration(undefined, {});
    assert.equal(filled.type, 'stk');
    assert.equal(filled.request, 'launch');
    assert.equal(filled.program, '${file}');
    assert.equal(provider.resolveDebugConfiguration(undefined, { type: 'stk', request: 'attach', name: 'a' }), undefined);
    assert.equal(provider.resolveDebugConfiguration(undefined, { type: 'stk', request: 'attach', name: 'a', port: 4711 }).host,
        '127.0.0.1');
    assert.equal(provider.resolveDebugConfiguration(undefined, { type: 'stk', request: 'launch', name: 'l' }), undefined);
    assert.equal(state.errors.length, 2);
});
