/** A picture for the decoding worker: it takes the bitmap (transferred) and closes it. */
export type DecodeRequest = { id: number; bitmap: ImageBitmap; maxSide: number; firstOnly: boolean };
/** The worker's answer (id 0, sent once on start, says it is ready): the QR's text, or null; `failed` when the picture could not be read at all. */
export type DecodeAnswer = { id: number; text: string | null; failed?: true };
