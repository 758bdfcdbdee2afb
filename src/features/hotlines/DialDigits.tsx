/**
 * Entry path. A number a `tel:` link can't dial as written (`#163`, `15`,
 * `1-888-NO-ABUSE`): the digits to type, and a button that copies them. No link,
 * because a link would dial something else.
 */
import { useState } from 'preact/hooks';
import { t } from '../../app/i18n';

/** Shows `digits` to type on the keypad, with a Copy button. */
export function DialDigits({ digits }: { digits: string }) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  return (
    <div class="dial-digits" data-dial={digits}>
      <span>{t('hotlines:dialLabel')}</span>
      <bdi dir="ltr" class="dial-number">
        {digits}
      </bdi>
      <button
        type="button"
        class="secondary"
        data-action="copy-dial"
        onClick={() => {
          // A browser without clipboard access still shows the digits to type.
          navigator.clipboard?.writeText(digits).then(
            () => setCopied('yes'),
            () => setCopied('no'),
          ) ?? setCopied('no');
        }}
      >
        {t('hotlines:copy')}
      </button>
      <span role="status" class="meta">
        {copied === 'yes' ? t('hotlines:copied') : copied === 'no' ? t('hotlines:copyFailed') : ''}
      </span>
    </div>
  );
}
