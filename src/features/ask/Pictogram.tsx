/**
 * One simple drawing per question, in plain shapes (no emoji, no files): it
 * marks the question for someone who reads slowly, and says nothing the
 * words don't. Decorative to a screen reader, which reads the question.
 */
import type { Pictogram as PictogramName } from '../../core/ask-schema';

// 48 × 48 grid, strokes only, so the drawing takes the text colour in any theme.
const drawings: Record<PictogramName, preact.ComponentChild> = {
  hands: (
    <>
      <path d="M6 30 q8 -6 18 0 q10 -6 18 0" />
      <path d="M6 30 v8 h36 v-8" />
      <circle cx="24" cy="16" r="6" />
    </>
  ),
  job: (
    <>
      <rect x="6" y="16" width="36" height="24" rx="3" />
      <path d="M18 16 v-6 h12 v6 M6 26 h36" />
    </>
  ),
  door: (
    <>
      <rect x="12" y="6" width="24" height="36" rx="2" />
      <circle cx="30" cy="25" r="2" />
      <path d="M4 42 h40" />
    </>
  ),
  phone: (
    <>
      <rect x="14" y="4" width="20" height="40" rx="4" />
      <path d="M21 38 h6 M14 10 h20" />
    </>
  ),
  hurt: (
    <>
      <circle cx="24" cy="12" r="6" />
      <path d="M24 18 v14 M14 26 h20 M24 32 l-8 12 M24 32 l8 12" />
      <path d="M36 8 l6 -4 M38 14 h6" />
    </>
  ),
  warning: (
    <>
      <path d="M24 5 L44 41 H4 Z" />
      <path d="M24 18 v12 M24 35 v1" />
    </>
  ),
  'id-card': (
    <>
      <rect x="4" y="10" width="40" height="28" rx="3" />
      <circle cx="16" cy="22" r="5" />
      <path d="M8 33 q8 -6 16 0 M28 18 h12 M28 25 h12 M28 32 h8" />
    </>
  ),
  coins: (
    <>
      <ellipse cx="20" cy="14" rx="12" ry="5" />
      <path d="M8 14 v8 q12 8 24 0 v-8 M8 22 v8 q12 8 24 0 v-8" />
      <circle cx="36" cy="34" r="8" />
    </>
  ),
  debt: (
    <>
      <rect x="8" y="6" width="32" height="36" rx="2" />
      <path d="M14 16 h20 M14 24 h20 M14 32 h10" />
      <circle cx="34" cy="34" r="5" />
    </>
  ),
  house: (
    <>
      <path d="M6 22 L24 6 L42 22" />
      <path d="M10 20 v22 h28 v-22 M20 42 v-12 h8 v12" />
    </>
  ),
  clock: (
    <>
      <circle cx="24" cy="24" r="18" />
      <path d="M24 12 v12 l8 6" />
    </>
  ),
  school: (
    <>
      <path d="M4 18 L24 8 L44 18 L24 28 Z" />
      <path d="M12 22 v10 q12 8 24 0 v-10 M44 18 v12" />
    </>
  ),
  family: (
    <>
      <circle cx="14" cy="12" r="5" />
      <circle cx="34" cy="12" r="5" />
      <circle cx="24" cy="26" r="4" />
      <path d="M6 40 q8 -20 16 0 M26 40 q8 -20 16 0 M18 44 q6 -12 12 0" />
    </>
  ),
  speech: (
    <>
      <path d="M6 8 h36 v22 h-20 l-8 8 v-8 h-8 Z" />
      <path d="M14 16 h20 M14 22 h14" />
    </>
  ),
  fear: (
    <>
      <circle cx="24" cy="24" r="18" />
      <circle cx="18" cy="20" r="2" />
      <circle cx="30" cy="20" r="2" />
      <path d="M17 33 q7 -6 14 0" />
    </>
  ),
};

/** Renders the drawing `name`, hidden from screen readers. */
export function Pictogram({ name }: { name: PictogramName }) {
  return (
    <svg
      class="ask-pictogram"
      viewBox="0 0 48 48"
      width="96"
      height="96"
      aria-hidden="true"
      focusable="false"
      data-pictogram={name}
    >
      <g
        fill="none"
        stroke="currentColor"
        stroke-width="3"
        stroke-linecap="round"
        stroke-linejoin="round"
      >
        {drawings[name]}
      </g>
    </svg>
  );
}
