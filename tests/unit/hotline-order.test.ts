import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audienceOfSearch, parseAudience } from '../../src/core/audience';
import {
  AUDIENCE_PURPOSES,
  emergencyLine,
  hasOnlyEmergency,
  isHelpline,
  orderHotlines,
  type OrderableLine,
} from '../../src/core/hotline-order';
import { HOTLINE_OPERATORS, HOTLINE_PURPOSES } from '../../src/core/content-schema';

const arbitraryLines = fc
  .array(
    fc.record({
      purpose: fc.constantFrom(...HOTLINE_PURPOSES),
      run_by: fc.constantFrom(...HOTLINE_OPERATORS),
    }),
    { maxLength: 12 },
  )
  .map((lines) => lines.map((line, index) => ({ ...line, id: index })));
const audiences = fc.constantFrom(null, 'child' as const, 'adult' as const);

describe('orderHotlines', () => {
  it('never drops, adds or repeats a line', () => {
    fc.assert(
      fc.property(arbitraryLines, audiences, (lines, audience) => {
        const ordered = orderHotlines(lines, audience);
        expect([...ordered].sort((a, b) => a.id - b.id)).toEqual(lines);
      }),
    );
  });

  it("keeps the pack's order when the poster names no audience", () => {
    fc.assert(
      fc.property(arbitraryLines, (lines) => {
        expect(orderHotlines(lines, null)).toEqual(lines);
      }),
    );
  });

  it('for a child, every child line comes before every other line, in pack order', () => {
    fc.assert(
      fc.property(arbitraryLines, (lines) => {
        const ordered = orderHotlines(lines, 'child');
        const firstOther = ordered.findIndex((line) => line.purpose !== 'child');
        const lastChild = ordered.map((line) => line.purpose).lastIndexOf('child');
        expect(firstOther === -1 || lastChild < firstOther).toBe(true);
        const childIds = ordered.filter((line) => line.purpose === 'child').map((line) => line.id);
        expect(childIds).toEqual([...childIds].sort((a, b) => a - b));
      }),
    );
  });

  it('for an adult, the first helpline is independent whenever the region has one', () => {
    fc.assert(
      fc.property(arbitraryLines, (lines) => {
        const ordered = orderHotlines(lines, 'adult');
        const hasIndependent = lines.some(
          (line) => isHelpline(line) && line.run_by === 'independent',
        );
        const first = ordered.find(isHelpline);
        expect(!hasIndependent || first?.run_by === 'independent').toBe(true);
      }),
    );
  });

  it('for an adult, trafficking, violence and migrant lines lead (after the independent one)', () => {
    fc.assert(
      fc.property(arbitraryLines, (lines) => {
        const ordered = orderHotlines(lines, 'adult');
        const helplines = ordered.filter(isHelpline);
        // The line moved to the front for being independent is the one allowed exception.
        const rest = helplines[0]?.run_by === 'independent' ? ordered.slice(1) : ordered;
        const wanted = (line: OrderableLine) => AUDIENCE_PURPOSES.adult.includes(line.purpose);
        const firstOther = rest.findIndex((line) => !wanted(line));
        expect(firstOther === -1 || rest.slice(firstOther).every((line) => !wanted(line))).toBe(
          true,
        );
      }),
    );
  });

  it('puts the UK trafficking line first for adults and Childline first for children', () => {
    const gb = [
      { id: 'msh', purpose: 'trafficking', run_by: 'independent' },
      { id: 'childline', purpose: 'child', run_by: 'independent' },
      { id: 'police', purpose: 'emergency', run_by: 'authority' },
    ] as const;
    expect(orderHotlines(gb, 'child')[0]?.id).toBe('childline');
    expect(orderHotlines(gb, 'adult')[0]?.id).toBe('msh');
  });

  it('moves an independent line ahead of an authority one for adults', () => {
    const ae = [
      { id: 'moi', purpose: 'trafficking', run_by: 'authority' },
      { id: 'shelter', purpose: 'violence', run_by: 'independent' },
      { id: 'mohre', purpose: 'migrant', run_by: 'authority' },
    ] as const;
    expect(orderHotlines(ae, 'adult').map((line) => line.id)).toEqual(['shelter', 'moi', 'mohre']);
  });
});

describe('emergency and emergency-only packs', () => {
  it('finds the emergency line and says when a pack has nothing else', () => {
    const only = [{ purpose: 'emergency', run_by: 'authority' }] as const;
    expect(emergencyLine(only)).toBe(only[0]);
    expect(hasOnlyEmergency(only)).toBe(true);
    expect(hasOnlyEmergency([...only, { purpose: 'child', run_by: 'independent' }])).toBe(false);
    expect(hasOnlyEmergency([])).toBe(false);
  });
});

describe('audience', () => {
  it('accepts exactly child and adult', () => {
    expect(parseAudience('child')).toBe('child');
    expect(parseAudience('adult')).toBe('adult');
    for (const value of ['Child', 'ADULT', ' child', 'teen', '', null, 1]) {
      expect(parseAudience(value)).toBeNull();
    }
  });

  it('reads for= only right after r=', () => {
    expect(audienceOfSearch('?r=gb&for=child')).toBe('child');
    expect(audienceOfSearch('?r=gb&for=adult&lang=es')).toBe('adult');
    expect(audienceOfSearch('?for=child&r=gb')).toBeNull();
    expect(audienceOfSearch('?r=gb&lang=es&for=child')).toBeNull();
    expect(audienceOfSearch('?r=gb&for=child%20')).toBeNull();
    expect(audienceOfSearch('')).toBeNull();
  });
});
