/**
 * Entry path. The unit converter cover: length, weight, temperature. The code
 * typed as the value, then the swap button, unlocks.
 */
import { useState } from 'preact/hooks';
import { formatNumber } from '../../core/calculator';
import { convert, defaultUnits, unitsOf, type Quantity } from '../../core/units';
import { t } from '../../app/i18n';
import type { CoverProps } from './Cover';

const quantities: readonly Quantity[] = ['length', 'weight', 'temperature'];

function UnitSelect(props: {
  label: string;
  quantity: Quantity;
  value: string;
  onChange: (unit: string) => void;
}) {
  return (
    <label class="converter-field">
      <span>{props.label}</span>
      <select value={props.value} onChange={(event) => props.onChange(event.currentTarget.value)}>
        {unitsOf(props.quantity).map((unit) => (
          <option key={unit} value={unit}>
            {t(`disguise:converter.unit.${unit}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A working converter; the unlock code as the value, then swap, reveals the app. */
export function ConverterCover({ isCode, onUnlock }: CoverProps) {
  const [quantity, setQuantity] = useState<Quantity>('length');
  const [units, setUnits] = useState(defaultUnits('length'));
  const [value, setValue] = useState('1');

  const number = Number(value.replace(',', '.'));
  const result = value.trim() === '' ? NaN : convert(quantity, number, units.from, units.to);

  const swap = () => {
    // Swaps as any converter would; if the value was the code, the app opens once checked.
    void isCode(value.trim()).then((matches) => matches && onUnlock());
    setUnits({ from: units.to, to: units.from });
  };

  return (
    <div class="cover cover-converter" data-cover="converter">
      <h1>{t('disguise:converter.title')}</h1>
      <div class="converter-tabs" role="group" aria-label={t('disguise:converter.quantity')}>
        {quantities.map((name) => (
          <button
            type="button"
            key={name}
            class={name === quantity ? '' : 'secondary'}
            aria-pressed={name === quantity}
            onClick={() => {
              setQuantity(name);
              setUnits(defaultUnits(name));
            }}
          >
            {t(`disguise:converter.${name}`)}
          </button>
        ))}
      </div>
      <label class="converter-field">
        <span>{t('disguise:converter.value')}</span>
        <input
          type="text"
          inputMode="decimal"
          autocomplete="off"
          value={value}
          onInput={(event) => setValue(event.currentTarget.value)}
        />
      </label>
      <div class="converter-units">
        <UnitSelect
          label={t('disguise:converter.from')}
          quantity={quantity}
          value={units.from}
          onChange={(from) => setUnits({ ...units, from })}
        />
        <button
          type="button"
          class="secondary converter-swap"
          aria-label={t('disguise:converter.swap')}
          data-action="swap"
          onClick={swap}
        >
          ⇄
        </button>
        <UnitSelect
          label={t('disguise:converter.to')}
          quantity={quantity}
          value={units.to}
          onChange={(to) => setUnits({ ...units, to })}
        />
      </div>
      <p class="converter-result">
        <span>{t('disguise:converter.result')}</span>{' '}
        <output aria-live="polite">{Number.isFinite(result) ? formatNumber(result) : '–'}</output>
      </p>
    </div>
  );
}
