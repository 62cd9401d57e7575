/** `npm run docs`: regenerates the README's function reference from the registry. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withFreshReference } from './function-reference';

const readmePath = join(import.meta.dirname, '..', 'README.md');
writeFileSync(readmePath, withFreshReference(readFileSync(readmePath, 'utf8')));
console.log('README.md: function reference regenerated');
