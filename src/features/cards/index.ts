/**
 * The cards feature's one lazy door: the hotline screen, its cards and the app
 * frame all import from here, so the feature is one chunk in the precache
 * rather than six small ones (each small file compresses worse on its own).
 */
export { CardList } from './CardList';
export { CardScreen } from './CardScreen';
export { ReadyText } from './ReadyText';
export { WhatToSay } from './WhatToSay';
export { loadFirstText, type FirstText } from './first-text';
export { overwriteClipboard } from './clipboard';
