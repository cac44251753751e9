import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from './server-flags.mjs';

// package.json cannot import the list, so `npm start` spells the flags out: keep the two together.
describe('the production server is started with its Node flags', () => {
  it('npm start passes every flag of SERVER_NODE_FLAGS to node, before scripts/start.mjs', () => {
    const start: string = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts.start;
    expect(start).toBe(['node', ...SERVER_NODE_FLAGS, 'scripts/start.mjs'].join(' '));
  });
});
