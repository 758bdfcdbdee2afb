import { describe, expect, expectTypeOf, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_PAYLOAD_BYTES,
  parseQrPayload,
  type QrContext,
  type QrPayload,
  type QrRejection,
} from '../../src/core/qr-payload';
import type { RegionCode } from '../../src/core/region-code';

const known = new Set(['gb', 'us', 'us-tx', 'zz']);
const context: QrContext = {
  origin: 'https://example.org',
  isKnownRegion: (code) => known.has(code),
  extraOrigins: [],
};

function reasonOf(payload: unknown, ctx: QrContext = context): QrRejection | 'ok' {
  const result = parseQrPayload(payload, ctx);
  return result.ok ? 'ok' : result.reason;
}

describe('parseQrPayload accepts our own codes', () => {
  it('reads a poster link on our origin', () => {
    expect(parseQrPayload('https://example.org/?r=gb', context)).toEqual({
      ok: true,
      region: 'gb',
      language: null,
      audience: null,
      form: 'link',
    });
    expect(parseQrPayload('https://example.org?r=US-TX', context)).toMatchObject({
      ok: true,
      region: 'us-tx',
    });
    expect(parseQrPayload('https://EXAMPLE.org:443/?r=us', context)).toMatchObject({
      ok: true,
      region: 'us',
    });
  });

  it('reads who a poster is for: exactly for=child or for=adult after r=', () => {
    expect(parseQrPayload('https://example.org/?r=gb&for=child', context)).toMatchObject({
      ok: true,
      region: 'gb',
      audience: 'child',
    });
    expect(parseQrPayload('https://example.org/?r=gb&for=adult&lang=es', context)).toMatchObject({
      ok: true,
      audience: 'adult',
      language: 'es',
    });
  });

  it('reads typed codes people write: UK, GBR and spaces inside', () => {
    for (const typed of ['UK', 'GBR', 'g b', ' gbr ']) {
      expect(parseQrPayload(typed, context), typed).toMatchObject({ ok: true, region: 'gb' });
    }
  });

  it('allows a trailing lang parameter and returns it', () => {
    expect(parseQrPayload('https://example.org/?r=us&lang=es', context)).toMatchObject({
      ok: true,
      region: 'us',
      language: 'es',
    });
  });

  it('reads the typed short code, any case, spaces around forgiven', () => {
    expect(parseQrPayload('GB', context)).toEqual({
      ok: true,
      region: 'gb',
      language: null,
      audience: null,
      form: 'code',
    });
    expect(parseQrPayload('  us-TX ', context)).toMatchObject({ ok: true, region: 'us-tx' });
  });

  it('accepts the extra origins a deployment lists, and only those', () => {
    const withExtra = { ...context, extraOrigins: ['https://old.example.net'] };
    expect(reasonOf('https://old.example.net/?r=gb', withExtra)).toBe('ok');
    expect(reasonOf('https://old.example.net/?r=gb')).toBe('foreign-origin');
    expect(reasonOf('https://example.org/?r=gb', { ...context, extraOrigins: ['not a url'] })).toBe(
      'ok',
    );
  });

  it('asks isKnownRegion only with a clean region code', () => {
    const asked: string[] = [];
    parseQrPayload('https://example.org/?r=GB', {
      ...context,
      isKnownRegion: (code) => (asked.push(code), true),
    });
    parseQrPayload('<b>', { ...context, isKnownRegion: (code) => (asked.push(code), true) });
    expect(asked).toEqual(['gb']);
  });
});

