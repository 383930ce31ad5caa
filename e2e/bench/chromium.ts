// Starts Debian's Chromium headless with a DevTools port for Lighthouse, without chrome-launcher, and with
// every background service that would reach the internet turned off (checked by the net log, see offsiteHosts).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assertPortFree } from './server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-extensions',
  '--disable-component-extensions-with-background-pages',
  '--disable-default-apps',
  '--disable-client-side-phishing-detection',
  '--disable-domain-reliability',
  '--disable-breakpad',
  '--no-default-browser-check',
  '--no-pings',
  '--no-service-autorun',
  '--metrics-recording-only',
  '--password-store=basic',
  '--use-mock-keychain',
  '--disable-search-engine-choice-screen',
  '--disable-dev-shm-usage',
  '--mute-audio',
  // Each of these features makes a request to a Google host at startup or in the background.
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,NetworkTimeServiceQuerying,AimEnabled,PreconnectToSearch,AutofillServerCommunication,CertificateTransparencyComponentUpdater,InterestFeedContentSuggestions,PrivacySandboxSettings4',
  '--enable-features=SkipListAccountsWithoutGaiaCookies',
  // Two services the switches above do not stop in Chromium 156: the component updater fetches the optimization
  // guide's model manifest at startup, and the account reconciler asks accounts.google.com for signed-in accounts.
  // Both are pointed at a closed loopback port (9, discard), so they fail without leaving the machine.
  '--component-updater=url-source=http://127.0.0.1:9/',
  '--gaia-url=http://127.0.0.1:9/',
];

export interface Chromium {
  port: number;
  netLog: string;
  close(): Promise<void>;
}

/** Launches Chromium with remote debugging on `port`, logging its network activity to a file. */
export async function launchChromium(port: number): Promise<Chromium> {
  await assertPortFree(port);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-chromium-'));
  const netLog = path.join(dir, 'netlog.json');
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    [
      ...FLAGS,
      `--remote-debugging-port=${port}`,
      '--remote-debugging-address=127.0.0.1',
      `--user-data-dir=${path.join(dir, 'profile')}`,
      `--log-net-log=${netLog}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`Chromium exited with code ${child.exitCode} before its DevTools port opened`);
    if (Date.now() > deadline) throw new Error(`Chromium's DevTools port ${port} did not open within 30 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    port,
    netLog,
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
    },
  };
}

/** Hosts other than loopback that the browser's net log shows a request or connection to. */
export function offsiteHosts(netLogFile: string): string[] {
  if (!fs.existsSync(netLogFile)) return [];
  const text = fs.readFileSync(netLogFile, 'utf8');
  const hosts = new Set<string>();
  for (const match of text.matchAll(/"(?:url|destination|host)":"([^"]+)"/g)) {
    const value = match[1]!;
    let host: string;
    try {
      host = value.includes('://') ? new URL(value).hostname : value.replace(/:\d+$/, '');
    } catch {
      continue;
    }
    if (host && !/^(127\.\d+\.\d+\.\d+|localhost|\[::1\]|::1)$/.test(host) && !host.startsWith('chrome') && host !== 'about')
      hosts.add(host);
  }
  return [...hosts].sort();
}
