/**
 * What an uploaded file really is, from its bytes (the declared type and the extension are the uploader's claim,
 * not evidence). Only the formats meeting documents come in are accepted: PDF, images (PNG, JPEG), Office Open XML
 * (docx, xlsx, pptx), OpenDocument (odt, ods, odp), legacy Office (doc, xls, ppt, told apart by extension) and
 * plain UTF-8 text or CSV. Anything else (executables, HTML, SVG with scripts, archives) is refused.
 */
export type DetectedType = { mediaType: string; extension: string };

const OOXML: Record<string, DetectedType> = {
  'word/': {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
  'xl/': { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  'ppt/': {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extension: 'pptx',
  },
};

const OPENDOCUMENT: Record<string, string> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
};

const LEGACY_OFFICE: Record<string, string> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
};

function startsWith(content: Buffer, bytes: number[], offset = 0): boolean {
  return content.length >= offset + bytes.length && bytes.every((byte, index) => content[offset + index] === byte);
}

/** The names in a ZIP's central directory (read from the end-of-central-directory record), or null if not a ZIP. */
export function zipEntryNames(content: Buffer): string[] | null {
  if (!startsWith(content, [0x50, 0x4b, 0x03, 0x04])) return null;
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const from = Math.max(0, content.length - 22 - 65_535);
  let end = -1;
  for (let at = content.length - 22; at >= from; at--) {
    if (content.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const entries = content.readUInt16LE(end + 10);
  let at = content.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let index = 0; index < entries; index++) {
    if (at + 46 > content.length || content.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = content.readUInt16LE(at + 28);
    const extraLength = content.readUInt16LE(at + 30);
    const commentLength = content.readUInt16LE(at + 32);
    names.push(content.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function isUtf8Text(content: Buffer): boolean {
  if (content.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return false;
  }
  // Markup a browser would run is not "plain text", whatever its extension.
  const head = content.toString('utf8', 0, Math.min(content.length, 1024)).trimStart().toLowerCase();
  return !(head.startsWith('<') || head.startsWith('#!'));
}

function extensionOf(fileName: string): string {
  const match = /\.([a-z0-9]{1,8})$/i.exec(fileName);
  return match?.[1]?.toLowerCase() ?? '';
}

/** The detected type of an upload, or null when it is not one of the accepted formats. */
export function detectContentType(content: Buffer, fileName: string): DetectedType | null {
  if (content.length === 0) return null;
  if (startsWith(content, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { mediaType: 'application/pdf', extension: 'pdf' };
  if (startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mediaType: 'image/png', extension: 'png' };
  if (startsWith(content, [0xff, 0xd8, 0xff])) return { mediaType: 'image/jpeg', extension: 'jpg' };
  if (startsWith(content, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // An OLE compound file says nothing simple about what it holds: the extension decides among the three.
    const extension = extensionOf(fileName);
    const mediaType = LEGACY_OFFICE[extension];
    return mediaType ? { mediaType, extension } : null;
  }
  const names = zipEntryNames(content);
  if (names) {
    // OpenDocument: the first entry is `mimetype`, stored uncompressed, its content right after the 38-byte header.
    if (names[0] === 'mimetype') {
      const declared =
        content
          .toString('ascii', 38, 38 + 60)
          .split('PK')[0]
          ?.trim() ?? '';
      const extension = OPENDOCUMENT[declared];
      return extension ? { mediaType: declared, extension } : null;
    }
    if (!names.includes('[Content_Types].xml')) return null;
    for (const [prefix, type] of Object.entries(OOXML)) {
      if (names.some((name) => name.startsWith(prefix))) return type;
    }
    return null;
  }
  if (isUtf8Text(content)) {
    return extensionOf(fileName) === 'csv'
      ? { mediaType: 'text/csv', extension: 'csv' }
      : { mediaType: 'text/plain', extension: 'txt' };
  }
  return null;
}

/** A file name safe to store and to send back in Content-Disposition: no path, no control characters. */
export function cleanFileName(name: string, detected: DetectedType): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .replace(/[^\p{L}\p{N} ._()-]/gu, '_')
    .trim()
    .slice(0, 120);
  const stem = base.replace(/\.[^.]*$/, '') || 'dokumen';
  return `${stem}.${detected.extension}`;
}
