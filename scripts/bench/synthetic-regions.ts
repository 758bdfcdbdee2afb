/**
 * Made-up region packs for the scale benchmark: real country codes (or made-up
 * subdivisions of them) and valid,
 * distinct example numbers (so the content build accepts them), shaped after
 * a real pack so they weigh what a real one does.
 */
import { getCountries, getExampleNumber, type CountryCode } from 'libphonenumber-js';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `count` different valid E.164 numbers of `country`, varied from its example number. */
function validNumbers(country: CountryCode, count: number): string[] {
  const example = getExampleNumber(country, examples)?.number;
  if (!example) throw new Error(`no example number for ${country}`);
  const numbers = new Set<string>();
  for (let ending = 0; ending < 100 && numbers.size < count; ending += 1) {
    const candidate = `${example.slice(0, -2)}${String(ending).padStart(2, '0')}`;
    if (isValidPhoneNumber(candidate)) numbers.add(candidate);
  }
  if (numbers.size < count) throw new Error(`only ${numbers.size} valid numbers for ${country}`);
  return [...numbers];
}

/** `count` packs cloned from `template`, for countries not in `taken` (lower-case codes). */
export function syntheticPacks(
  template: unknown,
  taken: ReadonlySet<string>,
  count: number,
): Json[] {
  if (!isObject(template)) throw new Error('the template is not a region pack object');
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const hotlines = Array.isArray(template.hotlines) ? template.hotlines.filter(isObject) : [];
  // Countries without a pack first; once those run out (171 packs leave too few), made-up
  // subdivisions of every country ("fr-z01"): the code pattern allows them, and a pack
  // weighs the same whatever its code.
  const free = getCountries().filter((country) => !taken.has(country.toLowerCase()));
  const subdivisions = getCountries().flatMap((country) =>
    [1, 2].map((index) => ({ country, code: `${country.toLowerCase()}-z0${index}` })),
  );
  const candidates = [
    ...free.map((country) => ({ country, code: country.toLowerCase() })),
    ...subdivisions.filter(({ code }) => !taken.has(code)),
  ];
  const packs: Json[] = [];
  for (const { country, code } of candidates) {
    if (packs.length === count) break;
    let numbers: string[];
    try {
      numbers = validNumbers(country, hotlines.length);
    } catch {
      // A few territories have too few valid endings near their example; skip them.
      continue;
    }
    packs.push({
      ...structuredClone(template),
      code,
      name: `${names.of(country) ?? country}${code.includes('-') ? ` ${code.slice(3)}` : ''}`,
      country,
      hotlines: hotlines.map((hotline, index) => ({
        ...structuredClone(hotline),
        id: `${code}-line-${index + 1}`,
        phone: numbers[index],
        ...(hotline.sms ? { sms: { number: numbers[index] } } : {}),
      })),
    });
  }
  if (packs.length < count) {
    throw new Error(`only ${packs.length} codes left for ${count} synthetic regions`);
  }
  return packs;
}
