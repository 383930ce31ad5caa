// The production server (`npm start`): Next's documented custom server (a Node HTTP server around `next()`), which
// answers what Next cannot (methods fetch cannot represent, OPTIONS on its files) and makes renders a visitor can
// choose take turns (lib/server/guard.ts, docs/adr/0012-custom-server.md). `npm run build` compiles it to
// dist/server.cjs. Options as `next start` takes them: `-p`/`--port` (or PORT, default 3000), `-H`/`--hostname`.
import { createServer } from 'node:http';
import { getHeapStatistics } from 'node:v8';
import { trustedHops } from '@/lib/security/client-address';
import { guardRequests, refuseConnect } from '@/lib/server/guard';
import { serverSettings } from '@/lib/server/settings';

/** `-p 3100`, `--port=3100`, `-H 127.0.0.1`…: the value of the first option named, or undefined. */
function option(argv: readonly string[], names: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (names.includes(arg)) return argv[i + 1];
    const eq = arg.indexOf('=');
    if (eq > 0 && names.includes(arg.slice(0, eq))) return arg.slice(eq + 1);
  }
  return undefined;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const port = Number(option(argv, ['-p', '--port']) ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`not a port: ${port}`);
  const hostname = option(argv, ['-H', '--hostname']);
  // As `next start`: a production server, whatever the shell says. Set before Next (and React) are loaded.
  (process.env as Record<string, string>).NODE_ENV = 'production';
  const settings = serverSettings();
  const hops = trustedHops();
  const heapMb = getHeapStatistics().heap_size_limit / 1024 / 1024;
  // Without `--max-old-space-size` Node's own cap is far above what the page cache and the gate are sized for.
  if (heapMb > settings.heapCapMb * 2)
    console.warn(
      `[server] the V8 heap cap is ${Math.round(heapMb)} MB; the settings assume about ${settings.heapCapMb} MB: start the server with \`npm start\` (node --max-old-space-size=${settings.heapCapMb}).`,
    );

  const { default: next } = await import('next');
  const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? 'localhost', port });
  await app.prepare();
  const server = createServer(guardRequests(app.getRequestHandler(), settings.gate, hops));
  server.on('connect', refuseConnect);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    if (hostname) server.listen(port, hostname, resolve);
    else server.listen(port, resolve);
  });
  console.log(`> Ready on http://${hostname ?? 'localhost'}:${port} (render gate: ${JSON.stringify(settings.gate)})`);

  // As `next start`: stop taking connections, let Next finish, then exit with the signal's code.
  let stopping = false;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      server.close();
      server.closeIdleConnections();
      void app
        .close()
        .catch((error: unknown) => console.error(error))
        .finally(() => process.exit(code));
    });
}

main().catch((error: unknown) => {
  console.error('[server] could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
