import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_FILE, buildCspManifest, readCspManifest } from './manifest';
import { inlineScriptHashes } from './script-hashes';

function fakeBuild(): string {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-'));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    fs.writeFileSync(path.join(dist, file), text);
  };
  write('BUILD_ID', 'build-1\n');
  write('server/app/en.html', '<script>a()</script>');
  write('server/app/en/guides/filing-or-licence.html', '<script>b()</script><script src="/x.js"></script>');
  write('server/app/_not-found.html', '<p>no scripts</p>');
  write('server/app/en/guides/filing-or-licence.rsc', 'not html');
  return dist;
}

describe('the CSP manifest', () => {
  it('maps each prerendered HTML file to its URL path and the hashes of its inline scripts', () => {
    const manifest = buildCspManifest(fakeBuild());
    expect(manifest.buildId).toBe('build-1');
    expect(manifest.pages).toEqual({
      '/en': inlineScriptHashes('<script>a()</script>'),
      '/en/guides/filing-or-licence': inlineScriptHashes('<script>b()</script>'),
      '/_not-found': [],
    });
    expect(manifest.secret.length).toBeGreaterThanOrEqual(40);
  });

  it('is read back only for the build it was made for', () => {
    const dist = fakeBuild();
    expect(readCspManifest(dist)).toBeNull();
    fs.writeFileSync(path.join(dist, MANIFEST_FILE), JSON.stringify(buildCspManifest(dist)));
    expect(readCspManifest(dist)?.pages['/en']).toHaveLength(1);
    fs.writeFileSync(path.join(dist, 'BUILD_ID'), 'build-2');
    expect(readCspManifest(dist)).toBeNull();
  });
});
