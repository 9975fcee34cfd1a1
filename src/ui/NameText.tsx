/**
 * A place name that breaks only at its spaces. Browsers break Thai with a dictionary, which splits
 * proper names it does not know (ระแกง → ระ|แกง); keeping each space-separated part whole avoids that.
 */
export function NameText({ text }: { text: string }) {
  const parts = text.split(/(\s+)/);
  return (
    <>
      {parts.map((part, i) =>
        /^\s+$/.test(part) ? (
          part
        ) : (
          <span key={i} className="nobreak">
            {part}
          </span>
        ),
      )}
    </>
  );
}
