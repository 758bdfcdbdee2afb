/**
 * One question, for the person: in their language (`lang`, `dir` on the
 * screen and on the question), with a drawing, three large answers, read
 * aloud where the phone has a voice for the language (and a line saying so
 * where it hasn't), and a stop that returns to the helper with nothing kept.
 */
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AskAnswer } from '../../core/ask-flow';
import type { AskQuestion } from '../../core/ask-schema';
import { findVoice, onVoicesChanged, speak, stopSpeaking } from '../read-aloud/ReadAloudButton';
import { SpeakerIcon } from './LanguageGrid';
import { Pictogram } from './Pictogram';

const ANSWERS: readonly AskAnswer[] = ['yes', 'no', 'skip'];

/** Renders question `index` of `total`; `t` speaks the person's language. */
export function QuestionView(props: {
  question: AskQuestion;
  index: number;
  total: number;
  lang: string;
  dir: 'ltr' | 'rtl';
  t: TFunction;
  onAnswer: (answer: AskAnswer) => void;
  onStop: () => void;
}) {
  const { question, index, total, lang, dir, t, onAnswer, onStop } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  const [hasVoice, setHasVoice] = useState(() => Boolean(findVoice(lang)));
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    const check = () => setHasVoice(Boolean(findVoice(lang)));
    check();
    return onVoicesChanged(check);
  }, [lang]);
  // A new question: stop the last one's voice, and let a screen reader start here.
  useEffect(() => {
    stopSpeaking();
    setSpeaking(false);
    heading.current?.focus();
  }, [question.id]);
  useEffect(() => () => stopSpeaking(), []);

  const readAloud = () => {
    if (speaking) {
      stopSpeaking();
      setSpeaking(false);
      return;
    }
    setSpeaking(true);
    const choices = ANSWERS.map((answer) => t(`person.${answer}`)).join('. ');
    speak(`${question.text}\n${choices}.`, lang, () => setSpeaking(false));
  };

  return (
    <section class="ask-person" lang={lang} dir={dir} data-screen="ask-question">
      <p class="ask-progress">{t('person.progress', { n: index + 1, total })}</p>
      <Pictogram name={question.pictogram} />
      <h1
        class="ask-question"
        data-question={question.id}
        lang={lang}
        dir={dir}
        ref={heading}
        tabIndex={-1}
      >
        {question.text}
      </h1>
      <div class="ask-answers-buttons">
        {ANSWERS.map((answer) => (
          <button
            key={answer}
            type="button"
            class={`ask-answer ask-answer-${answer}`}
            data-answer={answer}
            onClick={() => onAnswer(answer)}
          >
            <AnswerMark answer={answer} />
            <span>{t(`person.${answer}`)}</span>
          </button>
        ))}
      </div>
      {hasVoice ? (
        <button
          type="button"
          class="secondary read-aloud"
          data-action="read-aloud"
          aria-pressed={speaking}
          onClick={readAloud}
        >
          <SpeakerIcon />
          <span>{speaking ? t('person.stopReading') : t('person.readAloud')}</span>
        </button>
      ) : (
        <p class="meta" data-no-voice="">
          {t('person.noVoice')}
        </p>
      )}
      <button type="button" class="secondary ask-stop" data-action="ask-stop" onClick={onStop}>
        {t('person.stop')}
      </button>
    </section>
  );
}

/** A tick, a cross or a dash beside each answer, for someone who reads slowly. */
function AnswerMark({ answer }: { answer: AskAnswer }) {
  const path = { yes: 'M5 13 l5 5 l9 -11', no: 'M6 6 l12 12 M18 6 l-12 12', skip: 'M5 12 h14' }[
    answer
  ];
  return (
    <svg viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
      <path
        d={path}
        fill="none"
        stroke="currentColor"
        stroke-width="3"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