describe('parseQrPayload refuses everything else, with a reason', () => {
  const cases: Array<[string, QrRejection]> = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['https://evil.example/?r=us', 'foreign-origin'],
    ['http://example.org/?r=gb', 'foreign-origin'],
    ['https://example.org:8443/?r=gb', 'foreign-origin'],
    ['https://help.example.org/?r=gb', 'foreign-origin'],
    ['https://example.org.evil.com/?r=gb', 'lookalike-host'],
    ['https://example.org-secure.com/?r=gb', 'lookalike-host'],
    ['https://example.org@evil.com/?r=gb', 'lookalike-host'],
    ['https://user:pass@example.org/?r=gb', 'lookalike-host'],
    ['https://xn--exmple-cua.org/?r=gb', 'lookalike-host'],
    ['https://exаmple.org/?r=gb', 'lookalike-host'],
    ['https://examp1e.org/?r=gb', 'lookalike-host'],
    ['https://exarnple.org/?r=gb', 'lookalike-host'],
    ['https://exmple.org/?r=gb', 'lookalike-host'],
    ['https://exmaple.org/?r=gb', 'lookalike-host'],
    ['https://example.org./?r=gb', 'lookalike-host'],
    ['https://exa%6dple.org/?r=gb', 'lookalike-host'],
    ['javascript:alert(1)', 'script-url'],
    ['JavaScript:alert(document.cookie)//https://example.org/?r=gb', 'script-url'],
    [' javascript:alert(1)', 'script-url'],
    ['data:text/html,<script>alert(1)</script>', 'script-url'],
    ['blob:https://example.org/0f6a3c1e-2b1d-4c5e-9f00-000000000000', 'script-url'],
    ['vbscript:msgbox(1)', 'script-url'],
    ['mailto:someone@example.org', 'not-a-link'],
    ['tel:+18883737888', 'not-a-link'],
    ['WIFI:S:cafe;T:WPA;P:secret;;', 'not-a-link'],
    ['example.org/?r=gb', 'not-a-link'],
    ['//example.org/?r=gb', 'not-a-link'],
    ['<img src=x onerror=alert(1)>', 'not-a-link'],
    ['https:example.org/?r=gb', 'malformed'],
    ['https:/example.org/?r=gb', 'malformed'],
    ['https:///?r=gb', 'malformed'],
    ['https://example.org/../?r=gb', 'path'],
    ['https://example.org//?r=gb', 'path'],
    ['https://example.org/%2F?r=gb', 'path'],
    ['https://example.org/%2e%2e/?r=gb', 'path'],
    ['https://example.org/index.html?r=gb', 'path'],
    ['https://example.org/a/?r=gb', 'path'],
    ['https://example.org\\@evil.com/?r=gb', 'path'],
    ['https://example.org/', 'no-region'],
    ['https://example.org', 'no-region'],
    ['https://example.org/?', 'no-region'],
    ['https://example.org/?lang=en', 'no-region'],
    ['https://example.org/?r=gb#x', 'malformed'],
    ['https://example.org/?r=gb&r=us', 'malformed'],
    ['https://example.org/?lang=en&r=gb', 'no-region'],
    ['https://example.org/?r=gb&lang=en&x=1', 'malformed'],
    ['https://example.org/?r=gb&lang=<b>', 'malformed'],
    ['https://example.org/?r=%67%62', 'malformed'],
    ['https://example.org/?r=gbr', 'malformed'],
    ['https://example.org/?r=', 'malformed'],
    ['https://example.org/?r=xx', 'unknown-region'],
    ['xx', 'unknown-region'],
    ['fr', 'unknown-region'],
    ['gbx', 'malformed'],
    ['g b x', 'malformed'],
    ['\u212Ae', 'not-a-link'],
    ['https://example.org/?r=\u212Ae', 'malformed'],
    ['https://example.org/?r=%E2%84%AAe', 'malformed'],
    ['https://example.org/?r=gb&for=teen', 'malformed'],
    ['https://example.org/?r=gb&for=Child', 'malformed'],
    ['https://example.org/?r=gb&for=child&for=adult', 'malformed'],
    ['https://example.org/?r=gb&lang=en&for=child', 'malformed'],
    ['https://example.org/?for=child&r=gb', 'no-region'],
    [`https://example.org/?r=gb&lang=${'a'.repeat(600)}`, 'too-long'],
    ['é'.repeat(257), 'too-long'],
    ['gb\u0000', 'control-chars'],
    ['gb\n', 'control-chars'],
    ['java\tscript:alert(1)', 'control-chars'],
    ['https://example.org/?r=gb\u0085', 'control-chars'],
    ['ＧＢ', 'odd-unicode'],
    ['g\u200bb', 'odd-unicode'],
    ['\u202egb', 'odd-unicode'],
    ['https://example.org/?r=\u2066gb\u2069', 'odd-unicode'],
    ['gb\ufeff', 'odd-unicode'],
    ['g\u0301b', 'odd-unicode'],
    ['gb\u00a0', 'odd-unicode'],
    ['https://example.org\uff0eevil.com/?r=gb', 'odd-unicode'],
    ['https://example.org\u3002evil.com/?r=gb', 'lookalike-host'],
  ];

  it.each(cases)('%j → %s', (payload, reason) => {
    expect(reasonOf(payload)).toBe(reason);
  });

  it('refuses what is not text at all', () => {
    for (const value of [null, undefined, 42, {}, ['gb'], new URL('https://example.org/?r=gb')]) {
      expect(reasonOf(value)).toBe('malformed');
    }
  });

  it('counts the size limit in UTF-8 bytes', () => {
    const base = 'https://example.org/?r=gb&lang=en';
    expect(reasonOf(base.padEnd(MAX_PAYLOAD_BYTES, ' '))).toBe('ok');
    expect(reasonOf(base.padEnd(MAX_PAYLOAD_BYTES + 1, ' '))).toBe('too-long');
  });

  it('never throws when isKnownRegion does', () => {
    const throwing = {
      ...context,
      isKnownRegion: () => {
        throw new Error('boom');
      },
    };
    expect(reasonOf('gb', throwing)).toBe('malformed');
  });
});

