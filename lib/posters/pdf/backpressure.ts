import type { Readable } from 'node:stream';

/**
 * Resolves once the stream's reader has taken most of what was pushed: generation then runs at
 * the pace of the download instead of buffering a whole batch in memory.
 */
export function readerCaughtUp(stream: Readable): Promise<void> {
  const caughtUp = () => stream.readableLength < stream.readableHighWaterMark || stream.destroyed;
  if (caughtUp()) return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => {
    const check = () => {
      if (!caughtUp()) return;
      stream.off('data', check);
      stream.off('close', check);
      resolve();
    };
    stream.on('data', check);
    stream.on('close', check);
  });
}
