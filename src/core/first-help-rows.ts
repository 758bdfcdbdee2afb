/**
 * The build's half of the first help (see first-help.ts): one row per region
 * from its compiled pack, with the rules the hotline screen already uses for
 * which line a card asks for and which is the emergency number. Pure.
 */
import { cardHotline } from './cards';
import type { Hotline, RegionPack } from './content-types';
import { formatPhoneNumber } from './dial-links';
import type { FirstHelpRow } from './first-help';
import { voiceRoute } from './hotline-facts';
import { emergencyLine } from './hotline-order';

function callable(line: Hotline | undefined): string {
  return line && voiceRoute(line) === 'tel' ? formatPhoneNumber(line.phone) : '';
}

// A text line with a keyword needs its first message: the app shows that, not the first help.
function textable(line: Hotline | undefined): string {
  return line?.sms && !line.sms.keyword ? formatPhoneNumber(line.sms.number) : '';
}

/**
 * A region's first numbers: the card's line (unless it is the emergency line
 * itself) and the emergency line, each only where a link can reach it; null
 * when the pack has neither (the global pack, a pack of digits to dial).
 */
export function firstHelpRow(pack: RegionPack): FirstHelpRow | null {
  const emergency = emergencyLine(pack.hotlines);
  const card = cardHotline(pack);
  const line = card === emergency ? undefined : card;
  const row: FirstHelpRow = [callable(line), textable(line), callable(emergency)];
  return row.some((number) => number !== '') ? row : null;
}

/** Every region's row, by code; regions with nothing to show are left out. */
export function firstHelpRows(
  packs: readonly RegionPack[],
): Readonly<Record<string, FirstHelpRow>> {
  const rows: Record<string, FirstHelpRow> = {};
  for (const pack of packs) {
    const row = firstHelpRow(pack);
    if (row) rows[pack.code] = row;
  }
  return rows;
}
