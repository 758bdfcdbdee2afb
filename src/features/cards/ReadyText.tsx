/**
 * The exact text a message link pre-fills, big and selectable,
 * with a copy button: some phones open the message empty, and the person
 * should never have to compose words in a language they may not speak.
 */
import { useEffect, useState } from 'preact/hooks';
import { copyText, overwriteClipboard } from './clipboard';
import { onExit } from '../exit/quick-exit';
import { t } from '../../app/i18n';
import type { FirstText } from './first-text';
import './cards.css';

// Only a copy puts anything there, and a copy needs this module: the exit hears from it here.
onExit(overwriteClipboard);

/** Renders `body` (keyword and first message) with its meaning and a copy button. */
export function ReadyText({ body, firstText }: { body: string; firstText: FirstText }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => setCopied(false), [body]);
  const canCopy = typeof navigator !== 'undefined' && navigator.clipboard !== undefined;
  return (
    <div class="ready-text" data-ready-text="">
      <p class="meta">{t('cards:typeThis')}</p>
      <p class="ready-text-body" lang={firstText.lang} dir={firstText.dir} data-sms-body="">
        {body}
      </p>
      {firstText.meaning && (
        <p class="meta">
          {t('cards:meaning')}{' '}
          <span lang={firstText.meaning.lang} dir={firstText.meaning.dir}>
            {firstText.meaning.text}
          </span>
        </p>
      )}
      {canCopy && (
        <button
          type="button"
          class="secondary"
          data-action="copy-text"
          onClick={() => void copyText(body).then(setCopied)}
        >
          <span aria-live="polite">{copied ? t('cards:copied') : t('cards:copy')}</span>
        </button>
      )}
    </div>
  );
}
