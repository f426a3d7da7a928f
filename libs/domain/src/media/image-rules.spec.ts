import { describe, expect, it } from '@jest/globals';
import { canEditImages, canRemoveImage, detectImageType } from './image-rules.js';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

describe('detectImageType', () => {
  it('knows JPEG, PNG and WebP by their first bytes', () => {
    expect(detectImageType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0))).toBe('image/jpeg');
    expect(detectImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    expect(detectImageType(bytes(...ascii('RIFF'), 1, 2, 3, 4, ...ascii('WEBPVP8 ')))).toBe('image/webp');
  });

  it('refuses text, GIF, SVG, a RIFF that is no WebP and too few bytes', () => {
    expect(detectImageType(bytes(...ascii('hello, this is text')))).toBeNull();
    expect(detectImageType(bytes(...ascii('GIF89a')))).toBeNull();
    expect(detectImageType(bytes(...ascii('<svg xmlns="http://www.w3.org/2000/svg">')))).toBeNull();
    expect(detectImageType(bytes(...ascii('RIFF'), 1, 2, 3, 4, ...ascii('WAVE')))).toBeNull();
    expect(detectImageType(bytes(0xff, 0xd8))).toBeNull();
    expect(detectImageType(bytes())).toBeNull();
  });
});

describe('who may change images', () => {
  const draft = { authorId: 'a', status: 'draft' as const };
  const published = { authorId: 'a', status: 'published' as const };

  it('lets the author add images only while the initiative is editable', () => {
    expect(canEditImages(draft, 'a')).toBe(true);
    expect(canEditImages({ ...draft, status: 'changes_requested' }, 'a')).toBe(true);
    expect(canEditImages(published, 'a')).toBe(false);
    expect(canEditImages({ ...draft, status: 'submitted' }, 'a')).toBe(false);
    expect(canEditImages(draft, 'b')).toBe(false);
  });

  it('lets staff remove an image at any time, and nobody else', () => {
    expect(canRemoveImage(published, { userId: 'f', role: 'facilitator' })).toBe(true);
    expect(canRemoveImage(published, { userId: 'x', role: 'admin' })).toBe(true);
    expect(canRemoveImage(published, { userId: 'a', role: 'resident' })).toBe(false);
    expect(canRemoveImage(draft, { userId: 'a', role: 'resident' })).toBe(true);
    expect(canRemoveImage(draft, { userId: 'b', role: 'resident' })).toBe(false);
  });
});
