/** One line of filled-in card text; the number stays left-to-right inside any script. */
import type { CardLine } from '../../core/cards';

/** Renders a card line's words, with the phone number isolated in `<bdi dir="ltr">`. */
export function CardText({ line }: { line: CardLine }) {
  return (
    <>
      {line.segments.map((segment, index) =>
        segment.kind === 'number' ? (
          <bdi dir="ltr" key={index}>
            {segment.text}
          </bdi>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
