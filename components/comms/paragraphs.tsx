/** Plain text with blank lines between paragraphs, shown as paragraphs (never as HTML). */
export function Paragraphs({ text }: { text: string }) {
  return (
    <div className="mt-2 space-y-3 text-slate-800">
      {text.split(/\n\s*\n/).map((p, i) => <p key={i} className="whitespace-pre-line">{p.trim()}</p>)}
    </div>
  );
}
