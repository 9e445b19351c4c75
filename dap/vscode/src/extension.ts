// VS Code side of the `stk` debug type. The debugging itself happens in `stk-dap --stdio`, spawned
// for every session (launch and attach alike: stk-dap's own `attach` request connects to the
// program's --dap-listen address). This file only finds the adapter, fills in configurations
// and adds the Call Stack commands that act on one tasklet through stk-dap's custom requests.
import * as os from 'os';
import * as vscode from 'vscode';
import {
    defaultSnapshotPath, errorText, resolveAdapterCommand, ThreadTarget, threadTargetFromArgs,
} from './util';

const DEBUG_TYPE = 'stk';

/** Live stk sessions by id: the Call Stack context names its session by id. */
const sessions = new Map<string, vscode.DebugSession>();

class StkAdapterFactory implements vscode.DebugAdapterDescriptorFactory {
    createDebugAdapterDescriptor(session: vscode.DebugSession): vscode.ProviderResult<vscode.DebugAdapterDescriptor> {
        const folder = session.workspaceFolder ?? vscode.workspace.workspaceFolders?.[0];
        const fromLaunch = session.configuration.stkDapPath;
        const configured = typeof fromLaunch === 'string' && fromLaunch.trim() !== ''
            ? fromLaunch
            : vscode.workspace.getConfiguration('stk', folder?.uri).get<string>('dapPath', 'stk-dap');
        const resolved = resolveAdapterCommand(configured, folder?.uri.fsPath);
        if (!resolved.ok) {
            // VS Code shows the message and does not start the session.
            throw new Error(resolved.message);
        }
        const options: vscode.DebugAdapterExecutableOptions = {};
        if (folder) {
            options.cwd = folder.uri.fsPath;
        }
        return new vscode.DebugAdapterExecutable(resolved.command, ['--stdio'], options);
    }
}

function launchCurrentFile(): vscode.DebugConfiguration {
    return {
        type: DEBUG_TYPE,
        request: 'launch',
        name: 'stk: Launch current file',
        program: '${file}',
        cwd: '${workspaceFolder}',
        stopMode: 'all',
    };
}

class StkConfigurationProvider implements vscode.DebugConfigurationProvider {
    provideDebugConfigurations(): vscode.ProviderResult<vscode.DebugConfiguration[]> {
        return [launchCurrentFile()];
    }

    resolveDebugConfiguration(_folder: vscode.WorkspaceFolder | undefined,
        config: vscode.DebugConfiguration): vscode.ProviderResult<vscode.DebugConfiguration> {
        // F5 with no launch.json: debug the Python file in the active editor.
        if (!config.type && !config.request && !config.name) {
            const editor = vscode.window.activeTextEditor;
            if (editor && editor.document.languageId === 'python') {
                config = launchCurrentFile();
                if (!vscode.workspace.workspaceFolders?.length) {
                    delete config.cwd;
                }
            }
        }
        if (config.request === 'attach') {
            if (config.port === undefined || config.port === null || config.port === '') {
                void vscode.window.showErrorMessage(
                    'stk attach: set "port" (and "host", default 127.0.0.1) to the address given to `stk run --dap-listen HOST:PORT`.');
                return undefined;
            }
            config.host ??= '127.0.0.1';
            return config;
        }
        if (!config.program) {
            void vscode.window.showErrorMessage('stk launch: "program" is not set (use "${file}" for the active editor).');
            return undefined;
        }
        return config;
    }
}

function findSession(sessionId: string | undefined): vscode.DebugSession | undefined {
    if (sessionId) {
        const s = sessions.get(sessionId);
        if (s) {
            return s;
        }
    }
    const active = vscode.debug.activeDebugSession;
    if (active && active.type === DEBUG_TYPE) {
        return active;
    }
    return sessions.values().next().value;
}

interface DapThread { id: number; name: string }

