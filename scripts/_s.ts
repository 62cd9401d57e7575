import { readFileSync } from 'node:fs';
import { readPackedServerHalf, readServerHalf } from '../tests/bundle/load-bundle';
const code = readFileSync('dist/Code.js', 'utf8');
const packed = readPackedServerHalf(code);
const decl = code.slice(0, code.indexOf('"use strict";var AddonLib'));
console.log(
  'total',
  Buffer.byteLength(code),
  'declarations',
  Buffer.byteLength(decl),
  'plain bundle',
  Buffer.byteLength(code) - Buffer.byteLength(decl) - packed.length,
  'packed',
  packed.length,
  'server half raw',
  Buffer.byteLength(readServerHalf(code)),
);
