/** Typing the short code printed under a poster's QR ("Code: GB"): no camera needed. */
import { useState } from 'preact/hooks';
import { MAX_PAYLOAD_BYTES } from '../../core/qr-payload';
import { MAX_VENUE_TOKEN_BYTES } from '../../core/venue-pack';
import { t } from '../../app/i18n';
import { ScanMessageLine, type ScanMessage } from './ScanMessageLine';

/** A text field and a button; the form never submits anywhere (the CSP forbids it too). */
export function TypedCode({
  onPayload,
  message,
}: {
  onPayload: (payload: string) => boolean;
  message: ScanMessage | null;
}) {
  const [value, setValue] = useState('');
  return (
    <form
      class="scan-typed"
      onSubmit={(event) => {
        event.preventDefault();
        onPayload(value);
      }}
    >
      <h2>{t('scan:typed.title')}</h2>
      <label class="scan-label" for="scan-code">
        {t('scan:typed.label')}
      </label>
      <div class="scan-typed-row">
        <input
          id="scan-code"
          name="code"
          type="text"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          enterkeyhint="go"
          maxLength={MAX_PAYLOAD_BYTES + MAX_VENUE_TOKEN_BYTES}
          aria-describedby="scan-code-hint"
          value={value}
          onInput={(event) => setValue(event.currentTarget.value)}
        />
        <button type="submit" data-action="use-code">
          {t('scan:typed.submit')}
        </button>
      </div>
      <p class="meta" id="scan-code-hint">
        {t('scan:typed.hint')}
      </p>
      <ScanMessageLine message={message} source="typed" />
    </form>
  );
}
