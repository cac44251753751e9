const MB = 1024 * 1024;

// What the library accepts, identified by content. The size limits must stay below
// `serverActions.bodySizeLimit` and `proxyClientMaxBodySize` in next.config.js.
export const FILE_TYPES = {
  pdf: { label: 'PDF', mime: 'application/pdf', extensions: ['pdf'], maxBytes: 20 * MB },
  docx: { label: 'Word (DOCX)', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'], maxBytes: 20 * MB },
  xlsx: { label: 'Excel (XLSX)', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], maxBytes: 20 * MB },
  png: { label: 'PNG', mime: 'image/png', extensions: ['png'], maxBytes: 10 * MB },
  jpg: { label: 'JPG', mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], maxBytes: 10 * MB },
  // Short clips only: uploads travel through a server action, whose body limit (21 MB) guards
  // every action of the portal. Longer videos stay links (YouTube, the national portal).
  mp4: { label: 'MP4 (video)', mime: 'video/mp4', extensions: ['mp4'], maxBytes: 20 * MB },
} as const;

export type FileType = keyof typeof FILE_TYPES;
export const MAX_UPLOAD_BYTES = Math.max(...Object.values(FILE_TYPES).map((t) => t.maxBytes));
export const ACCEPT_ATTRIBUTE = Object.values(FILE_TYPES).flatMap((t) => [...t.extensions.map((e) => `.${e}`), t.mime]).join(',');

export function typeOfExtension(extension: string): FileType | null {
  const ext = extension.toLowerCase();
  return (Object.keys(FILE_TYPES) as FileType[]).find((t) => (FILE_TYPES[t].extensions as readonly string[]).includes(ext)) ?? null;
}

export function typeOfMime(mime: string | null | undefined): FileType | null {
  return (Object.keys(FILE_TYPES) as FileType[]).find((t) => FILE_TYPES[t].mime === mime) ?? null;
}