/** Without a Call Stack item (Command Palette), let the user pick a tasklet. */
async function pickThread(session: vscode.DebugSession): Promise<number | undefined> {
    const reply = await session.customRequest('threads');
    const threads: DapThread[] = Array.isArray(reply?.threads) ? reply.threads : [];
    if (threads.length === 0) {
        void vscode.window.showErrorMessage('stk: the debug session has no tasklets to choose from.');
        return undefined;
    }
    const picked = await vscode.window.showQuickPick(
        threads.map(t => ({ label: t.name, description: `thread ${t.id}`, id: t.id })),
        { placeHolder: 'Tasklet', matchOnDescription: true });
    return picked?.id;
}

/** The session and tasklet a command acts on; undefined (after telling the user) when there is none. */
async function target(args: unknown[]): Promise<{ session: vscode.DebugSession; threadId: number } | undefined> {
    const t: ThreadTarget | undefined = threadTargetFromArgs(args);
    const session = findSession(t?.sessionId);
    if (!session) {
        void vscode.window.showErrorMessage('stk: no stk debug session is running.');
        return undefined;
    }
    const threadId = t?.threadId ?? await pickThread(session);
    return threadId === undefined ? undefined : { session, threadId };
}

function taskletCommand(name: string, run: (session: vscode.DebugSession, threadId: number) => Promise<void>) {
    return async (...args: unknown[]) => {
        try {
            const t = await target(args);
            if (t) {
                await run(t.session, t.threadId);
            }
        } catch (e) {
            void vscode.window.showErrorMessage(`stk: ${name} failed: ${errorText(e)}`);
        }
    };
}

async function snapshot(session: vscode.DebugSession, threadId: number): Promise<void> {
    const folder = session.workspaceFolder ?? vscode.workspace.workspaceFolders?.[0];
    const dir = folder?.uri.scheme === 'file' ? folder.uri.fsPath : os.homedir();
    const uri = await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.file(defaultSnapshotPath(dir, threadId)),
        filters: { 'JSON': ['json'] },
        saveLabel: 'Save snapshot',
        title: `Snapshot of tasklet ${threadId}`,
    });
    if (!uri) {
        return;
    }
    const reply = await session.customRequest('stk/snapshotTasklet', { threadId, path: uri.fsPath });
    const written = typeof reply?.path === 'string' && reply.path !== '' ? reply.path : uri.fsPath;
    const choice = await vscode.window.showInformationMessage(
        `Snapshot of tasklet ${threadId} written to ${written}`, 'Open');
    if (choice === 'Open') {
        await vscode.window.showTextDocument(vscode.Uri.file(written));
    }
}

export function activate(context: vscode.ExtensionContext): void {
    context.subscriptions.push(
        vscode.debug.registerDebugAdapterDescriptorFactory(DEBUG_TYPE, new StkAdapterFactory()),
        vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, new StkConfigurationProvider()),
        vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, new StkConfigurationProvider(),
            vscode.DebugConfigurationProviderTriggerKind.Dynamic),
        vscode.debug.onDidStartDebugSession(s => {
            if (s.type === DEBUG_TYPE) {
                sessions.set(s.id, s);
            }
        }),
        vscode.debug.onDidTerminateDebugSession(s => {
            sessions.delete(s.id);
        }),
        vscode.commands.registerCommand('stk.pauseTasklet', taskletCommand('Pause this tasklet',
            async (s, threadId) => {
                await s.customRequest('stk/pauseTasklet', { threadId });
            })),
        vscode.commands.registerCommand('stk.resumeTasklet', taskletCommand('Resume this tasklet',
            async (s, threadId) => {
                await s.customRequest('stk/resumeTasklet', { threadId });
            })),
        vscode.commands.registerCommand('stk.stepTasklet', taskletCommand('Step this tasklet only',
            async (s, threadId) => {
                await s.customRequest('stk/stepTasklet', { threadId, freezeOthers: true, granularity: 'line' });
            })),
        vscode.commands.registerCommand('stk.snapshotTasklet', taskletCommand('Snapshot this tasklet', snapshot)),
    );
    // A session that was already running when the extension activated.
    const active = vscode.debug.activeDebugSession;
    if (active && active.type === DEBUG_TYPE) {
        sessions.set(active.id, active);
    }
}

export function deactivate(): void {
    sessions.clear();
}
