import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getSite } from './site';

describe('the About us section of site.yaml', () => {
  it('is read from the operator file, with the reviewer named in both languages', () => {
    const about = getSite().about!;
    expect(about.services.length).toBeGreaterThan(0);
    expect(about.consultation.length).toBeGreaterThan(0);
    expect(about.reviewer?.name.en).toBeTruthy();
    expect(about.reviewer?.qualification.zh).toBeTruthy();
  });

  it('names the field when it is malformed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-site-'));
    const good = fs.readFileSync(path.join(import.meta.dirname, '__fixtures__/good/site.yaml'), 'utf8');
    fs.writeFileSync(path.join(dir, 'site.yaml'), `${good}\nabout:\n  summary: { en: Who we are }\n  services: []\n  consultation: []\n`);
    expect(() => getSite(dir)).toThrow(/about/);
  });
});