describe('parseQrPayload properties', () => {
  const pieces = [
    'https://',
    'http://',
    'HTTPS://',
    'javascript:',
    'data:',
    'example.org',
    'evil.com',
    'example.org.evil.com',
    'xn--e1a',
    '@',
    ':',
    '443',
    '/',
    '//',
    '\\',
    '..',
    '%2f',
    '%',
    '?',
    '#',
    '&',
    '=',
    'r=',
    'r',
    'lang=es',
    'gb',
    'GB',
    'us',
    'us-tx',
    'xx',
    'fr',
    '-',
    '.',
    ' ',
    '\u202e',
    '\u200b',
    'ｇｂ',
    'а',
    '\u0000',
  ];
  const structured = fc
    .array(fc.constantFrom(...pieces), { maxLength: 12 })
    .map((parts) => parts.join(''));
  // Links assembled from good and bad parts, so near-misses of a real poster link are common.
  const linkLike = fc
    .tuple(
      fc.constantFrom('https://', 'http://', 'HTTPS://', 'https:', 'https:///', ' https://'),
      fc.constantFrom('', 'user@', 'example.org@', 'a:b@'),
      fc.constantFrom(
        'example.org',
        'EXAMPLE.ORG',
        'example.org.',
        'evil.com',
        'example.org.evil.com',
        'exаmple.org',
        'xn--e1a.org',
        'sub.example.org',
      ),
      fc.constantFrom('', ':443', ':8443', ':'),
      fc.constantFrom('', '/', '//', '/..', '/%2f', '/index.html', '\\'),
      fc.constantFrom('?r=', '?R=', '?', '?x=1&r=', '#?r='),
      fc.constantFrom('gb', 'GB', 'us-tx', 'xx', 'gbr', '%67b', ''),
      fc.constantFrom('', '&lang=es', '&lang=', '&r=us', '#', ' '),
    )
    .map((parts) => parts.join(''));
  const anyInput = fc.oneof(
    linkLike,
    structured,
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.anything(),
  );

  it('never throws, and anything accepted is exactly a known region', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = parseQrPayload(input, context);
        if (!result.ok) return true;
        return known.has(result.region) && /^[a-z]{2}(-[a-z0-9]{1,3})?$/.test(result.region);
      }),
      { numRuns: 5000 },
    );
  });

  it('accepts a link only when it is on our origin', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = parseQrPayload(input, context);
        if (!result.ok || result.form !== 'link' || typeof input !== 'string') return true;
        return new URL(input.trim()).origin === context.origin;
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses every web URL on another host', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true }), fc.constantFrom(...known), (url, r) => {
        const link = `${new URL(url).origin}/?r=${r}`;
        fc.pre(new URL(link).origin !== context.origin);
        return !parseQrPayload(link, context).ok;
      }),
    );
  });

  it('accepts every known region from a poster and typed, in any case', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...known),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        (region, upper) => {
          const cased = [...region]
            .map((char, index) => (upper[index] ? char.toUpperCase() : char))
            .join('');
          const link = parseQrPayload(`https://example.org/?r=${cased}`, context);
          const typed = parseQrPayload(cased, context);
          return link.ok && link.region === region && typed.ok && typed.region === region;
        },
      ),
    );
  });

  it('has a result type that narrows on ok', () => {
    const result = parseQrPayload('gb', context);
    expectTypeOf(result).toEqualTypeOf<QrPayload>();
    if (result.ok) expectTypeOf(result.region).toEqualTypeOf<RegionCode>();
    else expectTypeOf(result.reason).toEqualTypeOf<QrRejection>();
  });
});

