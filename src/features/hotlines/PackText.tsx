/**
 * A pack's free text in the language it is written in: marked with `lang`
 * (and `dir`), and, when it is English the person did not choose, followed by
 * a short label in their own language that says so.
 */
import type { ComponentChildren } from 'preact';
import { findLanguage } from '../../core/languages';
import type { ShownText } from '../../core/pack-text';
import { t } from '../../app/i18n';

/** Renders `shown` for a person reading `language`. */
export function PackText({ shown, language }: { shown: ShownText; language: string }) {
  const inEnglishOnly = shown.lang !== language && shown.lang === 'en';
  return (
    <>
      <span lang={shown.lang} dir={findLanguage(shown.lang)?.dir ?? 'ltr'}>
        {shown.text}
      </span>
      {inEnglishOnly && (
        <>
          {' '}
          <span class="in-english" data-in-english="">
            {t('hotlines:inEnglish')}
          </span>
        </>
      )}
    </>
  );
}

// A sentinel no translation contains: the sentence is split around it to place a node inside.
const SLOT = '\uE000';

/**
 * The sentence `key` says, with `part` (marked-up text) where its `{{name}}`
 * placeholder is, so a word order that differs by language is kept.
 */
export function Sentence(props: { tKey: string; name: string; part: ComponentChildren }) {
  const [before = '', after = ''] = t(props.tKey, { [props.name]: SLOT }).split(SLOT);
  return (
    <>
      {before}
      {props.part}
      {after}
    </>
  );
}
