/**
 * Made-up region packs for the scale benchmark: real country codes and valid
 * example numbers (so the content build accepts them), shaped after a real
 * pack so they stay the size a real one is.
 */
import { getCountries, getExampleNumber, type CountryCode } from 'libphonenumber-js';
import examples from 'libphonenumber-js/mobile/examples';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `count` packs cloned from `template`, for countries not in `taken` (lower-case codes). */
export function syntheticPacks(
  template: unknown,
  taken: ReadonlySet<string>,
  count: number,
): Json[] {
  if (!isObject(template)) throw new Error('the template is not a region pack object');
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const countries = getCountries().filter((country) => !taken.has(country.toLowerCase()));
  if (countries.length < count) {
    throw new Error(`only ${countries.length} countries left for ${count} synthetic regions`);
  }
  return countries.slice(0, count).map((country: CountryCode) => {
    const code = country.toLowerCase();
    const number = getExampleNumber(country, examples)?.number;
    if (!number) throw new Error(`no example number for ${country}`);
    const hotlines = Array.isArray(template.hotlines) ? template.hotlines : [];
    return {
      ...structuredClone(template),
      code,
      name: names.of(country) ?? country,
      country,
      hotlines: hotlines.filter(isObject).map((hotline, index) => ({
        ...structuredClone(hotline),
        id: `${code}-line-${index + 1}`,
        phone: number,
        ...(hotline.sms ? { sms: { number } } : {}),
      })),
    };
  });
}
