/**
 * Entry path. The calculator cover's arithmetic (the exit renders the cover
 * synchronously, so it can't be lazy): a pure reducer over key presses, with
 * the usual precedence (× and ÷ before + and −, so 2 + 3 × 4 = 14) and no eval.
 */

/** The four operators, as their universal signs (not words, so nothing to translate). */
export type Operator = '+' | '−' | '×' | '÷';

/** Every key on the pad. */
export type CalcKey =
  | '0'
  | '1'
  | '2'
  | '3'
  | '4'
  | '5'
  | '6'
  | '7'
  | '8'
  | '9'
  | '.'
  | Operator
  | '='
  | 'clear'
  | 'back'
  | 'negate'
  | 'percent';

/** The calculator between presses. */
export interface CalcState {
  /** Numbers and operators entered before the current entry, alternating. */
  terms: ReadonlyArray<number | Operator>;
  /** The number being typed, as typed ("0.50"), or the last result. */
  entry: string;
  /** The entry is a result: a digit starts a new calculation. */
  evaluated: boolean;
  /** The last calculation had no answer (division by zero, overflow). */
  error: boolean;
}

/** A cleared calculator. */
export const initialCalcState: Readonly<CalcState> = {
  terms: [],
  entry: '',
  evaluated: false,
  error: false,
};

/** Digits a person can type into one number, like a pocket calculator. */
const MAX_DIGITS = 15;

const operators: readonly string[] = ['+', '−', '×', '÷'];

/** True for the four operator keys. */
export function isOperator(key: string): key is Operator {
  return operators.includes(key);
}

/** Applies one key press. */
export function pressKey(state: CalcState, key: CalcKey): CalcState {
  if (key === 'clear') return { ...initialCalcState };
  if (state.error) return pressKey({ ...initialCalcState }, key);
  if (isOperator(key)) return pressOperator(state, key);
  switch (key) {
    case '=':
      return evaluateAll(state);
    case 'back':
      return pressBack(state);
    case 'negate':
      return transformEntry(state, (value) => -value);
    case 'percent':
      return transformEntry(state, (value) => value / 100);
    case '.':
      return pressDigit(state, '.');
    default:
      return pressDigit(state, key);
  }
}

function pressDigit(state: CalcState, digit: string): CalcState {
  const entry = state.evaluated ? '' : state.entry;
  const base = state.evaluated ? { ...state, terms: [], evaluated: false } : state;
  if (digit === '.') {
    if (entry.includes('.')) return base;
    return { ...base, entry: `${entry === '' ? '0' : entry}.` };
  }
  if (entry.replace(/[^0-9]/g, '').length >= MAX_DIGITS) return base;
  if (entry === '0') return { ...base, entry: digit };
  return { ...base, entry: entry + digit };
}

function pressOperator(state: CalcState, operator: Operator): CalcState {
  if (state.entry === '') {
    const last = state.terms.length - 1;
    // Changing your mind about the operator replaces it.
    if (last >= 0 && isOperator(String(state.terms[last]))) {
      return { ...state, terms: [...state.terms.slice(0, last), operator] };
    }
    return { ...state, terms: [0, operator], entry: '', evaluated: false };
  }
  return {
    ...state,
    terms: [...state.terms, parseEntry(state.entry), operator],
    entry: '',
    evaluated: false,
  };
}

function pressBack(state: CalcState): CalcState {
  if (state.evaluated) return { ...state, evaluated: false, entry: '' };
  if (state.entry !== '') {
    const entry = state.entry.slice(0, -1);
    // A lone minus sign is not a number: deleting "-6" down to it clears the entry.
    return { ...state, entry: entry === '-' ? '' : entry };
  }
  if (state.terms.length === 0) return state;
  // Deleting an operator brings back the number before it, to edit.
  const previous = state.terms[state.terms.length - 2];
  return {
    ...state,
    terms: state.terms.slice(0, -2),
    entry: typeof previous === 'number' ? formatNumber(previous) : '',
  };
}

function transformEntry(state: CalcState, change: (value: number) => number): CalcState {
  if (state.entry === '') return state;
  return settle({ ...state, evaluated: false }, change(parseEntry(state.entry)));
}

function evaluateAll(state: CalcState): CalcState {
  const terms =
    state.entry === '' ? state.terms.slice(0, -1) : [...state.terms, parseEntry(state.entry)];
  if (terms.length === 0) return state;
  return { ...settle(state, evaluate(terms)), terms: [], evaluated: true };
}

function settle(state: CalcState, value: number): CalcState {
  if (!Number.isFinite(value)) return { ...initialCalcState, error: true };
  return { ...state, entry: formatNumber(value) };
}

/**
 * Evaluates alternating numbers and operators with × and ÷ first.
 * Returns NaN or ±Infinity when there is no answer.
 */
export function evaluate(terms: ReadonlyArray<number | Operator>): number {
  const sums: number[] = [];
  const signs: Array<'+' | '−'> = [];
  let product = Number(terms[0]);
  for (let index = 1; index < terms.length; index += 2) {
    const operator = terms[index];
    const value = Number(terms[index + 1]);
    if (operator === '×') product *= value;
    else if (operator === '÷') product /= value;
    else {
      sums.push(product);
      signs.push(operator === '−' ? '−' : '+');
      product = value;
    }
  }
  sums.push(product);
  return sums.reduce((total, value, index) =>
    signs[index - 1] === '−' ? total - value : total + value,
  );
}

/** Shows a number the way a calculator does: 12 significant digits, no float noise (0.1 + 0.2 = 0.3). */
export function formatNumber(value: number): string {
  if (Object.is(value, -0) || value === 0) return '0';
  return String(Number(value.toPrecision(12)));
}

function parseEntry(entry: string): number {
  const value = Number(entry.endsWith('.') ? entry.slice(0, -1) : entry);
  return Number.isFinite(value) ? value : 0;
}

/** The two lines of the display: what was entered so far, and the current number. */
export function displayOf(state: CalcState): { expression: string; value: string } {
  const expression = state.terms
    .map((term) => (typeof term === 'number' ? formatNumber(term) : term))
    .join(' ');
  const value = state.entry === '' ? (state.terms.length ? '' : '0') : state.entry;
  return { expression, value };
}

/**
 * True when pressing `=` now is the unlock: the person has typed exactly the
 * code as a fresh number, nothing else (a result that happens to match doesn't count).
 */
export function isUnlockPress(state: CalcState, code: string): boolean {
  return (
    code !== '' &&
    !state.error &&
    !state.evaluated &&
    state.terms.length === 0 &&
    state.entry === code
  );
}
