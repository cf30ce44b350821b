import { describe, expect, it } from 'vitest';
import { acceptsEncoding, chooseEncoding } from './content-encoding.ts';

const both = { br: true, gzip: true };

describe('which form of a file is sent', () => {
  it('Brotli when the browser takes it, else gzip, else the file as it is', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', both)).toBe('br');
    expect(chooseEncoding('gzip, deflate', both)).toBe('gzip');
    expect(chooseEncoding(undefined, both)).toBe('identity');
    expect(chooseEncoding('', both)).toBe('identity');
    expect(chooseEncoding('deflate', both)).toBe('identity');
  });

  it('only forms the file has (images have none)', () => {
    expect(chooseEncoding('br, gzip', { br: false, gzip: true })).toBe('gzip');
    expect(chooseEncoding('br, gzip', { br: false, gzip: false })).toBe('identity');
  });

  it('reads weights: q=0 refuses an encoding, any other weight takes it', () => {
    expect(chooseEncoding('br;q=0, gzip', both)).toBe('gzip');
    expect(chooseEncoding('br; q=0.0, gzip;q=0', both)).toBe('identity');
    expect(chooseEncoding('BR;Q=0.5', both)).toBe('br');
    expect(acceptsEncoding('gzip;q=1.0', 'gzip')).toBe(true);
  });

  it('matches names whole, never inside another', () => {
    expect(acceptsEncoding('xbr, gzipper', 'br')).toBe(false);
    expect(acceptsEncoding('xbr, gzipper', 'gzip')).toBe(false);
  });
});
