import { describe, expect, it } from 'vitest';
import { scanSurfaceTexts } from '../../src/core/revealing-words';

// Every surface a phone may show before unlock, read as text at test time:
// the HTML entries at the root, the manifests, the cover's words in every language.
const surfaces = import.meta.glob<string>(
  ['/*.html', '/public/*.webmanifest', '/src/locales/*/disguise.json'],
  { query: '?raw', import: 'default', eager: true },
);

describe('neutral surfaces', () => {
  it('reads every HTML entry, every manifest and the cover words', () => {
    expect(Object.keys(surfaces)).toEqual(
      expect.arrayContaining([
        '/index.html',
        '/calculator.html',
        '/notes.html',
        '/converter.html',
        '/public/manifest.webmanifest',
        '/public/calculator.webmanifest',
        '/public/notes.webmanifest',
        '/public/converter.webmanifest',
        '/src/locales/en/disguise.json',
      ]),
    );
    // Real contents, not paths or empty modules.
    expect(surfaces['/calculator.html']).toContain('<title>Calculator</title>');
  });

  it('finds no revealing word in any of them', () => {
    expect(scanSurfaceTexts(surfaces)).toEqual([]);
  });

  it('fails when a revealing word is planted in a title, a manifest or a cover', () => {
    const copy = { ...surfaces };
    const plant = (name: string, from: string, to: string) => {
      const text = copy[name] ?? '';
      expect(text).toContain(from);
      copy[name] = text.replace(from, to);
    };
    plant('/calculator.html', '<title>Calculator</title>', '<title>Help</title>');
    plant('/public/notes.webmanifest', '"short_name": "Notes"', '"short_name": "Notes SOS"');
    plant('/src/locales/en/disguise.json', '"Converter"', '"Convertidor de rescate"');

    const findings = scanSurfaceTexts(copy).map((finding) => `${finding.surface}: ${finding.word}`);
    expect(findings).toEqual([
      '/calculator.html: help',
      '/public/notes.webmanifest: sos',
      '/src/locales/en/disguise.json: rescat',
    ]);
  });
});
