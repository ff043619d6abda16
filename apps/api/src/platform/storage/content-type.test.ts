import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { cleanFileName, detectContentType, zipEntryNames } from './content-type.js';

/** A minimal ZIP of stored (uncompressed) entries: local headers, central directory, end record. */
export function zipOf(entries: { name: string; content: string }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const data = Buffer.from(entry.content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

describe('content type from the bytes, not the name', () => {
  test('PDF, PNG and JPEG by their signatures, whatever the file is called', () => {
    expect(detectContentType(Buffer.from('%PDF-1.7\n...'), 'notulen.exe')?.mediaType).toBe('application/pdf');
    expect(
      detectContentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'foto.pdf')?.mediaType,
    ).toBe('image/png');
    expect(detectContentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0]), 'foto')?.mediaType).toBe('image/jpeg');
  });

  test('a real workbook written by exceljs is xlsx', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Peserta').addRow(['nama', 'asal']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(detectContentType(content, 'daftar-hadir.bin')).toEqual({
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      extension: 'xlsx',
    });
  });

  test('docx and pptx by their parts; a plain ZIP or a JAR is refused', () => {
    const docx = zipOf([
      { name: '[Content_Types].xml', content: '<Types/>' },
      { name: 'word/document.xml', content: '<w:document/>' },
    ]);
    expect(zipEntryNames(docx)).toEqual(['[Content_Types].xml', 'word/document.xml']);
    expect(detectContentType(docx, 'pedoman.docx')?.extension).toBe('docx');
    const pptx = zipOf([
      { name: '[Content_Types].xml', content: '<Types/>' },
      { name: 'ppt/presentation.xml', content: '<p/>' },
    ]);
    expect(detectContentType(pptx, 'paparan.pptx')?.extension).toBe('pptx');
    expect(detectContentType(zipOf([{ name: 'a.txt', content: 'x' }]), 'arsip.zip')).toBeNull();
    expect(detectContentType(zipOf([{ name: 'META-INF/MANIFEST.MF', content: 'x' }]), 'app.docx')).toBeNull();
  });

  test('OpenDocument by its mimetype entry; an unknown one is refused', () => {
    const odt = zipOf([
      { name: 'mimetype', content: 'application/vnd.oasis.opendocument.text' },
      { name: 'content.xml', content: '<office/>' },
    ]);
    expect(detectContentType(odt, 'draf.odt')).toEqual({
      mediaType: 'application/vnd.oasis.opendocument.text',
      extension: 'odt',
    });
    const other = zipOf([{ name: 'mimetype', content: 'application/x-evil' }]);
    expect(detectContentType(other, 'x.odt')).toBeNull();
  });

  test('legacy Office files need a matching extension', () => {
    expect(detectContentType(ole, 'laporan.doc')?.mediaType).toBe('application/msword');
    expect(detectContentType(ole, 'anggaran.XLS')?.mediaType).toBe('application/vnd.ms-excel');
    expect(detectContentType(ole, 'installer.msi')).toBeNull();
  });

  test('UTF-8 text and CSV pass; binary, HTML, SVG and scripts do not', () => {
    expect(detectContentType(Buffer.from('Notulen rapat koordinasi teknis\n'), 'notulen.txt')?.mediaType).toBe(
      'text/plain',
    );
    expect(detectContentType(Buffer.from('nama,asal\nA,Balai\n'), 'hadir.csv')?.mediaType).toBe('text/csv');
    expect(detectContentType(Buffer.from([0x4d, 0x5a, 0x90, 0, 3]), 'notulen.pdf')).toBeNull();
    expect(detectContentType(Buffer.from('<html><script>alert(1)</script>'), 'notulen.txt')).toBeNull();
    expect(detectContentType(Buffer.from('  <svg onload="x()"/>'), 'logo.txt')).toBeNull();
    expect(detectContentType(Buffer.from('#!/bin/sh\nrm -rf /'), 'run.txt')).toBeNull();
    expect(detectContentType(Buffer.from([0xc3, 0x28]), 'latin.txt')).toBeNull();
    expect(detectContentType(Buffer.alloc(0), 'empty.pdf')).toBeNull();
  });

  test('stored names lose paths and odd characters, and carry the detected extension', () => {
    const pdf = { mediaType: 'application/pdf', extension: 'pdf' };
    expect(cleanFileName('..\\..\\Windows\\notulen rakor.exe', pdf)).toBe('notulen rakor.pdf');
    expect(cleanFileName('/etc/passwd', pdf)).toBe('passwd.pdf');
    expect(cleanFileName('la"por\nan;.pdf', pdf)).toBe('la_por_an_.pdf');
    expect(cleanFileName('', pdf)).toBe('dokumen.pdf');
  });
});
