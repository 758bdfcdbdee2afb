import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAlwaysOpen } from '../../src/core/hotline-facts';
import { formatOpeningHours, parseOpeningHours } from '../../src/core/opening-hours';

const words = { daily: 'every day', officeHours: 'office hours' };
const say = (hours: string, language = 'en') => {
  const parts = parseOpeningHours(hours);
  return parts === null ? null : formatOpeningHours(parts, language, words);
};

describe('parseOpeningHours', () => {
  it('reads days, spans of days, lists of days and several times', () => {
    expect(parseOpeningHours('Mon–Fri 08:00–16:00')).toEqual([
      { days: { kind: 'span', from: 0, to: 4 }, times: [{ from: 480, to: 960 }] },
    ]);
    expect(parseOpeningHours('Tue and Thu 16:00-20:00')).toEqual([
      { days: { kind: 'list', days: [1, 3] }, times: [{ from: 960, to: 1200 }] },
    ]);
    expect(parseOpeningHours('Weekdays 09:00–11:00 and 12:00–14:00')).toEqual([
      {
        days: { kind: 'span', from: 0, to: 4 },
        times: [
          { from: 540, to: 660 },
          { from: 720, to: 840 },
        ],
      },
    ]);
    expect(parseOpeningHours('9am-11pm every day')).toEqual([
      { days: { kind: 'daily' }, times: [{ from: 540, to: 1380 }] },
    ]);
    expect(parseOpeningHours('office hours')).toEqual([
      { days: { kind: 'unsaid' }, times: 'office' },
    ]);
  });

  it('keeps the parts of a week that differ', () => {
    expect(parseOpeningHours('Mon–Sat 14:00–20:00; Mon, Wed and Thu also 10:00–12:00')).toEqual([
      { days: { kind: 'span', from: 0, to: 5 }, times: [{ from: 840, to: 1200 }] },
      { days: { kind: 'list', days: [0, 2, 3] }, times: [{ from: 600, to: 720 }] },
    ]);
  });

  it('gives null for text it cannot read, rather than guessing', () => {
    for (const hours of [
      'Varies by country',
      '09:00-18:00 Moscow time',
      'Mon',
      '25:00–26:00',
      '',
    ]) {
      expect(parseOpeningHours(hours)).toBeNull();
    }
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parts = parseOpeningHours(text);
        expect(parts === null || Array.isArray(parts)).toBe(true);
      }),
    );
  });

  it('reads the hours of every shipped pack but a few, which the card marks as English', () => {
    const dir = join(import.meta.dirname, '..', '..', 'content', 'regions');
    const unread = readdirSync(dir)
      .flatMap(
        (file) =>
          (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { hotlines: { hours?: string }[] })
            .hotlines,
      )
      .map((line) => line.hours)
      .filter((hours): hours is string => hours !== undefined && !isAlwaysOpen(hours))
      .filter((hours) => parseOpeningHours(hours) === null);
    expect(unread).toEqual(['Varies by country', '09:00-18:00 Moscow time']);
  });
});

describe('formatOpeningHours', () => {
  it('names days and times with Intl in the person’s language, and the rest in the words given', () => {
    expect(say('Mon–Fri 08:00–16:00', 'ru')).toBe('пн–пт 8:00–16:00');
    expect(say('Daily 12:00–20:00', 'ru')).toBe('every day 12:00–20:00');
    expect(say('Mon–Fri 08:00–16:00', 'en')).toBe('Mon–Fri 8:00 AM–4:00 PM');
    expect(say('Tue and Thu 16:00-20:00', 'en')).toBe('Tue and Thu 4:00 PM–8:00 PM');
    expect(say('Office hours on weekdays', 'en')).toBe('Mon–Fri office hours');
  });
});
