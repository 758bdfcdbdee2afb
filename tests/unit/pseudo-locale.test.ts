import { describe, expect, it } from 'vitest';
import { pseudoBundle, pseudoText } from '../../src/core/pseudo-locale';

describe('pseudo-locale', () => {
  it('accents, lengthens by 40% and keeps placeholders', () => {
    const out = pseudoText('Call {{number}} now');
    expect(out).toContain('{{number}}');
    expect(out).toContain('Çáll');
    expect(out.length).toBeGreaterThanOrEqual(Math.ceil('Call {{number}} now'.length * 1.4));
  });

  it('walks nested bundles', () => {
    expect(pseudoBundle({ a: { b: 'Exit' } })).toEqual({ a: { b: pseudoText('Exit') } });
  });
});
