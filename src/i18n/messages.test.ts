import { describe, expect, it } from 'vitest';
import { READ_ERRORS } from '../import/readers/types';
import { messages } from './index';

function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('messages', () => {
  it('has every Chinese key in English and no English key without Chinese', () => {
    expect(keys(messages.en).sort()).toEqual(keys(messages['zh-CN']).sort());
  });

  it('has no empty message', () => {
    for (const locale of Object.values(messages)) {
      const flat = keys(locale);
      for (const path of flat) {
        const value = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], locale);
        expect(String(value).trim(), path).not.toBe('');
      }
    }
  });

  it('words every code a reader refuses a file with, in every locale', () => {
    for (const locale of Object.values(messages)) {
      const errors = (locale as { library: { errors: Record<string, string> } }).library.errors;
      for (const code of READ_ERRORS) expect(errors[code], code).toMatch(/\S/u);
    }
  });
});
