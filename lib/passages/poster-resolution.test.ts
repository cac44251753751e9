import { describe, expect, it } from 'vitest';
import type { PosterResolution } from '@/lib/posters/resolve';
import { cachedPosterResolver } from './poster-resolution';

const valid: PosterResolution = {
  ok: true, version: 1,
  checkpoint: { id: 'c1', number: 7, name: 'Chốt 7', kind: 'fixed', districtCode: '524', communeCode: null, status: 'active' },
};

/** A resolver that answers only when told to, counting the lookups it was asked for. */
function gated(answer: PosterResolution) {
  const pending: (() => void)[] = [];
  let lookups = 0;
  const resolve = (_token: string) => {
    lookups++;
    return new Promise<PosterResolution>((done) => pending.push(() => done(answer)));
  };
  return { resolve, release: () => pending.splice(0).forEach((f) => f()), lookups: () => lookups };
}

describe('cachedPosterResolver', () => {
  it('a batch resolving one token concurrently makes one lookup', async () => {
    const source = gated(valid);
    const cached = cachedPosterResolver(source.resolve);
    const answers = Array.from({ length: 100 }, () => cached('tok'));
    source.release();
    expect(await Promise.all(answers)).toEqual(Array(100).fill(valid));
    expect(source.lookups()).toBe(1);
    expect(await cached('tok')).toEqual(valid);
    expect(source.lookups()).toBe(1);
  });

  it('a refusal is shared while in flight but not remembered', async () => {
    const source = gated({ ok: false, reason: 'revoked' });
    const cached = cachedPosterResolver(source.resolve);
    const answers = [cached('tok'), cached('tok')];
    source.release();
    expect(await Promise.all(answers)).toEqual([{ ok: false, reason: 'revoked' }, { ok: false, reason: 'revoked' }]);
    expect(source.lookups()).toBe(1);
    const again = cached('tok');
    source.release();
    await again;
    expect(source.lookups()).toBe(2);
  });

  it('a failed lookup is not remembered', async () => {
    let calls = 0;
    const cached = cachedPosterResolver(async () => {
      calls++;
      if (calls === 1) throw new Error('database down');
      return valid;
    });
    await expect(cached('tok')).rejects.toThrow('database down');
    expect(await cached('tok')).toEqual(valid);
    expect(calls).toBe(2);
  });
});
