// Runs in the browser: counts posters in a batch download as its bytes arrive, so the page can
// show "12/340". A PDF page object starts with "/Type /Page\n" (the page tree is "/Pages"); a
// ZIP entry starts with the local file header signature "PK\x03\x04". Both are written as each
// poster is finished, and neither occurs inside the compressed streams in practice.
const MARKERS = {
  pdf: new TextEncoder().encode('/Type /Page\n'),
  zip: new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
};

export function posterCounter(format: 'pdf' | 'zip'): (chunk: Uint8Array) => number {
  const marker = MARKERS[format];
  let tail = new Uint8Array(0);
  let count = 0;
  return (chunk) => {
    // Keep the last bytes so a marker split across two chunks is still seen once.
    const data = new Uint8Array(tail.length + chunk.length);
    data.set(tail);
    data.set(chunk, tail.length);
    for (let i = 0; i + marker.length <= data.length; i++) {
      let match = true;
      for (let j = 0; j < marker.length && match; j++) match = data[i + j] === marker[j];
      if (match) count++;
    }
    tail = data.slice(Math.max(0, data.length - (marker.length - 1)));
    return count;
  };
}
