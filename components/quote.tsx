/** A quoted passage with the figure emphasised; the text is rendered as text, never as HTML. */
export function Quote({ text, mark }: { text: string; mark?: [number, number] }) {
  if (!mark || mark[0] < 0 || mark[1] > text.length || mark[0] >= mark[1]) return <q>{text}</q>;
  return (
    <q>
      {text.slice(0, mark[0])}
      <mark>{text.slice(mark[0], mark[1])}</mark>
      {text.slice(mark[1])}
    </q>
  );
}
