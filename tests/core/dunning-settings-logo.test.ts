import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { newLedger, type TestLedger } from './helpers';

/** A real 1 × 1 PNG, built here so the test does not depend on a binary fixture. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 0x1f, 0x4e, 0x8a]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const JPEG_START = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);

function storedLogo(ledger: TestLedger): unknown {
  return ledger.core.ledger.sqlite.prepare('SELECT logo_png, logo_mime, updated_at FROM company').get();
}

describe('letterhead logo', () => {
  it('stores a PNG, reads it back, and removes it', async () => {
    const ledger = await newLedger();
    const png = tinyPng();
    await ledger.call('letterhead.setLogo', { image: { mime: 'image/png', base64: png.toString('base64') } });
    expect(await ledger.call('letterhead.logo', {})).toEqual({ mime: 'image/png', base64: png.toString('base64') });
    const row = ledger.core.ledger.sqlite.prepare('SELECT logo_png, logo_mime FROM company').get() as {
      logo_png: Buffer;
      logo_mime: string;
    };
    expect(row.logo_mime).toBe('image/png');
    expect(Buffer.compare(row.logo_png, png)).toBe(0);

    const jpeg = Buffer.concat([JPEG_START, Buffer.alloc(64)]);
    await ledger.call('letterhead.setLogo', { image: { mime: 'image/jpeg', base64: jpeg.toString('base64') } });
    expect((await ledger.call('letterhead.logo', {}))?.mime).toBe('image/jpeg');

    await ledger.call('letterhead.setLogo', { image: null });
    expect(await ledger.call('letterhead.logo', {})).toBeNull();
    expect(storedLogo(ledger)).toMatchObject({ logo_png: null, logo_mime: null });
  });

  it('refuses a file whose bytes are not what its mime says, and keeps the current logo', async () => {
    const ledger = await newLedger();
    const png = tinyPng().toString('base64');
    await ledger.call('letterhead.setLogo', { image: { mime: 'image/png', base64: png } });
    const before = storedLogo(ledger);

    const text = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64');
    const fake = await ledger.fail('letterhead.setLogo', { image: { mime: 'image/png', base64: text } });
    expect(fake).toMatchObject({ code: 'validation', field: 'image.mime' });
    expect(fake.message).toContain('ni une image PNG ni une image JPEG');

    const jpegAsPng = Buffer.concat([JPEG_START, Buffer.alloc(32)]).toString('base64');
    const swapped = await ledger.fail('letterhead.setLogo', { image: { mime: 'image/png', base64: jpegAsPng } });
    expect(swapped).toMatchObject({ code: 'validation', field: 'image.mime' });
    expect(swapped.message).toContain('JPEG');

    const gif = await ledger.fail('letterhead.setLogo', {
      image: { mime: 'image/gif' as 'image/png', base64: png },
    });
    expect(gif).toMatchObject({ code: 'validation', field: 'image.mime' });
    expect(storedLogo(ledger)).toEqual(before);
  });

  it('refuses a logo over 2 MB, an empty one, and text that is not base64', async () => {
    const ledger = await newLedger();
    const before = storedLogo(ledger);
    const big = Buffer.concat([tinyPng(), Buffer.alloc(2 * 1024 * 1024)]).toString('base64');
    const tooBig = await ledger.fail('letterhead.setLogo', { image: { mime: 'image/png', base64: big } });
    expect(tooBig).toMatchObject({ code: 'validation', field: 'image.base64' });
    expect(tooBig.message).toContain('2\u00a0Mo');
    expect(await ledger.fail('letterhead.setLogo', { image: { mime: 'image/png', base64: '' } })).toMatchObject({
      field: 'image.base64',
    });
    const garbage = await ledger.fail('letterhead.setLogo', { image: { mime: 'image/png', base64: 'iVBOR*w0K!' } });
    expect(garbage).toMatchObject({ code: 'validation', field: 'image.base64' });
    expect(storedLogo(ledger)).toEqual(before);
  });
});
