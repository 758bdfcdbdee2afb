/** The region picker: works offline from the bundled index; a choice applies at once. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { GLOBAL_REGION, parseRegionCode } from '../../core/region-code';
import { searchRegions } from '../../core/region-names';
import { regionIndex } from '../../content';
import { t } from '../../app/i18n';
import { update, useAppState } from '../../app/store';
import { saveSetting } from '../../app/settings';
import './regions.css';

function choose(code: string): void {
  const region = parseRegionCode(code);
  if (!region) return;
  void saveSetting('region', region);
  update({ screen: { name: 'hotlines' }, notice: null });
}

/** Lists every region with a search field; the global pack is always last. */
export function RegionsScreen() {
  const { region: active, language } = useAppState();
  const [query, setQuery] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const matches = searchRegions(regionIndex, query, language);
  const hasGlobal = regionIndex.some((entry) => entry.code === GLOBAL_REGION);
  return (
    <section class="regions" aria-labelledby="regions-title" data-screen="regions">
      <button
        type="button"
        class="secondary"
        data-action="back"
        onClick={() => update({ screen: { name: 'hotlines' } })}
      >
        {t('regions:back')}
      </button>
      <h1 id="regions-title" tabIndex={-1} ref={heading}>
        {t('regions:title')}
      </h1>
      <label class="region-search">
        <span>{t('regions:search')}</span>
        <input
          type="search"
          autoComplete="off"
          autoCapitalize="off"
          spellcheck={false}
          maxLength={80}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </label>
      <ul class="region-list" data-region-list="">
        {matches.map(({ region, label }) => (
          <li key={region.code}>
            <button
              type="button"
              class="region-option"
              data-region-option={region.code}
              aria-current={region.code === active ? 'true' : undefined}
              onClick={() => choose(region.code)}
            >
              <span>{label}</span>
              {region.code === active && <span class="meta">{t('regions:current')}</span>}
            </button>
          </li>
        ))}
        {hasGlobal && (
          <li key={GLOBAL_REGION}>
            <button
              type="button"
              class="region-option"
              data-region-option={GLOBAL_REGION}
              aria-current={active === GLOBAL_REGION ? 'true' : undefined}
              onClick={() => choose(GLOBAL_REGION)}
            >
              <span>{t('regions:elsewhere')}</span>
              <span class="meta">{t('regions:elsewhereHint')}</span>
            </button>
          </li>
        )}
      </ul>
      {matches.length === 0 && <p role="status">{t('regions:noMatch')}</p>}
    </section>
  );
}
