/** The region's hotlines: the first thing a person sees. */
import { useEffect, useState } from 'preact/hooks';
import type { RegionPack } from '../../core/content-types';
import { loadRegionPack } from '../../content';
import { SetupPanel } from '../install/SetupPanel';
import { t } from '../language/i18n';

/** Lists the active region's hotlines as one-tap links. */
export function HotlinesScreen({ region }: { region: string }) {
  const [pack, setPack] = useState<RegionPack | null>(null);
  useEffect(() => {
    let current = true;
    loadRegionPack(region).then(
      (loaded) => current && setPack(loaded),
      () => current && setPack(null),
    );
    return () => {
      current = false;
    };
  }, [region]);

  if (!pack) return <p>{t('loading')}</p>;
  return (
    <section aria-labelledby="hotlines-title">
      <h1 id="hotlines-title">{t('hotlines:title', { region: pack.name })}</h1>
      {pack.hotlines.length === 0 && <p>{t('hotlines:emptyRegion')}</p>}
      <ul class="cards">
        {pack.hotlines.map((hotline) => (
          <li class="card" key={hotline.id} data-hotline={hotline.id}>
            <h2>{hotline.name}</h2>
            <a class="button" href={`tel:${hotline.phone}`}>
              {t('hotlines:call', { number: hotline.phone })}
            </a>
            <p class="meta">{t('hotlines:checked', { date: hotline.verified })}</p>
          </li>
        ))}
      </ul>
      <SetupPanel />
    </section>
  );
}
