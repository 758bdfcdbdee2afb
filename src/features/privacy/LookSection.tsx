/**
 * Settings → Look: the disguise chooser, the person's own code (typed twice,
 * never shown again, no default), what to do if it is forgotten, and the
 * honesty note. Also reached from the set-up.
 */
import { useState } from 'preact/hooks';
import { NO_DISGUISE, disguiseIds, disguisePage, type DisguiseId } from '../../core/disguises';
import { checkNewCode, type NewCodeProblem } from '../../core/unlock-code';
import { chosenDisguise, entryDisguise } from '../disguise/look';
import { prepareExit } from '../exit/quick-exit';
import { t } from '../../app/i18n';
import { HonestyNote } from './HonestyNote';
import { changeCode, switchDisguise, turnOffDisguise, turnOnDisguise } from './look-choice';
import './privacy.css';

type CodeStatus = NewCodeProblem | 'notKept' | 'saved';

/** Two fields for a new code; `save` keeps it and says whether the phone did. */
function NewCodeForm(props: {
  save: (code: string) => Promise<boolean>;
  onDone: (status: CodeStatus) => void;
  onCancel: () => void;
}) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [problem, setProblem] = useState<NewCodeProblem | null>(null);
  const [working, setWorking] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = checkNewCode(first, second);
    if ('problem' in checked) {
      setProblem(checked.problem);
      return;
    }
    setWorking(true);
    const kept = await props.save(checked.code);
    setWorking(false);
    // The code leaves the page as soon as it is kept, or refused.
    setFirst('');
    setSecond('');
    props.onDone(kept ? 'saved' : 'notKept');
  };

  // Digits only, hidden as typed, and no password manager: it would offer to keep the code.
  const field = {
    type: 'text',
    inputMode: 'numeric',
    autocomplete: 'off',
    autocorrect: 'off',
    spellcheck: false,
    maxLength: 8,
    class: 'privacy-code',
  } as const;
  return (
    <form class="privacy-form" onSubmit={(event) => void submit(event)} data-code-form="">
      <p>{t('privacy:look.code.intro')}</p>
      <label class="privacy-field">
        <span>{t('privacy:look.code.first')}</span>
        <input
          {...field}
          value={first}
          data-setting="new-code"
          onInput={(event) => setFirst(event.currentTarget.value)}
        />
      </label>
      <label class="privacy-field">
        <span>{t('privacy:look.code.again')}</span>
        <input
          {...field}
          value={second}
          data-setting="new-code-again"
          onInput={(event) => setSecond(event.currentTarget.value)}
        />
      </label>
      {problem && (
        <p role="status" class="meta" data-code-status={problem}>
          {t(`privacy:look.code.${problem}`)}
        </p>
      )}
      <div class="privacy-buttons">
        <button type="submit" data-action="save-code" disabled={working}>
          {t('privacy:look.code.save')}
        </button>
        <button type="button" class="secondary" onClick={props.onCancel}>
          {t('privacy:look.code.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The "Look" section: none / calculator / notes / converter, and the code that opens the app. */
export function LookSection() {
  const [disguise, setDisguise] = useState<DisguiseId | null>(chosenDisguise);
  // Picked but not on yet: it waits for the person's code.
  const [pending, setPending] = useState<DisguiseId | null>(null);
  const [changing, setChanging] = useState(false);
  const [status, setStatus] = useState<CodeStatus | null>(null);
  const [notKept, setNotKept] = useState(false);
  const options: ReadonlyArray<DisguiseId | null> = [null, ...disguiseIds];

  const choose = async (next: DisguiseId | null) => {
    setStatus(null);
    setNotKept(false);
    setChanging(false);
    if (next && !disguise) {
      setPending(next);
      return;
    }
    setPending(null);
    setDisguise(next);
    const kept = next ? await switchDisguise(next) : await turnOffDisguise();
    setNotKept(!kept);
    // The exit must be able to draw the new cover synchronously.
    void prepareExit();
  };

  const codeDone = (next: CodeStatus) => {
    setStatus(next);
    setChanging(false);
    if (pending && next === 'saved') setDisguise(pending);
    setPending(null);
    void prepareExit();
  };

  const shown = pending ?? disguise;
  const name = disguise ? t(`privacy:look.${disguise}`) : '';
  return (
    <section class="card privacy-section" aria-labelledby="look-title" data-section="disguise">
      <h2 id="look-title">{t('privacy:look.title')}</h2>
      <p>{t('privacy:look.intro')}</p>
      <fieldset class="privacy-choices">
        <legend>{t('privacy:look.choose')}</legend>
        {options.map((option) => (
          <label key={option ?? NO_DISGUISE} class="privacy-choice">
            <input
              type="radio"
              name="disguise"
              value={option ?? NO_DISGUISE}
              checked={option === shown}
              onChange={() => void choose(option)}
            />
            <span>{t(`privacy:look.${option ?? NO_DISGUISE}`)}</span>
          </label>
        ))}
      </fieldset>
      {notKept && <p class="meta">{t('privacy:look.savedFailed')}</p>}
      {pending || changing ? (
        <NewCodeForm
          save={(code) => (pending ? turnOnDisguise(pending, code) : changeCode(code))}
          onDone={codeDone}
          onCancel={() => {
            setPending(null);
            setChanging(false);
          }}
        />
      ) : (
        <>
          {status === 'saved' || status === 'notKept' ? (
            <p role="status" class="meta" data-code-status={status}>
              {t(`privacy:look.code.${status}`)}
            </p>
          ) : null}
          <p data-unlock-hint="">{t(`privacy:look.unlock.${disguise ?? NO_DISGUISE}`)}</p>
          {disguise && (
            <button
              type="button"
              class="secondary"
              data-action="change-code"
              onClick={() => {
                setStatus(null);
                setChanging(true);
              }}
            >
              {t('privacy:look.code.change')}
            </button>
          )}
        </>
      )}
      {shown && (
        <p data-code-forgot="">{t('privacy:look.code.forgot', { address: location.host })}</p>
      )}
      {disguise && !pending && disguise !== entryDisguise() && (
        <>
          <p>{t('privacy:look.install', { name })}</p>
          <button
            type="button"
            class="secondary"
            data-action="open-disguise"
            // replace, never push: Back must not lead back into the app.
            onClick={() => location.replace(disguisePage(disguise))}
          >
            {t('privacy:look.open', { name })}
          </button>
        </>
      )}
      <HonestyNote />
    </section>
  );
}
