import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFreshReference } from '../../scripts/function-reference';

const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');

describe('README', () => {
  it('has the function reference the registry generates (run `npm run docs` after changing a function)', () => {
    expect(readme).toBe(withFreshReference(readme));
  });
  it('shows the two commands', () => {
    expect(readme).toContain('npm start');
    expect(readme).toContain('npm test');
    expect(readme).toContain('npm run deploy');
  });
  it('lists every OAuth scope the manifest asks for, and no other', () => {
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../appsscript.json'), 'utf8')) as {
      oauthScopes: string[];
    };
    const start = readme.indexOf('### OAuth scopes');
    const section = readme.slice(start, readme.indexOf('\n## ', start));
    const listed = [...section.matchAll(/^\| `(https:\/\/www\.googleapis\.com\/auth\/[^`]+)` \|/gm)].map(
      (match) => match[1],
    );
    expect(listed).toEqual(manifest.oauthScopes);
    // No advanced service: editor add-ons' currentonly scope does not reach them (docs/emulator.md).
    expect(manifest).not.toHaveProperty('dependencies');
  });
});
