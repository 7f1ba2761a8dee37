import { describe, expect, it } from 'vitest';
import { isSha256Hex, newId } from './ids';

describe('isSha256Hex', () => {
  it('accepts 64 lowercase hex digits only', () => {
    expect(isSha256Hex('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')).toBe(true);
    expect(isSha256Hex('BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD')).toBe(false);
    expect(isSha256Hex('ba7816bf')).toBe(false);
  });
});

describe('newId', () => {
  it('prefixes a random part that differs between calls', () => {
    const a = newId('region');
    expect(a).toMatch(/^region-[0-9a-f]{24}$/);
    expect(newId('region')).not.toBe(a);
  });
});
