/** Entry path. The calculator cover: it calculates; the person's code then `=` unlocks. */
import { useState } from 'preact/hooks';
import {
  displayOf,
  initialCalcState,
  isUnlockPress,
  pressKey,
  type CalcKey,
} from '../../core/calculator';
import { t } from '../../app/i18n';
import type { CoverProps } from './Cover';

/** The pad, row by row; named keys carry a spoken label. */
const rows: ReadonlyArray<ReadonlyArray<{ key: CalcKey; sign: string; label?: string }>> = [
  [
    { key: 'clear', sign: 'C', label: 'clear' },
    { key: 'back', sign: '⌫', label: 'back' },
    { key: 'percent', sign: '%', label: 'percent' },
    { key: '÷', sign: '÷', label: 'divide' },
  ],
  [
    { key: '7', sign: '7' },
    { key: '8', sign: '8' },
    { key: '9', sign: '9' },
    { key: '×', sign: '×', label: 'times' },
  ],
  [
    { key: '4', sign: '4' },
    { key: '5', sign: '5' },
    { key: '6', sign: '6' },
    { key: '−', sign: '−', label: 'minus' },
  ],
  [
    { key: '1', sign: '1' },
    { key: '2', sign: '2' },
    { key: '3', sign: '3' },
    { key: '+', sign: '+', label: 'plus' },
  ],
  [
    { key: 'negate', sign: '±', label: 'negate' },
    { key: '0', sign: '0' },
    { key: '.', sign: '.', label: 'point' },
    { key: '=', sign: '=', label: 'equals' },
  ],
];

/** A working calculator; typing the unlock code as a number and pressing `=` reveals the app. */
export function CalculatorCover({ isCode, onUnlock }: CoverProps) {
  const [state, setState] = useState(initialCalcState);
  const { expression, value } = displayOf(state);

  const press = (key: CalcKey) => {
    // `=` works as on any calculator; if the number typed was the code, the app opens once checked.
    if (key === '=' && isUnlockPress(state, state.entry)) {
      void isCode(state.entry).then((matches) => matches && onUnlock());
    }
    setState(pressKey(state, key));
  };

  return (
    <div class="cover cover-calculator" data-cover="calculator">
      <h1 class="visually-hidden">{t('disguise:calculator.title')}</h1>
      <div class="calc-display" dir="ltr" aria-label={t('disguise:calculator.display')}>
        <div class="calc-expression">{expression}</div>
        <output class="calc-value" aria-live="polite">
          {state.error ? t('disguise:calculator.error') : value}
        </output>
      </div>
      <div class="calc-pad" dir="ltr" role="group" aria-label={t('disguise:calculator.keys')}>
        {rows.flat().map(({ key, sign, label }) => (
          <button
            type="button"
            key={key}
            class={`calc-key${key === '=' ? ' calc-equals' : ''}${/^[0-9.]$/.test(key) ? '' : ' calc-op'}`}
            data-key={key}
            aria-label={label ? t(`disguise:calculator.${label}`) : undefined}
            onClick={() => press(key)}
          >
            {sign}
          </button>
        ))}
      </div>
    </div>
  );
}
