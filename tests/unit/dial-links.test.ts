import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dialString,
  formatPhoneNumber,
  smsBody,
  smsHref,
  telHref,
} from '../../src/core/dial-links';

describe('telHref', () => {
  it('dials E.164 numbers with their plus and short codes as they are', () => {
    expect(telHref({ phone: '+18883737888' })).toBe('tel:+18883737888');
    expect(telHref({ phone: '116111' })).toBe('tel:116111');
    expect(telHref({ phone: '1098' })).toBe('tel:1098');
  });

  it('keeps nothing but digits and a leading plus, whatever a pack holds', () => {
    expect(telHref({ phone: '+1 (888) 373-7888' })).toBe('tel:+18883737888');
    expect(telHref({ phone: '999"><script>' })).toBe('tel:999');
    expect(telHref({ phone: '12+34' })).toBe('tel:1234');
  });

  it('never lets anything else into the link', () => {
    fc.assert(fc.property(fc.string(), (phone) => /^tel:\+?\d*$/.test(telHref({ phone }))));
  });
});

describe('smsHref', () => {
  it('texts the number, with the keyword as the body when there is one', () => {
    expect(smsHref({ number: '233733', keyword: 'BeFree' })).toBe('sms:233733?body=BeFree');
    expect(smsHref({ number: '+18004224453' })).toBe('sms:+18004224453');
    expect(smsHref({ number: '116000', keyword: undefined })).toBe('sms:116000');
  });

  it('encodes keywords so they stay the body', () => {
    expect(smsHref({ number: '85258', keyword: 'HELP ME&x=1' })).toBe(
      'sms:85258?body=HELP%20ME%26x%3D1',
    );
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (number, keyword) => {
        const href = smsHref({ number, keyword });
        const [, body] = href.split('?body=');
        return /^sms:\+?\d*\?body=/.test(href) && decodeURIComponent(body ?? '') === keyword;
      }),
    );
  });
});

describe('smsHref with a first message', () => {
  it('puts the keyword first, then the message, as one encoded body', () => {
    expect(
      smsHref({ number: '233733', keyword: 'BeFree' }, 'Hello. I need to talk. I can only text.'),
    ).toBe('sms:233733?body=BeFree%20Hello.%20I%20need%20to%20talk.%20I%20can%20only%20text.');
    expect(smsHref({ number: '+18004224453' }, 'Hi & bye?')).toBe(
      'sms:+18004224453?body=Hi%20%26%20bye%3F',
    );
    expect(smsHref({ number: '988' }, '')).toBe('sms:988');
  });

  it('encodes Arabic as UTF-8 percent escapes and decodes back to the same words', () => {
    expect(smsHref({ number: '50101' }, 'مرحبا')).toBe(
      'sms:50101?body=%D9%85%D8%B1%D8%AD%D8%A8%D8%A7',
    );
    const message = 'مرحبًا. أحتاج إلى التحدث. لا أستطيع إلا الكتابة.';
    const href = smsHref({ number: '+448001111', keyword: 'HELP' }, message);
    expect(href.startsWith('sms:+448001111?body=')).toBe(true);
    expect(href).not.toMatch(/[\s\u0600-\u06ff]/);
    expect(decodeURIComponent(href.split('?body=')[1] ?? '')).toBe(`HELP ${message}`);
  });

  it('round-trips any keyword and message, and never lets a body escape the link', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\+?[0-9]{3,15}$/),
        fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
        fc.string({ unit: 'grapheme' }),
        (number, keyword, message) => {
          const sms = { number, keyword };
          const href = smsHref(sms, message);
          const [head, body, ...rest] = href.split('?body=');
          const expected = smsBody(sms, message);
          return (
            head === `sms:${number}` &&
            rest.length === 0 &&
            (expected === '' ? body === undefined : decodeURIComponent(body ?? '') === expected) &&
            !/[\s?#&=]/.test(body ?? '')
          );
        },
      ),
    );
  });
});

describe('formatPhoneNumber', () => {
  it.each([
    ['+18883737888', '+1 888 373 7888'],
    ['+448000121700', '+44 800 012 1700'],
    ['+448001111', '+44 800 1111'],
    ['+3531800666111', '+353 1800 666 111'],
    ['+611800551800', '+61 1800 551 800'],
    ['+5561996110100', '+55 61 99611 0100'],
    ['+27800073728', '+27 800 073 728'],
    ['+498001110550', '+49 800 111 0550'],
    ['+34900202010', '+34 900 202 010'],
    ['116111', '116 111'],
    ['116000', '116 000'],
    ['1098', '1098'],
    ['233733', '233733'],
    ['911', '911'],
  ])('%s → %s', (phone, shown) => {
    expect(formatPhoneNumber(phone)).toBe(shown);
  });

  it('only adds spaces: the digits are the dialled ones', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+?[0-9]{0,16}$/), (phone) => {
        const shown = formatPhoneNumber(phone);
        return shown.replace(/ /g, '') === dialString(phone) && !/ {2}|^ | $/.test(shown);
      }),
    );
  });
});
