import { describe, expect, it } from 'vitest';
import {
  disguiseIds,
  disguiseInForce,
  disguisePage,
  installElsewhere,
  parseDisguise,
  wearsCover,
  type DisguiseId,
} from '../../src/core/disguises';

const entries: ReadonlyArray<DisguiseId | null> = [null, ...disguiseIds];

describe('disguises', () => {
  it('parses only the shipped disguises', () => {
    expect(parseDisguise('notes')).toBe('notes');
    expect(parseDisguise('none')).toBeNull();
    expect(parseDisguise('../../evil')).toBeNull();
    expect(disguisePage('converter')).toBe('/converter.html');
  });

  it('a chosen disguise is in force only with the person’s own code', () => {
    expect(disguiseInForce('calculator', true)).toBe('calculator');
    expect(disguiseInForce('calculator', false)).toBeNull();
    expect(disguiseInForce(null, true)).toBeNull();
  });

  it('once a disguise is in force, every entry wears a cover, the plain one too', () => {
    for (const entry of entries) {
      for (const chosen of disguiseIds) expect(wearsCover(entry, chosen)).toBe(true);
    }
  });

  it('with none in force, only a disguise’s own entry wears its cover', () => {
    for (const entry of entries) expect(wearsCover(entry, null)).toBe(entry !== null);
  });

  it('installs the chosen disguise from its own page, never the plain app in its place', () => {
    expect(installElsewhere(null, null)).toBeNull();
    expect(installElsewhere('notes', null)).toBeNull();
    expect(installElsewhere(null, 'calculator')).toBe('calculator');
    expect(installElsewhere('notes', 'calculator')).toBe('calculator');
    for (const id of disguiseIds) expect(installElsewhere(id, id)).toBeNull();
  });
});
