/**
 * Read aloud with the device's own voices (Web Speech API): nothing leaves
 * the phone, and most phones speak offline. (The quick exit stops speech here too.)
 */
import { voiceFit } from '../../core/languages';

function synth(): SpeechSynthesis | null {
  return typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
}

/**
 * The device's voice for a language ("ar" matches "ar-SA", "zh-Hant" prefers "zh-TW" to
 * "zh-CN"), the best fit first, local voices first within it.
 */
export function findVoice(lang: string): SpeechSynthesisVoice | undefined {
  const voices = synth()?.getVoices() ?? [];
  for (const fit of [2, 1] as const) {
    const matching = voices.filter((voice) => voiceFit(voice.lang, lang) === fit);
    const found = matching.find((voice) => voice.localService) ?? matching[0];
    if (found) return found;
  }
  return undefined;
}

/** Calls `listener` once voices are known (Chromium loads them after start-up). Returns the unsubscribe. */
export function onVoicesChanged(listener: () => void): () => void {
  const engine = synth();
  if (!engine) return () => {};
  engine.addEventListener('voiceschanged', listener);
  return () => engine.removeEventListener('voiceschanged', listener);
}

/** Speaks `text` in `lang`; `onEnd` runs when it finishes or is stopped. */
export function speak(text: string, lang: string, onEnd: () => void): void {
  const engine = synth();
  const voice = findVoice(lang);
  if (!engine || !voice) return onEnd();
  engine.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = 0.9;
  utterance.onend = utterance.onerror = onEnd;
  engine.speak(utterance);
}

/**
 * Stops any speech at once. Asked first: cancel() itself costs several
 * milliseconds on a slow phone (measured at 4× CPU, where it held up the
 * quick exit), and nearly every call has nothing to silence.
 */
export function stopSpeaking(): void {
  const engine = synth();
  if (engine && (engine.speaking || engine.pending)) engine.cancel();
}
