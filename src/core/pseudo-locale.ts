/**
 * A pseudo-locale for development: every English string accented and made
 * 40% longer, so truncation and hard-coded text show up before a real
 * translation does. Placeholders ({{name}}) are kept intact.
 */

const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  y: 'ý',
  A: 'Å',
  E: 'É',
  I: 'Î',
  O: 'Ø',
  U: 'Û',
  C: 'Ç',
  N: 'Ñ',
  Y: 'Ý',
};

/** Accents and lengthens one string, leaving {{placeholders}} as they are. */
export function pseudoText(text: string): string {
  const parts = text.split(/(\{\{[^}]*\}\})/);
  const accented = parts
    .map((part) =>
      part.startsWith('{{') ? part : [...part].map((ch) => ACCENTED[ch] ?? ch).join(''),
    )
    .join('');
  const padding = '~'.repeat(Math.ceil(text.length * 0.4));
  return `[${accented}${padding}]`;
}

type Tree = { [key: string]: string | Tree };

/** Applies `pseudoText` to every string of a resource tree. */
export function pseudoBundle(bundle: Tree): Tree {
  return Object.fromEntries(
    Object.entries(bundle).map(([key, value]) => [
      key,
      typeof value === 'string' ? pseudoText(value) : pseudoBundle(value),
    ]),
  );
}