describe('parseQrPayload carries a venue poster’s signed pack, unchecked', () => {
  const token = `${'a'.repeat(40)}.${'B-_9'.repeat(100)}.${'c'.repeat(86)}`;

  it('accepts v= last, after r= (and for=, lang=), and hands the token on', () => {
    expect(parseQrPayload(`https://example.org/?r=gb&v=${token}`, context)).toEqual({
      ok: true,
      region: 'gb',
      language: null,
      audience: null,
      form: 'link',
      venue: token,
    });
    // The order the poster tool writes: who the poster is for, then the signed pack.
    expect(parseQrPayload(`https://example.org/?r=gb&for=child&v=${token}`, context)).toEqual({
      ok: true,
      region: 'gb',
      language: null,
      audience: 'child',
      form: 'link',
      venue: token,
    });
    expect(parseQrPayload(`https://example.org/?r=gb&lang=es&v=${token}`, context)).toMatchObject({
      ok: true,
      region: 'gb',
      language: 'es',
      venue: token,
    });
  });

  it('refuses a token of the wrong shape, in the wrong place or over 2 kB', () => {
    for (const bad of [
      'abc',
      'a.b',
      'a.b.c.d',
      'a.b.',
      'a.b.c%3D',
      'a.b.c=',
      'a.b.<script>',
      `a.${'b'.repeat(2048)}.c`,
    ]) {
      expect(reasonOf(`https://example.org/?r=gb&v=${bad}`)).not.toBe('ok');
    }
    expect(reasonOf(`https://example.org/?v=${token}&r=gb`)).not.toBe('ok');
    expect(reasonOf(`https://example.org/?r=gb&v=${token}&lang=es`)).not.toBe('ok');
    expect(reasonOf(`https://example.org/?r=gb&v=${token}&v=${token}`)).not.toBe('ok');
    expect(reasonOf(`https://example.org/?v=${token}`)).toBe('no-region');
    expect(reasonOf(`https://evil.example/?r=gb&v=${token}`)).toBe('foreign-origin');
  });

  it('keeps the short limit for links without a venue pack', () => {
    expect(reasonOf(`https://example.org/?r=gb&lang=${'a'.repeat(600)}`)).toBe('too-long');
  });

  it('never returns a venue token outside the token alphabet', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (tail) => {
        const result = parseQrPayload(`https://example.org/?r=gb&v=${tail}`, context);
        if (result.ok && result.venue !== undefined) {
          expect(result.venue).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
        }
      }),
    );
  });
});

describe('parseQrPayload reads a lang= with a script subtag', () => {
  it.each([
    ['zh-Hant', 'zh-Hant'],
    ['zh-hant', 'zh-Hant'],
    ['ZH-HANT', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hans-CN', 'zh'],
    ['zh-CN', 'zh'],
    ['ES', 'es'],
  ])('lang=%s is read as %s', (tag, code) => {
    expect(parseQrPayload(`https://example.org/?r=gb&lang=${tag}`, context)).toMatchObject({
      ok: true,
      region: 'gb',
      language: code,
    });
  });

  it('still refuses a lang= that is no tag at all', () => {
    for (const tag of ['zh-', 'zh--Hant', 'zh-Hant-TW-x-y', 'zh-Ha_nt', '中文', 'zh-Hant%00']) {
      expect(reasonOf(`https://example.org/?r=gb&lang=${tag}`), tag).not.toBe('ok');
    }
  });

  it('gives a canonical code or a refusal for any lang= text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (tag) => {
        const result = parseQrPayload(`https://example.org/?r=gb&lang=${tag}`, context);
        if (result.ok && result.language !== null) {
          expect(result.language).toMatch(/^[a-z]{2,3}(?:-Hant)?$/);
        }
      }),
    );
  });
});
