/**
 * Ask without speaking: the helper chooses who answers and in which
 * language, hands the phone over, the person answers one question per
 * screen, and the helper gets a summary. The answers live in this
 * component's state only (never the app store, storage, the URL or the
 * history): leaving the screen, Stop or the quick exit drops them.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  answerQuestion,
  askStart,
  beginAsk,
  currentQuestion,
  showSummary,
  stopAsk,
  type AskFlow,
} from '../../core/ask-flow';
import type { AskSet, AskSetId } from '../../core/ask-schema';
import { findLanguage, languages } from '../../core/languages';
import { askLanguages, loadAskSet } from '../../content/ask';
import { update, useAppState } from '../../app/store';
import { askT } from './ask-words';
import { AskSummary } from './AskSummary';
import { LanguageGrid } from './LanguageGrid';
import { QuestionView } from './QuestionView';
import { useAskWords } from './use-ask-words';
import './ask.css';

const gridLanguages = languages.filter((language) => askLanguages.includes(language.code));

/** The questions in the person's language, and the same in the helper's for the summary. */
interface Loaded {
  readonly person: AskSet;
  readonly helper: AskSet;
}

/** Renders the current step of the flow. */
export function AskScreen() {
  const { language: helperLang, region } = useAppState();
  const [set, setSet] = useState<AskSetId>('adult');
  const [flow, setFlow] = useState<AskFlow>(askStart);
  const [chosen, setChosen] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const personLang = flow.step === 'choose' ? chosen : flow.lang;
  const words = useAskWords(personLang ? [helperLang, personLang] : [helperLang]);

  // Choosing a language loads both bundles; only then do the questions start.
  useEffect(() => {
    if (chosen === null) return;
    let current = true;
    Promise.all([loadAskSet(set, chosen), loadAskSet(set, helperLang)]).then(
      ([person, helper]) => {
        if (!current) return;
        setLoaded({ person, helper });
        setFlow(beginAsk(set, chosen, person.questions.length));
        setChosen(null);
      },
      () => {
        if (!current) return;
        setFailed(true);
        setChosen(null);
      },
    );
    return () => {
      current = false;
    };
  }, [chosen]);

  const stop = () => {
    setChosen(null);
    setLoaded(null);
    setFlow(stopAsk());
  };
  const helperT = askT(helperLang);

  if (words === 'failed') return <p>{askT(helperLang)('loadFailed')}</p>;
  if (words !== 'ready') return null;

  if (flow.step === 'choose' || loaded === null) {
    return (
      <section class="ask" data-screen="ask" aria-labelledby="ask-title">
        <h1 id="ask-title">{helperT('title')}</h1>
        <p>{helperT('intro')}</p>
        {failed && <p role="alert">{helperT('loadFailed')}</p>}
        <LanguageGrid
          t={helperT}
          languages={gridLanguages}
          set={set}
          onSet={setSet}
          onChoose={(lang) => {
            setFailed(false);
            setChosen(lang);
          }}
        />
      </section>
    );
  }

  const personT = askT(flow.lang);
  const dir = findLanguage(flow.lang)?.dir ?? 'ltr';
  const { person: personSet, helper: helperSet } = loaded;

  if (flow.step === 'question') {
    const index = currentQuestion(flow);
    const question = personSet.questions[index];
    if (!question) return null;
    return (
      <QuestionView
        question={question}
        index={index}
        total={flow.total}
        lang={flow.lang}
        dir={dir}
        t={personT}
        onAnswer={(answer) => setFlow(answerQuestion(flow, answer))}
        onStop={stop}
      />
    );
  }
  if (flow.step === 'done') {
    return (
      <section class="ask-person" data-screen="ask-done">
        <p class="ask-thanks" lang={flow.lang} dir={dir}>
          {personT('person.thanks')}
        </p>
        <button type="button" data-action="ask-summary" onClick={() => setFlow(showSummary(flow))}>
          {helperT('seeAnswers')}
        </button>
        <button
          type="button"
          class="secondary ask-stop"
          data-action="ask-stop"
          lang={flow.lang}
          dir={dir}
          onClick={stop}
        >
          {personT('person.stop')}
        </button>
      </section>
    );
  }
  return (
    <AskSummary
      t={helperT}
      set={helperSet}
      answers={flow.answers}
      region={region}
      personLang={flow.lang}
      onFinish={() => update({ screen: { name: 'hotlines' } })}
    />
  );
}
