/**
 * Puts text on the clipboard: the Clipboard API where the page allows it, else a copy command
 * on a hidden text box inside `near` (a page served over plain http has no Clipboard API, and
 * the card lives in such pages). Call it from a click. Resolves to an error message, or null.
 */
export async function copyText(text: string, near: Element): Promise<string | null> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return null;
    }
  } catch {
    // Refused (no permission, or the document has no focus): the copy command may still work.
  }
  const box = near.ownerDocument.createElement('textarea');
  box.value = text;
  box.setAttribute('readonly', '');
  box.style.cssText = 'position:fixed;opacity:0;pointer-events:none;left:0;top:0;width:1px;height:1px';
  near.append(box);
  box.select();
  try {
    return near.ownerDocument.execCommand('copy') ? null : 'the browser refused to copy';
  } catch (e) {
    return (e as Error).message;
  } finally {
    box.remove();
  }
}
