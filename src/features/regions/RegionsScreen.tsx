/** The region picker: works offline from the precached index; a choice applies at once. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { GLOBAL_REGION, parseRegionCode } from '../../core/region-code';
import { searchRegions } from '../../core/region-names';
import type { RegionIndexEntry } from '../../core/content-types';
import { loadRegionIndex } from '../../content';
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

/** The place picker's screen: back, a heading, then the searchable list. */
export function RegionsScreen() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
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
      <RegionPicker />
    </section>
  );
}

/**
 * Every region with a search field (name in the person's language, English
 * name, the place's own name, or a code like "UK" or "GBR"); the global pack last.
 */
export function RegionPicker() {
  const { region: active, language } = useAppState();
  const [query, setQuery] = useState('');
  // The index with names is not in the entry bundle (it grows with every region);
  // it is precached, so this resolves offline, usually before the next frame.
  const [regionIndex, setRegionIndex] = useState<readonly RegionIndexEntry[] | null>(null);
  useEffect(() => {
    let current = true;
    void loadRegionIndex().then((index) => current && setRegionIndex(index));
    return () => {
      current = false;
    };
  }, []);
  const matches = regionIndex ? searchRegions(regionIndex, query, language) : [];
  const hasGlobal = regionIndex?.some((entry) => entry.code === GLOBAL_REGION) ?? false;
  return (
    <div class="region-picker">
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
      {regionIndex === null ? (
        <p>{t('loading')}</p>
      ) : (
        matches.length === 0 && <p role="status">{t('regions:noMatch')}</p>
      )}
    </div>
  );
}
